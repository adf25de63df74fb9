import { describe, expect, it } from 'vitest';
import { bandOf, countSyllables, readability } from '../../indicators/readability.ts';

describe('countSyllables', () => {
  it.each([
    ['casa', 2],
    ['ciudad', 2],
    ['ciudadano', 4],
    ['participación', 5],
    ['transparencia', 4],
    ['presupuesto', 4],
    ['país', 2],
    ['río', 2],
    ['poeta', 3],
    ['aéreo', 4],
    ['guerra', 2],
    ['que', 1],
    ['pingüino', 3],
    ['hoy', 1],
    ['buey', 1],
    ['Uruguay', 3],
    ['y', 1],
    ['PNT', 1],
    ['2016', 0],
  ])('%s has %i', (word, n) => expect(countSyllables(word)).toBe(n));
});

describe('readability (Fernández-Huerta, F = words per sentence)', () => {
  it('scores short everyday sentences as easy', () => {
    const r = readability('Aquí está el gasto del mes. Puedes ver cada pago. Los datos son de la tesorería.');
    expect(r.sentences).toBe(3);
    expect(r.fernandezHuerta).toBeGreaterThan(70);
  });
  it('scores one long legal sentence as hard', () => {
    const r = readability(
      'Las obligaciones de transparencia comunes establecidas en la legislación aplicable para los sujetos obligados, ' +
        'considerando la normatividad administrativa correspondiente y las disposiciones reglamentarias complementarias, ' +
        'deberán publicarse conforme a los lineamientos técnicos generales determinados por el organismo garante nacional',
    );
    expect(r.sentences).toBe(1);
    expect(r.fernandezHuerta).toBeLessThan(30);
    expect(r.band).toBe('muy difícil');
  });
  it('more, shorter sentences read easier (the misquoted formula says the opposite)', () => {
    const one = readability('el municipio publica el gasto y el municipio publica la nómina y el municipio publica las obras');
    const three = readability('el municipio publica el gasto. el municipio publica la nómina. el municipio publica las obras');
    expect(three.fernandezHuerta).toBeGreaterThan(one.fernandezHuerta);
  });
  it('ignores numbers and handles empty text', () => {
    expect(readability('2016 30/04/2016 $1,234').words).toBe(0);
    expect(readability('').fernandezHuerta).toBe(0);
  });
});

describe('bandOf', () => {
  it.each([
    [29.9, 'muy difícil'],
    [45, 'difícil'],
    [59.9, 'algo difícil'],
    [60, 'normal'],
    [75, 'algo fácil'],
    [85, 'fácil'],
    [95, 'muy fácil'],
  ] as const)('%d is “%s”', (score, band) => expect(bandOf(score)).toBe(band));
});
