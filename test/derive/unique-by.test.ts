import { describe, expect, it } from 'vitest';
import { uniqueBy } from '../../src/derive/unique-by.ts';
import { SITE, fileLink } from '../indicators/build-artifacts.ts';

describe('uniqueBy', () => {
  it('keeps the first item of each key, in the original order', () => {
    const first = fileLink({ pageUrl: `${SITE}/datos-abiertos`, text: 'Presupuesto 2016 (CSV)' });
    const again = fileLink({ pageUrl: `${SITE}/datos-abiertos/presupuesto`, text: 'Descargar' });
    const other = fileLink({ href: `${SITE}/archivos/nomina.xlsx`, format: 'xlsx', text: 'Nómina' });
    expect(uniqueBy([first, other, again], (f) => f.href)).toEqual([first, other]);
    expect(uniqueBy([again, first], (f) => f.href)[0]).toBe(again);
  });

  it('compares keys as strings exactly, and leaves its input alone', () => {
    const items = ['Facebook', 'facebook', 'Facebook'];
    expect(uniqueBy(items, (s) => s)).toEqual(['Facebook', 'facebook']);
    expect(uniqueBy(items, (s) => s.toLowerCase())).toEqual(['Facebook']);
    expect(items).toEqual(['Facebook', 'facebook', 'Facebook']);
    expect(uniqueBy([], (s: string) => s)).toEqual([]);
  });
});
