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

function addRun(db: Db, scores: Record<string, [number | null, ('pass' | 'fail' | 'unknown')[]]>): number {
  const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: 't', seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: 't', origin: 'crawl' });
  for (const seed of seeds) {
    const [score, verdicts] = scores[seed.inegi_code]!;
    const ok = score !== null;
    saveFinishedSite(db, {
      runId, scoringId, inegiCode: seed.inegi_code, fetches: [],
      crawl: { seedUrl: seed.url, finalUrl: ok ? seed.url : null, status: ok ? 'ok' : 'unreachable', statusReason: ok ? null : 'DNS', pages: [], files: [], sitemap: [], startedAt: 'a', finishedAt: 'b' },
      scored: scored(score, verdicts),
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
    expect(db.prepare('SELECT inegi_code, previous_score, score, delta, verdicts_changed FROM run_diff WHERE run_id = 2 ORDER BY inegi_code').all()).toEqual([
      { inegi_code: '13048', previous_score: 50, score: 100, delta: 50, verdicts_changed: 1 },
      { inegi_code: '14097', previous_score: 100, score: 100, delta: 0, verdicts_changed: 0 },
      { inegi_code: '14120', previous_score: 50, score: 0, delta: -50, verdicts_changed: 1 },
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
