import { afterEach, describe, expect, it } from 'vitest';
import { warcRecordsFor } from '../../../src/crawl/archive/warc-records.ts';
import { HostResolver } from '../../../src/crawl/address-policy.ts';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions, type Crawler } from '../../../src/crawl/crawler.ts';
import { HostScheduler } from '../../../src/crawl/host-scheduler.ts';
import { HttpFetcher } from '../../../src/crawl/http-fetch.ts';
import type { CrawlOptions, FetchRecord } from '../../../src/crawl/types.ts';
import { WaybackFetcher } from '../../../src/crawl/wayback/wayback-fetch.ts';
import { page, startLocalSite, type LocalSite } from '../helpers/local-site.ts';
import { startMockArchive, type MockArchive, type MockCapture } from './mock-archive.ts';

const HOME = 'http://www.ejemplo.mx/';
const wayback = { archiveUrl: 'http://web.archive.org', asOf: '2016-05-20', windowDays: 183 };

const captures: MockCapture[] = [
  { original: HOME, timestamp: '20151102120000', body: page('<p>Portal 2015</p><a href="/transparencia/">Transparencia</a>') },
  {
    original: HOME,
    timestamp: '20160430093000',
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
];

const opened: { closers: (() => Promise<void> | void)[] } = { closers: [] };
afterEach(async () => {
  for (const close of opened.closers.reverse()) await close();
  opened.closers = [];
});

/** The mock archive answers for web.archive.org; the original host is a live server that must never be asked. */
async function setUp(format: 'json' | 'text' = 'json'): Promise<{ archive: MockArchive; original: LocalSite; options: CrawlOptions }> {
  const archive = await startMockArchive(captures, { format });
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

function fetcherFor(options: CrawlOptions): WaybackFetcher {
  const fetcher = new WaybackFetcher(new HttpFetcher(options, new HostScheduler(options), new HostResolver()), wayback);
  opened.closers.push(() => fetcher.close());
  return fetcher;
}

const pageRequest = { method: 'GET', purpose: 'page', depth: 0 } as const;

describe('WaybackFetcher', () => {
  it.each(['json', 'text'] as const)('fetches the raw replay of the capture closest before as-of (CDX as %s)', async (format) => {
    const { archive, original, options } = await setUp(format);
    const record = await fetcherFor(options).fetch(HOME, pageRequest);
    expect(record.error).toBeNull();
    expect(record).toMatchObject({ url: HOME, finalUrl: HOME, redirects: [], status: 200 });
    expect(record.archived).toEqual({ url: `http://web.archive.org/web/20160430093000id_/${HOME}`, timestamp: '20160430093000' });
    expect(record.body?.toString()).toContain('Portal abril 2016');
    expect(record.requestHeaders?.host).toBe('web.archive.org');
    expect(archive.requests).toContain(`/web/20160430093000id_/${HOME}`);
    const [query] = archive.cdxQueries();
    expect(query?.get('to')).toBe('20160520235959');
    expect(query?.get('from')).toBe('20151119000000');
    expect(original.requests).toHaveLength(0);
  });

  it('names the archived URL and capture time in the WARC metadata record', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(HOME, pageRequest);
    const planned = warcRecordsFor(record, { inegiCode: '14097' });
    expect(planned.map((r) => [r.type, r.targetUri])).toEqual([['request', HOME], ['response', HOME], ['metadata', HOME]]);
    expect(await planned[2]!.record.contentText()).toContain(
      `archived-url: http://web.archive.org/web/20160430093000id_/${HOME}\r\ncapture-timestamp: 20160430093000\r\n`,
    );
  });

  it('skips error captures and takes the earlier good one', async () => {
    const { options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}transparencia/`, pageRequest);
    expect(record.archived?.timestamp).toBe('20160301000000');
    expect(record.body?.toString()).toContain('Transparencia marzo');
  });

  it("records a page without a capture in the window as 'no-capture', without fetching a replay", async () => {
    const { archive, options } = await setUp();
    const record = await fetcherFor(options).fetch(`${HOME}datos/`, pageRequest);
    expect(record.error).toEqual({ kind: 'no-capture', message: 'no capture of this page within 183 days before 2016-05-20' });
    expect(record).toMatchObject({ url: `${HOME}datos/`, status: null, body: null });
    expect(record.archived).toBeUndefined();
    expect(archive.requests.filter((path) => path.startsWith('/web/'))).toEqual([]);
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
});

describe('mock archive CDX server', () => {
  it('applies from/to, closest, limit and statuscode/mimetype filters like the real one', async () => {
    const { archive } = await setUp();
    const cdx = async (query: string): Promise<string> =>
      (await fetch(`http://127.0.0.1:${archive.port}/cdx/search/cdx?${query}`)).text();
    expect(await cdx(`url=${HOME}&fl=timestamp&sort=closest&closest=20160601&limit=2`)).toBe('20160610080000\n20160430093000\n');
    expect(await cdx(`url=${HOME}&fl=timestamp&from=2016&to=20160520235959`)).toBe('20160430093000\n');
    expect(await cdx(`url=${HOME}transparencia/&fl=timestamp,statuscode&filter=statuscode:[23]..&output=json`)).toBe(
      JSON.stringify([['timestamp', 'statuscode'], ['20160301000000', '200']]),
    );
    expect(await cdx(`url=${HOME}informe.pdf&fl=timestamp&filter=!mimetype:text/html`)).toBe('20160402000000\n');
    expect(await cdx(`url=${HOME}informe.pdf&fl=timestamp&filter=mimetype:text/html&output=json`)).toBe('[]');
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
      [`${HOME}transparencia/`, '20160301000000', false],
      [`${HOME}nuevo/`, '20160416000000', false],
    ]);
    expect(site.pages[0]?.html).toContain('Portal abril 2016');
    for (const record of records.filter((r) => r.purpose === 'page' && !r.error)) {
      expect(record.archived?.url).toMatch(/^http:\/\/web\.archive\.org\/web\/\d{14}id_\/http:\/\/www\.ejemplo\.mx\//);
    }
    expect(records.find((r) => r.url === `${HOME}datos/`)?.error).toEqual({
      kind: 'no-capture',
      message: 'no capture of this page within 183 days before 2016-05-20',
    });
    // No robots.txt anywhere: the original's is not ours to read, the archive's does not govern its API.
    expect(records.some((r) => r.purpose === 'robots')).toBe(false);
    expect(archive.requests.some((path) => path.includes('robots.txt') && !path.startsWith('/cdx/'))).toBe(false);
    expect(archive.requests.some((path) => path.includes('junio') || path.includes('20160610080000'))).toBe(false);
    expect(original.requests).toHaveLength(0);
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
