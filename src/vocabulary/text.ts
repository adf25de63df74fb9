/**
 * Text: the one normal form every matched vocabulary is written in, and the phrase builders the lists
 * use. Phrases are lower case and without accents; they are matched against text passed through
 * `normalise`. A phrase ending in `*` matches as a prefix ("propon*" matches "propón", "proponer").
 */

/**
 * Normal forms already computed. The rules read the same headings, link texts and page texts over and over (22
 * rules and the derived facts, each matching its own vocabulary), and the normal form was a tenth of a site's
 * scoring. Bounded by the characters held: cleared, not evicted one by one, when full.
 */
const normalised = new Map<string, string>();
const MAX_CACHED_CHARS = 16_000_000;
let cachedChars = 0;

/** Lower case, accents removed, whitespace collapsed: the form every vocabulary entry is written in. */
export function normalise(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const form = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (cachedChars + text.length > MAX_CACHED_CHARS) {
    normalised.clear();
    cachedChars = 0;
  }
  normalised.set(text, form);
  cachedChars += text.length;
  return form;
}

/**
 * Every singular/plural combination of each phrase: headings say "Comités de Vecinos", "Consejo Ciudadano",
 * "Consultas públicas" for the same mechanism, so a list written in one number must match the others.
 */
export function withNumberVariants(phrases: readonly string[]): string[] {
  const singular = (w: string) => (/[^aeiou]es$/.test(w) && /[lrndj]$/.test(w.slice(0, -2)) ? w.slice(0, -2) : w.replace(/(?<!s)s$/, ''));
  const plural = (w: string) => (/[aeiou]$/.test(w) ? `${w}s` : /[lrndj]$/.test(w) ? `${w}es` : w.endsWith('s') ? w : `${w}s`);
  const forms = (w: string) => (w.length < 4 ? [w] : [...new Set([w, singular(w), plural(singular(w))])]);
  const variants = (words: string[]): string[] =>
    words.length === 0 ? [''] : forms(words[0]!).flatMap((f) => variants(words.slice(1)).map((rest) => (rest ? `${f} ${rest}` : f)));
  return [...new Set(phrases.flatMap((p) => variants(p.split(' '))))];
}
