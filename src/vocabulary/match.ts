/**
 * How vocabulary is matched against page text, for every stage: phrases are written in normal form (lower
 * case, no accents) and found on word boundaries; a trailing `*` makes a phrase a prefix ("propon*" matches
 * "propón", "propongas", "proponer").
 */
import { LEGAL_CITATION_PATTERNS } from './legal.ts';
import { normalise } from './text.ts';

export { normalise };

const compiled = new WeakMap<readonly string[], RegExp[]>();

function compile(phrases: readonly string[]): RegExp[] {
  let regexes = compiled.get(phrases);
  if (!regexes) {
    regexes = phrases.map((phrase) => {
      const prefix = phrase.endsWith('*');
      const body = normalise(prefix ? phrase.slice(0, -1) : phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
    });
    compiled.set(phrases, regexes);
  }
  return regexes;
}

/** The first vocabulary phrase found in `text` (on word boundaries, accent- and case-insensitive), or null. */
export function matchPhrase(text: string, phrases: readonly string[]): string | null {
  const normalised = normalise(text);
  const regexes = compile(phrases);
  for (let i = 0; i < regexes.length; i++) if (regexes[i]!.test(normalised)) return phrases[i]!;
  return null;
}

/** Every occurrence of any vocabulary phrase in already-normalised text, in text order. */
export function findPhrases(normalisedText: string, phrases: readonly string[]): { index: number; phrase: string }[] {
  const found: { index: number; phrase: string }[] = [];
  const regexes = compile(phrases);
  regexes.forEach((regex, i) => {
    const global = new RegExp(regex.source, 'gu');
    for (const m of normalisedText.matchAll(global)) found.push({ index: m.index, phrase: phrases[i]! });
  });
  return found.sort((a, b) => a.index - b.index);
}

export function wordsOf(text: string): string[] {
  return normalise(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "Art. 8 Fr. V inciso c)", "Fracción XXXVII": a label that cites the law instead of naming the information. */
export function isLegalCitation(text: string): boolean {
  const normalised = normalise(text);
  return LEGAL_CITATION_PATTERNS.some((p) => p.test(normalised));
}
