/**
 * plain-language: the section reads as plain Spanish and does not label its information only with legal
 * citations or codes.
 * - Readability: Fernández-Huerta (readability.ts) over the running text of all section pages must reach 60,
 *   the lower edge of "normal" on its scale (60–70). INFLESZ puts "normal" at 55–65 on a scale computed
 *   almost identically, so 60 on Fernández-Huerta is the stricter reading of "at least normal".
 * - Labels: if more than half of the section's labels (headings, link texts in the page body, file-link
 *   texts) are bare legal citations ("Art. 8 Fr. V inciso c)", "Fracción XXXVII") the section fails
 *   whatever its score; a citation followed by an explanation ("Fracción V. Presupuesto de egresos") is fine.
 * - Fewer than 50 words of running text is too little to score: unknown.
 */
import { defineIndicator, fail, pass, unknown } from './define.ts';
import { isLegalCitation, isOutcome, normalise, quoteList, sectionScope, toEvidence } from './shared.ts';
import { readability } from './readability.ts';
import { LEGAL_CITATION_PATTERNS } from './vocabulary.ts';

const MIN_SCORE = 60;
const MIN_WORDS = 50;
const MIN_LABELS = 4;

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
      ...artifacts.links.filter((l) => scope.has(l.pageUrl) && (l.region === 'main' || l.region === 'aside' || l.region === 'unknown')),
      ...artifacts.fileLinks.filter((f) => scope.has(f.pageUrl)),
    ].filter((l) => l.text.trim() !== '');
    const distinct = [...new Map(labelled.map((l) => [normalise(l.text), l])).values()];
    const bare = distinct.filter((l) => isBareCitation(l.text));
    if (distinct.length >= MIN_LABELS && bare.length * 2 > distinct.length)
      return fail(
        `${bare.length} of ${distinct.length} labels in the section are bare legal citations (${quoteList(bare.map((l) => l.text))})`,
        bare.slice(0, 3).map((l) => toEvidence(l)),
      );

    const text = scope.pages.map((p) => p.text).join('. ');
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
