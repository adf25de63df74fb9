import { describe, expect, it } from 'vitest';
import { deriveHomePage } from '../../src/derive/home-page.ts';
import { SITE, homePage, page } from '../indicators/build-artifacts.ts';

describe('deriveHomePage', () => {
  it('is the page the crawl marked as home, wherever it comes in the crawl', () => {
    const redirected = homePage({ url: `${SITE}/portal/inicio.php`, title: 'H. Ayuntamiento de Tlajomulco' });
    const pages = [page({ url: `${SITE}/`, depth: 0, title: 'Redireccionando…' }), page({ url: `${SITE}/transparencia` }), redirected];
    expect(deriveHomePage({ pages })).toBe(redirected);
  });

  it('is null when no page is marked as home (the seed was not fetched)', () => {
    expect(deriveHomePage({ pages: [page({ url: `${SITE}/transparencia` })] })).toBe(null);
    expect(deriveHomePage({ pages: [] })).toBe(null);
  });
});
