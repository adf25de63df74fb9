import { afterEach, describe, expect, it } from 'vitest';
import { warcRecordsFor } from '../../../src/crawl/archive/warc-records.ts';
import { HostResolver } from '../../../src/crawl/address-policy.ts';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions, type Crawler } from '../../../src/crawl/crawler.ts';
import { HostScheduler } from '../../../src/crawl/host-scheduler.ts';
import { HttpFetcher } from '../../../src/crawl/http-fetch.ts';
import type { CrawlOptions, FetchRecord } from '../../../src/crawl/types.ts';
import { ArchiveRateLimiter, type ArchiveClock } from '../../../src/crawl/wayback/archive-rate.ts';
import { WaybackFetcher } from '../../../src/crawl/wayback/wayback-fetch.ts';
import { page, startLocalSite, type LocalSite } from '../helpers/local-site.ts';
import { virtualClock } from './virtual-clock.ts';
import { startMockArchive, type MockArchive, type MockArchiveSettings, type MockCapture } from './mock-archive.ts';

const HOME = 'http://www.ejemplo.mx/';
/** Fast enough for loopback; the pace itself is archive-rate.test.ts's and the 429 tests' (virtual clock). */
const wayback = { archiveUrl: 'http://web.archive.org', asOf: '2016-05-20', windowDays: 183, ratePerMinute: 60_000 };

const captures: MockCapture[] = [
  { original: HOME, timestamp: '20151102120000', body: page('<p>Portal 2015</p><a href="/transparencia/">Transparencia</a>') },
  {
    original: HOME,
    timestamp: '20160430093000',
    headers: { 'last-modified': 'Fri, 29 Apr 2016 18:00:00 GMT', server: 'Apache' },
    body: page('<p>Portal abril 2016</p><a href="/transparencia/">Transparencia</a> <a href="/datos/">Datos</a> <a href="/viejo/">Avisos</a>'),
  },
  { original: HOME, timestamp: '20160610080000', body: page('<p>Portal junio 2016</p><a href="/junio/">Nuevo</a>') },
  { original: `${HOME}transparencia/`, timestamp: '20160301000000', body: page('<h1>Transparencia marzo</h1>') },
  { original: `${HOME}transparencia/`, timestamp: '20160501000000', statuscode: '404', body: 'not found' },
  // Only outside the window: long before, and after the as-of date.
  { original: `${HOME}datos/`, timestamp: '20140101000000', body: page('<h1>Datos 2014</h1>') },
  { original: `${HOME}datos/`, timestamp: '20160701000000', body: page('<h1>Datos julio</h1>') },
  // A redirect capture, its Location rewritten into the archive as the Wayback Machine does.
  { original: `${HOME}viejo/`, timestamp: '20160415000000', statuscode: '301', location: `http://web.archive.org/web/20160415000000id_/${HOME}nuevo/` },
  { original: `${HOME}nuevo/`, timestamp: '20160416000000', body: page('<h1>Avisos</h1>') },
  { original: `${HOME}nuevo/`, timestamp: '20160601000000', body: page('<h1>Avisos junio</h1>') },
  { original: `${HOME}viejo2/`, timestamp: '20160415000000', statuscode: '302', location: `${HOME}nuevo/` },
  { original: `${HOME}informe.pdf`, timestamp: '20160402000000', mimetype: 'application/pdf', body: '%PDF-1.4' },
  // Item 1: first captured in 2015 (outside the window), then only revisits (same digest) in March and May 2016.
  { original: `${HOME}directorio/`, timestamp: '20150610000000', headers: { 'last-modified': 'Wed, 10 Jun 2015 08:00:00 GMT' }, body: page('<h1>Directorio</h1>') },
  { original: `${HOME}directorio/`, timestamp: '20160310000000', revisitOf: '20150610000000' },
  { original: `${HOME}directorio/`, timestamp: '20160512000000', revisitOf: '20150610000000' },
  // Item 2: the site moved to https://www. in May; the 301 and the new address share one SURT key.
  { original: 'http://movido.mx/', timestamp: '20160105000000', body: page('<h1>Sitio viejo</h1>') },
  { original: 'https://www.movido.mx/', timestamp: '20160420000000', body: page('<h1>Sitio nuevo, abril</h1>') },
  { original: 'http://movido.mx/', timestamp: '20160510000000', statuscode: '301', location: 'http://web.archive.org/web/20160510000000id_/https://www.movido.mx/' },
  // A real loop: a/ → b/ → a/.
  { original: `${HOME}a/`, timestamp: '20160401000000', statuscode: '302', location: `${HOME}b/` },
  { original: `${HOME}b/`, timestamp: '20160401000000', statuscode: '302', location: `${HOME}a/` },
  // Item 8: May's capture is indexed but cannot be replayed; the archive redirects to June's.
  { original: `${HOME}informes/`, timestamp: '20160403000000', body: page('<h1>Informes abril</h1>') },
  { original: `${HOME}informes/`, timestamp: '20160515000000', unreplayable: true, body: page('<h1>Informes mayo</h1>') },
  { original: `${HOME}informes/`, timestamp: '20160612000000', body: page('<h1>Informes junio</h1>') },
  { original: `${HOME}roto/`, timestamp: '20160401000000', statuscode: '301', location: 'http://[roto' },
  // Item 7: an excluded site.
  { original: 'http://excluido.mx/', timestamp: '20160401000000', body: page('<h1>Excluido</h1>') },
];

const opened: { closers: (() => Promise<void> | void)[] } = { closers: [] };
afterEach(async () => {
  for (const close of opened.closers.reverse()) await close();
  opened.closers = [];
});

/** The mock archive answers for web.archive.org; the original host is a live server that must never be asked. */
async function setUp(
  settings: MockArchiveSettings = {},
  held: MockCapture[] = captures,
): Promise<{ archive: MockArchive; original: LocalSite; options: CrawlOptions }> {
  const archive = await startMockArchive(held, settings);
  const original = await startLocalSite({ '/': page('<p>Portal de hoy</p>'), '/robots.txt': { body: 'User-agent: *\nDisallow: /' } });
  opened.closers.push(() => archive.close(), () => original.close());
  const options: CrawlOptions = {
    ...defaultCrawlOptions,
    perHostDelayMs: 0,
    timeoutMs: 2000,
    retries: 0,
    connectTo: [parseConnectTo(`web.archive.org:80:127.0.0.1:${archive.port}`), parseConnectTo(`www.ejemplo.mx:80:127.0.0.1:${original.port}`)],
    wayback,
  };
  return { archive, original, options };
}

function fetcherFor(options: CrawlOptions, clock: ArchiveClock = virtualClock(), limiter?: ArchiveRateLimiter): WaybackFetcher {
  const fetcher = new WaybackFetcher(new HttpFetcher(options, new HostScheduler(options), new HostResolver()), options.wayback!, {
    limiter: limiter ?? new ArchiveRateLimiter({ perMinute: 60_000 }, clock),
    clock,
    retries: 1,
    retryBaseDelayMs: 1000,
  });
  opened.closers.push(() => fetcher.close());
  return fetcher;
}

const pageRequest = { method: 'GET', purpose: 'page', depth: 0 } as const;
const replays = (archive: MockArchive): string[] => archive.requests.filter((path) => !path.startsWith('/cdx/'));

describe('WaybackFetcher', () => {
  it.each(['json', 'text'] as const)('fetches the raw replay of the capture closest before as-of (CDX as %s)', async (format) => {
    const { archive, original, options } = await setUp({ format });
    const record = await fetcherFor(options).fetch(HOME, pageRequest);
    expect(record.error).toBeNull();
    expect(record).toMatchObject({ url: HOME, finalUrl: HOME, redirects: [], status: 200 });
    expect(record.archived).toEqual({ url: `http://web.archive.org/web/20160430093000id_/${HOME}`, timestamp: '20160430093000' });
    expect(record.body?.toString()).toContain('Portal abril 2016');
    expect(record.requestHeaders?.host).toBe('web.archive.org');
    expect(replays(archive)).toEqual([`/web/20160430093000id_/${HOME}`]);
    const [query] = archive.cdxQueries();
    expect(query?.get('to')).toBe('20160520235959');
    expect(query?.get('from')).toBe('20151119000000');
    expect(query?.getAll('filter')).toEqual([]);
    expect(original.requests).toHaveLength(0);
  });

  it('names the archived URL and capture time in the WARC metadata record', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(HOME, pageRequest);
    const planned = warcRecordsFor(record, { inegiCode: '14097' });
    expect(planned.map((r) => [r.type, r.provenance ?? false])).toEqual([['request', true], ['response', true], ['request', false], ['response', false], ['metadata', false]]);
    const own = planned.filter((r) => !r.provenance);
    expect(own.map((r) => [r.type, r.targetUri])).toEqual([['request', `http://web.archive.org/web/20160430093000id_/${HOME}`], ['response', HOME], ['metadata', HOME]]);
    expect(await own[2]!.record.contentText()).toContain(
      `archived-url: http://web.archive.org/web/20160430093000id_/${HOME}\r\ncapture-timestamp: 20160430093000\r\n`,
    );
  });

  it('replays a revisit as the response it repeats: a page first captured in 2015 and revisited in 2016 is not no-capture (item 1)', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}directorio/`, pageRequest);
    expect(record.error).toBeNull();
    expect(record.status).toBe(200);
    expect(record.body?.toString()).toContain('Directorio');
    expect(record.archived).toEqual({ url: `http://web.archive.org/web/20160512000000id_/${HOME}directorio/`, timestamp: '20160512000000' });
    expect(record.headers['last-modified']).toBe('Wed, 10 Jun 2015 08:00:00 GMT');
  });

  it('follows a site that moved to https://www. to the capture of its new address, not back to the 301 under the same key (item 2)', async () => {
    const { archive, options } = await setUp();
    const record = await fetcherFor(options).fetch('http://movido.mx/', pageRequest);
    expect(record.error).toBeNull();
    expect(record).toMatchObject({ url: 'http://movido.mx/', finalUrl: 'https://www.movido.mx/', redirects: ['https://www.movido.mx/'], status: 200 });
    expect(record.archived?.timestamp).toBe('20160420000000');
    expect(record.body?.toString()).toContain('Sitio nuevo, abril');
    // One index query for the shared key, two replays: the 301, then April's capture of the new address.
    expect(archive.cdxQueries()).toHaveLength(1);
    expect(replays(archive)).toEqual(['/web/20160510000000id_/http://movido.mx/', '/web/20160420000000id_/https://www.movido.mx/']);
  });

  it('records an archived redirect to an unparseable Location as an error instead of throwing', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}roto/`, pageRequest);
    expect(record.error).toEqual({ kind: 'other', message: 'archived redirect to an invalid URL: http://[roto' });
  });

  it('still reports a real loop of archived redirects', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}a/`, pageRequest);
    expect(record.error?.kind).toBe('redirect-loop');
    expect(record.redirects).toEqual([`${HOME}b/`, `${HOME}a/`]);
  });

  it('takes a 404 captured last as the page on the as-of day, not an older 200 (item 9)', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}transparencia/`, pageRequest);
    expect(record).toMatchObject({ status: 404, body: null, error: { kind: 'http', message: 'HTTP 404 as archived on 20160501000000' } });
    expect(record.archived?.timestamp).toBe('20160501000000');
  });

  it("does not take the archive's own redirect for the portal's: an unreplayable capture falls back to the next earlier one, never to June's (item 8)", async () => {
    const { archive, options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}informes/`, pageRequest);
    expect(record.error).toBeNull();
    expect(record).toMatchObject({ finalUrl: `${HOME}informes/`, redirects: [], status: 200 });
    expect(record.archived?.timestamp).toBe('20160403000000');
    expect(record.body?.toString()).toContain('Informes abril');
    expect(replays(archive)).toEqual([`/web/20160515000000id_/${HOME}informes/`, `/web/20160403000000id_/${HOME}informes/`]);
    expect(archive.requests.some((path) => path.includes('20160612000000'))).toBe(false);
  });

  it('refuses a pywb replay dated after as-of (served in place of an unreplayable capture) and takes the next earlier one (item 8)', async () => {
    const { archive, options } = await setUp({ layout: 'pywb', collection: 'aidh2016' });
    const record = await fetcherFor({ ...options, wayback: { ...wayback, archiveUrl: 'http://web.archive.org/aidh2016' } }).fetch(`${HOME}informes/`, pageRequest);
    expect(record).toMatchObject({ status: 200, archived: { timestamp: '20160403000000' } });
    expect(record.body?.toString()).toContain('Informes abril');
    expect(replays(archive).filter((p) => !p.startsWith('/aidh2016/cdx'))).toEqual([
      `/aidh2016/20160515000000id_/${HOME}informes/`,
      `/aidh2016/20160403000000id_/${HOME}informes/`,
    ]);
    expect(record.error).toBeNull();
  });

  it("records 'no-capture' with the archive's answers when no capture in the window can be replayed", async () => {
    const { options } = await setUp({ layout: 'pywb', collection: 'aidh2016' }, [
      { original: `${HOME}informes/`, timestamp: '20160515000000', unreplayable: true, body: page('<h1>Mayo</h1>') },
      { original: `${HOME}informes/`, timestamp: '20160612000000', body: page('<h1>Junio</h1>') },
    ]);
    const record = await fetcherFor({ ...options, wayback: { ...wayback, archiveUrl: 'http://web.archive.org/aidh2016' } }).fetch(`${HOME}informes/`, pageRequest);
    expect(record).toMatchObject({ status: null, body: null });
    expect(record.error).toEqual({
      kind: 'no-capture',
      message: 'the web archive could not replay the 1 capture(s) of this page before 2016-05-20 (20160515000000: replayed as a capture of 20160612000000, outside the window)',
    });
  });

  it('names the capture URL as the page URL, so relative links resolve as they did (item 4)', async () => {
    const { options } = await setUp({}, [{ original: `${HOME}tramites`, timestamp: '20160401000000', body: page('<a href="requisitos">Requisitos</a>') }]);
    const record = await fetcherFor(options).fetch(`${HOME}tramites/`, pageRequest);
    expect(record).toMatchObject({ url: `${HOME}tramites/`, finalUrl: `${HOME}tramites`, status: 200 });
  });

  it('gives back the portal\'s own headers from X-Archive-Orig-*: Last-Modified survives (item 5)', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(HOME, pageRequest);
    expect(record.headers).toMatchObject({ 'last-modified': 'Fri, 29 Apr 2016 18:00:00 GMT', server: 'Apache', 'content-type': 'text/html; charset=utf-8' });
    expect(record.headers['x-archive-orig-last-modified']).toBeUndefined();
  });

  it('says the archive excludes a URL (403 AdministrativeAccessControlException), not an opaque HTTP 403 (item 7)', async () => {
    const { options } = await setUp({ excluded: ['mx,excluido)'] });
    const record = await fetcherFor(options).fetch('http://excluido.mx/', pageRequest);
    expect(record.error).toEqual({
      kind: 'archive-excluded',
      message: 'the web archive excludes this URL from access by its access policy (AdministrativeAccessControlException)',
    });
    expect(record.archiveExchanges?.map((r) => r.status)).toEqual([403]);
  });

  it("records a page without a capture in the window as 'no-capture', without fetching a replay", async () => {
    const { archive, options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}datos/`, pageRequest);
    expect(record.error).toEqual({ kind: 'no-capture', message: 'no capture of this page within 183 days before 2016-05-20' });
    expect(record).toMatchObject({ url: `${HOME}datos/`, status: null, body: null });
    expect(record.archived).toBeUndefined();
    expect(replays(archive)).toEqual([]);
  });

  it.each([
    ['rewritten into the archive', 'viejo/'],
    ['to the original URL', 'viejo2/'],
  ])('follows a redirect capture (Location %s) by looking the target up again', async (_name, path) => {
    const { original, options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}${path}`, pageRequest);
    expect(record.error).toBeNull();
    expect(record).toMatchObject({ url: `${HOME}${path}`, finalUrl: `${HOME}nuevo/`, redirects: [`${HOME}nuevo/`], status: 200 });
    expect(record.archived).toEqual({ url: `http://web.archive.org/web/20160416000000id_/${HOME}nuevo/`, timestamp: '20160416000000' });
    expect(original.requests).toHaveLength(0);
  });

  it('probes files with HEAD on their replay', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}informe.pdf`, { method: 'HEAD', purpose: 'file', depth: 1 });
    expect(record).toMatchObject({ status: 200, method: 'HEAD', contentType: 'application/pdf', archived: { timestamp: '20160402000000' } });
  });

  it('reads a pywb collection: /<coll>/cdx as newline-delimited JSON, /<coll>/<ts>id_/ replays, headers unprefixed (item 11)', async () => {
    const { archive, options } = await setUp({ layout: 'pywb', collection: 'aidh2016' });
    const coll = { ...options, wayback: { ...wayback, archiveUrl: 'http://web.archive.org/aidh2016/' } };
    const fetcher = fetcherFor(coll);
    const home = await fetcher.fetch(HOME, pageRequest);
    expect(home.error).toBeNull();
    expect(home.archived).toEqual({ url: `http://web.archive.org/aidh2016/20160430093000id_/${HOME}`, timestamp: '20160430093000' });
    expect(home.headers['last-modified']).toBe('Fri, 29 Apr 2016 18:00:00 GMT');
    const moved = await fetcher.fetch('http://movido.mx/', pageRequest);
    expect(moved).toMatchObject({ finalUrl: 'https://www.movido.mx/', status: 200, archived: { timestamp: '20160420000000' } });
    const revisit = await fetcher.fetch(`${HOME}directorio/`, pageRequest);
    expect(revisit).toMatchObject({ status: 200, archived: { timestamp: '20160512000000' } });
    expect(archive.requests.filter((p) => p.startsWith('/aidh2016/cdx?'))).toHaveLength(3);
  });
});

describe('the archive refusing (429 without Retry-After)', () => {
  it('backs every request off for 60 s, then 120 s, and counts the index retries in attempts (items 6, 12)', async () => {
    const { archive, options } = await setUp({ throttle: (n) => n < 2 });
    const clock = virtualClock();
    // The HTTP fetcher's own retries (2 here, 1 ms apart) must not fire at the archive: the limiter decides.
    const record = await fetcherFor({ ...options, retries: 2, retryBaseDelayMs: 1 }, clock, new ArchiveRateLimiter({ perMinute: 60_000, backoffBaseMs: 60_000 }, clock)).fetch(
      HOME,
      pageRequest,
    );
    expect(record.error).toBeNull();
    expect(record.archived?.timestamp).toBe('20160430093000');
    expect(archive.throttled).toBe(2);
    expect(clock.slept.filter((ms) => ms >= 60_000)).toEqual([60_000, 120_000]);
    // Two refused index requests, the answered one, the replay.
    expect(record.attempts).toBe(4);
    expect(record.archiveExchanges?.map((r) => [r.status, r.url.includes('/cdx/')])).toEqual([[429, true], [429, true], [200, true]]);
  });

  it("gives up after its back-offs as 'archive-unavailable', and every later request fails at once without reaching the archive", async () => {
    const { archive, options } = await setUp({ throttle: () => true });
    const clock = virtualClock();
    const fetcher = fetcherFor(options, clock, new ArchiveRateLimiter({ perMinute: 60_000, backoffBaseMs: 60_000, maxBackoffs: 3 }, clock));
    const record = await fetcher.fetch(HOME, pageRequest);
    expect(record.error?.kind).toBe('archive-unavailable');
    expect(record.error?.message).toMatch(/kept answering HTTP 429 .* after 3 back-offs.*; wait an hour or more before --resume$/);
    expect(clock.slept.filter((ms) => ms >= 60_000)).toEqual([60_000, 120_000, 240_000]);
    const sent = archive.requests.length;
    expect(sent).toBe(4);
    const later = await fetcher.fetch(`${HOME}nuevo/`, pageRequest);
    expect(later.error?.kind).toBe('archive-unavailable');
    expect(archive.requests.length).toBe(sent);
  });
});

describe("the archive's own failures", () => {
  it('retries a 503 of the index after a back-off and counts it in attempts (item 12)', async () => {
    const { options } = await setUp({ failIndex: (n) => (n === 0 ? 503 : undefined) });
    const clock = virtualClock();
    const record = await fetcherFor(options, clock).fetch(HOME, pageRequest);
    expect(record.error).toBeNull();
    expect(record.attempts).toBe(3);
    expect(clock.slept).toContain(1000);
    expect(record.archiveExchanges?.map((r) => r.status)).toEqual([503, 200]);
  });

  it("gives up as 'archive-unavailable', not as the portal's HTTP error, when the index keeps failing", async () => {
    const { options } = await setUp({ failIndex: () => 503 });
    const record = await fetcherFor(options).fetch(HOME, pageRequest);
    expect(record.error?.kind).toBe('archive-unavailable');
    expect(record.error?.message).toMatch(/the web archive did not answer for .*cdx.*: HTTP 503 \(2 attempts\)$/);
    expect(record.attempts).toBe(2);
  });
});

describe('the archive-wide pace', () => {
  it('keeps two sites crawled at once, with no --delay, at --archive-rate lookups a minute together', async () => {
    // The real clock at 600 a minute (100 ms apart): a virtual one would jump ahead of requests still in
    // flight. The exact spacing is archive-rate.test.ts's; here the bound holds however loaded the
    // machine is: n lookups cannot all have arrived before (n - 1) × 100 ms from the start.
    const { archive, options } = await setUp({ now: () => performance.now() });
    const crawler = createCrawler({ ...options, concurrency: 4, wayback: { ...wayback, ratePerMinute: 600 } });
    const start = performance.now();
    try {
      await Promise.all([crawler.crawlSite(HOME), crawler.crawlSite('http://movido.mx/')]);
    } finally {
      await crawler.close();
    }
    const times = archive.indexTimes;
    expect(times.length).toBeGreaterThanOrEqual(8);
    // 1 ms for timer rounding.
    expect(times.at(-1)! - start).toBeGreaterThanOrEqual((times.length - 1) * 100 - 1);
  });
});

describe('mock archive CDX server', () => {
  it('applies from/to, closest, limit and statuscode/mimetype filters like the real one, and indexes revisits', async () => {
    const { archive } = await setUp();
    const cdx = async (query: string): Promise<string> =>
      (await fetch(`http://127.0.0.1:${archive.port}/cdx/search/cdx?${query}`)).text();
    expect(await cdx(`url=${HOME}&fl=timestamp&sort=closest&closest=20160601&limit=2`)).toBe('20160610080000\n20160430093000\n');
    expect(await cdx(`url=${HOME}&fl=timestamp&from=2016&to=20160520235959`)).toBe('20160430093000\n');
    expect(await cdx(`url=${HOME}&fl=timestamp&limit=-1`)).toBe('20160610080000\n');
    expect(await cdx(`url=${HOME}transparencia/&fl=timestamp,statuscode&filter=statuscode:[23]..&output=json`)).toBe(
      JSON.stringify([['timestamp', 'statuscode'], ['20160301000000', '200']]),
    );
    expect(await cdx(`url=${HOME}informe.pdf&fl=timestamp&filter=!mimetype:text/html`)).toBe('20160402000000\n');
    expect(await cdx(`url=${HOME}informe.pdf&fl=timestamp&filter=mimetype:text/html&output=json`)).toBe('[]');
    expect(await cdx(`url=ejemplo.mx/directorio&fl=timestamp,statuscode,mimetype,digest`)).toBe(
      '20150610000000 200 text/html SHA120150610000000\n20160310000000 - warc/revisit SHA120150610000000\n20160512000000 - warc/revisit SHA120150610000000\n',
    );
  });
});

describe('createCrawler with wayback', () => {
  const crawlers: Crawler[] = [];
  afterEach(async () => {
    await Promise.all(crawlers.splice(0).map((crawler) => crawler.close()));
  });

  it('crawls the site as archived: original URLs, capture evidence, no request to the original host', async () => {
    const { archive, original, options } = await setUp();
    const crawler = createCrawler(options);
    crawlers.push(crawler);
    const records: FetchRecord[] = [];
    const site = await crawler.crawlSite('www.ejemplo.mx', { onFetch: (record) => records.push(record) });

    expect(site.status).toBe('ok');
    expect(site.finalUrl).toBe(HOME);
    expect(site.renderNote).toBe('not rendered: render is off');
    expect(site.pages.map((p) => [p.url, p.archived?.timestamp, p.rendered])).toEqual([
      [HOME, '20160430093000', false],
      [`${HOME}nuevo/`, '20160416000000', false],
    ]);
    expect(site.pages[0]?.html).toContain('Portal abril 2016');
    expect(site.failedPages?.map((p) => [p.url, p.status, p.error.kind])).toEqual([
      [`${HOME}transparencia/`, 404, 'http'],
      [`${HOME}datos/`, null, 'no-capture'],
    ]);
    for (const record of records.filter((r) => r.purpose === 'page' && !r.error)) {
      expect(record.archived?.url).toMatch(/^http:\/\/web\.archive\.org\/web\/\d{14}id_\/http:\/\/www\.ejemplo\.mx\//);
    }
    // No robots.txt anywhere: the original's is not ours to read, the archive's does not govern its API.
    expect(records.some((r) => r.purpose === 'robots')).toBe(false);
    expect(archive.requests.some((path) => path.includes('robots.txt') && !path.startsWith('/cdx/'))).toBe(false);
    expect(archive.requests.some((path) => path.includes('junio') || path.includes('20160610080000'))).toBe(false);
    expect(original.requests).toHaveLength(0);
  });

  it('asks once and keeps one page for four spellings of one URL, resolving links against the captured URL (items 3, 4)', async () => {
    const home = page(
      '<a href="/tramites/">Trámites</a> <a href="/tramites">Trámites (2)</a> <a href="http://ejemplo.mx/tramites">Trámites (3)</a> <a href="https://www.ejemplo.mx/Tramites/">Trámites (4)</a>',
    );
    const { archive, options } = await setUp({}, [
      { original: HOME, timestamp: '20160401000000', body: home },
      { original: `${HOME}tramites`, timestamp: '20160402000000', body: page('<h1>Trámites</h1><a href="requisitos">Requisitos</a>') },
      { original: `${HOME}requisitos`, timestamp: '20160403000000', body: page('<h1>Requisitos</h1>') },
    ]);
    const crawler = createCrawler(options);
    crawlers.push(crawler);
    const site = await crawler.crawlSite(HOME);
    expect(site.pages.map((p) => p.url)).toEqual([HOME, `${HOME}tramites`, `${HOME}requisitos`]);
    const keys = archive.cdxQueries().map((q) => q.get('url'));
    expect(keys.filter((url) => /tramites/i.test(url ?? ''))).toHaveLength(1);
    expect(replays(archive).filter((path) => /tramites/i.test(path))).toHaveLength(1);
    expect(site.failedPages ?? []).toEqual([]);
  });

  it("reports a home page without capture as 'unreachable' with the reason", async () => {
    const { original, options } = await setUp();
    const crawler = createCrawler({ ...options, wayback: { ...wayback, asOf: '2014-06-01', windowDays: 30 } });
    crawlers.push(crawler);
    const site = await crawler.crawlSite(HOME);
    expect(site).toMatchObject({ status: 'unreachable', statusReason: 'no capture of this page within 30 days before 2014-06-01', pages: [] });
    expect(original.requests).toHaveLength(0);
  });
});
