import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/crawl/charset.ts';

const latin1Page = (head: string): Buffer =>
  Buffer.concat([Buffer.from(`<html><head>${head}</head><body>Informaci`), Buffer.from([0xf3]), Buffer.from('n p\u00fablica</body></html>', 'latin1')]);

describe('decodeBody', () => {
  it('uses the Content-Type charset', () => {
    expect(decodeBody(latin1Page(''), 'text/html; charset=ISO-8859-1').text).toContain('Información pública');
  });

  it('falls back to <meta charset> and <meta http-equiv>', () => {
    expect(decodeBody(latin1Page('<meta charset="windows-1252">'), 'text/html').text).toContain('Información');
    const httpEquiv = latin1Page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">');
    expect(decodeBody(httpEquiv, null).encoding).toBe('windows-1252');
  });

  it('honours a BOM and defaults to utf-8', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Información')]);
    expect(decodeBody(withBom, 'text/html; charset=iso-8859-1').text).toBe('Información');
    expect(decodeBody(Buffer.from('<p>Información</p>'), 'text/html').text).toBe('<p>Información</p>');
  });

  it('ignores an unknown label', () => {
    expect(decodeBody(Buffer.from('Año'), 'text/html; charset=x-nonsense').text).toBe('Año');
  });

  it('reads the XML declaration of a sitemap', () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), Buffer.from([0xf1]), Buffer.from('</a>')]);
    expect(decodeBody(xml, 'application/xml').text).toContain('<a>ñ</a>');
  });
});
