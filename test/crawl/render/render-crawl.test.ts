import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions, type Crawler, type CrawlerParts } from '../../../src/crawl/crawler.ts';
import { createBrowserPool } from '../../../src/crawl/render/browser.ts';
import { shootEvidence } from '../../../src/crawl/render/evidence-shots.ts';
import type { CrawlOptions, FetchRecord } from '../../../src/crawl/types.ts';
import { page, startLocalSite, type LocalSite } from '../helpers/local-site.ts';

/**
 * Real Chromium against portals on 127.0.0.1, reached through --connect-to under realistic host
 * names. One rendering crawler is shared by the tests (one browser launch for the file).
 */

const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const js = (body: string) => ({ headers: { 'content-type': 'text/javascript' }, body });

const filler = '<p>El Ayuntamiento informa a la ciudadanía sobre trámites, servicios y obra pública del municipio.</p>'.repeat(4);

/** A portal whose navigation exists only once menu.js has run. */
const spaRoutes = {
  '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /privado/\n' },
  '/': page(`
    <nav id="menu"></nav>${filler}
    <img src="/logo.png"><img src="https://cdn.example.com/banner.jpg">
    <link rel="stylesheet" href="/estilo.css">
    <script src="/menu.js"></script><script src="/privado/metricas.js"></script>
    <script src="https://cdn.example.com/lib.js"></script><script src="https://www.facebook.com/sdk.js"></script>`),
  '/menu.js': js(`
    document.getElementById('menu').innerHTML =
      '<a href="/transparencia">Transparencia</a> <a href="/tramites">Trámites</a> <iframe src="/visor-datos"></iframe>';
    fetch('/api/avisos.json').then((r) => r.json()).then((avisos) => {
      document.getElementById('menu').insertAdjacentHTML('beforeend', '<a href="' + avisos[0] + '">Aviso</a>');
    });`),
  '/api/avisos.json': { headers: { 'content-type': 'application/json' }, body: '["/avisos/agua"]' },
  '/estilo.css': { headers: { 'content-type': 'text/css' }, body: 'nav { display: block }' },
  '/privado/metricas.js': js('window.metricas = 1;'),
  '/transparencia': page(`<h1>Transparencia</h1>${filler}`),
  // An app shell: its content, and its only link, come from app.js.
  '/tramites': page('<div id="app"></div><script src="/app.js"></script>'),
  '/app.js': js(`document.getElementById('app').innerHTML = '<h1>Trámites en línea</h1><a href="/tramites/licencias">Licencias</a>';`),
  '/tramites/licencias': page(`<h1>Licencias</h1>${filler}`),
  '/avisos/agua': page(`<h1>Aviso</h1>${filler}`),
  '/visor-datos': page(`<h1>Visor</h1>${filler}`),
};

const wideTable = `<table style="width:1200px"><tr>${'<td>Presupuesto</td>'.repeat(12)}</tr></table>`;
const viewportMeta = '<meta name="viewport" content="width=device-width, initial-scale=1">';

const opened: { sites: LocalSite[]; crawlers: Crawler[]; dirs: string[] } = { sites: [], crawlers: [], dirs: [] };
let spa: LocalSite;
let cdn: LocalSite;
let phones: LocalSite;
let artifactDir: string;

function crawlerFor(hosts: Record<string, LocalSite>, overrides: Partial<CrawlOptions> = {}, parts: CrawlerParts = {}): Crawler {
  const crawler = createCrawler(
    {
      ...defaultCrawlOptions,
      perHostDelayMs: 0,
      timeoutMs: 5000,
      retries: 0,
      artifactDir,
      connectTo: Object.entries(hosts).map(([host, site]) => parseConnectTo(`${host}:80:127.0.0.1:${site.port}`)),
      ...overrides,
    },
    parts,
  );
  opened.crawlers.push(crawler);
  return crawler;
}

function recorder(): { records: FetchRecord[]; onFetch: (record: FetchRecord) => void } {
  const records: FetchRecord[] = [];
  return { records, onFetch: (record) => records.push(record) };
}

beforeAll(async () => {
  artifactDir = await mkdtemp(path.join(tmpdir(), 'mirador-render-'));
  opened.dirs.push(artifactDir);
  spa = await startLocalSite(spaRoutes);
  cdn = await startLocalSite({ '/lib.js': js('window.lib = 1;'), '/banner.jpg': 'jpg', '/sdk.js': js('') });
  phones = await startLocalSite({
    'http://www.ancho.gob.mx/': page(`<h1>Presupuesto</h1>${wideTable}${filler}`).replace('<head>', `<head>${viewportMeta}`),
    'http://www.adaptable.gob.mx/': page(`<h1>Presupuesto</h1>${filler}`).replace('<head>', `<head>${viewportMeta}`),
    'http://www.sinviewport.gob.mx/': page(`<h1>Presupuesto</h1>${filler}`),
  });
  opened.sites.push(spa, cdn, phones);
});

afterAll(async () => {
  await Promise.all(opened.crawlers.map((crawler) => crawler.close()));
  await Promise.all(opened.sites.map((site) => site.close()));
  await Promise.all(opened.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('rendered crawl', () => {
  it('finds links a script builds, with every browser request sent by our fetcher to the connect-to target', async () => {
    const hosts = { 'www.spa.gob.mx': spa, 'cdn.example.com': cdn, 'www.facebook.com': cdn };

    const staticCrawl = await crawlerFor(hosts, { render: false }).crawlSite('http://www.spa.gob.mx/');
    expect(staticCrawl.pages.map((p) => new URL(p.url).pathname)).toEqual(['/']);
    expect(staticCrawl.renderNote).toMatch(/render is off/);
    spa.requests.length = 0;

    const { records, onFetch } = recorder();
    const crawler = crawlerFor(hosts);
    const crawl = await crawler.crawlSite('http://www.spa.gob.mx/', { onFetch });

    expect(crawl.status).toBe('ok');
    expect(crawl.renderNote).toBeUndefined();
    const home = crawl.pages[0]!;
    expect(home.rendered).toBe(true);
    expect(home.html).toContain('<a href="/transparencia">Transparencia</a>');
    expect(crawl.pages.map((p) => new URL(p.url).pathname).sort()).toEqual([
      '/',
      '/avisos/agua',
      '/tramites',
      '/tramites/licencias',
      '/transparencia',
      '/visor-datos',
    ]);
    // Besides the home page only the app shell was rendered; pages with content of their own were not.
    expect(crawl.pages.filter((p) => p.rendered).map((p) => new URL(p.url).pathname)).toEqual(['/', '/tramites']);
    const shell = crawl.pages.find((p) => p.url.endsWith('/tramites'))!;
    expect(shell.html).toContain('Trámites en línea');
    expect(shell.screenshot).toBeUndefined();
    expect(shell.mobile).toMatchObject({ viewportWidth: 375 });

    // The browser's requests reached the local server under the portal's name, once each, one at a time.
    const seen = (pathname: string) => spa.requests.filter((r) => r.path === pathname);
    expect(seen('/menu.js').map((r) => [r.host, r.headers['user-agent']])).toEqual([['www.spa.gob.mx', defaultCrawlOptions.userAgent]]);
    expect(seen('/api/avisos.json')).toHaveLength(1);
    expect(seen('/estilo.css')).toHaveLength(1);
    expect(seen('/')).toHaveLength(1); // the document's bytes were reused, not fetched again
    expect(seen('/visor-datos')).toHaveLength(1); // crawled as a page, not also loaded into the frame
    expect(spa.maxInFlight).toBe(1);
    // Images are not fetched, robots.txt holds for scripts, and nothing went to other sites.
    expect(seen('/logo.png')).toEqual([]);
    expect(seen('/privado/metricas.js')).toEqual([]);
    expect(cdn.requests).toEqual([]);
    expect(records.every((r) => new URL(r.url).hostname === 'www.spa.gob.mx')).toBe(true);

    const byUrl = new Map(records.map((r) => [new URL(r.url).pathname, r]));
    expect(byUrl.get('/menu.js')).toMatchObject({ purpose: 'file', method: 'GET', status: 200, resourceType: 'script' });
    expect(byUrl.get('/api/avisos.json')).toMatchObject({ status: 200, resourceType: 'fetch' });
    expect(byUrl.get('/privado/metricas.js')?.error?.kind).toBe('robots');

    expect(home.screenshot).toBe(path.join('screenshots', 'spa.gob.mx', 'home.jpg'));
    const shot = await readFile(path.join(artifactDir, home.screenshot!));
    expect(shot.subarray(0, 3)).toEqual(JPEG);
    expect(home.mobile).toMatchObject({ viewportWidth: 375 });
    expect(home.mobile!.textChars).toBeGreaterThan(200);
  });

  it('measures phone layout and launches one browser for several sites', async () => {
    const crawler = crawlerFor({ 'www.ancho.gob.mx': phones, 'www.adaptable.gob.mx': phones, 'www.sinviewport.gob.mx': phones });
    const [wide, responsive, noViewport] = await Promise.all(
      ['http://www.ancho.gob.mx/', 'http://www.adaptable.gob.mx/', 'http://www.sinviewport.gob.mx/'].map((seed) => crawler.crawlSite(seed)),
    );
    expect(wide!.pages[0]!.mobile!.scrollWidth).toBeGreaterThan(375);
    expect(responsive!.pages[0]!.mobile!.scrollWidth).toBeLessThanOrEqual(375);
    // Without a viewport declaration a phone lays the page out at desktop width (980 px) and zooms out.
    expect(noViewport!.pages[0]!.mobile!.scrollWidth).toBeGreaterThan(375);
    expect(crawler.browserPool().launches).toBe(1);
  });

  it('keeps static pages when the browser cannot start, and says why once per site', async () => {
    const pool = createBrowserPool({ executablePath: '/nonexistent/chromium' });
    const crawler = crawlerFor({ 'www.ancho.gob.mx': phones, 'www.adaptable.gob.mx': phones }, {}, { browserPool: pool });
    const crawls = [await crawler.crawlSite('http://www.ancho.gob.mx/'), await crawler.crawlSite('http://www.adaptable.gob.mx/')];
    for (const crawl of crawls) {
      expect(crawl.status).toBe('ok');
      expect(crawl.pages.map((p) => p.rendered)).toEqual([false]);
      expect(crawl.renderNote).toMatch(/\/nonexistent\/chromium did not start/);
    }
    expect(pool.launches).toBe(1);
  });

  it('renders nothing and launches nothing with render: false', async () => {
    const crawler = crawlerFor({ 'www.ancho.gob.mx': phones }, { render: false });
    const crawl = await crawler.crawlSite('http://www.ancho.gob.mx/');
    expect(crawl.pages[0]).toMatchObject({ rendered: false, html: expect.stringContaining('<table style="width:1200px">') });
    expect(crawl.pages[0]!.mobile).toBeUndefined();
    expect(crawl.pages[0]!.screenshot).toBeUndefined();
    expect(crawler.browserPool().launches).toBe(0);
  });
});

describe('shootEvidence', () => {
  it('photographs a selector of stored HTML offline and skips a missing one with the reason', async () => {
    const pool = crawlerFor({}).browserPool();
    const html = page(`<h1>Datos abiertos</h1><section id="datos"><a href="/datos/presupuesto.csv">Presupuesto 2024 (CSV)</a></section>
      <img src="http://www.spa.gob.mx/logo.png"><script src="http://www.spa.gob.mx/menu.js"></script>`);
    const outPath = path.join(artifactDir, 'evidence', 'open-format-download', '1.png');
    const before = spa.requests.length;
    const results = await shootEvidence(pool, [
      { pageUrl: 'http://www.spa.gob.mx/datos', html, selector: '#datos a', outPath },
      { pageUrl: 'http://www.spa.gob.mx/datos', html, selector: '#no-existe', outPath: path.join(artifactDir, 'evidence', 'x.png') },
    ]);
    expect(results[0]).toEqual({ outPath, taken: true });
    expect(results[1]).toMatchObject({ taken: false, reason: expect.stringContaining('#no-existe not found') });
    expect((await readFile(outPath)).subarray(0, 4)).toEqual(PNG);
    expect(spa.requests.length).toBe(before);
  });
});
