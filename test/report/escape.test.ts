import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, safeHref } from '../../src/report/html/escape.ts';

describe('html template', () => {
  it('escapes interpolated text and attribute breakers', () => {
    const name = '<script>alert(1)</script>';
    const title = `" onmouseover="x`;
    expect(html`<p title="${title}">${name}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });

  it('passes nested templates and raw() through, joins arrays, drops nullish', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${raw('<hr>')}${0}`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul><hr>0');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://municipio.gob.mx/datos?a=1&b=2', 'https://municipio.gob.mx/datos?a=1&b=2'],
    ['http://municipio.gob.mx', 'http://municipio.gob.mx/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['/relative/path', null],
    ['mailto:contacto@municipio.gob.mx', null],
  ])('%j → %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
