import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/crawl/charset.ts';
import { capNesting, sniffNonHtml } from '../../../src/crawl/html-guard.ts';

const cp1252 = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('decoding bodies that lie about themselves', () => {
  it.each([
    ['utf-8 header over windows-1252 bytes', cp1252('<p>Informaci\u00f3n \u0093p\u00fablica\u0094 \u0096 2016</p>'), 'text/html; charset=utf-8', '<p>Información “pública” – 2016</p>', 'windows-1252'],
    ['no declaration, latin1 bytes', cp1252('<p>A\u00f1o</p>'), 'text/html', '<p>Año</p>', 'windows-1252'],
    ['utf-8 header, <meta> names iso-8859-15', cp1252('<meta charset="iso-8859-15"><p>\u00a4</p>'), 'text/html; charset=utf-8', '<meta charset="iso-8859-15"><p>€</p>', 'iso-8859-15'],
    ['utf-8 page with one stray byte stays utf-8', Buffer.concat([Buffer.from('<p>Información pública, acción</p>'), Buffer.from([0xe9])]), 'text/html; charset=utf-8', '<p>Información pública, acción</p>\uFFFD', 'utf-8'],
    ['a literal U+FFFD is not a decoding failure', Buffer.from('<p>\uFFFD</p>'), null, '<p>\uFFFD</p>', 'utf-8'],
    ['declared iso-8859-1 reads 0x80-0x9f as windows-1252', cp1252('\u0080 \u0085'), 'text/html; charset=iso-8859-1', '€ …', 'windows-1252'],
  ])('%s', (_name, body, contentType, text, encoding) => {
    expect(decodeBody(body, contentType)).toEqual({ text, encoding });
  });
});

describe('sniffNonHtml', () => {
  it.each([
    ['%PDF-1.7\n', 'a PDF document'],
    ['PK\u0003\u0004', 'a ZIP or Office file'],
    ['{"a":1}', 'JSON'],
    ['  [1,2]', 'JSON'],
    ['[an error] <html><body>ok</body></html>', null],
    ['<!doctype html><p>hola</p>', null],
    ['Sitio en mantenimiento', null],
  ])('%j → %s', (body, expected) => {
    expect(sniffNonHtml(Buffer.from(body, 'latin1'))).toBe(expected);
  });

  it('leaves UTF-16 text alone', () => {
    expect(sniffNonHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hola</p>', 'utf16le')]))).toBeNull();
  });
});

describe('capNesting', () => {
  it('returns ordinary pages unchanged, sloppy unclosed <p> and <li> included', () => {
    const html = `<html><body>${'<div><p>uno<li>dos'.repeat(300)}${'</div>'.repeat(300)}</body></html>`;
    expect(capNesting(html)).toBe(html);
  });

  it('drops the tags nested past the limit and keeps their content', () => {
    const html = `${'<div>'.repeat(10)}<a href="/x">x</a>texto${'</div>'.repeat(10)}`;
    expect(capNesting(html, 3)).toBe('<div><div><div><a href="/x">x</a>texto</div></div></div>');
  });
});
