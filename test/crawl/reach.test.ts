/**
 * Pages a person reaches without an ordinary link (issue 12): a refresh or script redirect, frames, WebForms
 * postbacks. Portals on 127.0.0.1 under realistic names through --connect-to, crawled without a browser.
 */
import { describe, expect, it } from 'vitest';
import { warcRecordsFor } from '../../src/crawl/archive/warc-records.ts';
import { MAX_POSTBACKS_PER_SITE } from '../../src/crawl/site-crawl.ts';
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

describe('ASP.NET WebForms postbacks', () => {
  const VIEWSTATE = '/wEPDwUKMTY1NDU2MTA1MmRk';
  const webForm = (menu: string, main = ''): string =>
    page(`<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
      <input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
      <input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${VIEWSTATE}">
      <input type="hidden" name="__EVENTVALIDATION" value="/wEWAgKQ">
      <input type="text" name="ctl00$txtBuscar" value=""><input type="submit" name="ctl00$btnBuscar" value="Buscar">
      <div id="menu">${menu}</div>${main}</form>`);
  const MENU = `<a href="javascript:__doPostBack('ctl00$menu','datos')">Datos Abiertos</a>
      <a href="javascript:__doPostBack('ctl00$menu','contacto')"><img src="/img/contacto.png" alt="Contacto"></a>
      <a href="javascript:__doPostBack('ctl00$lnkTransparencia','')">Transparencia</a>
      <a href="javascript:__doPostBack('ctl00$menu','datos')">Datos (pie)</a>`;

  /** Answers a postback as WebForms does: by the event posted, and only with the page's view state. */
  function webFormsServer(menu = MENU) {
    const posted: URLSearchParams[] = [];
    return {
      posted,
      route: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
        if (req.method !== 'POST') return void res.writeHead(200, { 'content-type': 'text/html' }).end(webForm(menu, '<h1>Inicio</h1>'));
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          const fields = new URLSearchParams(body);
          posted.push(fields);
          if (fields.get('__VIEWSTATE') !== VIEWSTATE) return void res.writeHead(500).end('Validation of viewstate MAC failed');
          const event = `${fields.get('__EVENTTARGET')}|${fields.get('__EVENTARGUMENT')}`;
          if (event === 'ctl00$lnkTransparencia|') return void res.writeHead(302, { location: '/Transparencia.aspx' }).end();
          const main: Record<string, string> = {
            'ctl00$menu|datos': '<h1>Datos Abiertos</h1><a href="/datos/presupuesto.aspx">Presupuesto 2016</a>',
            'ctl00$menu|contacto': '<h1>Contacto</h1><textarea name="ctl00$mensaje"></textarea>',
          };
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(webForm(menu, main[event] ?? `<h1>${event}</h1>`));
        });
      },
    };
  }

  it('posts the form back for each distinct menu event and keeps each answer as its own page, with its links followed', async () => {
    const server = webFormsServer();
    const site = await siteWith({
      '/Default.aspx': server.route,
      '/Transparencia.aspx': page('<h1>Transparencia</h1>'),
      '/datos/presupuesto.aspx': page('<h1>Presupuesto</h1>'),
    });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({ 'www.formas.gob.mx': site }).crawlSite('http://www.formas.gob.mx/Default.aspx', { onFetch });

    const home = 'http://www.formas.gob.mx/Default.aspx';
    expect(crawl.pages.map((p) => [p.url, p.reached?.label ?? null])).toEqual([
      [home, null],
      [`${home}#postback=ctl00%24menu,datos`, 'Datos Abiertos'],
      [`${home}#postback=ctl00%24menu,contacto`, 'Contacto'],
      ['http://www.formas.gob.mx/Transparencia.aspx', 'Transparencia'],
      ['http://www.formas.gob.mx/datos/presupuesto.aspx', null],
    ]);
    expect(crawl.pages[1]!.reached).toEqual({ by: 'postback', from: home, label: 'Datos Abiertos', postback: { target: 'ctl00$menu', argument: 'datos' } });
    expect(crawl.pages[1]!.html).toContain('<h1>Datos Abiertos</h1>');
    expect(crawl.pages[2]!.html).toContain('<h1>Contacto</h1>');
    // The pages a postback answered repeat the menu: its events are not posted again.
    expect(server.posted.map((f) => [f.get('__EVENTTARGET'), f.get('__EVENTARGUMENT')])).toEqual([
      ['ctl00$menu', 'datos'],
      ['ctl00$menu', 'contacto'],
      ['ctl00$lnkTransparencia', ''],
    ]);
    // What a browser sends: every field but the buttons, the event named.
    expect([...server.posted[0]!.keys()]).toEqual(['__EVENTTARGET', '__EVENTARGUMENT', '__VIEWSTATE', '__EVENTVALIDATION', 'ctl00$txtBuscar']);

    const post = records.find((r) => r.method === 'POST')!;
    expect(post).toMatchObject({ url: home, purpose: 'page', depth: 1, reached: { by: 'postback', label: 'Datos Abiertos' } });
    const planned = warcRecordsFor(post, { inegiCode: '09010' });
    const request = planned.find((r) => r.type === 'request')!;
    expect(request.record.httpHeaders?.statusline).toBe('POST /Default.aspx HTTP/1.1');
    expect(request.record.httpHeaders?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(new TextDecoder().decode(await request.record.readFully())).toBe(post.requestBody!.toString());
    expect(post.requestBody!.toString()).toContain('__EVENTTARGET=ctl00%24menu&__EVENTARGUMENT=datos&__VIEWSTATE=');
    const metadata = new TextDecoder().decode(await planned.find((r) => r.type === 'metadata')!.record.readFully());
    expect(metadata).toContain('clicked-label: Datos Abiertos\r\npostback-target: ctl00$menu\r\npostback-argument: datos\r\n');
    // The gatherer names a postback link by the page it leads to, so "Datos Abiertos" leads to its section.
    const artifacts = gatherArtifacts(crawl);
    const homeLinks = artifacts.links.filter((l) => l.pageUrl === home);
    expect(homeLinks.map((l) => [l.text, l.href])).toEqual([
      ['Datos Abiertos', `${home}#postback=ctl00%24menu,datos`],
      ['Contacto', `${home}#postback=ctl00%24menu,contacto`],
      ['Transparencia', `${home}#postback=ctl00%24lnkTransparencia,`],
      ['Datos (pie)', `${home}#postback=ctl00%24menu,datos`],
    ]);
    expect(artifacts.section).toMatchObject({ url: `${home}#postback=ctl00%24menu,datos`, matchedLabel: 'datos abiertos' });
    // A postback answered by a redirect is logged as the GET it became.
    expect(records.find((r) => r.finalUrl.endsWith('/Transparencia.aspx'))).toMatchObject({ method: 'GET', redirects: ['http://www.formas.gob.mx/Transparencia.aspx'] });
  });

  it('posts back within the per-site cap, the depth limit and robots.txt', async () => {
    const many = Array.from({ length: MAX_POSTBACKS_PER_SITE + 5 }, (_, i) => `<a href="javascript:__doPostBack('ctl00$menu','s${i}')">Sección ${i}</a>`).join('');
    const server = webFormsServer(many);
    const site = await siteWith({ '/Default.aspx': server.route });
    const crawl = await crawlerFor({ 'www.muchas.gob.mx': site }).crawlSite('http://www.muchas.gob.mx/Default.aspx');
    expect(server.posted).toHaveLength(MAX_POSTBACKS_PER_SITE);
    expect(crawl.pages).toHaveLength(1 + MAX_POSTBACKS_PER_SITE);

    const shallow = webFormsServer();
    const shallowSite = await siteWith({ '/Default.aspx': shallow.route });
    await crawlerFor({ 'www.llana.gob.mx': shallowSite }, { maxDepth: 0 }).crawlSite('http://www.llana.gob.mx/Default.aspx');
    expect(shallow.posted).toEqual([]);

    const barred = webFormsServer();
    const barredSite = await siteWith({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /Default.aspx\nAllow: /$\n' },
      '/': barred.route,
    });
    const { records, onFetch } = recorder();
    await crawlerFor({ 'www.vedada.gob.mx': barredSite }).crawlSite('http://www.vedada.gob.mx/', { onFetch });
    expect(barred.posted).toEqual([]);
    // One refusal per distinct event (three in the menu), each recorded, none sent.
    expect(records.filter((r) => r.error?.kind === 'robots').map((r) => r.url)).toEqual(Array(3).fill('http://www.vedada.gob.mx/Default.aspx'));
  });
});
