/**
 * Spanish readability: a syllable counter and the Fernández-Huerta (1959) reading-ease score.
 *
 * The formula is usually quoted as 206.84 − 0.60·P − 1.02·F with F = "sentences per 100 words", which
 * makes text with more (so shorter) sentences score *harder* — a transcription error (G. Law, LINGUIST
 * List 22.2332, 2011). Fernández-Huerta adapted Flesch (206.835 − 84.6·syllables/word − 1.015·words/sentence),
 * so here F is words per sentence: L = 206.84 − 0.60·(syllables per 100 words) − 1.02·(words per sentence).
 * Scale (Fernández-Huerta): <30 muy difícil, 30–50 difícil, 50–60 algo difícil, 60–70 normal,
 * 70–80 algo fácil, 80–90 fácil, >90 muy fácil.
 */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']); // accented i/u break a diphthong (pa-ís, rí-o)
const WEAK = new Set(['i', 'u', 'ü']);

function isVowel(ch: string): boolean {
  return STRONG.has(ch) || WEAK.has(ch);
}

/**
 * Syllables of one Spanish word: one per vowel nucleus, where adjacent vowels form one nucleus
 * (diphthong/triphthong: "cia", "buey") unless both are strong (hiatus: "po-e-ta", "a-é-re-o").
 * Final "y" after a vowel joins its nucleus ("hoy", "muy"); "y" alone is a word of one syllable.
 * Words without vowels (acronyms like "PNT") count one syllable.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 0;
  if (w === 'y') return 1;
  let count = 0;
  let previous: string | null = null; // previous character if it was a vowel
  for (const ch of w) {
    if (!isVowel(ch)) {
      previous = null;
      continue;
    }
    if (previous === null || (STRONG.has(previous) && STRONG.has(ch))) count++;
    previous = ch;
  }
  return Math.max(count, 1);
}

export interface ReadabilityScore {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta reading ease (see the module comment for F). */
  fernandezHuerta: number;
  /** Band on the Fernández-Huerta scale. */
  band: 'muy difícil' | 'difícil' | 'algo difícil' | 'normal' | 'algo fácil' | 'fácil' | 'muy fácil';
}

/** The step of the Fernández-Huerta scale a score falls on. */
export function bandOf(score: number): ReadabilityScore['band'] {
  if (score < 30) return 'muy difícil';
  if (score < 50) return 'difícil';
  if (score < 60) return 'algo difícil';
  if (score < 70) return 'normal';
  if (score < 80) return 'algo fácil';
  if (score < 90) return 'fácil';
  return 'muy fácil';
}

/**
 * Words are runs of letters (numbers, dates and amounts are left out: they are data, not prose).
 * Sentences end at . ! ? ; … or a bullet/pipe separator; gathered text has lost its line breaks, so list
 * items without punctuation read as one long sentence — which lowers the score of bare lists, as intended.
 */
export function readability(text: string): ReadabilityScore {
  const sentences = text
    .split(/[.!?;…•|]+/)
    .map((s) => s.match(/\p{L}+/gu) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, fernandezHuerta: 0, band: 'muy difícil' };
  const p = (syllables / words.length) * 100;
  const wordsPerSentence = words.length / sentences.length;
  const score = 206.84 - 0.6 * p - 1.02 * wordsPerSentence;
  return { words: words.length, sentences: sentences.length, syllables, fernandezHuerta: score, band: bandOf(score) };
}

