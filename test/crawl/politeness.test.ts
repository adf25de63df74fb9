/**
 * One clock per host for every request a crawl makes (issue 15): robots.txt, sitemaps, pages, redirects, file
 * probes, social feeds and the browser's own requests for a rendered page, timed where the server receives them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectTo } from '../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions, type Crawler } from '../../src/crawl/crawler.ts';
import { page, startLocalSite, type LocalSite } from './helpers/local-site.ts';

const DELAY_MS = 400;
/**
 * The server sees a request some milliseconds after the crawler sends it (socket, event loop, a new connection);
 * a request that skipped the clock arrives within milliseconds of another, far below this.
 */
const JITTER_MS = 100;

const js = (body: string) => ({ headers: { 'content-type': 'text/javascript' }, body });
const xml = (body: string) => ({ headers: { 'content-type': 'application/xml' }, body });
const filler = '<p>El Ayuntamiento informa a la ciudadanía sobre trámites, servicios y obra pública del municipio.</p>'.repeat(4);

const routes = {
  '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\nSitemap: http://www.pausado.gob.mx/sitemap.xml\n' },
  '/sitemap.xml': xml('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://www.pausado.gob.mx/desde-sitemap</loc></url></urlset>'),
  // A menu that only exists once menu.js has run, with a script-built link, an XHR and a stylesheet.
  '/': page(`<nav id="menu"></nav>${filler}<link rel="stylesheet" href="/estilo.css"><script src="/menu.js"></script>
    <a href="/viejo">Transparencia</a> <a href="/datos/presupuesto.xlsx">Presupuesto 2016 (Excel)</a>
    <a href="/datos/nomina.csv">Nómina (CSV)</a> <a href="/datos/informe.pdf">Informe (PDF)</a>`),
  '/menu.js': js(`document.getElementById('menu').innerHTML = '<a href="/tramites">Trámites</a>';
    fetch('/api/avisos.json').then((r) => r.json()).then(() => {});`),
  '/api/avisos.json': { headers: { 'content-type': 'application/json' }, body: '[]' },
  '/estilo.css': { headers: { 'content-type': 'text/css' }, body: 'nav { display: block }' },
  '/viejo': { status: 301, headers: { location: '/transparencia' } },
  '/transparencia': page(`<h1>Transparencia</h1>${filler}<a href="/datos-abiertos">Datos abiertos</a>`),
  '/datos-abiertos': page(`<h1>Datos abiertos</h1>${filler}`),
  '/tramites': page(`<h1>Trámites</h1>${filler}`),
  '/desde-sitemap': page(`<h1>Avisos</h1>${filler}`),
  '/datos/presupuesto.xlsx': { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: 'PK' },
  '/datos/nomina.csv': { headers: { 'content-type': 'text/csv' }, body: 'a,b\n1,2\n' },
  '/datos/informe.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' },
};

let site: LocalSite;
let crawler: Crawler;

beforeAll(async () => {
  site = await startLocalSite(routes);
  crawler = createCrawler({
    ...defaultCrawlOptions,
    perHostDelayMs: DELAY_MS,
    timeoutMs: 5000,
    retries: 0,
    connectTo: [parseConnectTo(`www.pausado.gob.mx:80:127.0.0.1:${site.port}`)],
  });
});

afterAll(async () => {
  await crawler?.close();
  await site?.close();
});

describe('politeness: one clock per host for every request', () => {
  it(`keeps ${DELAY_MS} ms between any two requests the server receives, whatever asked for them`, async () => {
    const crawl = await crawler.crawlSite('http://www.pausado.gob.mx/');
    expect(crawl.status).toBe('ok');
    const paths = new Set(site.paths());
    // Every kind of request took part: robots.txt, the sitemap, a redirect and its target, pages, the browser's
    // script, stylesheet and XHR, and at least one file probe.
    for (const path of ['/robots.txt', '/sitemap.xml', '/viejo', '/transparencia', '/desde-sitemap', '/menu.js', '/api/avisos.json', '/tramites'])
      expect(paths, path).toContain(path);
    expect([...paths].some((path) => path.startsWith('/datos/'))).toBe(true);

    const arrivals = site.requests.map((request) => ({ path: request.path, at: request.startedAt })).sort((a, b) => a.at - b.at);
    const gaps = arrivals.slice(1).map((request, i) => ({ between: `${arrivals[i]!.path} → ${request.path}`, gap: request.at - arrivals[i]!.at }));
    const smallest = gaps.reduce((min, g) => (g.gap < min.gap ? g : min));
    expect(smallest.gap, `smallest gap ${smallest.gap} ms, ${smallest.between}`).toBeGreaterThanOrEqual(DELAY_MS - JITTER_MS);
  });
});
