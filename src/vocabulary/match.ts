/**
 * How vocabulary is matched against page text, for every stage: phrases are written in normal form (lower
 * case, no accents) and found on word boundaries; a trailing `*` makes a phrase a prefix ("propon*" matches
 * "propón", "propongas", "proponer").
 */
import { LEGAL_CITATION_PATTERNS } from './legal.ts';
import { normalise } from './text.ts';

export { normalise };

interface Compiled {
  /** One per phrase, in the list's order: which phrase matched is the first of the list that does. */
  each: RegExp[];
  /** All of them at once: most texts match none, and one pass over the text tells. */
  any: RegExp;
}

const compiled = new WeakMap<readonly string[], Compiled>();

function compileAll(phrases: readonly string[]): Compiled {
  let regexes = compiled.get(phrases);
  if (!regexes) {
    const bodies = phrases.map((phrase) => {
      const prefix = phrase.endsWith('*');
      const body = normalise(prefix ? phrase.slice(0, -1) : phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return `${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`;
    });
    regexes = {
      each: bodies.map((body) => new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'u')),
      any: new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.map((body) => `(?:${body})`).join('|')})`, 'u'),
    };
    compiled.set(phrases, regexes);
  }
  return regexes;
}

function compile(phrases: readonly string[]): RegExp[] {
  return compileAll(phrases).each;
}

/** The first vocabulary phrase found in `text` (on word boundaries, accent- and case-insensitive), or null. */
export function matchPhrase(text: string, phrases: readonly string[]): string | null {
  const normalised = normalise(text);
  const { each, any } = compileAll(phrases);
  if (!any.test(normalised)) return null;
  for (let i = 0; i < each.length; i++) if (each[i]!.test(normalised)) return phrases[i]!;
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
