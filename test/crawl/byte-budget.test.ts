import { describe, expect, it } from 'vitest';
import { LARGE_HTML_CHARS, loadHtml } from '../../src/crawl/html-guard.ts';
import { extractLinks } from '../../src/crawl/links.ts';
import { createBrowserPool } from '../../src/crawl/render/browser.ts';
import { shootEvidence } from '../../src/crawl/render/evidence-shots.ts';
import { loopbackCrawls, recorder } from './helpers/loopback-crawl.ts';
import { page } from './helpers/local-site.ts';

/**
 * Issue 13: 60 pages of 9.5 MB each held 3.9 GB, since a site's bodies stay in memory until it is stored. A site's
 * crawl stops fetching pages once its bodies pass maxSiteBytes, says so in its reason, and keeps what it had; a
 * script's DOM is held to the same budget as a response.
 */
const { siteWith, crawlerFor } = loopbackCrawls({ render: false });

const MB = 1024 * 1024;
const bulky = (n: number) => page(`<h1>Noticia ${n}</h1><p>${'Obra pública del municipio. '.repeat(MB / 28)}</p>`);

describe("a site's memory budget", () => {
  it('stops the crawl once the bodies held pass it, with the reason, keeping the pages fetched before', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/nota/${i}">Nota ${i}</a>`).join(' ');
    const routes = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`/nota/${i}`, bulky(i)]));
    const site = await siteWith({ '/': page(`<h1>H. Ayuntamiento</h1>${links}`), ...routes });
    const { records, onFetch } = recorder();

    const crawl = await crawlerFor({ 'www.pesado.gob.mx': site }, { maxSiteBytes: 4 * MB }).crawlSite('http://www.pesado.gob.mx/', { onFetch });

    expect(crawl.status).toBe('ok');
    expect(crawl.statusReason).toMatch(/^crawl stopped after \d+ pages: the site's responses held [\d.]+ MB, past its memory budget of 4 MB$/);
    // The budget is checked as each response arrives: what passes it is one page, not a level's batch.
    expect(crawl.pages.length).toBeGreaterThanOrEqual(4);
    expect(crawl.pages.length).toBeLessThanOrEqual(6);
    const notKept = records.filter((r) => r.error?.message.startsWith('not kept:'));
    expect(notKept.every((r) => r.body === null && r.error!.kind === 'too-large')).toBe(true);
    const keptBytes = records.reduce((sum, r) => sum + (r.body?.length ?? 0), 0);
    expect(keptBytes).toBeLessThan(6 * MB);
    // Pages left unkept are the crawler's limit, not dead links of the portal.
    expect(crawl.failedPages ?? []).toEqual([]);
  });

  it('leaves a site within it untouched', async () => {
    const site = await siteWith({ '/': page('<h1>H. Ayuntamiento</h1><a href="/nota/1">Nota</a>'), '/nota/1': bulky(1) });
    const crawl = await crawlerFor({ 'www.ligero.gob.mx': site }, { maxSiteBytes: 4 * MB }).crawlSite('http://www.ligero.gob.mx/');
    expect(crawl.statusReason).toBeNull();
    expect(crawl.pages).toHaveLength(2);
  });

  it('keeps the static page when a script builds a DOM past the budget for one page', async () => {
    const site = await siteWith({
      '/': page(`<h1>H. Ayuntamiento de Inflado</h1><div id="x"></div>
        <script>document.getElementById('x').textContent = 'dato '.repeat(${(3 * MB) / 5});</script>`),
    });
    const crawl = await crawlerFor({ 'www.inflado.gob.mx': site }, { render: true, maxBodyBytes: 2 * MB }).crawlSite('http://www.inflado.gob.mx/');
    const home = crawl.pages[0]!;
    expect(home.rendered).toBe(false);
    expect(home.renderError).toMatch(/the rendered DOM has \d+ characters, over the 2 MB budget for a page; the static HTML is kept/);
    expect(home.html).toContain('H. Ayuntamiento de Inflado');
  }, 60_000);
});

describe('a page past LARGE_HTML_CHARS', () => {
  const big = `<html><head><base href="/portal/"></head><body><a href="transparencia">Transparencia</a><p>${'Obra pública. '.repeat(LARGE_HTML_CHARS / 14 + 1)}</p><a href="/datos">Datos</a></body></html>`;

  it('is parsed by the lighter parser with the same links, base and text', () => {
    expect(big.length).toBeGreaterThan(LARGE_HTML_CHARS);
    expect(extractLinks(big, 'http://www.grande.gob.mx/').links).toEqual(['http://www.grande.gob.mx/portal/transparencia', 'http://www.grande.gob.mx/datos']);
    const $ = loadHtml(big);
    expect($('p').text().startsWith('Obra pública. Obra')).toBe(true);
    expect($('a').map((_, a) => $(a).text()).get()).toEqual(['Transparencia', 'Datos']);
  });

  it('keeps a bare fragment and what follows </html> inside <body>, as parse5 would (root siblings made selectors quadratic)', () => {
    const rows = '<p>Acta de cabildo: acuerdos sobre obra pública.</p>'.repeat(LARGE_HTML_CHARS / 40);
    const $bare = loadHtml(`${rows}<a href="/actas">Actas</a>`);
    expect($bare.root().children().length).toBe(1);
    expect($bare('body > a').attr('href')).toBe('/actas');
    const $after = loadHtml(`<html><body>${rows}</body></html><a href="/despues">Después</a>`);
    expect($after('body > a').text()).toBe('Después');
    expect(extractLinks(`${rows}<a href="/actas">Actas</a>`, 'http://www.actas.gob.mx/').links).toEqual(['http://www.actas.gob.mx/actas']);
  });

  it('is not photographed for evidence, with the reason', async () => {
    const pool = createBrowserPool();
    try {
      const [shot] = await shootEvidence(pool, [{ pageUrl: 'http://www.grande.gob.mx/', html: big, selector: 'p', outPath: '/nonexistent/shot.png' }]);
      expect(shot).toEqual({ outPath: '/nonexistent/shot.png', taken: false, reason: expect.stringMatching(/has \d+ characters, more than a shot is taken of/) });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
