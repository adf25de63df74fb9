import { describe, expect, it } from 'vitest';
import { loopbackCrawls } from '../helpers/loopback-crawl.ts';
import { page } from '../helpers/local-site.ts';

/**
 * Issue 13: a page whose script never yields held its browser context forever, and with a pool of two, two such
 * portals stopped every site. Each render now has deadlines: the hung page's context is discarded and the site
 * keeps its static HTML with a render-timeout note, while the other sites render on fresh contexts.
 */
const { siteWith, crawlerFor } = loopbackCrawls({ timeoutMs: 5000 });

const text = (name: string) => `<h1>H. Ayuntamiento de ${name}</h1><p>Trámites, servicios y transparencia del municipio.</p>`;

describe('a page whose script never yields', () => {
  it('is abandoned with its static HTML and a render-timeout note, and does not stop the other sites', async () => {
    const portals = await siteWith({
      'http://www.bucle.gob.mx/': page(`${text('Bucle')}<a href="/tramites">Trámites</a><script>while (true) {}</script>`),
      'http://www.bucle.gob.mx/tramites': page(`${text('Bucle')}<script>while (true) {}</script>`),
      'http://www.tarde.gob.mx/': page(
        `${text('Tarde')}<script>addEventListener('load', () => setTimeout(() => { for (;;) {} }, 50));</script>`,
      ),
      'http://www.sano.gob.mx/': page(`${text('Sano')}<div id="menu"></div><script>menu.innerHTML = '<a href="/agenda">Agenda</a>';</script>`),
      'http://www.sano.gob.mx/agenda': page(text('Sano')),
      'http://www.otro.gob.mx/': page(text('Otro')),
    });
    const hosts = ['www.bucle.gob.mx', 'www.tarde.gob.mx', 'www.sano.gob.mx', 'www.otro.gob.mx'];
    const crawler = crawlerFor(Object.fromEntries(hosts.map((host) => [host, portals])));

    const started = Date.now();
    const [bucle, tarde, sano, otro] = await Promise.all(hosts.map((host) => crawler.crawlSite(`http://${host}/`)));
    const elapsedMs = Date.now() - started;

    for (const hung of [bucle!, tarde!]) {
      expect(hung.status).toBe('ok');
      const home = hung.pages[0]!;
      expect(home.rendered).toBe(false);
      expect(home.renderError).toMatch(/render-timeout: the page's script did not yield/);
      expect(home.html).toContain('H. Ayuntamiento de');
      expect(hung.renderNote).toMatch(/^not rendered after http:\/\/www\.\w+\.gob\.mx\/: render-timeout/);
    }
    // The static link is still followed (its render may have started before the home's timed out), kept as fetched.
    expect(bucle!.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/tramites']);
    expect(bucle!.pages[1]!.rendered).toBe(false);
    expect(bucle!.pages[1]!.html).toContain('H. Ayuntamiento de Bucle');

    for (const healthy of [sano!, otro!]) {
      expect(healthy.renderNote).toBeUndefined();
      expect(healthy.pages[0]!.rendered).toBe(true);
      expect(healthy.pages[0]!.mobile).toBeDefined();
    }
    // The menu only a script draws was reached: rendering worked on the contexts that replaced the hung ones.
    expect(sano!.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/agenda']);
    // Two heartbeats' worth of unresponsiveness each, two contexts: far from the minutes it took before.
    expect(elapsedMs).toBeLessThan(60_000);
  }, 120_000);
});
