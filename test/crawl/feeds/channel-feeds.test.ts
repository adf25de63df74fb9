/**
 * Channel feeds in a real crawl: a portal and www.youtube.com on 127.0.0.1 behind connect-to rules.
 * The feeds go through the crawl's fetcher, so robots.txt, records and the cap are checked here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions, type Crawler } from '../../../src/crawl/crawler.ts';
import { MAX_CHANNEL_FEEDS } from '../../../src/crawl/feeds/channel-feeds.ts';
import type { FetchRequest } from '../../../src/crawl/http-fetch.ts';
import { crawlSite } from '../../../src/crawl/site-crawl.ts';
import type { CrawlOptions, FetchRecord } from '../../../src/crawl/types.ts';
import { page, startLocalSite, type LocalSite, type Route } from '../helpers/local-site.ts';
import { ATOM, atomFeed, channelPage } from '../helpers/youtube.ts';

const PORTAL = 'http://www.ejemplo.gob.mx';
const YT = 'http://www.youtube.com';
const channelId = (name: string): string => `UC${name.padEnd(22, '0')}`;
const A = channelId('GobiernoEjemploA');
const B = channelId('GobiernoEjemploB');

const opened: { crawlers: Crawler[]; sites: LocalSite[] } = { crawlers: [], sites: [] };

afterEach(async () => {
  await Promise.all(opened.crawlers.map((crawler) => crawler.close()));
  await Promise.all(opened.sites.map((site) => site.close()));
  opened.crawlers = [];
  opened.sites = [];
});

async function crawlWith(portalRoutes: Record<string, Route>, youtubeRoutes: Record<string, Route>, overrides: Partial<CrawlOptions> = {}) {
  const portal = await startLocalSite(portalRoutes);
  const youtube = await startLocalSite(youtubeRoutes);
  opened.sites.push(portal, youtube);
  const crawler = createCrawler({
    ...defaultCrawlOptions,
    perHostDelayMs: 0,
    timeoutMs: 2000,
    retries: 0,
    render: false,
    connectTo: [parseConnectTo(`www.ejemplo.gob.mx:80:127.0.0.1:${portal.port}`), parseConnectTo(`www.youtube.com:80:127.0.0.1:${youtube.port}`)],
    ...overrides,
  });
  opened.crawlers.push(crawler);
  const records: FetchRecord[] = [];
  const crawl = await crawler.crawlSite(`${PORTAL}/`, { onFetch: (record) => records.push(record) });
  return { crawl, records, portal, youtube };
}

const youtubeRecords = (records: FetchRecord[]) => records.filter((r) => r.url.startsWith(YT) && r.purpose !== 'robots');

describe('crawlSite: YouTube channel feeds', () => {
  it('reads each linked channel’s feed once, resolves an @handle through its page, records a 404', async () => {
    const feedA = atomFeed(A, [{ videoId: 'v1', title: 'Sesión de cabildo', published: '2016-05-17T16:00:01+00:00' }]);
    const feedB = atomFeed(B, [{ videoId: 'v2', title: 'Informe de obra', published: '2016-05-01T10:00:00+00:00' }]);
    const { crawl, records, youtube } = await crawlWith(
      {
        '/': page(`<a href="/noticias">Noticias</a>
          <a href="${YT}/channel/${A}">YouTube</a> <a href="${YT}/channel/${A}/videos">Videos</a>
          <a href="${YT}/@GobEjemploB">Canal B</a> <a href="${YT}/user/CanalViejo">Canal viejo</a>
          <a href="${YT}/watch?v=xyz">Un video</a>`),
        '/noticias': page(`<a href="https://youtube.com/channel/${A}">YouTube otra vez</a>`),
      },
      {
        [`/feeds/videos.xml?channel_id=${A}`]: { headers: ATOM, body: feedA },
        '/@GobEjemploB': channelPage(B),
        [`/feeds/videos.xml?channel_id=${B}`]: { headers: ATOM, body: feedB },
      },
    );

    expect(youtube.paths()).toEqual([
      '/robots.txt',
      `/feeds/videos.xml?channel_id=${A}`,
      '/@GobEjemploB',
      `/feeds/videos.xml?channel_id=${B}`,
      '/feeds/videos.xml?user=CanalViejo',
    ]);
    expect(crawl.feeds!.map((f) => [f.accountUrl, f.url, f.status, f.error?.kind ?? null, f.text !== null])).toEqual([
      [`${YT}/channel/${A}`, `${YT}/feeds/videos.xml?channel_id=${A}`, 200, null, true],
      [`${YT}/@GobEjemploB`, `${YT}/feeds/videos.xml?channel_id=${B}`, 200, null, true],
      [`${YT}/user/CanalViejo`, `${YT}/feeds/videos.xml?user=CanalViejo`, 404, 'http', false],
    ]);
    expect(crawl.feeds![0]!.text).toBe(feedA);
    // Every exchange is reported (so archived and stored); feed records name the account, the channel page's does not.
    expect(youtubeRecords(records).map((r) => [r.url.slice(YT.length), r.purpose, r.method, r.feedFor ?? null])).toEqual([
      [`/feeds/videos.xml?channel_id=${A}`, 'file', 'GET', `${YT}/channel/${A}`],
      ['/@GobEjemploB', 'file', 'GET', null],
      [`/feeds/videos.xml?channel_id=${B}`, 'file', 'GET', `${YT}/@GobEjemploB`],
      ['/feeds/videos.xml?user=CanalViejo', 'file', 'GET', `${YT}/user/CanalViejo`],
    ]);
    expect(records.find((r) => r.url.endsWith('user=CanalViejo'))!.error).toEqual({ kind: 'http', message: 'HTTP 404' });
    // Channels are never crawled as pages of the site.
    expect(crawl.pages.map((p) => p.url)).toEqual([`${PORTAL}/`, `${PORTAL}/noticias`]);
  });

  it(`reads at most ${MAX_CHANNEL_FEEDS} channels per site`, async () => {
    const ids = ['Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco'].map(channelId);
    const { crawl, youtube } = await crawlWith(
      { '/': page(ids.map((id) => `<a href="${YT}/channel/${id}">Canal</a>`).join(' ')) },
      Object.fromEntries(ids.map((id) => [`/feeds/videos.xml?channel_id=${id}`, { headers: ATOM, body: atomFeed(id, []) }])),
    );
    expect(youtube.paths().filter((p) => p.startsWith('/feeds/'))).toEqual(ids.slice(0, MAX_CHANNEL_FEEDS).map((id) => `/feeds/videos.xml?channel_id=${id}`));
    expect(crawl.feeds).toHaveLength(MAX_CHANNEL_FEEDS);
  });

  it('respects www.youtube.com’s robots.txt: a disallowed feed is recorded, not requested', async () => {
    const { crawl, records, youtube } = await crawlWith(
      { '/': page(`<a href="${YT}/channel/${A}">YouTube</a>`) },
      {
        // The rule youtube.com's own robots.txt has.
        '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /api/\nDisallow: /feeds/videos.xml\nDisallow: /youtubei/\n' },
        [`/feeds/videos.xml?channel_id=${A}`]: { headers: ATOM, body: atomFeed(A, []) },
      },
    );
    expect(youtube.paths()).toEqual(['/robots.txt']);
    expect(crawl.feeds!.map((f) => [f.url, f.error?.kind, f.text])).toEqual([[`${YT}/feeds/videos.xml?channel_id=${A}`, 'robots', null]]);
    expect(youtubeRecords(records)).toEqual([
      expect.objectContaining({ url: `${YT}/feeds/videos.xml?channel_id=${A}`, status: null, feedFor: `${YT}/channel/${A}`, error: expect.objectContaining({ kind: 'robots' }) }),
    ]);
  });

  it('does not fetch an @handle channel page when robots.txt forbids the feeds it would lead to', async () => {
    const { records, youtube } = await crawlWith(
      { '/': page(`<a href="${YT}/@MunicipioDemo">YouTube</a>`) },
      {
        '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /feeds/videos.xml\n' },
        '/@MunicipioDemo': channelPage(A),
      },
    );
    expect(youtube.paths()).toEqual(['/robots.txt']);
    expect(youtubeRecords(records)).toEqual([
      expect.objectContaining({ url: `${YT}/feeds/videos.xml`, status: null, feedFor: `${YT}/@MunicipioDemo`, error: expect.objectContaining({ kind: 'robots' }) }),
    ]);
  });

  it('records a channel page that names no feed, and a feed URL that answers with something else', async () => {
    const { crawl, records, youtube } = await crawlWith(
      { '/': page(`<a href="${YT}/c/SinFeed">Canal</a> <a href="${YT}/channel/${A}">Otro canal</a>`) },
      {
        '/c/SinFeed': channelPage(null),
        // A consent wall instead of the feed.
        [`/feeds/videos.xml?channel_id=${A}`]: page('<h1>Antes de ir a YouTube</h1>'),
      },
    );
    expect(youtube.paths()).toEqual(['/robots.txt', '/c/SinFeed', `/feeds/videos.xml?channel_id=${A}`]);
    const [pageRecord, feedRecord] = youtubeRecords(records);
    expect(pageRecord).toMatchObject({ url: `${YT}/c/SinFeed`, status: 200, error: { kind: 'other', message: expect.stringMatching(/names no feed/) } });
    expect(pageRecord!.feedFor).toBeUndefined();
    expect(feedRecord).toMatchObject({ status: 200, feedFor: `${YT}/channel/${A}`, error: { kind: 'other', message: expect.stringMatching(/^not a feed/) } });
    expect(crawl.feeds!.map((f) => [f.accountUrl, f.error?.kind, f.text])).toEqual([[`${YT}/channel/${A}`, 'other', null]]);
  });

  it('reads no feed in a --wayback crawl (archives rarely hold feeds)', async () => {
    const requested: string[] = [];
    const fetch = async (url: string, request: FetchRequest): Promise<FetchRecord> => {
      requested.push(url);
      const html = url === `${PORTAL}/` ? page(`<a href="${YT}/channel/${A}">YouTube</a>`) : null;
      return {
        url, finalUrl: url, redirects: [], method: request.method, purpose: request.purpose, depth: request.depth,
        status: html ? 200 : 404, headers: {}, contentType: html ? 'text/html' : null, body: html ? Buffer.from(html) : null,
        bytes: html?.length ?? 0, startedAt: '2016-05-20T00:00:00.000Z', durationMs: 1, attempts: 1,
        error: html ? null : { kind: 'http', message: 'HTTP 404' },
      };
    };
    const crawl = await crawlSite(`${PORTAL}/`, {
      options: { ...defaultCrawlOptions, render: false, wayback: { archiveUrl: 'http://web.archive.org/', asOf: '2016-05-20', windowDays: 183 } },
      fetcher: { fetch, privateAddressError: async () => null },
      robotsFor: async (origin) => ({ robotsUrl: `${origin}/robots.txt`, isAllowed: () => true, crawlDelayMs: null, sitemaps: [], unreachable: null }),
    });
    expect(crawl.status).toBe('ok');
    expect(requested.filter((url) => url.startsWith(YT))).toEqual([]);
    expect(crawl.feeds).toEqual([]);
  });

  it('reads no feed when channel feeds are off', async () => {
    const { crawl, youtube } = await crawlWith({ '/': page(`<a href="${YT}/channel/${A}">YouTube</a>`) }, {}, { channelFeeds: false });
    expect(youtube.requests).toEqual([]);
    expect(crawl.feeds).toEqual([]);
  });
});
