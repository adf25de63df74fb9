/**
 * Text: the one normal form every matched vocabulary is written in, and the phrase builders the lists
 * use. Phrases are lower case and without accents; they are matched against text passed through
 * `normalise`. A phrase ending in `*` matches as a prefix ("propon*" matches "propón", "proponer").
 */

/** Lower case, accents removed, whitespace collapsed: the form every vocabulary entry is written in. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
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
