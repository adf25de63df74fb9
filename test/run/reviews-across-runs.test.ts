/**
 * Reviews end to end, as a user would meet them: a ranking run against a portal on 127.0.0.1, a review imported,
 * two plain rescorings, then two new runs — one where the portal came back unchanged and one where the page the
 * review cites changed.
 */
import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { defaultCrawlOptions, parseConnectTo } from '../../src/crawl/crawler.ts';
import { runRankCommand } from '../../src/run/rank-command.ts';
import { startRankRun } from '../../src/run/rank-run.ts';
import { rescoreRun } from '../../src/run/rescore-run.ts';
import { importReviews } from '../../src/run/reviews.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseReviews } from '../../src/seeds/reviews-file.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { getRun } from '../../src/store/runs.ts';
import { page, startLocalSite, type LocalSite } from '../crawl/helpers/local-site.ts';

const A = 'http://www.ejemplo-a.gob.mx';
const seeds = parseSeeds(`inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,${A}/\n`);
const rules = indicatorsFor(aidh2016, allIndicators);

let greeting = 'Bienvenidos.';
const routes = {
  [`${A}/robots.txt`]: { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\n' },
  [`${A}/`]: (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(`<nav><a href="/transparencia">Transparencia</a></nav><p>${greeting}</p>`, 'Municipio A'));
  },
  [`${A}/transparencia`]: page('<h1>Transparencia</h1><p>Presupuesto 2016.</p>', 'Transparencia'),
};

describe('reviews across rescorings and runs', () => {
  let site: LocalSite;
  let db: Db;
  const rank = async () =>
    (
      await startRankRun({
        db,
        seeds,
        seedsFile: 'seeds.csv',
        asOf: '2016-05-20',
        crawl: {
          ...defaultCrawlOptions, render: false, perHostDelayMs: 0, timeoutMs: 2000, retries: 0, maxPages: 5, maxFiles: 0,
          connectTo: [parseConnectTo(`www.ejemplo-a.gob.mx:80:127.0.0.1:${site.port}`)],
        },
        methodology: aidh2016,
        rules,
        archiveDir: null,
      })
    ).scoringId;
  const mobileApp = (scoringId: number) =>
    db.prepare("SELECT verdict, automatic_verdict, reviewer, review_state FROM indicator_results WHERE scoring_id = ? AND indicator_id = 'mobile-app'").get(scoringId);

  beforeAll(async () => {
    site = await startLocalSite(routes);
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mirador-reviews-e2e-')), 'm.sqlite'));
  });
  afterAll(async () => {
    db?.close();
    await site?.close();
  });

  it('a review survives two plain rescorings, holds in a new run of the unchanged portal, and is flagged when the page changed', async () => {
    const first = await rank();
    expect(mobileApp(first)).toMatchObject({ verdict: 'fail', reviewer: null });
    const file = parseReviews('inegi_code,indicator,verdict,reviewer,date,note\n14097,mobile-app,pass,Ana,2025-06-02,App en la tienda oficial\n', 'a.csv');
    expect(importReviews(db, 1, file, 'a.csv').added).toHaveLength(1);

    for (let i = 0; i < 2; i++) {
      const { scoringId, reviewed } = await rescoreRun(db, 1, aidh2016, rules);
      expect(reviewed).toBe(1);
      expect(mobileApp(scoringId)).toEqual({ verdict: 'pass', automatic_verdict: 'fail', reviewer: 'Ana', review_state: 'applied' });
    }

    // The new run's crawl scoring applies it: the portal served the same bytes.
    expect(mobileApp(await rank())).toEqual({ verdict: 'pass', automatic_verdict: 'fail', reviewer: 'Ana', review_state: 'applied' });

    greeting = 'Bienvenidos al portal renovado.';
    expect(mobileApp(await rank())).toEqual({ verdict: 'fail', automatic_verdict: 'fail', reviewer: 'Ana', review_state: 'pages-changed' });
  }, 60_000);

  it('rank --contest-until marks the new run preliminary and its report says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirador-contest-'));
    const seedsFile = join(dir, 'seeds.csv');
    writeFileSync(seedsFile, `inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,${A}/\n`);
    const dbPath = join(dir, 'm.sqlite');
    const { runId, indexPath } = await runRankCommand({
      seeds: seedsFile, db: dbPath, out: join(dir, 'report'), asOf: '2016-05-20', maxPages: 5, maxDepth: 2, concurrency: 2, delay: 0, timeout: 2,
      connectTo: [`www.ejemplo-a.gob.mx:80:127.0.0.1:${site.port}`], allowPrivate: false, render: false, contestUntil: '2999-12-31',
    });
    const check = openDatabase(dbPath);
    expect(getRun(check, runId)!.contest_until).toBe('2999-12-31');
    check.close();
    expect(readFileSync(indexPath, 'utf8')).toContain('Resultados preliminares: los municipios pueden impugnar un veredicto hasta el 31 de diciembre de 2999');
  }, 30_000);
});
