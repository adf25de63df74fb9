import { describe, expect, it } from 'vitest';
import { MAYOR_WORDS } from '../../src/vocabulary/social-ownership.ts';
import { findPhrases, isLegalCitation, matchPhrase, normalise, wordsOf } from '../../src/vocabulary/match.ts';

describe('vocabulary matching', () => {
  it('normalises case and accents', () => expect(normalise('  Participación  CIUDADANA ')).toBe('participacion ciudadana'));
  it('matches vocabulary on word boundaries, accent-insensitively', () => {
    expect(matchPhrase('Mensaje de la ALCALDESA', MAYOR_WORDS)).toBe('alcaldesa');
    expect(matchPhrase('Alcaldía Cuauhtémoc', MAYOR_WORDS)).toBeNull();
    expect(matchPhrase('Presidencia Municipal de Zapopan', MAYOR_WORDS)).toBeNull();
  });
  it('reads a trailing * as a prefix', () => {
    expect(matchPhrase('¡Propón tu proyecto!', ['propon*'])).toBe('propon*');
    expect(matchPhrase('Proponer', ['propon'])).toBeNull();
  });
  it('finds every occurrence in text order', () => {
    expect(findPhrases('tel 123 y ext 45, tel 678', ['tel', 'ext']).map((f) => [f.phrase, f.index])).toEqual([['tel', 0], ['ext', 10], ['tel', 18]]);
  });
  it('splits words and tells a legal citation', () => {
    expect(wordsOf('Artículo 5.- Son mecanismos')).toEqual(['articulo', '5', 'son', 'mecanismos']);
    expect(isLegalCitation('Art. 8 Fr. V inciso c)')).toBe(true);
    expect(isLegalCitation('Presupuesto de egresos 2016')).toBe(false);
  });
});
