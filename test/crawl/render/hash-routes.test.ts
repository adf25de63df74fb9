/**
 * Routes of a single-page app (`#/datos`, `#!/transparencia`), drawn by real Chromium: each route the app
 * links is rendered and kept as a page of its own, its links followed. Portals on 127.0.0.1 under
 * --connect-to names.
 */
import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../../src/gather/index.ts';
import { loopbackCrawls, recorder } from '../helpers/loopback-crawl.ts';
import { page } from '../helpers/local-site.ts';

const { siteWith, crawlerFor } = loopbackCrawls({ timeoutMs: 5000, channelFeeds: false });

const js = (body: string) => ({ headers: { 'content-type': 'text/javascript' }, body });

/** Draws the route named in location.hash into #app, as hash routers (Angular 1, Vue's hash mode) do. */
const ROUTER = js(`
  const views = {
    '': '<h1>Inicio</h1><p>Portal del municipio.</p>',
    '#/datos': '<h1>Datos abiertos</h1><a href="/acerca">Acerca de los datos</a><a href="#/datos/obras">Obras</a>',
    '#/datos/obras': '<h1>Obras públicas</h1>',
    '#!/transparencia': '<h1>Transparencia</h1>',
  };
  const draw = () => { document.getElementById('app').innerHTML = views[location.hash] ?? '<h1>No encontrado</h1>'; };
  window.addEventListener('hashchange', draw);
  draw();`);

describe('hash-routed single-page apps', () => {
  it('renders each route the app links as its own page (URL keeps the route), follows its links, and strips ordinary anchors', async () => {
    const site = await siteWith({
      '/': page(`<nav><a href="#/datos">Datos</a> <a href="/#!/transparencia"><img src="/t.png" alt="Transparencia"></a> <a href="#contenido">Saltar al contenido</a></nav>
        <div id="app"></div><script src="/router.js"></script>`),
      '/router.js': ROUTER,
      '/acerca': page('<h1>Acerca</h1>'),
    });
    const { records, onFetch } = recorder();
    const crawl = await crawlerFor({ 'www.rutas.gob.mx': site }).crawlSite('http://www.rutas.gob.mx/', { onFetch });

    const home = 'http://www.rutas.gob.mx/';
    expect(crawl.pages.map((p) => p.url).sort()).toEqual([home, `${home}#!/transparencia`, `${home}#/datos`, `${home}#/datos/obras`, `${home}acerca`]);
    const byUrl = new Map(crawl.pages.map((p) => [p.url, p]));
    expect(byUrl.get(`${home}#/datos`)).toMatchObject({ rendered: true, depth: 1, reached: { by: 'hash-route', from: home, label: 'Datos' } });
    expect(byUrl.get(`${home}#/datos`)!.html).toContain('<h1>Datos abiertos</h1>');
    expect(byUrl.get(`${home}#!/transparencia`)).toMatchObject({ reached: { label: 'Transparencia' } });
    expect(byUrl.get(`${home}#!/transparencia`)!.html).toContain('<h1>Transparencia</h1>');
    expect(byUrl.get(`${home}#/datos/obras`)).toMatchObject({ depth: 2, reached: { from: `${home}#/datos`, label: 'Obras' } });
    expect(byUrl.get(`${home}#/datos/obras`)!.html).toContain('<h1>Obras públicas</h1>');
    // Each route's document was requested (and archived) as its page, recorded as reached by the route.
    expect(records.filter((r) => r.reached?.by === 'hash-route').map((r) => r.url)).toEqual([home, home, home]);

    // The menu's route links lead to the route pages in the artifacts too.
    const links = gatherArtifacts(crawl).links.filter((l) => l.pageUrl === home).map((l) => [l.text, l.href]);
    expect(links).toEqual([
      ['Datos', `${home}#/datos`],
      ['Transparencia', `${home}#!/transparencia`],
    ]);
  });
});
