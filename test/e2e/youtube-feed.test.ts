/**
 * social-recent-week from a YouTube channel feed, end to end: a ranking run over three portals whose only
 * sign of social activity is the channel they link (feed entry 3 days before as-of, 30 days before, feed
 * missing), then a re-scoring from the store with the network gone, which must see the same posts.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { defaultCrawlOptions, parseConnectTo } from '../../src/crawl/crawler.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { startRankRun } from '../../src/run/rank-run.ts';
import { rescoreRun } from '../../src/run/rescore-run.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { readRecordAt } from '../../src/crawl/archive/warc-reader.ts';
import { loadSiteCrawl } from '../../src/store/crawl-query.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { resolveWarcPath, warcRecordsOfFetch } from '../../src/store/warc-index.ts';
import { page, startLocalSite, type LocalSite } from '../crawl/helpers/local-site.ts';
import { ATOM, atomFeed, channelPage } from '../crawl/helpers/youtube.ts';

const AS_OF = '2016-05-20';
const YT = 'http://www.youtube.com';
const RECENT = 'UCrecienteGobierno000000';
const OLD = 'UCantiguoGobierno0000000';

const portal = (name: string, channelLink: string): string =>
  page(
    `<header><h1>H. Ayuntamiento de ${name}</h1></header>
     <main><p>Bienvenidos al portal del gobierno municipal.</p></main>
     <footer>Síguenos: <a href="${channelLink}">Canal de YouTube del Ayuntamiento</a></footer>`,
    `Ayuntamiento de ${name}`,
  );

const routes = {
  'http://www.reciente.gob.mx/': portal('Reciente', `${YT}/@GobReciente`),
  'http://www.antiguo.gob.mx/': portal('Antiguo', `${YT}/channel/${OLD}`),
  'http://www.sinfeed.gob.mx/': portal('Sinfeed', `${YT}/user/GobSinFeed`),
  [`${YT}/@GobReciente`]: channelPage(RECENT),
  [`${YT}/feeds/videos.xml?channel_id=${RECENT}`]: {
    headers: ATOM,
    body: atomFeed(RECENT, [
      { videoId: 'rec3', title: 'Sesión de cabildo abierto', published: '2016-05-17T16:00:01+00:00' },
      { videoId: 'rec40', title: 'Informe trimestral', published: '2016-04-10T16:00:01+00:00' },
    ]),
  },
  [`${YT}/feeds/videos.xml?channel_id=${OLD}`]: {
    headers: ATOM,
    body: atomFeed(OLD, [{ videoId: 'old30', title: 'Arranque de obra', published: '2016-04-20T16:00:01+00:00' }]),
  },
  // /feeds/videos.xml?user=GobSinFeed: not served (404).
};

const seeds = parseSeeds(
  [
    'inegi_code,name,state,url,published_score_2016,published_position_2016',
    '90001,Reciente,Jalisco,http://www.reciente.gob.mx/,,',
    '90002,Antiguo,Jalisco,http://www.antiguo.gob.mx/,,',
    '90003,Sinfeed,Jalisco,http://www.sinfeed.gob.mx/,,',
  ].join('\n'),
);

interface Verdict {
  verdict: string;
  reason: string | null;
}

describe('social-recent-week from a YouTube channel feed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-feeds-'));
  const rules = indicatorsFor(aidh2016, allIndicators);
  let site: LocalSite;
  let db: Db;
  let runId: number;
  let scoringId: number;

  beforeAll(async () => {
    site = await startLocalSite(routes);
    db = openDatabase(join(dir, 'm.sqlite'));
    const hosts = ['www.reciente.gob.mx', 'www.antiguo.gob.mx', 'www.sinfeed.gob.mx', 'www.youtube.com'];
    const connectTo = hosts.map((host) => parseConnectTo(`${host}:80:127.0.0.1:${site.port}`));
    ({ runId, scoringId } = await startRankRun({
      db,
      seeds,
      seedsFile: 'seeds.csv',
      asOf: AS_OF,
      crawl: { ...defaultCrawlOptions, perHostDelayMs: 0, timeoutMs: 2000, retries: 0, maxPages: 5, render: false, connectTo },
      methodology: aidh2016,
      rules,
    }));
    await site.close();
  }, 60_000);

  afterAll(() => {
    vi.restoreAllMocks();
    db?.close();
  });

  const verdictOf = (scoring: number, inegiCode: string, indicator: string): Verdict =>
    db
      .prepare('SELECT verdict, reason FROM indicator_results WHERE scoring_id = ? AND inegi_code = ? AND indicator_id = ?')
      .get(scoring, inegiCode, indicator) as Verdict;
  const evidenceOf = (scoring: number, inegiCode: string, indicator: string): { url: string; text: string }[] =>
    db
      .prepare('SELECT url, text FROM evidence WHERE scoring_id = ? AND inegi_code = ? AND indicator_id = ? ORDER BY position')
      .all(scoring, inegiCode, indicator) as { url: string; text: string }[];

  it('passes a portal whose channel uploaded 3 days before as-of, the video as evidence', () => {
    expect(verdictOf(scoringId, '90001', 'social-recent-week').verdict).toBe('pass');
    expect(evidenceOf(scoringId, '90001', 'social-recent-week')).toEqual([
      expect.objectContaining({ url: 'https://www.youtube.com/watch?v=rec3', text: 'Sesión de cabildo abierto' }),
    ]);
    // A feed shows no replies: a recent upload leaves interaction to a reviewer.
    expect(verdictOf(scoringId, '90001', 'social-interaction-week').verdict).toBe('unknown');
  });

  it('fails a portal whose channel’s newest upload is 30 days before as-of', () => {
    expect(verdictOf(scoringId, '90002', 'social-recent-week').verdict).toBe('fail');
    expect(evidenceOf(scoringId, '90002', 'social-recent-week')).toEqual([
      expect.objectContaining({ url: 'https://www.youtube.com/watch?v=old30', text: 'Arranque de obra' }),
    ]);
  });

  it('leaves a portal whose channel feed 404s unknown, the channel link as evidence, the 404 recorded', () => {
    expect(verdictOf(scoringId, '90003', 'social-recent-week').verdict).toBe('unknown');
    // The link as the portal shows it (the page it is on, its text), for a reviewer to open.
    expect(evidenceOf(scoringId, '90003', 'social-recent-week')).toEqual([
      { url: 'http://www.sinfeed.gob.mx/', text: expect.stringContaining('Canal de YouTube del Ayuntamiento') },
    ]);
    expect(
      db.prepare("SELECT url, status, error_kind, feed_for FROM fetches WHERE run_id = ? AND inegi_code = '90003' AND feed_for IS NOT NULL").all(runId),
    ).toEqual([{ url: `${YT}/feeds/videos.xml?user=GobSinFeed`, status: 404, error_kind: 'http', feed_for: `${YT}/user/GobSinFeed` }]);
  });

  it('archives the feed exchange like any other: response with the feed body, metadata naming the account', async () => {
    const { id } = db.prepare("SELECT id FROM fetches WHERE run_id = ? AND inegi_code = '90002' AND feed_for IS NOT NULL").get(runId) as { id: number };
    const records = Object.fromEntries(
      await Promise.all(warcRecordsOfFetch(db, id).map(async (row) => [row.record_type, await readRecordAt(resolveWarcPath(db, row.file), row.offset, row.length)] as const)),
    );
    expect(records.response!.body.toString('utf8')).toContain('<title>Arranque de obra</title>');
    expect(records.metadata!.body.toString('utf8')).toContain(`feed-for: ${YT}/channel/${OLD}\r\n`);
  });

  it('stores each feed with its body, and re-scoring with the network gone sees the same posts and verdicts', async () => {
    const refuse = (): never => {
      throw new Error('re-scoring tried to use the network');
    };
    const spies = [vi.spyOn(http, 'request').mockImplementation(refuse), vi.spyOn(https, 'request').mockImplementation(refuse)];
    const stored = loadSiteCrawl(db, runId, '90001');
    expect(stored.feeds!.map((f) => [f.accountUrl, f.url, f.status])).toEqual([[`${YT}/@GobReciente`, `${YT}/feeds/videos.xml?channel_id=${RECENT}`, 200]]);
    expect(gatherArtifacts(stored).posts.map((p) => [p.accountId, p.postedAt, p.pageUrl])).toEqual([
      ['@GobReciente', '2016-05-17', 'https://www.youtube.com/watch?v=rec3'],
      ['@GobReciente', '2016-04-10', 'https://www.youtube.com/watch?v=rec40'],
    ]);
    // On the main thread (workers: 1), where the spies can see a request; the worker threads run the same code.
    const rescored = await rescoreRun(db, runId, aidh2016, rules, { workers: 1 });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    for (const code of ['90001', '90002', '90003']) {
      for (const indicator of ['social-recent-week', 'social-interaction-week']) {
        expect(verdictOf(rescored.scoringId, code, indicator), `${code} ${indicator}`).toEqual(verdictOf(scoringId, code, indicator));
        expect(evidenceOf(rescored.scoringId, code, indicator)).toEqual(evidenceOf(scoringId, code, indicator));
      }
    }
  });
});
