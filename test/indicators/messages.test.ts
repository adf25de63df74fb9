/**
 * The message catalogue: every indicator declares Spanish and English templates with the same placeholders,
 * rendering fills every placeholder, and msg() refuses unknown ids and missing or extra parameters at compile
 * time (the @ts-expect-error lines fail `tsc` if that ever stops being true).
 */
import { describe, expect, it } from 'vitest';
import { allIndicators } from '../../indicators/index.ts';
import { allMessageTemplates, defineMessages, localise, placeholdersOf, renderMessage } from '../../indicators/messages.ts';
import { sharedMessages, sharedMsg } from '../../indicators/shared-messages.ts';

const tables = [sharedMessages, ...allIndicators.map((i) => i.messages)];
const templates = tables.flatMap((table) =>
  Object.entries(table.templates).map(([key, template]) => [`${table.namespace}.${key}`, template] as const),
);

describe('message catalogue', () => {
  it('every indicator declares its own table, named by its id', () => {
    for (const indicator of allIndicators) expect(indicator.messages.namespace).toBe(indicator.id);
  });

  it('the catalogue holds exactly the indicators’ and the shared tables', () => {
    // This file's own table (test-messages, below) is the only other one loaded.
    const loaded = [...allMessageTemplates().keys()].filter((id) => !id.startsWith('test-messages.'));
    expect(new Set(loaded)).toEqual(new Set(templates.map(([id]) => id)));
    expect(templates.length).toBeGreaterThan(100);
  });

  it.each(templates)('%s has a Spanish and an English template with the same placeholders', (_id, template) => {
    expect(template.es.trim()).not.toBe('');
    expect(template.en.trim()).not.toBe('');
    expect(placeholdersOf(template.es)).toEqual(placeholdersOf(template.en));
    // A brace that is not a well-formed placeholder would be printed as is.
    for (const text of [template.es, template.en]) expect(text.replace(/\{[\w-]+(?::[^{}|]*\|[^{}]*)?\}/g, '')).not.toMatch(/[{}]/);
  });

  it.each(templates)('%s renders with no placeholder left, in both languages', (id, template) => {
    const params = Object.fromEntries(placeholdersOf(template.es).map((name) => [name, 2]));
    for (const lang of ['es', 'en'] as const) {
      const text = renderMessage({ id, params }, lang);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toContain(id);
    }
  });
});

describe('renderMessage', () => {
  const test = defineMessages('test-messages', {
    links: { es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} de {page}', en: 'checked {links} {links:link|links} of {page}' },
    nested: { es: 'motivo: {why}', en: 'why: {why}' },
    plain: { es: 'sin parámetros', en: 'no parameters' },
  });

  it('fills placeholders and picks the singular for 1, the plural otherwise (0 included)', () => {
    expect(renderMessage(test.msg('links', { links: 1, page: '“Inicio”' }), 'es')).toBe('Se revisó 1 enlace de “Inicio”');
    expect(renderMessage(test.msg('links', { links: 0, page: 'x' }), 'es')).toBe('Se revisaron 0 enlaces de x');
    expect(renderMessage(test.msg('links', { links: 58, page: 'x' }), 'en')).toBe('checked 58 links of x');
  });

  it('renders nested messages and lists in the same language, and keeps page text verbatim', () => {
    const why = test.msg('links', { links: 2, page: '{no es un marcador}' });
    expect(renderMessage(test.msg('nested', { why }), 'es')).toBe('motivo: Se revisaron 2 enlaces de {no es un marcador}');
    expect(renderMessage(test.msg('nested', { why: [test.msg('plain'), 'texto'] }), 'en')).toBe('why: no parameters, texto');
  });

  it('localise gives the id, the parameters and both texts', () => {
    expect(localise(sharedMsg('quoted-list-more', { list: '“a”', more: 2 }))).toEqual({
      id: 'shared.quoted-list-more',
      params: { list: '“a”', more: 2 },
      es: '“a” y 2 más',
      en: '“a” and 2 more',
    });
  });

  it('a table cannot redefine a message id with other text', () => {
    expect(() => defineMessages('test-messages', { plain: { es: 'otro', en: 'other' } })).toThrow(/defined twice/);
  });

  it('msg() type-checks ids and parameters', () => {
    // @ts-expect-error unknown message id
    test.msg('no-such-message');
    // @ts-expect-error missing parameter `page`
    test.msg('links', { links: 1 });
    // @ts-expect-error parameter not in the template
    test.msg('plain', { extra: 1 });
    expect(test.msg('plain')).toEqual({ id: 'test-messages.plain', params: {} });
  });
});
