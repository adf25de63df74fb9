import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localise } from '../../indicators/messages.ts';
import { sharedMsg } from '../../indicators/shared-messages.ts';
import type { ScoredSite } from '../../src/score/points.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { createRun, createScoring, recordRunSeeds, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite } from '../../src/store/sites.ts';

const seeds = parseSeeds(
  [
    'inegi_code,name,state,url',
    '14097,Tlajomulco de Zúñiga,Jalisco,http://www.tlajomulco.gob.mx/',
    '14120,Zapopan,Jalisco,http://www.zapopan.gob.mx/',
    '13048,Pachuca de Soto,Hidalgo,http://www.pachuca.gob.mx/',
    '31041,Kanasín,Yucatán,http://www.kanasin.gob.mx/',
  ].join('\n'),
);

function scored(score: number | null, verdicts: ('pass' | 'fail' | 'unknown')[]): ScoredSite {
  return {
    score,
    indicators: verdicts.map((verdict, i) => ({
      id: ['open-data-section', 'search-tool'][i]!, verdict, points: verdict === 'pass' ? 50 : 0, maxPoints: 50, reason: verdict === 'pass' ? null : localise(sharedMsg('no-section')), evidence: [],
    })),
  };
}

interface RunOptions {
  softwareVersion?: string;
  asOf?: string;
  /** The HTML of each site's one page; the same text in two runs is the same page. */
  pageHtml?: (inegiCode: string) => string;
  /** Sites whose verdicts a reviewer set: the automatic verdict is the other one. */
  reviewed?: Record<string, 'pass' | 'fail' | 'unknown'>;
}

function addRun(db: Db, scores: Record<string, [number | null, ('pass' | 'fail' | 'unknown')[]]>, options: RunOptions = {}): number {
  const softwareVersion = options.softwareVersion ?? 't';
  const asOf = options.asOf ?? '2016-05-20';
  const runId = createRun(db, { asOf, methodologyId: 'aidh-2016', softwareVersion, seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion, origin: 'crawl' });
  for (const seed of seeds) {
    const [score, verdicts] = scores[seed.inegi_code]!;
    const ok = score !== null;
    const html = options.pageHtml?.(seed.inegi_code) ?? '<h1>Inicio</h1>';
    const pages = ok ? [{ url: seed.url, requestedUrl: seed.url, depth: 0, status: 200, headers: {}, contentType: 'text/html', html, fetchedAt: 'a', rendered: false }] : [];
    const site = scored(score, verdicts);
    const automatic = options.reviewed?.[seed.inegi_code];
    if (automatic) site.indicators[0]!.review = { automaticVerdict: automatic, reviewer: 'Ana', date: '2016-05-25', note: 'visto', evidenceUrl: null, reviewId: null, state: 'applied' };
    saveFinishedSite(db, {
      runId, scoringId, inegiCode: seed.inegi_code, fetches: [],
      crawl: { seedUrl: seed.url, finalUrl: ok ? seed.url : null, status: ok ? 'ok' : 'unreachable', statusReason: ok ? null : 'DNS', pages, files: [], sitemap: [], startedAt: 'a', finishedAt: 'b' },
      scored: site,
    });
  }
  return runId;
}

function database(): { db: Db; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'mirador-views-')), 'm.sqlite');
  const db = openDatabase(path);
  upsertMunicipalities(db, seeds);
  addRun(db, { '14097': [100, ['pass', 'pass']], '14120': [50, ['pass', 'fail']], '13048': [50, ['fail', 'pass']], '31041': [null, ['unknown', 'unknown']] });
  addRun(db, { '14097': [100, ['pass', 'pass']], '14120': [0, ['fail', 'fail']], '13048': [100, ['pass', 'pass']], '31041': [null, ['unknown', 'unknown']] });
  return { db, path };
}

describe('SQLite views', () => {
  it('rank, summarise states and indicators, and compare runs', () => {
    const { db } = database();
    expect(db.prepare('SELECT inegi_code, score, rank FROM ranking WHERE run_id = 1 ORDER BY rank, inegi_code').all()).toEqual([
      { inegi_code: '14097', score: 100, rank: 1 },
      { inegi_code: '13048', score: 50, rank: 2 },
      { inegi_code: '14120', score: 50, rank: 2 },
    ]);
    expect(db.prepare("SELECT evaluated, mean_score, best_score, worst_score FROM state_summary WHERE run_id = 1 AND state = 'Jalisco'").get()).toEqual({
      evaluated: 2, mean_score: 75, best_score: 100, worst_score: 50,
    });
    expect(db.prepare("SELECT passed, evaluated, pass_percent FROM indicator_coverage WHERE run_id = 1 AND indicator_id = 'open-data-section'").get()).toEqual({
      passed: 2, evaluated: 3, pass_percent: 66.7,
    });
    expect(
      db.prepare('SELECT inegi_code, previous_score, score, delta, previous_rank, rank, rank_change, previous_status, status, verdicts_changed FROM run_diff WHERE run_id = 2 ORDER BY inegi_code').all(),
    ).toEqual([
      { inegi_code: '13048', previous_score: 50, score: 100, delta: 50, previous_rank: 2, rank: 1, rank_change: 1, previous_status: 'ok', status: 'ok', verdicts_changed: 1 },
      { inegi_code: '14097', previous_score: 100, score: 100, delta: 0, previous_rank: 1, rank: 1, rank_change: 0, previous_status: 'ok', status: 'ok', verdicts_changed: 0 },
      { inegi_code: '14120', previous_score: 50, score: 0, delta: -50, previous_rank: 2, rank: 3, rank_change: -1, previous_status: 'ok', status: 'ok', verdicts_changed: 1 },
      // Unreachable both times: listed with its statuses, no delta, not "unchanged".
      { inegi_code: '31041', previous_score: null, score: null, delta: null, previous_rank: null, rank: null, rank_change: null, previous_status: 'unreachable', status: 'unreachable', verdicts_changed: 0 },
    ]);
    db.close();
  });

  it('rounds delta from the exact points, so one criterion of 100/22 is ±4.5 on every site', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mirador-views-')), 'm.sqlite'));
    upsertMunicipalities(db, seeds);
    const point = 100 / 22;
    const site = (passes: number, verdict: 'pass' | 'fail'): ScoredSite => ({
      score: Math.round((passes * point + (verdict === 'pass' ? point : 0)) * 10) / 10,
      indicators: [
        ...Array.from({ length: passes }, (_, i) => ({ id: `x${i}`, verdict: 'pass' as const, points: point, maxPoints: point, reason: null, evidence: [] })),
        { id: 'search-tool', verdict, points: verdict === 'pass' ? point : 0, maxPoints: point, reason: null, evidence: [] },
      ],
    });
    for (const [run, verdict] of [[1, 'fail'], [2, 'pass']] as const) {
      const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: 't', seedsFile: 's.csv', options: {} });
      recordRunSeeds(db, runId, seeds);
      const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: 't', origin: 'crawl' });
      // 17 → 18 criteria is 77.27 → 81.82 (77.3 → 81.8, a rounded difference of 4.5); 18 → 19 is 81.82 → 86.36 (4.6).
      seeds.forEach((seed, i) =>
        saveFinishedSite(db, {
          runId, scoringId, inegiCode: seed.inegi_code, fetches: [],
          crawl: { seedUrl: seed.url, finalUrl: seed.url, status: 'ok', statusReason: null, pages: [], files: [], sitemap: [], startedAt: 'a', finishedAt: 'b' },
          scored: site(17 + i, verdict),
        }),
      );
      expect(run).toBe(runId);
    }
    const deltas = db.prepare('SELECT delta FROM run_diff WHERE run_id = 2').pluck().all();
    expect(deltas).toEqual([4.5, 4.5, 4.5, 4.5]);
    db.close();
  });

  it.each([
    { cause: 'portal', second: { pageHtml: (code: string) => (code === '13048' ? '<h1>Inicio</h1><a href=/datos>Datos</a>' : '<h1>Inicio</h1>') } },
    { cause: 'rules', second: { softwareVersion: 'u' } },
    { cause: 'portal-and-rules', second: { softwareVersion: 'u', pageHtml: () => '<h1>Nuevo portal</h1>' } },
    { cause: 'as-of', second: { asOf: '2016-06-20' } },
    { cause: 'outside', second: {} },
    // The rules said fail both times; a reviewer said pass the second time.
    { cause: 'review', first: {}, second: { reviewed: { '13048': 'fail' as const } }, firstVerdict: 'fail' as const },
  ])('says a changed verdict came from the $cause', ({ cause, second, firstVerdict }) => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mirador-views-')), 'm.sqlite'));
    upsertMunicipalities(db, seeds);
    const same: Record<string, [number, ('pass' | 'fail')[]]> = { '14097': [100, ['pass', 'pass']], '14120': [50, ['pass', 'fail']], '31041': [0, ['fail', 'fail']] };
    addRun(db, { ...same, '13048': [50, [firstVerdict ?? 'fail', 'pass']] });
    addRun(db, { ...same, '13048': [100, ['pass', 'pass']] }, second);
    expect(db.prepare('SELECT inegi_code, indicator_id, previous_verdict, verdict, points_delta, cause FROM run_verdict_diff WHERE run_id = 2').all()).toEqual([
      { inegi_code: '13048', indicator_id: 'open-data-section', previous_verdict: 'fail', verdict: 'pass', points_delta: 50, cause },
    ]);
    db.close();
  });

  it('runs the README’s sqlite3 examples as written', () => {
    const { db, path } = database();
    db.close();
    const examples = readFileSync('README.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('sqlite3 '));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      const query = example.match(/"(.*)"$/)![1]!;
      expect(example).toContain('data/demo.sqlite');
      const output = execFileSync('sqlite3', ['-header', '-column', path, query], { encoding: 'utf8' });
      expect(output, example).not.toBe('');
    }
  });
});
