/**
 * plain-language: the section reads as plain Spanish and does not label its information only with legal
 * citations or codes.
 * - Readability: Fernández-Huerta (readability.ts) over the running text of all section pages must reach 60,
 *   the lower edge of "normal" on its scale (60–70). INFLESZ puts "normal" at 55–65 on a scale computed
 *   almost identically, so 60 on Fernández-Huerta is the stricter reading of "at least normal".
 * - Labels: if more than half of the section's labels (headings, link texts in the page body, file-link
 *   texts) are bare legal citations ("Art. 8 Fr. V inciso c)", "Fracción XXXVII") or bare codes ("PEE-2015
 *   Cap. 1000-6000", "SAO-DS-2015") the section fails whatever its score; a citation or code followed by an
 *   explanation ("Fracción V. Presupuesto de egresos") is fine.
 * - The site's template is not the section's text: in table layouts without header/nav/footer markup the menu,
 *   sidebar and footer come through as running text of every page (the site-template fact, src/derive/site-template.ts), and their
 *   short words would lift the score and their links dilute the labels.
 * - Only prose is scored: blocks (paragraphs, list items, cells) of at least 6 words, each ending a sentence.
 *   Labels and titles are short by nature and are judged by the citation rule above; scoring a list of
 *   titles as one run-on sentence would fail any catalogue.
 * - Fewer than 30 words of running text (three short sentences) is too little to score: unknown. With the
 *   template left out a section's own prose is short: a landing paragraph and the descriptions in its table.
 */
import type { LinkArtifact, PageArtifact } from '../../src/gather/artifacts.ts';
import type { FoundSection } from '../../src/derive/index.ts';
import { defineIndicator, fail, pass, unknown } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { isLegalCitation, normalise } from '../../src/vocabulary/match.ts';
import { quoteList, toEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { sharedMsg } from '../shared-messages.ts';
import { readability } from '../readability.ts';
import { METADATA_SENTENCE_STARTS } from '../../src/vocabulary/dates.ts';
import { LEGAL_CITATION_PATTERNS } from '../../src/vocabulary/legal.ts';
import { GENERIC_LINK_TEXTS, SERIES_NOISE_WORDS } from '../../src/vocabulary/link-texts.ts';

const messages = defineMessages('plain-language', {
  'bare-citations': {
    es: '{bare} de {labels} etiquetas de la sección son citas legales o claves sin explicación ({examples})',
    en: '{bare} of {labels} labels in the section are bare legal citations or codes ({examples})',
  },
  'bare-citation': { es: 'cita legal o clave sin explicación', en: 'bare legal citation or code' },
  'too-little-text': {
    es: 'Solo hay {words} {words:palabra|palabras} y {sentences} {sentences:oración|oraciones} en {pages} {pages:página|páginas} de la sección: muy poco texto corrido para juzgar su legibilidad',
    en: 'only {words} {words:word|words}, {sentences} {sentences:sentence|sentences} on {pages} section {pages:page|pages}: too little running text to judge its readability',
  },
  score: {
    es: 'Fernández-Huerta {score} (“{band}”) sobre {words} palabras y {sentences} {sentences:oración|oraciones} en {pages} {pages:página|páginas} de la sección',
    en: 'Fernández-Huerta {score} (“{band}”) over {words} words, {sentences} {sentences:sentence|sentences} on {pages} section {pages:page|pages}',
  },
  'score-too-low': {
    es: 'Fernández-Huerta {score} (“{band}”) sobre {words} palabras y {sentences} {sentences:oración|oraciones} en {pages} {pages:página|páginas} de la sección; se requiere al menos {min} (“normal”)',
    en: 'Fernández-Huerta {score} (“{band}”) over {words} words, {sentences} {sentences:sentence|sentences} on {pages} section {pages:page|pages}; at least {min} (“normal”) is required',
  },
});
const { msg } = messages;

const MIN_SCORE = 60;
const MIN_WORDS = 30;
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

/** A code token: capitals or digits joined by - / . with a capital in it ("PEE-2015", "1T-3T", "OP-FISM/FORTAMUN-2015"). */
const CODE_TOKEN = /^\(?(?=[^\s]*\p{Lu})[\p{Lu}\d]+(?:[-/.][\p{Lu}\d]+)+\)?[.,;:]?$/u;

/**
 * A code with nothing else: it holds a code token, and fewer than two real words (4+ letters, not format
 * names or periods) are left beside it — "PP-2015 (RFC/Giro)", "SAO-DS-2015"; not "Presupuesto de egresos PEE-2015".
 */
export function isBareCode(label: string): boolean {
  const tokens = label.split(/\s+/);
  if (!tokens.some((t) => CODE_TOKEN.test(t))) return false;
  const words = tokens.filter((t) => !CODE_TOKEN.test(t)).flatMap((t) => normalise(t).match(/\p{L}{4,}/gu) ?? []);
  return words.filter((w) => !NOT_A_LABEL.has(w)).length < 2;
}

/** A citation with nothing else: once the citation is removed, fewer than two real words (4+ letters) remain. */
export function isBareCitation(label: string): boolean {
  if (!isLegalCitation(label)) return false;
  let rest = normalise(label);
  for (const p of LEGAL_CITATION_PATTERNS) rest = rest.replace(new RegExp(p.source, 'g'), ' ');
  const words = (rest.match(/\p{L}{4,}/gu) ?? []).filter((w) => !['fraccion', 'inciso', 'articulo', 'parrafo', 'ley', 'apartado'].includes(w));
  return words.length < 2;
}

/**
 * The section's own pages: a page the landing page reaches only through the site's template (the sidebar of a
 * table layout, on every page) is the site's, not the section's; pages it links from its body, or that are
 * under its path without a link from it, stay.
 */
function ownPages(scope: FoundSection, inBody: (l: LinkArtifact) => boolean): PageArtifact[] {
  const landing = canonicalKey(scope.section.url);
  return scope.pages.filter((p) => {
    const url = canonicalKey(p.url);
    const from = scope.links.filter((l) => canonicalKey(l.pageUrl) === landing && canonicalKey(l.href) === url);
    return url === landing || from.length === 0 || from.some(inBody);
  });
}

export default defineIndicator({
  id: 'plain-language',
  needs: ['sectionScope', 'siteTemplate'],
  messages,
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    const template = facts.siteTemplate;
    const inBody = (l: LinkArtifact) => (l.region === 'main' || l.region === 'aside' || l.region === 'unknown') && !template.hasLink(l);
    const pages = ownPages(scope, inBody);
    const urls = new Set(pages.map((p) => canonicalKey(p.url)));
    const inPages = (url: string) => urls.has(canonicalKey(url));
    const blocksOf = (p: PageArtifact) => p.textBlocks.filter((b) => !template.hasBlock(b));
    // A citation or code row is a label however many tokens it has ("LTAIPEZ Art. 11 Fr. XIX inc. a)"): read as
    // prose, split at its dots, it would count as several one-word sentences and lift the score.
    const isLabelRow = (b: string) => !isProse(b) || isBareCitation(b) || isBareCode(b);
    const labelled = [
      ...pages.flatMap((p) => p.headings.filter((h) => !template.hasBlock(h)).map((h) => ({ pageUrl: p.url, text: h, selector: 'h1, h2, h3' }))),
      // Short blocks are the labels of table rows and list items ("Art. 70 Fr. XXI inciso b)" beside a "PDF" link).
      ...pages.flatMap((p) => blocksOf(p).filter(isLabelRow).map((b) => ({ pageUrl: p.url, text: b, selector: '' }))),
      ...scope.links.filter((l) => inPages(l.pageUrl) && inBody(l)),
      ...scope.fileLinks.filter((f) => inPages(f.pageUrl)),
    ].filter((l) => !METADATA_SENTENCE.test(normalise(l.text)) && (isInformativeLabel(l.text) || isBareCode(l.text)));
    const distinct = [...new Map(labelled.map((l) => [normalise(l.text), l])).values()];
    const bare = distinct.filter((l) => isBareCitation(l.text) || isBareCode(l.text));
    if (distinct.length >= MIN_LABELS && bare.length * 2 > distinct.length)
      return fail(
        msg('bare-citations', { bare: bare.length, labels: distinct.length, examples: quoteList(bare.map((l) => l.text)) }),
        bare.slice(0, 3).map((l) => toEvidence(l, msg('bare-citation'))),
      );

    const text = proseOf(pages.flatMap(blocksOf).filter((b) => !isLabelRow(b)));
    const score = readability(text);
    const where = { words: score.words, sentences: score.sentences, pages: pages.length };
    if (score.words < MIN_WORDS)
      return unknown(msg('too-little-text', where), [{ url: scope.section.url, text: '', note: sharedMsg('section-landing-page') }]);
    // The band is the Spanish name of the scale's step ("algo difícil"): a term of the formula, kept as is.
    const summary = { ...where, score: score.fernandezHuerta.toFixed(1), band: score.band };
    const evidence = [{ url: scope.section.url, text: '', note: msg('score', summary) }];
    return score.fernandezHuerta >= MIN_SCORE ? pass(evidence) : fail(msg('score-too-low', { ...summary, min: MIN_SCORE }), evidence);
  },
});
