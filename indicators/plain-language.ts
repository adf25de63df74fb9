/**
 * plain-language: the section reads as plain Spanish and does not label its information only with legal
 * citations or codes.
 * - Readability: Fernández-Huerta (readability.ts) over the running text of all section pages must reach 60,
 *   the lower edge of "normal" on its scale (60–70). INFLESZ puts "normal" at 55–65 on a scale computed
 *   almost identically, so 60 on Fernández-Huerta is the stricter reading of "at least normal".
 * - Labels: if more than half of the section's labels (headings, link texts in the page body, file-link
 *   texts) are bare legal citations ("Art. 8 Fr. V inciso c)", "Fracción XXXVII") the section fails
 *   whatever its score; a citation followed by an explanation ("Fracción V. Presupuesto de egresos") is fine.
 * - Only prose is scored: blocks (paragraphs, list items, cells) of at least 6 words, each ending a sentence.
 *   Labels and titles are short by nature and are judged by the citation rule above; scoring a list of
 *   titles as one run-on sentence would fail any catalogue.
 * - Fewer than 50 words of running text is too little to score: unknown.
 */
import { defineIndicator, fail, pass, unknown } from './define.ts';
import { isLegalCitation, isOutcome, normalise, quoteList, sectionScope, toEvidence } from './shared.ts';
import { readability } from './readability.ts';
import { GENERIC_LINK_TEXTS, LEGAL_CITATION_PATTERNS, METADATA_SENTENCE_STARTS, SERIES_NOISE_WORDS } from './vocabulary.ts';

const MIN_SCORE = 60;
const MIN_WORDS = 50;
const MIN_LABELS = 4;
const MIN_PROSE_BLOCK_WORDS = 6;

const NOT_A_LABEL = new Set<string>([...SERIES_NOISE_WORDS, ...GENERIC_LINK_TEXTS]);

function isProse(block: string): boolean {
  return (block.match(/\p{L}+/gu) ?? []).length >= MIN_PROSE_BLOCK_WORDS;
}

/** A label that names information: a citation, or a real word beyond format names, periods and "Descargar". */
function isInformativeLabel(text: string): boolean {
  if (isLegalCitation(text)) return true;
  return (normalise(text).match(/\p{L}{4,}/gu) ?? []).some((w) => !NOT_A_LABEL.has(w));
}

/** Update stamps and similar metadata: sentences that start like these are not prose. */
const METADATA_SENTENCE = new RegExp(`^(${METADATA_SENTENCE_STARTS.join('|')})\\b`);

/**
 * The section's prose: blocks of 6+ words, each closed as a sentence, without update stamps
 * ("Fecha de actualización: 25/07/2015", "(Actualización 5 abril 2016)"): those are metadata, and
 * their long words would sink the score of the text a citizen actually reads.
 */
export function proseOf(blocks: readonly string[]): string {
  return blocks
    .map((b) => b.replace(/\([^)]*\d[^)]*\)/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(isProse)
    .map((b) => (/[.!?…:;]$/.test(b) ? b : `${b}.`))
    .flatMap((b) => b.match(/[^.!?…]+[.!?…]*/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence && !METADATA_SENTENCE.test(normalise(sentence)))
    .join(' ');
}

/** A citation with nothing else: once the citation is removed, fewer than two real words (4+ letters) remain. */
export function isBareCitation(label: string): boolean {
  if (!isLegalCitation(label)) return false;
  let rest = normalise(label);
  for (const p of LEGAL_CITATION_PATTERNS) rest = rest.replace(new RegExp(p.source, 'g'), ' ');
  const words = (rest.match(/\p{L}{4,}/gu) ?? []).filter((w) => !['fraccion', 'inciso', 'articulo', 'parrafo', 'ley', 'apartado'].includes(w));
  return words.length < 2;
}

export default defineIndicator({
  id: 'plain-language',
  needs: ['section', 'pages', 'links', 'fileLinks'],
  evaluate(artifacts) {
    const scope = sectionScope(artifacts, 'read');
    if (isOutcome(scope)) return scope;
    const labelled = [
      ...scope.pages.flatMap((p) => p.headings.map((h) => ({ pageUrl: p.url, text: h, selector: 'h1, h2, h3' }))),
      // Short blocks are the labels of table rows and list items ("Art. 70 Fr. XXI inciso b)" beside a "PDF" link).
      ...scope.pages.flatMap((p) => p.textBlocks.filter((b) => !isProse(b)).map((b) => ({ pageUrl: p.url, text: b, selector: '' }))),
      ...artifacts.links.filter((l) => scope.has(l.pageUrl) && (l.region === 'main' || l.region === 'aside' || l.region === 'unknown')),
      ...artifacts.fileLinks.filter((f) => scope.has(f.pageUrl)),
    ].filter((l) => isInformativeLabel(l.text));
    const distinct = [...new Map(labelled.map((l) => [normalise(l.text), l])).values()];
    const bare = distinct.filter((l) => isBareCitation(l.text));
    if (distinct.length >= MIN_LABELS && bare.length * 2 > distinct.length)
      return fail(
        `${bare.length} of ${distinct.length} labels in the section are bare legal citations (${quoteList(bare.map((l) => l.text))})`,
        bare.slice(0, 3).map((l) => toEvidence(l)),
      );

    const text = proseOf(scope.pages.flatMap((p) => p.textBlocks));
    const score = readability(text);
    const where = `${score.words} words, ${score.sentences} sentences on ${scope.pages.length} section page(s)`;
    if (score.words < MIN_WORDS)
      return unknown(`only ${where}: too little running text to judge its readability`, [{ url: scope.section.url, text: 'section landing page' }]);
    const summary = `Fernández-Huerta ${score.fernandezHuerta.toFixed(1)} (“${score.band}”) over ${where}`;
    const evidence = [{ url: scope.section.url, text: summary }];
    return score.fernandezHuerta >= MIN_SCORE
      ? pass(evidence)
      : fail(`${summary}; at least ${MIN_SCORE} (“normal”) is required`, evidence);
  },
});
