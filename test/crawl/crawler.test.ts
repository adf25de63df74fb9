import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseConnectTo } from '../../src/crawl/connect-to.ts';
import { loopbackCrawls, recorder } from './helpers/loopback-crawl.ts';
import { closedPort, page, startLocalSite, type LocalSite } from './helpers/local-site.ts';

const { siteWith, crawlerFor } = loopbackCrawls();

/** Gaps between consecutive request starts seen by the server, ms. */
function startGaps(site: LocalSite): number[] {
  return site.requests.slice(1).map((request, i) => request.startedAt - site.requests[i]!.startedAt);
}

/**
 * The server sees request starts through socket and event-loop jitter (tens of ms on a busy
 * machine), so this only shows the gap is applied; host-scheduler.test.ts checks it exactly.
 */
function expectGapsAtLeast(site: LocalSite, gapMs: number): void {
  for (const gap of startGaps(site)) expect(gap).toBeGreaterThanOrEqual(gapMs / 2);
}

describe('crawlSite: robots.txt and sitemaps', () => {
  it('obeys Disallow, honours Crawl-delay and discovers sitemap pages', async () => {
    const site = await siteWith({
      '/robots.txt': {
        headers: { 'content-type': 'text/plain' },
        body: 'User-agent: *\nDisallow: /privado\nCrawl-delay: 0.1\nSitemap: http://www.robots.gob.mx/mapa.xml\n',
      },
      '/': page('<a href="/privado/nomina">Nómina</a> <a href="/publico">Público</a>'),
      '/publico': page('público'),
      '/mapa.xml': {
        headers: { 'content-type': 'application/xml' },
        body: '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://www.robots.gob.mx/mapa-1.xml</loc></sitemap></sitemapindex>',
      },
      '/mapa-1.xml': {
        headers: { 'content-type': 'application/xml' },
        body: '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://www.robots.gob.mx/desde-sitemap</loc><lastmod>2024-01-15</lastmod></url><url><loc>http://www.robots.gob.mx/privado/oculto</loc></url></urlset>',
      },
      '/sitemap.xml': {
        headers: { 'content-type': 'application/xml' },
        body: '<urlset><url><loc>http://www.robots.gob.mx/otra</loc></url></urlset>',
      },
      '/desde-sitemap': page('sitemap'),
      '/otra': page('otra'),
    });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({ 'www.robots.gob.mx': site }).crawlSite('http://www.robots.gob.mx/', { onFetch });

    expect(crawl.status).toBe('ok');
    expect(crawl.pages.map((p) => [p.url, p.depth])).toEqual([
      ['http://www.robots.gob.mx/', 0],
      ['http://www.robots.gob.mx/publico', 1],
      ['http://www.robots.gob.mx/desde-sitemap', 1],
      ['http://www.robots.gob.mx/otra', 1],
    ]);
    expect(crawl.sitemap).toContainEqual({ url: 'http://www.robots.gob.mx/desde-sitemap', lastmod: '2024-01-15' });
    expect(crawl.sitemap).toContainEqual({ url: 'http://www.robots.gob.mx/otra', lastmod: null });
    expect(site.paths().filter((path) => path.startsWith('/privado'))).toEqual([]);
    expect(site.paths().filter((path) => path === '/robots.txt')).toHaveLength(1);
    expect(records.find((r) => r.url.endsWith('/privado/nomina'))?.error?.kind).toBe('robots');
    expect(records.filter((r) => r.purpose === 'sitemap')).toHaveLength(3);
    // Crawl-delay 0.1 s raised the gap from 0 as soon as robots.txt was read.
    expectGapsAtLeast(site, 100);
  });

  it('reports a home page disallowed by robots.txt without fetching it', async () => {
    const site = await siteWith({ '/robots.txt': { body: 'User-agent: Mirador\nDisallow: /\n' }, '/': page('hola') });
    const crawl = await crawlerFor({ 'www.cerrado.gob.mx': site }).crawlSite('http://www.cerrado.gob.mx/');
    expect(crawl).toMatchObject({ status: 'blocked-by-robots', finalUrl: null, pages: [] });
    expect(crawl.statusReason).toMatch(/robots\.txt disallows/);
    expect(site.paths()).toEqual(['/robots.txt']);
  });

  it('takes a robots.txt answering 503 as complete disallow (RFC 9309), and says so', async () => {
    const site = await siteWith({ '/robots.txt': { status: 503, body: 'mantenimiento' }, '/': page('hola') });
    const crawl = await crawlerFor({ 'www.mantenimiento.gob.mx': site }).crawlSite('http://www.mantenimiento.gob.mx/');
    expect(crawl).toMatchObject({ status: 'blocked-by-robots', pages: [] });
    expect(crawl.statusReason).toMatch(/robots\.txt answered HTTP 503; RFC 9309 says to assume complete disallow/);
    expect(site.paths().filter((p) => p !== '/robots.txt')).toEqual([]);
  });

  it('takes a robots.txt answering 404 or 403 as no rules', async () => {
    for (const status of [404, 403]) {
      const site = await siteWith({ '/robots.txt': { status, body: 'no' }, '/': page('hola') });
      const crawl = await crawlerFor({ 'www.abierto.gob.mx': site }).crawlSite('http://www.abierto.gob.mx/');
      expect(crawl.status).toBe('ok');
    }
  });
});

describe('crawlSite: scope of a site', () => {
  it('canonicalises links, treats www and subdomains as the site, probes files and never fetches external links', async () => {
    const site = await siteWith({
      'http://ejemplo.gob.mx/': { status: 301, headers: { location: 'http://www.ejemplo.gob.mx/inicio' } },
      '/inicio': page(`
        <a href="/noticias?utm_source=fb&id=1">Noticias</a>
        <a href="http://www.ejemplo.gob.mx/noticias?id=1&fbclid=abc#arriba">Noticias otra vez</a>
        <a href="http://datos.ejemplo.gob.mx/">Datos abiertos</a>
        <a href="https://www.facebook.com/ejemplo">Facebook</a>
        <a href="http://www.youtube.com/ejemplo">YouTube</a>
        <a href="mailto:contacto@ejemplo.gob.mx">Correo</a> <a href="tel:+523312345678">Tel</a> <a href="javascript:void(0)">JS</a>
        <a href="/docs/presupuesto.xlsx">Presupuesto</a> <a href="/docs/ley.pdf">Ley</a>
        <img src="/logo.png"><a href="/logo.png">logo</a>
        <map><area href="/mapa-sitio" shape="rect" coords="0,0,1,1"></map>
        <iframe src="/visor"></iframe><iframe src="http://www.youtube.com/embed/x"></iframe>
        <a href="/descarga">Descargar</a>`),
      '/noticias?id=1': page('<a href="sub/">sub</a>'),
      '/noticias': page('<base href="/base/"><a href="relativa">relativa</a>'),
      'http://datos.ejemplo.gob.mx/': page('<p>datos</p>'),
      '/mapa-sitio': page('mapa'),
      '/visor': page('visor'),
      '/descarga': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' },
      '/docs/presupuesto.xlsx': {
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' },
        body: 'xlsx-bytes',
      },
      '/docs/ley.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF' },
    });
    const external = await siteWith({ '/ejemplo': page('external'), '/embed/x': page('video') });
    const { records, onFetch } = recorder();
    // The YouTube link is a channel, whose feed the crawler would read: feeds/channel-feeds.test.ts covers that.
    const crawler = crawlerFor(
      {
        'ejemplo.gob.mx': site,
        'www.ejemplo.gob.mx': site,
        'datos.ejemplo.gob.mx': site,
        'www.youtube.com': external,
        'www.facebook.com': external,
      },
      { channelFeeds: false },
    );
    const crawl = await crawler.crawlSite('http://ejemplo.gob.mx/', { onFetch });

    expect(crawl.status).toBe('ok');
    expect(crawl.finalUrl).toBe('http://www.ejemplo.gob.mx/inicio');
    // A page's same-site frames are part of it, so they come before its links (reach.test.ts).
    expect(crawl.pages.map((p) => p.url)).toEqual([
      'http://www.ejemplo.gob.mx/inicio',
      'http://www.ejemplo.gob.mx/visor',
      'http://www.ejemplo.gob.mx/noticias?id=1',
      'http://datos.ejemplo.gob.mx/',
      'http://www.ejemplo.gob.mx/mapa-sitio',
    ]);
    expect(site.paths().filter((path) => path.startsWith('/noticias'))).toEqual(['/noticias?id=1']);
    expect(external.requests).toEqual([]);
    expect(records.some((r) => /facebook|youtube/.test(r.url))).toBe(false);
    expect(site.paths()).not.toContain('/logo.png');

    expect(crawl.files).toEqual([
      {
        url: 'http://www.ejemplo.gob.mx/docs/presupuesto.xlsx',
        finalUrl: 'http://www.ejemplo.gob.mx/docs/presupuesto.xlsx',
        status: 200,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentLength: 10,
        lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
        error: null,
        sniff: 'xlsx-bytes', // a data format is probed by a ranged GET, so its first bytes are known
      },
      expect.objectContaining({ url: 'http://www.ejemplo.gob.mx/docs/ley.pdf', status: 200, contentType: 'application/pdf' }),
    ]);
    expect(site.requests.filter((r) => r.path.startsWith('/docs/')).map((r) => [r.method, r.headers.range]).sort()).toEqual([
      ['GET', 'bytes=0-511'],
      ['HEAD', undefined],
    ]);
    expect(records.filter((r) => r.purpose === 'file')).toHaveLength(2);

    const download = records.find((r) => r.url.endsWith('/descarga'));
    expect(download?.error?.kind).toBe('not-html');
    expect(download?.body).toBeNull();
    const home = records.find((r) => r.purpose === 'page' && r.depth === 0);
    expect(home?.redirects).toEqual(['http://www.ejemplo.gob.mx/inicio']);
    expect(home?.body?.toString()).toContain('Noticias');
  });

  it('keeps the page links that gave no page (a dead 404 link, a 500), not the ones robots.txt forbids', async () => {
    const site = await siteWith({
      '/robots.txt': { body: 'User-agent: *\nDisallow: /privado\n' },
      '/': page('<a href="/quejas.htm">Quejas</a><a href="/error">Error</a><a href="/privado">Privado</a><a href="/ok">Ok</a>'),
      '/quejas.htm': { status: 404, body: 'no existe' },
      '/error': { status: 500, body: 'error' },
      '/ok': page('ok'),
    });
    const crawl = await crawlerFor({ 'www.roto.gob.mx': site }).crawlSite('http://www.roto.gob.mx/');
    expect(crawl.pages.map((p) => p.url)).toEqual(['http://www.roto.gob.mx/', 'http://www.roto.gob.mx/ok']);
    expect(crawl.failedPages?.map((f) => [f.url, f.status, f.error.kind])).toEqual([
      ['http://www.roto.gob.mx/quejas.htm', 404, 'http'],
      ['http://www.roto.gob.mx/error', 500, 'http'],
    ]);
  });

  it('resolves links against <base href>', async () => {
    const site = await siteWith({
      '/': page('<base href="http://www.base.gob.mx/seccion/"><a href="relativa">r</a>'),
      '/seccion/relativa': page('ok'),
    });
    const crawl = await crawlerFor({ 'www.base.gob.mx': site }).crawlSite('http://www.base.gob.mx/');
    expect(crawl.pages.map((p) => p.url)).toEqual(['http://www.base.gob.mx/', 'http://www.base.gob.mx/seccion/relativa']);
  });

  it('keeps within the page budget and the depth limit, breadth first', async () => {
    const fan = Array.from({ length: 8 }, (_, i) => `<a href="/nivel1/${i}">${i}</a>`).join('');
    const routes = {
      '/': page(`<a href="/cadena/1">cadena</a>${fan}`),
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/nivel1/${i}`, page(`<a href="/nivel2/${i}">más</a>`)])),
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/nivel2/${i}`, page('hoja')])),
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/cadena/${i + 1}`, page(`<a href="/cadena/${i + 2}">sigue</a>`)])),
    };
    const site = await siteWith(routes);

    const shallow = await crawlerFor({ 'www.profundo.gob.mx': site }, { maxDepth: 2 }).crawlSite('http://www.profundo.gob.mx/');
    expect(Math.max(...shallow.pages.map((p) => p.depth))).toBe(2);
    expect(shallow.pages.map((p) => new URL(p.url).pathname)).toContain('/cadena/2');
    expect(site.paths()).not.toContain('/cadena/3');
    const depths = shallow.pages.map((p) => p.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));

    const before = site.requests.length;
    const small = await crawlerFor({ 'www.profundo.gob.mx': site }, { maxPages: 4 }).crawlSite('http://www.profundo.gob.mx/');
    expect(small.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/cadena/1', '/nivel1/0', '/nivel1/1']);
    const pageRequests = site.requests.slice(before).filter((r) => !/robots\.txt|sitemap/.test(r.path));
    expect(pageRequests).toHaveLength(4);
  });

  it('decodes windows-1252 and ISO-8859-1 pages', async () => {
    const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
    const site = await siteWith({
      '/': {
        headers: { 'content-type': 'text/html' },
        body: latin1('<html><head><meta charset="windows-1252"><title>Inicio</title></head><body>Información pública <a href="/tramites">Trámites</a></body></html>'),
      },
      '/tramites': { headers: { 'content-type': 'text/html; charset=ISO-8859-1' }, body: latin1('<p>Trámites y servicios en línea</p>') },
    });
    const crawl = await crawlerFor({ 'www.acentos.gob.mx': site }).crawlSite('http://www.acentos.gob.mx/');
    expect(crawl.pages[0]!.html).toContain('Información pública');
    expect(crawl.pages[1]!.html).toContain('Trámites y servicios en línea');
  });
});

describe('crawlSite: unreachable and refused sites', () => {
  it('refuses a loopback seed without --connect-to or --allow-private, sending nothing', async () => {
    const site = await siteWith({ '/': page('interno') });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({}).crawlSite(`http://localhost:${site.port}/`, { onFetch });
    expect(crawl.status).toBe('refused');
    expect(crawl.statusReason).toMatch(/localhost resolves to non-public address/);
    expect(site.requests).toEqual([]);
    expect(records.map((r) => r.error?.kind)).toEqual(['private-address']);

    const allowed = await crawlerFor({}, { allowPrivate: true }).crawlSite(`http://127.0.0.1:${site.port}/`);
    expect(allowed.status).toBe('ok');
  });

  it('reports a closed port as unreachable with the reason', async () => {
    const port = await closedPort();
    const crawler = crawlerFor({}, { connectTo: [parseConnectTo(`www.apagado.gob.mx:80:127.0.0.1:${port}`)] });
    const crawl = await crawler.crawlSite('http://www.apagado.gob.mx/');
    expect(crawl).toMatchObject({ status: 'unreachable', finalUrl: null, pages: [] });
    expect(crawl.statusReason).toMatch(/^connection refused by www\.apagado\.gob\.mx/);
  });

  it('reports a certificate failure as a TLS reason, with SNI naming the URL host under --connect-to', async () => {
    const fixtures = new URL('./fixtures/', import.meta.url);
    const servernames: string[] = [];
    const server = https.createServer({
      key: readFileSync(new URL('self-signed.key', fixtures)),
      cert: readFileSync(new URL('self-signed.crt', fixtures)),
      SNICallback: (servername, callback) => {
        servernames.push(servername);
        callback(null);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const crawler = crawlerFor({}, { connectTo: [parseConnectTo(`www.tls.gob.mx:443:127.0.0.1:${port}`)] });
      const crawl = await crawler.crawlSite('https://www.tls.gob.mx/');
      expect(crawl.status).toBe('unreachable');
      expect(crawl.statusReason).toBe('TLS: self-signed certificate');
      expect(servernames).toContain('www.tls.gob.mx');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports HTTP errors and timeouts of the home page', async () => {
    const site = await siteWith({
      'http://www.caido.gob.mx/': { status: 503, body: 'mantenimiento' },
      'http://www.lento.gob.mx/': { delayMs: 1000, body: 'tarde' },
    });
    const crawler = crawlerFor({ 'www.caido.gob.mx': site, 'www.lento.gob.mx': site }, { timeoutMs: 200 });
    const [down, slow] = await Promise.all([crawler.crawlSite('http://www.caido.gob.mx/'), crawler.crawlSite('http://www.lento.gob.mx/')]);
    expect(down).toMatchObject({ status: 'unreachable', statusReason: 'HTTP 503' });
    expect(slow).toMatchObject({ status: 'unreachable', statusReason: 'timeout after 200ms' });
  });
});

describe('crawlSite: politeness', () => {
  const manyPages = (count: number, delayMs: number) => ({
    '/': page(Array.from({ length: count }, (_, i) => `<a href="/p/${i}">${i}</a>`).join('')),
    ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`/p/${i}`, { delayMs, headers: { 'content-type': 'text/html' }, body: page(String(i)) }])),
  });

  const overlaps = (a: LocalSite, b: LocalSite): boolean =>
    a.requests.some((x) => b.requests.some((y) => x.startedAt < y.endedAt! && y.startedAt < x.endedAt!));

  it('never has two requests in flight on one host, while hosts run in parallel', async () => {
    const first = await siteWith(manyPages(8, 25));
    const second = await siteWith(manyPages(8, 25));
    const crawler = crawlerFor({ 'www.uno.gob.mx': first, 'www.dos.gob.mx': second }, { concurrency: 8 });
    const crawls = await Promise.all([crawler.crawlSite('http://www.uno.gob.mx/'), crawler.crawlSite('http://www.dos.gob.mx/')]);
    expect(crawls.map((c) => c.pages.length)).toEqual([9, 9]);
    expect(first.maxInFlight).toBe(1);
    expect(second.maxInFlight).toBe(1);
    expect(overlaps(first, second)).toBe(true);
  });

  it('holds the global limit across hosts', async () => {
    const first = await siteWith(manyPages(3, 10));
    const second = await siteWith(manyPages(3, 10));
    const crawler = crawlerFor({ 'www.uno.gob.mx': first, 'www.dos.gob.mx': second }, { concurrency: 1 });
    await Promise.all([crawler.crawlSite('http://www.uno.gob.mx/'), crawler.crawlSite('http://www.dos.gob.mx/')]);
    expect(overlaps(first, second)).toBe(false);
  });

  it('keeps the per-host gap between request starts', async () => {
    const site = await siteWith(manyPages(5, 0));
    await crawlerFor({ 'www.pausado.gob.mx': site }, { perHostDelayMs: 40 }).crawlSite('http://www.pausado.gob.mx/');
    expect(site.requests.length).toBeGreaterThanOrEqual(7);
    expectGapsAtLeast(site, 40);
  });
});
