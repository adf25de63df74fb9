import { describe, expect, it } from 'vitest';
import { TrapGuard, MAX_CALENDAR_URLS_PER_SITE } from '../../src/crawl/trap-guard.ts';
import { canonicalUrl, isSameSite, linkKind, siteKey } from '../../src/crawl/url.ts';

describe('canonicalUrl', () => {
  it.each([
    ['http://WWW.Ejemplo.gob.mx:80/a#top', 'http://www.ejemplo.gob.mx/a'],
    ['https://ejemplo.gob.mx:443', 'https://ejemplo.gob.mx/'],
    ['http://x.gob.mx/p?utm_source=fb&id=3&utm_medium=social', 'http://x.gob.mx/p?id=3'],
    ['http://x.gob.mx/p?fbclid=abc&gclid=def', 'http://x.gob.mx/p'],
    ['http://x.gob.mx/p?PHPSESSID=123&q=agua', 'http://x.gob.mx/p?q=agua'],
    ['http://x.gob.mx/p.jsp;jsessionid=ABC?sid=9&a=1', 'http://x.gob.mx/p.jsp?a=1'],
    ['http://x.gob.mx/p?a=1&b=2&a=1', 'http://x.gob.mx/p?a=1&b=2'],
    ['http://x.gob.mx/p?b=2&a=1', 'http://x.gob.mx/p?b=2&a=1'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('resolves relative links and skips non-web schemes', () => {
    expect(canonicalUrl('../datos/', 'http://x.gob.mx/a/b/')).toBe('http://x.gob.mx/a/datos/');
    for (const href of ['mailto:a@x.gob.mx', 'tel:+523312345678', 'javascript:void(0)', 'data:text/plain,hi', '  ', 'ftp://x/']) {
      expect(canonicalUrl(href, 'http://x.gob.mx/')).toBeNull();
    }
  });
});

describe('site identity', () => {
  it('treats http/https, ports and www. as one site', () => {
    expect(siteKey('https://www.tlajomulco.gob.mx/')).toBe('tlajomulco.gob.mx');
    expect(siteKey('http://tlajomulco.gob.mx:8080/x')).toBe('tlajomulco.gob.mx');
  });

  it('counts subdomains of the seed as the same site, but not neighbours', () => {
    const key = siteKey('http://www.tlajomulco.gob.mx/');
    expect(isSameSite('https://datos.tlajomulco.gob.mx/', key)).toBe(true);
    expect(isSameSite('http://transparencia.tlajomulco.gob.mx/x', key)).toBe(true);
    expect(isSameSite('https://tlajomulco.gob.mx/', key)).toBe(true);
    expect(isSameSite('https://zapopan.gob.mx/', key)).toBe(false);
    expect(isSameSite('https://nottlajomulco.gob.mx/', key)).toBe(false);
    expect(isSameSite('https://www.facebook.com/tlajomulco', key)).toBe(false);
  });

  it('never makes a shared suffix a site', () => {
    expect(isSameSite('https://zapopan.gob.mx/', siteKey('https://www.gob.mx/'))).toBe(false);
  });
});

describe('linkKind', () => {
  it.each([
    ['http://x.gob.mx/', 'page'],
    ['http://x.gob.mx/transparencia', 'page'],
    ['http://x.gob.mx/index.php?id=2', 'page'],
    ['http://x.gob.mx/noticias/informe-1.2', 'page'],
    ['http://x.gob.mx/datos/presupuesto.CSV', 'file'],
    ['http://x.gob.mx/a/b.xlsx?v=2', 'file'],
    ['http://x.gob.mx/a/ley.pdf', 'file'],
    // A .kmz (zipped KML) was once fetched as a page while the gatherer listed it as KML: it is a file.
    ['http://x.gob.mx/mapas/colonias.kmz', 'file'],
    ['http://x.gob.mx/mapas/colonias.KML', 'file'],
    ['http://x.gob.mx/img/logo.png', 'asset'],
    ['http://x.gob.mx/css/site.css', 'asset'],
  ])('%s is a %s', (url, kind) => {
    expect(linkKind(url)).toBe(kind);
  });
});

describe('TrapGuard', () => {
  it('refuses repeated path segments and long queries', () => {
    const guard = new TrapGuard();
    expect(guard.admit('http://x.gob.mx/a/b/a/b/').admitted).toBe(true);
    expect(guard.admit('http://x.gob.mx/a/b/a/b/a/').admitted).toBe(false);
    expect(guard.admit(`http://x.gob.mx/buscar?q=${'x'.repeat(201)}`).admitted).toBe(false);
  });

  it('allows only a few calendar pages per site', () => {
    const guard = new TrapGuard();
    const verdicts = Array.from({ length: 8 }, (_, i) => guard.admit(`http://x.gob.mx/calendario/2024/${i + 1}/`).admitted);
    expect(verdicts.filter(Boolean)).toHaveLength(MAX_CALENDAR_URLS_PER_SITE);
    expect(guard.admit('http://x.gob.mx/eventos?fecha=2024-01-01').admitted).toBe(false);
    // Dated news permalinks are content, not a calendar.
    expect(guard.admit('http://x.gob.mx/2024/05/informe-de-gobierno').admitted).toBe(true);
  });
});
