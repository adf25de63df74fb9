/**
 * Stored reviews, from the store only: a committed crawl whose crawl scoring is the rules' own, reviews imported
 * into the database, then rescorings that must keep them (and the evidence screenshots) without being told again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import type { SiteCrawl } from '../../src/crawl/types.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { toJson } from '../../src/report/export.ts';
import { rescoreRun } from '../../src/run/rescore-run.ts';
import { fileContest, importReviews } from '../../src/run/reviews.ts';
import type { ScoredSite } from '../../src/score/points.ts';
import { indicatorsFor, scoreSite } from '../../src/score/score-site.ts';
import { parseReviews } from '../../src/seeds/reviews-file.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { migrations } from '../../src/store/migrations.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';
import { listContests, listReviews, revokeReview, setContestUntil } from '../../src/store/reviews.ts';
import { createRun, createScoring, recordRunSeeds, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite, saveScoredSite } from '../../src/store/sites.ts';

const URL = 'http://www.tlajomulco.gob.mx/';
const seeds = parseSeeds(`inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,${URL}\n`);
const rules = indicatorsFor(aidh2016, allIndicators);
const HEADER = 'inegi_code,indicator,verdict,reviewer,date,note,evidence_url';
const HOME =
  '<html><body><nav><a href="/transparencia">Transparencia</a> <a href="/datos-abiertos">Datos abiertos</a></nav>' +
  '<a href="https://www.facebook.com/tlajo">Facebook</a><p>Bienvenidos.</p></body></html>';

const crawlOf = (html: string): SiteCrawl => ({
  seedUrl: URL,
  finalUrl: URL,
  status: 'ok',
  statusReason: null,
  pages: [{ url: URL, requestedUrl: URL, depth: 0, status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html', html, fetchedAt: '2016-05-20T10:00:00Z', rendered: true }],
  files: [],
  sitemap: [],
  startedAt: '2016-05-20T10:00:00Z',
  finishedAt: '2016-05-20T10:00:01Z',
});

const municipality = { inegiCode: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco' };
const automaticOf = (crawl: SiteCrawl): ScoredSite => scoreSite(gatherArtifacts(crawl), { asOf: '2016-05-20', municipality }, aidh2016, rules);

/**
 * What `rank` commits: the crawl and its scoring, with an element screenshot on every evidence the browser could
 * shoot (attachEvidenceShots does that with Chromium; its paths are what the store keeps).
 */
function storeRun(db: Db, html = HOME): number {
  upsertMunicipalities(db, seeds);
  const runId = createRun(db, { asOf: '2016-05-20', methodologyId: aidh2016.id, softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: aidh2016.id, softwareVersion: '0.0.0', origin: 'crawl' });
  const crawl = crawlOf(html);
  const automatic = automaticOf(crawl);
  const scored: ScoredSite = {
    ...automatic,
    indicators: automatic.indicators.map((i) => ({
      ...i,
      evidence: i.evidence.map((e) => (e.selector ? { ...e, screenshot: `evidence/14097/${i.id}.png` } : e)),
    })),
  };
  saveFinishedSite(db, { runId, scoringId, inegiCode: '14097', crawl, fetches: [], scored });
  return runId;
}

interface Row {
  indicator_id: string;
  verdict: string;
  points: number;
  automatic_verdict: string | null;
  reviewer: string | null;
  reviewed_on: string | null;
  review_note: string | null;
  review_evidence_url: string | null;
  review_id: number | null;
  review_state: string | null;
}

const rowsOf = (db: Db, scoringId: number) => db.prepare('SELECT * FROM indicator_results WHERE scoring_id = ? ORDER BY rowid').all(scoringId) as Row[];
const rowOf = (db: Db, scoringId: number, indicator: string) => rowsOf(db, scoringId).find((r) => r.indicator_id === indicator)!;
const scoreOf = (db: Db, scoringId: number) => (db.prepare('SELECT score FROM site_scores WHERE scoring_id = ?').get(scoringId) as { score: number }).score;
const shotsOf = (db: Db, scoringId: number) =>
  (db.prepare('SELECT count(*) AS n FROM evidence WHERE scoring_id = ? AND screenshot IS NOT NULL').get(scoringId) as { n: number }).n;
const reviewsFile = (...lines: string[]) => parseReviews([HEADER, ...lines].join('\n'), 'f.csv');

describe('stored reviews', () => {
  it('survive a plain rescoring, add up across imports, are not doubled when imported twice, and warn about sites not in the run', async () => {
    const db = openDatabase(':memory:');
    const runId = storeRun(db);
    const a = reviewsFile(
      '14097,mobile-app,pass,Ana López,2025-06-02,Visto a mano en el portal,https://www.tlajomulco.gob.mx/app',
      '99999,mobile-app,pass,Ana López,2025-06-02,Municipio fuera de la ejecución,',
    );
    const first = importReviews(db, runId, a, 'a.csv');
    expect(first.added).toHaveLength(1);
    expect(first.warnings).toEqual([`99999: not in run ${runId}, its review(s) on line(s) 3 were not applied`]);
    const [stored] = listReviews(db, { runId });
    expect(stored).toMatchObject({
      inegiCode: '14097', indicator: 'mobile-app', verdict: 'pass', reviewer: 'Ana López', date: '2025-06-02', answeredVerdict: 'fail', source: 'a.csv line 2',
    });
    // mobile-app failed with no evidence: a "not found" cites every page of the site.
    expect(stored!.citedPages).toEqual([{ url: URL, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);

    const withA = await rescoreRun(db, runId, aidh2016, rules);
    expect(withA).toMatchObject({ reviewed: 1, flagged: 0 });
    const plain = await rescoreRun(db, runId, aidh2016, rules); // no file: the stored review still applies
    expect(plain).toMatchObject({ reviewed: 1, flagged: 0 });
    expect(rowOf(db, plain.scoringId, 'mobile-app')).toMatchObject({
      verdict: 'pass', points: 100 / 22, automatic_verdict: 'fail', reviewer: 'Ana López', reviewed_on: '2025-06-02',
      review_note: 'Visto a mano en el portal', review_evidence_url: 'https://www.tlajomulco.gob.mx/app', review_id: stored!.id, review_state: 'applied',
    });
    expect(scoreOf(db, plain.scoringId)).toBe(scoreOf(db, withA.scoringId));

    const b = reviewsFile('14097,video-channel,pass,Luis,2025-06-03,Canal de YouTube enlazado desde la página de prensa,');
    expect(importReviews(db, runId, b, 'b.csv').added).toHaveLength(1);
    const again = importReviews(db, runId, a, 'a.csv');
    expect(again.added).toEqual([]);
    expect(again.duplicates).toEqual([{ line: 2, reviewId: stored!.id }]);
    expect(listReviews(db, { runId })).toHaveLength(2);

    const both = await rescoreRun(db, runId, aidh2016, rules);
    expect(both.reviewed).toBe(2);
    expect(rowsOf(db, both.scoringId).filter((r) => r.review_state === 'applied').map((r) => r.indicator_id)).toEqual(['video-channel', 'mobile-app']);
    expect(scoreOf(db, both.scoringId)).toBeCloseTo(scoreOf(db, plain.scoringId) + 100 / 22, 0);

    // The report and the JSON export read the review back.
    const report = loadRankingReport(db, runId, both.scoringId);
    const result = report.municipalities[0]!.indicators.find((i) => i.id === 'mobile-app')!;
    expect(result.review).toEqual({
      automatic_verdict: 'fail', reviewer: 'Ana López', date: '2025-06-02', note: 'Visto a mano en el portal',
      evidence_url: 'https://www.tlajomulco.gob.mx/app', state: 'applied', reviewed_verdict: 'pass', answered_verdict: 'fail',
    });
    const exported = JSON.parse(toJson(report)) as { municipalities: { indicators: { id: string; review?: unknown }[] }[] };
    expect(exported.municipalities[0]!.indicators.filter((i) => 'review' in i)).toHaveLength(2);
    db.close();
  });

  it('a review whose automatic verdict changed since is flagged for a second look, not applied', async () => {
    const db = openDatabase(':memory:');
    const runId = storeRun(db);
    // The scoring the reviewer looked at said "unknown" for mobile-app (older rules); the rules now say "fail".
    const older = createScoring(db, { runId, methodologyId: aidh2016.id, softwareVersion: '0.0.0', origin: 'rescore' });
    const automatic = automaticOf(crawlOf(HOME));
    saveScoredSite(db, older, '14097', {
      ...automatic,
      indicators: automatic.indicators.map((i) => (i.id === 'mobile-app' ? { ...i, verdict: 'unknown' as const } : i)),
    });
    importReviews(db, runId, reviewsFile('14097,mobile-app,pass,Ana,2025-06-02,Visto a mano,'), 'a.csv');
    expect(listReviews(db, { runId })[0]!.answeredVerdict).toBe('unknown');

    const rescored = await rescoreRun(db, runId, aidh2016, rules);
    expect(rescored).toMatchObject({ reviewed: 0, flagged: 1 });
    expect(rowOf(db, rescored.scoringId, 'mobile-app')).toMatchObject({ verdict: 'fail', points: 0, automatic_verdict: 'fail', reviewer: 'Ana', review_state: 'verdict-changed' });
    const report = loadRankingReport(db, runId, rescored.scoringId);
    expect(report.municipalities[0]!.indicators.find((i) => i.id === 'mobile-app')!.review).toMatchObject({ state: 'verdict-changed', automatic_verdict: 'fail' });
    db.close();
  });

  it('apply to a later run while the pages they cite are unchanged, and ask for a second look when one changed', async () => {
    const db = openDatabase(':memory:');
    const first = storeRun(db);
    importReviews(db, first, reviewsFile('14097,mobile-app,pass,Ana,2025-06-02,Visto a mano,'), 'a.csv');
    const same = storeRun(db);
    const changed = storeRun(db, HOME.replace('Bienvenidos.', 'Bienvenidos al nuevo portal.'));
    const inSame = await rescoreRun(db, same, aidh2016, rules);
    expect(inSame).toMatchObject({ reviewed: 1, flagged: 0 });
    expect(rowOf(db, inSame.scoringId, 'mobile-app')).toMatchObject({ verdict: 'pass', review_state: 'applied' });
    const inChanged = await rescoreRun(db, changed, aidh2016, rules);
    expect(inChanged).toMatchObject({ reviewed: 0, flagged: 1 });
    expect(rowOf(db, inChanged.scoringId, 'mobile-app')).toMatchObject({ verdict: 'fail', review_state: 'pages-changed' });
    db.close();
  });

  it('revoking keeps the review with who and when, and the next scoring goes back to the automatic verdict', async () => {
    const db = openDatabase(':memory:');
    const runId = storeRun(db);
    const { added } = importReviews(db, runId, reviewsFile('14097,mobile-app,pass,Ana,2025-06-02,Visto a mano,'), 'a.csv');
    expect((await rescoreRun(db, runId, aidh2016, rules)).reviewed).toBe(1);
    const revoked = revokeReview(db, added[0]!, 'Luis', 'la app es de otro municipio', '2025-06-10T12:00:00Z');
    expect(revoked).toMatchObject({ revokedBy: 'Luis', revokedAt: '2025-06-10T12:00:00Z', revokeNote: 'la app es de otro municipio' });
    expect(() => revokeReview(db, added[0]!, 'Luis', null)).toThrow(/already revoked by Luis/);
    expect(() => revokeReview(db, 999, 'Luis', null)).toThrow(/review 999 is not in this database/);
    const after = await rescoreRun(db, runId, aidh2016, rules);
    expect(after.reviewed).toBe(0);
    expect(rowOf(db, after.scoringId, 'mobile-app')).toMatchObject({ verdict: 'fail', reviewer: null, review_state: null });
    expect(listReviews(db, { runId })).toEqual([]);
    expect(listReviews(db, { runId, includeRevoked: true })).toHaveLength(1);
    // Importing the revoked review again does not bring it back as a new one.
    expect(importReviews(db, runId, reviewsFile('14097,mobile-app,pass,Ana,2025-06-02,Visto a mano,'), 'a.csv').duplicates).toHaveLength(1);
    db.close();
  });

  it('rescoring keeps the evidence screenshots the crawl took', async () => {
    const db = openDatabase(':memory:');
    const runId = storeRun(db);
    const crawlScoring = 1;
    const before = shotsOf(db, crawlScoring);
    expect(before).toBeGreaterThan(3);
    const once = await rescoreRun(db, runId, aidh2016, rules);
    const twice = await rescoreRun(db, runId, aidh2016, rules);
    expect([shotsOf(db, once.scoringId), shotsOf(db, twice.scoringId), twice.screenshots]).toEqual([before, before, before]);
    const shot = (scoringId: number) =>
      db.prepare("SELECT url, selector, screenshot FROM evidence WHERE scoring_id = ? AND indicator_id = 'social-account'").all(scoringId);
    expect(shot(twice.scoringId)).toEqual(shot(crawlScoring));
    db.close();
  });

  it('a database whose scorings hold reviews from before they were stored gets them as stored reviews', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mirador-reviews-')), 'old.sqlite');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of migrations.filter((m) => m.version <= 10)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    old.exec(`
      INSERT INTO municipalities (inegi_code, name, state) VALUES ('14097', 'Tlajomulco', 'Jalisco');
      INSERT INTO runs (id, started_at, status, as_of, methodology_id, software_version, seeds_file, options_json)
        VALUES (1, 'then', 'finished', '2016-05-20', 'aidh-2016', '0.0.0', 's.csv', '{}');
      INSERT INTO scorings (id, run_id, created_at, methodology_id, software_version, origin) VALUES
        (1, 1, 'a', 'aidh-2016', '0.0.0', 'crawl'), (2, 1, 'b', 'aidh-2016', '0.0.0', 'rescore'), (3, 1, 'c', 'aidh-2016', '0.0.0', 'rescore');
      INSERT INTO indicator_results (scoring_id, inegi_code, indicator_id, verdict, points, max_points) VALUES (1, '14097', 'mobile-app', 'fail', 0, 4.5);
      INSERT INTO indicator_results (scoring_id, inegi_code, indicator_id, verdict, points, max_points, automatic_verdict, reviewer, reviewed_on, review_note)
        VALUES (2, '14097', 'mobile-app', 'pass', 4.5, 4.5, 'fail', 'Ana', '2025-06-02', 'Visto a mano');
      INSERT INTO indicator_results (scoring_id, inegi_code, indicator_id, verdict, points, max_points) VALUES (3, '14097', 'mobile-app', 'fail', 0, 4.5);`);
    old.close();
    const db = openDatabase(path);
    expect(listReviews(db)).toEqual([
      expect.objectContaining({ runId: 1, indicator: 'mobile-app', verdict: 'pass', reviewer: 'Ana', date: '2025-06-02', answeredVerdict: 'fail', citedPages: null, source: 'scoring 2' }),
    ]);
    db.close();
  });

  it('a contest takes its criteria from the municipality’s check, and refuses a check of another municipality or a closed window', () => {
    const db = openDatabase(':memory:');
    const runId = storeRun(db);
    const zapopan = parseSeeds('inegi_code,name,state,url\n14120,Zapopan,Jalisco,https://www.zapopan.gob.mx/\n');
    upsertMunicipalities(db, zapopan);
    db.prepare('INSERT INTO run_seeds (run_id, inegi_code, position, seed_url) VALUES (?, ?, 1, ?)').run(runId, '14120', zapopan[0]!.url);
    const checkOf = (code: string) =>
      JSON.stringify({ inegi_code: code, as_of: '2016-05-20', methodology_id: 'aidh-2016', score: 9.1, indicators: [
        { id: 'mobile-app', verdict: 'pass', reason: null }, { id: 'video-channel', verdict: 'fail', reason: null },
      ] });
    const request = { inegiCode: '14097', indicators: [], filedBy: 'Transparencia', note: 'La app está en la tienda', today: '2025-06-05' };
    expect(() => fileContest(db, runId, { ...request, check: { text: checkOf('14120'), file: 'z.json' } }, aidh2016)).toThrow('z.json is the check of 14120, not of 14097');
    // mobile-app fails in the run and passes in the check; video-channel fails in both.
    expect(fileContest(db, runId, { ...request, check: { text: checkOf('00000'), file: 't.json' } }, aidh2016).indicators).toEqual(['mobile-app']);
    expect(listContests(db, runId)).toEqual([expect.objectContaining({ inegiCode: '14097', indicators: ['mobile-app'], filedBy: 'Transparencia', checkFile: 't.json', checkJson: checkOf('00000') })]);
    setContestUntil(db, runId, '2025-06-04');
    expect(() => fileContest(db, runId, { ...request, indicators: ['mobile-app'], check: null }, aidh2016)).toThrow(`the contest window of run ${runId} closed on 2025-06-04`);
    expect(listContests(db, runId)).toHaveLength(1);
    db.close();
  });
});
