/**
 * `mirador score` spreads a run's sites over worker threads that read the crawls from the database file: the new
 * scoring must be the one the main thread alone writes — same rows in the same order, reviews and carried-over
 * screenshots included — and a site that cannot be scored stops the rescoring with its INEGI code.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import type { SiteCrawl } from '../../src/crawl/types.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { rescoreRun, rescoreWorkers } from '../../src/run/rescore-run.ts';
import { importReviews } from '../../src/run/reviews.ts';
import type { ScoredSite } from '../../src/score/points.ts';
import { indicatorsFor, scoreSite } from '../../src/score/score-site.ts';
import { parseReviews } from '../../src/seeds/reviews-file.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { createRun, createScoring, recordRunSeeds, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite } from '../../src/store/sites.ts';

const AS_OF = '2016-05-20';
const rules = indicatorsFor(aidh2016, allIndicators);

/** Four portals that meet different criteria, so the sites' verdicts, points and evidence differ. */
const SITES = [
  {
    code: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco', url: 'http://www.tlajomulco.gob.mx/',
    home: '<nav><a href="/transparencia">Transparencia</a> <a href="/datos-abiertos">Datos abiertos</a></nav>' +
      '<a href="https://www.facebook.com/tlajo">Facebook</a><p>Actualizado el 15 de mayo de 2016.</p>',
    more: [['datos-abiertos', '<h1>Datos abiertos</h1><a href="/datos/presupuesto.csv">Presupuesto (CSV)</a> <a href="/datos/obra.xlsx">Obra (XLSX)</a>']],
  },
  {
    code: '13048', name: 'Pachuca de Soto', state: 'Hidalgo', url: 'http://www.pachuca.gob.mx/',
    home: '<h1>Bienvenidos</h1><a href="/contacto">Contacto</a><form action="/buscar"><input type="search" name="q"><button>Buscar</button></form>',
    more: [['contacto', '<form action="/enviar" method="post"><textarea name="m"></textarea><button>Enviar</button></form><p>Tel. 771 717 1500</p>']],
  },
  {
    code: '19039', name: 'Monterrey', state: 'Nuevo León', url: 'http://www.monterrey.gob.mx/',
    home: '<nav><a href="/tramites">Trámites</a></nav><a href="https://twitter.com/monterrey">Twitter</a>' +
      '<a href="https://www.youtube.com/@monterrey">YouTube</a><p>Publicado el 2 de mayo de 2016.</p>',
    more: [['tramites', '<h1>Trámites y servicios</h1><ul><li><a href="/tramites/licencia">Licencia de funcionamiento</a></li></ul>']],
  },
  {
    code: '31050', name: 'Mérida', state: 'Yucatán', url: 'http://www.merida.gob.mx/',
    home: '<p>Sitio en construcción.</p>',
    more: [],
  },
] as const;

const seeds = parseSeeds(['inegi_code,name,state,url', ...SITES.map((s) => `${s.code},${s.name},${s.state},${s.url}`)].join('\n'));

const pageOf = (url: string, body: string, depth: number) => ({
  url, requestedUrl: url, depth, status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html',
  html: `<html><head><title>Municipio</title></head><body>${body}</body></html>`, fetchedAt: '2016-05-20T10:00:00Z', rendered: true,
});

const crawlOf = (site: (typeof SITES)[number]): SiteCrawl => ({
  seedUrl: site.url,
  finalUrl: site.url,
  status: 'ok',
  statusReason: null,
  pages: [pageOf(site.url, site.home, 0), ...site.more.map(([path, body]) => pageOf(`${site.url}${path}`, body, 1))],
  files: [],
  sitemap: [],
  startedAt: '2016-05-20T10:00:00Z',
  finishedAt: '2016-05-20T10:00:01Z',
});

/** What `rank` commits: each crawl and its scoring, with an element screenshot on every evidence that has a selector. */
function storeRun(db: Db): number {
  upsertMunicipalities(db, seeds);
  const runId = createRun(db, { asOf: AS_OF, methodologyId: aidh2016.id, softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: aidh2016.id, softwareVersion: '0.0.0', origin: 'crawl' });
  for (const site of SITES) {
    const crawl = crawlOf(site);
    const automatic = scoreSite(gatherArtifacts(crawl), { asOf: AS_OF, municipality: { inegiCode: site.code, name: site.name, state: site.state } }, aidh2016, rules);
    const scored: ScoredSite = {
      ...automatic,
      indicators: automatic.indicators.map((i) => ({
        ...i,
        evidence: i.evidence.map((e) => (e.selector ? { ...e, screenshot: `evidence/${site.code}/${i.id}.png` } : e)),
      })),
    };
    saveFinishedSite(db, { runId, scoringId, inegiCode: site.code, crawl, fetches: [], scored });
  }
  return runId;
}

/** A scoring's stored rows in the order they were written (rowid), without the ids of the scoring and of its rows. */
function resultsOf(db: Db, scoringId: number) {
  const rows = (table: string) =>
    (db.prepare(`SELECT * FROM ${table} WHERE scoring_id = ? ORDER BY rowid`).all(scoringId) as Record<string, unknown>[]).map(({ scoring_id: _, id: _id, ...row }) => row);
  return { scores: rows('site_scores'), indicators: rows('indicator_results'), evidence: rows('evidence') };
}

describe('rescoring in worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-parallel-'));
  let db: Db;
  let runId: number;

  beforeAll(() => {
    db = openDatabase(join(dir, 'm.sqlite'));
    runId = storeRun(db);
    const reviews = parseReviews(
      ['inegi_code,indicator,verdict,reviewer,date,note,evidence_url', '13048,mobile-app,pass,Ana López,2025-06-02,Visto a mano en el portal,'].join('\n'),
      'f.csv',
    );
    expect(importReviews(db, runId, reviews, 'f.csv').added).toHaveLength(1);
  });

  afterAll(() => db?.close());

  it('writes the scoring the main thread alone writes, reviews and screenshots included', async () => {
    const sequential = await rescoreRun(db, runId, aidh2016, rules, { workers: 1 });
    const parallel = await rescoreRun(db, runId, aidh2016, rules, { workers: 3 });
    expect([sequential.workers, parallel.workers]).toEqual([0, 3]);
    const { scoringId: _s, workers: _ws, ...sequentialCounts } = sequential;
    const { scoringId: _p, workers: _wp, ...parallelCounts } = parallel;
    expect(parallelCounts).toEqual(sequentialCounts);
    expect(parallel).toMatchObject({ sites: 4, reviewed: 1 });
    expect(parallel.screenshots).toBeGreaterThan(3);

    const expected = resultsOf(db, sequential.scoringId);
    expect(expected.scores.map((s) => s.inegi_code)).toEqual(SITES.map((s) => s.code));
    expect(new Set(expected.scores.map((s) => s.score)).size).toBeGreaterThan(2);
    expect(expected.indicators.find((r) => r.inegi_code === '13048' && r.indicator_id === 'mobile-app')).toMatchObject({ verdict: 'pass', review_state: 'applied' });
    expect(resultsOf(db, parallel.scoringId)).toEqual(expected);
    // The crawl's own scoring, which had the screenshots: carried over, they are the same evidence rows.
    expect(expected.evidence).toEqual(resultsOf(db, 1).evidence);
  });

  it('stops with the INEGI code of a site that cannot be scored, and stores no partial scoring', async () => {
    const scorings = () => (db.prepare('SELECT count(*) AS n FROM scorings WHERE run_id = ?').get(runId) as { n: number }).n;
    const before = scorings();
    // Mérida's only page body no longer decompresses: reading its crawl back fails in the worker.
    db.prepare(`UPDATE bodies SET data = x'00' WHERE sha256 IN (SELECT html_sha256 FROM pages WHERE run_id = ? AND inegi_code = '31050')`).run(runId);
    await expect(rescoreRun(db, runId, aidh2016, rules, { workers: 2 })).rejects.toThrow(
      new RegExp(`run ${runId} was not re-scored: 1 site\\(s\\) could not be scored\\n {2}31050: `),
    );
    expect(scorings()).toBe(before);
  });

  it('scores on the main thread when one thread would only wait for one worker', () => {
    expect([rescoreWorkers(1, 8), rescoreWorkers(5, 1), rescoreWorkers(3, 8), rescoreWorkers(204, 2)]).toEqual([0, 0, 3, 2]);
  });
});
