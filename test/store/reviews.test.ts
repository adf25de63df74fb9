/** Rescoring with human reviews, from the store only: a committed crawl, then `rescoreRun` with a reviews file. */
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import type { SiteCrawl } from '../../src/crawl/types.ts';
import { toJson } from '../../src/report/export.ts';
import { rescoreRun } from '../../src/run/rescore-run.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseReviews } from '../../src/seeds/reviews-file.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';
import { createRun, createScoring, recordRunSeeds, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite } from '../../src/store/sites.ts';

const URL = 'http://www.tlajomulco.gob.mx/';
const seeds = parseSeeds(`inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,${URL}\n`);
const rules = indicatorsFor(aidh2016, allIndicators);

const crawl: SiteCrawl = {
  seedUrl: URL,
  finalUrl: URL,
  status: 'ok',
  statusReason: null,
  pages: [{ url: URL, requestedUrl: URL, depth: 0, status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html', html: '<html><body><h1>Inicio</h1><p>Bienvenidos.</p></body></html>', fetchedAt: '2016-05-20T10:00:00Z', rendered: false }],
  files: [],
  sitemap: [],
  startedAt: '2016-05-20T10:00:00Z',
  finishedAt: '2016-05-20T10:00:01Z',
};

interface Row {
  indicator_id: string;
  verdict: string;
  points: number;
  automatic_verdict: string | null;
  reviewer: string | null;
  reviewed_on: string | null;
  review_note: string | null;
  review_evidence_url: string | null;
}

function storedRun() {
  const db = openDatabase(':memory:');
  upsertMunicipalities(db, seeds);
  const runId = createRun(db, { asOf: '2016-05-20', methodologyId: aidh2016.id, softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: aidh2016.id, softwareVersion: '0.0.0', origin: 'crawl' });
  saveFinishedSite(db, { runId, scoringId, inegiCode: '14097', crawl, fetches: [], scored: { score: 0, indicators: [] } });
  return { db, runId };
}

const score = (db: ReturnType<typeof openDatabase>, scoringId: number) =>
  (db.prepare('SELECT score FROM site_scores WHERE scoring_id = ?').get(scoringId) as { score: number }).score;
const rowsOf = (db: ReturnType<typeof openDatabase>, scoringId: number) =>
  db.prepare('SELECT * FROM indicator_results WHERE scoring_id = ? ORDER BY rowid').all(scoringId) as Row[];

describe('rescoring with reviews', () => {
  it('stores the reviewed verdict, keeps the automatic one, changes the score and warns about unknown municipalities', () => {
    const { db, runId } = storedRun();
    const plain = rescoreRun(db, runId, aidh2016, rules);
    expect(plain).toMatchObject({ sites: 1, reviewed: 0, warnings: [] });
    const automatic = rowsOf(db, plain.scoringId);
    expect(automatic.every((r) => r.automatic_verdict === null && r.reviewer === null)).toBe(true);
    const failed = automatic.find((r) => r.verdict === 'fail')!;
    expect(failed).toBeDefined();

    const reviews = parseReviews(
      [
        'inegi_code,indicator,verdict,reviewer,date,note,evidence_url',
        `14097,${failed.indicator_id},pass,Ana López,2025-06-02,Visto a mano en el portal,https://www.tlajomulco.gob.mx/prueba`,
        '99999,mobile-app,pass,Ana López,2025-06-02,Municipio fuera de la ejecución,',
      ].join('\n'),
    );
    const reviewed = rescoreRun(db, runId, aidh2016, rules, reviews);
    expect(reviewed.reviewed).toBe(1);
    expect(reviewed.warnings).toEqual([`99999: not in run ${runId}, its review(s) on line(s) 3 were not applied`]);

    const rows = rowsOf(db, reviewed.scoringId);
    expect(rows.find((r) => r.indicator_id === failed.indicator_id)).toEqual({
      ...failed,
      scoring_id: reviewed.scoringId,
      verdict: 'pass',
      points: 100 / 22,
      automatic_verdict: 'fail',
      reviewer: 'Ana López',
      reviewed_on: '2025-06-02',
      review_note: 'Visto a mano en el portal',
      review_evidence_url: 'https://www.tlajomulco.gob.mx/prueba',
    });
    expect(rows.filter((r) => r.reviewer !== null)).toHaveLength(1);
    const passes = (scoringId: number) => rowsOf(db, scoringId).filter((r) => r.verdict === 'pass').length;
    expect(passes(reviewed.scoringId)).toBe(passes(plain.scoringId) + 1);
    expect(score(db, reviewed.scoringId)).toBe(Math.round((10 * passes(reviewed.scoringId) * 100) / 22) / 10);
    expect(score(db, reviewed.scoringId)).toBeGreaterThan(score(db, plain.scoringId));

    // The report and the JSON export read the review back.
    const report = loadRankingReport(db, runId, reviewed.scoringId);
    const result = report.municipalities[0]!.indicators.find((i) => i.id === failed.indicator_id)!;
    expect(result.verdict).toBe('pass');
    expect(result.review).toEqual({
      automatic_verdict: 'fail', reviewer: 'Ana López', date: '2025-06-02', note: 'Visto a mano en el portal', evidence_url: 'https://www.tlajomulco.gob.mx/prueba',
    });
    expect(report.municipalities[0]!.indicators.filter((i) => 'review' in i)).toHaveLength(1);
    const exported = JSON.parse(toJson(report)) as { municipalities: { indicators: { id: string; review?: unknown }[] }[] };
    expect(exported.municipalities[0]!.indicators.find((i) => i.id === failed.indicator_id)!.review).toEqual(result.review);
    expect(exported.municipalities[0]!.indicators.filter((i) => 'review' in i)).toHaveLength(1);
    db.close();
  });
});
