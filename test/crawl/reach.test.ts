/**
 * Pages a person reaches without an ordinary link (issue 12): a refresh or script redirect, frames, WebForms
 * postbacks. Portals on 127.0.0.1 under realistic names through --connect-to, crawled without a browser.
 */
import { describe, expect, it } from 'vitest';
import { warcRecordsFor } from '../../src/crawl/archive/warc-records.ts';
import { deriveHomePage } from '../../src/derive/home-page.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { loopbackCrawls, recorder } from './helpers/loopback-crawl.ts';
import { page } from './helpers/local-site.ts';

const { siteWith, crawlerFor } = loopbackCrawls({ render: false, channelFeeds: false });

const paths = (urls: string[]): string[] => urls.map((url) => new URL(url).pathname + new URL(url).search);
const doorway = (content: string): string =>
  `<!doctype html><html><head><meta http-equiv="Refresh" content="${content}"></head><body></body></html>`;

describe('meta refresh and script redirects', () => {
  it('follows a refresh home page like a redirect: the page it lands on is the home page, and its links are crawled', async () => {
    const site = await siteWith({
      '/': doorway('0; url=/portal/inicio.php'),
      '/portal/inicio.php': page('<h1>H. Ayuntamiento</h1><a href="/portal/contacto.php">Contacto</a>', 'Inicio'),
      '/portal/contacto.php': page('<form method="post"><textarea name="mensaje"></textarea><button>Enviar</button></form>'),
    });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({ 'www.refresco.gob.mx': site }).crawlSite('http://www.refresco.gob.mx/', { onFetch });

    expect(crawl.status).toBe('ok');
    expect(crawl.finalUrl).toBe('http://www.refresco.gob.mx/portal/inicio.php');
    expect(paths(crawl.pages.map((p) => p.url))).toEqual(['/portal/inicio.php', '/portal/contacto.php']);
    expect(crawl.pages[0]).toMatchObject({
      requestedUrl: 'http://www.refresco.gob.mx/',
      depth: 0,
      reached: { by: 'refresh', from: 'http://www.refresco.gob.mx/' },
    });
    // The doorway stays in the fetch log (and so the archive), the landing fetch says how it was reached.
    const pageFetches = records.filter((r) => r.purpose === 'page');
    expect(pageFetches.map((r) => [new URL(r.url).pathname, r.reached?.by])).toEqual([
      ['/', undefined],
      ['/portal/inicio.php', 'refresh'],
      ['/portal/contacto.php', undefined],
    ]);
    const metadata = warcRecordsFor(pageFetches[1]!, { inegiCode: '14097' }).find((r) => r.type === 'metadata')!;
    const fields = new TextDecoder().decode(await metadata.record.readFully());
    expect(fields).toContain('reached-by: refresh\r\nreached-from: http://www.refresco.gob.mx/\r\n');

    const artifacts = gatherArtifacts(crawl);
    expect(deriveHomePage(artifacts)?.url).toBe('http://www.refresco.gob.mx/portal/inicio.php');
    expect(artifacts.pages.filter((p) => p.isHome).map((p) => p.title)).toEqual(['Inicio']);
  });

  it('counts an HTTP-redirected home the same way', async () => {
    const site = await siteWith({
      '/': { status: 302, headers: { location: '/web/index.aspx' } },
      '/web/index.aspx': page('<h1>Bienvenidos</h1>', 'Portal'),
    });
    const crawl = await crawlerFor({ 'www.redirigido.gob.mx': site }).crawlSite('http://www.redirigido.gob.mx/');
    const artifacts = gatherArtifacts(crawl);
    expect(deriveHomePage(artifacts)?.url).toBe('http://www.redirigido.gob.mx/web/index.aspx');
  });

  it('follows a script doorway (location.replace, location.href) on an otherwise empty page, through chains', async () => {
    const site = await siteWith({
      '/': page('<script>window.location.replace("/inicio/");</script>'),
      '/inicio/': page('<script>location.href = \'/sitio/principal.html\';</script><noscript>Active JavaScript</noscript>'),
      '/sitio/principal.html': page('<h1>Gobierno municipal</h1><a href="/sitio/datos.html">Datos</a>', 'Principal'),
      '/sitio/datos.html': page('<h1>Datos</h1>'),
    });
    const crawl = await crawlerFor({ 'www.guion.gob.mx': site }).crawlSite('http://www.guion.gob.mx/');
    expect(crawl.finalUrl).toBe('http://www.guion.gob.mx/sitio/principal.html');
    expect(crawl.pages[0]!.reached).toEqual({ by: 'script-redirect', from: 'http://www.guion.gob.mx/inicio/' });
    expect(paths(crawl.pages.map((p) => p.url))).toEqual(['/sitio/principal.html', '/sitio/datos.html']);
  });

  it('leaves pages that only reload themselves, refresh late, or script a redirect among real content', async () => {
    const text = '<p>El Ayuntamiento informa sobre trámites, servicios, obra pública y programas sociales del municipio.</p>'.repeat(4);
    const site = await siteWith({
      '/': page('<a href="/noticias">Noticias</a><a href="/idioma">Idioma</a><a href="/lento">Lento</a>').replace(
        '<head>',
        '<head><meta http-equiv="refresh" content="300">',
      ),
      '/noticias': doorway('0; url=/noticias'),
      '/idioma': page(`${text}<a href="/a">a</a><a href="/b">b</a><script>function en() { location.href = '/en/'; }</script>`),
      '/lento': doorway('60; url=/otra'),
    });
    const crawl = await crawlerFor({ 'www.quieto.gob.mx': site }).crawlSite('http://www.quieto.gob.mx/');
    expect(paths(crawl.pages.map((p) => p.url)).sort()).toEqual(['/', '/idioma', '/lento', '/noticias']);
    expect(crawl.pages.every((p) => !p.reached)).toBe(true);
    expect(site.paths()).not.toContain('/en/');
    expect(site.paths()).not.toContain('/otra');
  });

  it('keeps a refresh of an inner page on the site and under robots.txt', async () => {
    const site = await siteWith({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /privado/\n' },
      '/': page('<a href="/salir">Salir</a><a href="/oculto">Oculto</a><a href="/nuevo">Nuevo</a>'),
      '/salir': doorway('0;URL=\'http://www.otro-sitio.com/\''),
      '/oculto': doorway('1; url=/privado/panel'),
      '/nuevo': doorway('0; url=/nuevo/portal'),
      '/nuevo/portal': page('<h1>Nuevo portal</h1>'),
    });
    const other = await siteWith({ '/': page('otro') });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({ 'www.alcance.gob.mx': site, 'www.otro-sitio.com': other }).crawlSite('http://www.alcance.gob.mx/', { onFetch });
    expect(other.requests).toEqual([]);
    expect(site.paths()).not.toContain('/privado/panel');
    expect(records.find((r) => r.url.endsWith('/privado/panel'))?.error?.kind).toBe('robots');
    const landed = crawl.pages.find((p) => p.url.endsWith('/nuevo/portal'));
    expect(landed).toMatchObject({ requestedUrl: 'http://www.alcance.gob.mx/nuevo', depth: 1, reached: { by: 'refresh' } });
    // Doorways that lead nowhere a person may be sent stay pages: they are what the person sees.
    expect(paths(crawl.pages.map((p) => p.url)).sort()).toEqual(['/', '/nuevo/portal', '/oculto', '/salir']);
  });
});

const frameset = (frames: string): string =>
  `<!doctype html><html><head><title>H. Ayuntamiento</title></head><frameset cols="200,*">${frames}</frameset></html>`;

describe('frames and iframes', () => {
  it('fetches a frameset home page’s documents as part of it (depth 0, reached by frame), and follows their links', async () => {
    const site = await siteWith({
      '/': frameset('<frame name="menu" src="menu.htm"><frame name="cuerpo" src="principal.htm"><noframes>Su navegador no admite marcos</noframes>'),
      '/menu.htm': page('<a href="contacto.htm" target="cuerpo">Contacto</a><a href="https://www.facebook.com/ayto">Facebook</a>'),
      '/principal.htm': page('<h1>Bienvenidos</h1><iframe src="/avisos/"></iframe>'),
      '/avisos/': page('<p>Aviso</p><a href="/avisos/uno.htm">Uno</a>'),
      '/avisos/uno.htm': page('uno'),
      '/contacto.htm': page('<form method="post"><textarea name="mensaje"></textarea></form><a href="/mas.htm">Más</a>'),
      '/mas.htm': page('más'),
    });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({ 'www.marcos.gob.mx': site }, { maxDepth: 1 }).crawlSite('http://www.marcos.gob.mx/', { onFetch });

    const byPath = Object.fromEntries(crawl.pages.map((p) => [new URL(p.url).pathname, p]));
    expect(Object.keys(byPath).sort()).toEqual(['/', '/avisos/', '/avisos/uno.htm', '/contacto.htm', '/menu.htm', '/principal.htm']);
    expect(byPath['/menu.htm']).toMatchObject({ depth: 0, reached: { by: 'frame', from: 'http://www.marcos.gob.mx/' } });
    // A nested frame is part of the frameset too; links in frames are one click from the home page.
    expect(byPath['/avisos/']).toMatchObject({ depth: 0, reached: { by: 'frame', from: 'http://www.marcos.gob.mx/principal.htm' } });
    expect(byPath['/contacto.htm']!.depth).toBe(1);
    expect(byPath['/avisos/uno.htm']!.depth).toBe(1);
    expect(site.paths()).not.toContain('/mas.htm'); // depth 2
    expect(records.find((r) => r.url.endsWith('/menu.htm'))?.reached).toEqual({ by: 'frame', from: 'http://www.marcos.gob.mx/' });

    const artifacts = gatherArtifacts(crawl);
    expect(deriveHomePage(artifacts)?.url).toBe('http://www.marcos.gob.mx/');
    expect(artifacts.pages.filter((p) => p.isHome).map((p) => [new URL(p.url).pathname, p.framedBy ?? null])).toEqual([
      ['/', null],
      ['/menu.htm', 'http://www.marcos.gob.mx/'],
      ['/principal.htm', 'http://www.marcos.gob.mx/'],
      ['/avisos/', 'http://www.marcos.gob.mx/'],
    ]);
    expect(artifacts.socialLinks.map((s) => [s.pageUrl, s.accountId])).toEqual([['http://www.marcos.gob.mx/menu.htm', 'ayto']]);
  });

  it('fetches a same-site iframe of a page at the depth limit, as part of that page, but not beyond it', async () => {
    const site = await siteWith({
      '/': page('<a href="/datos">Datos</a>'),
      '/datos': page('<h1>Datos</h1><iframe src="/visor/tablero.php"></iframe><iframe src="http://www.mapas.com/embed"></iframe>'),
      '/visor/tablero.php': page('<table><tr><td>1</td></tr></table><a href="/visor/detalle.php">Detalle</a>'),
      '/visor/detalle.php': page('detalle'),
    });
    const other = await siteWith({ '/embed': page('mapa') });
    const crawl = await crawlerFor({ 'www.visor.gob.mx': site, 'www.mapas.com': other }, { maxDepth: 1 }).crawlSite('http://www.visor.gob.mx/');
    expect(crawl.pages.map((p) => [new URL(p.url).pathname, p.depth, p.reached?.by ?? null])).toEqual([
      ['/', 0, null],
      ['/datos', 1, null],
      ['/visor/tablero.php', 1, 'frame'],
    ]);
    expect(other.requests).toEqual([]);
  });
});
