/**
 * plain-language: the section reads as plain Spanish and does not label its information only with legal
 * citations or codes.
 * - Readability: Fernández-Huerta (readability.ts) must reach 60, the lower edge of "normal" on its scale
 *   (60–70). INFLESZ puts "normal" at 55–65 on a scale computed almost identically, so 60 on Fernández-Huerta
 *   is the stricter reading of "at least normal".
 * - Text weighs as a reader meets it, not by how many words each page holds. Every reader of the section meets
 *   its landing page first; a sub-page only the reader who follows its link. So the landing page weighs as much
 *   as all sub-pages together (their prose pooled), and when it holds a full sample of the formula (100 words,
 *   the sample Flesch and Fernández-Huerta measure over) it must reach 60 on its own: a 100-word legal preamble
 *   there fails the section however plain its sub-pages are, since they are read, if at all, only past it. A
 *   shorter landing text weighs in proportion (40 words: a fifth): a few sentences above a catalogue
 *   ("Finanzas públicas: presupuesto, ingresos y nómina") are too small a sample to outweigh the descriptions the
 *   reader meets next — plain portals of the labelled corpus (Querétaro, Veracruz, Tlajomulco) score 40–56 on
 *   such 45–85-word intros and 69–77 overall. A plain landing page is likewise not sunk by one long sub-page
 *   that quotes the law. A landing page with under 30 words of prose leaves the prose to the sub-pages (all
 *   pooled); sub-pages with under 30 leave it to the landing page.
 * - Labels: if more than half of the section's labels (headings, link texts in the page body, file-link
 *   texts) are bare legal citations ("Art. 8 Fr. V inciso c)", "Fracción XXXVII") or bare codes ("PEE-2015
 *   Cap. 1000-6000", "SAO-DS-2015") the section fails whatever its score; a citation or code followed by an
 *   explanation ("Fracción V. Presupuesto de egresos", "Art. 8 Fr. V inciso a) Presupuesto de egresos") is
 *   fine: the reader is told what the information is. One word after the citation ("Art. 8 Fr. V inciso a)
 *   Presupuesto") is still counted bare: which budget, of which year, is left to the law. Labels are met on
 *   every page, so they are counted over all the section's pages, each distinct text once. The names of the
 *   section's files are also judged on their own — what each collection is called, its link text or, when that
 *   only says "CSV", the row it is listed in — so a page's interface words ("Descarga", "Encuentra datos") cannot
 *   outnumber a catalogue of bare citations.
 * - Only short citation rows are labels. A row of a few words that holds a citation or code ("Art. 8 Fr. V
 *   inciso a) Presupuesto de egresos del año") is a label, not prose: read as prose, its abbreviation dots
 *   would count as one-word sentences and lift the score. A long block that cites the law in passing ("Con
 *   fundamento en los artículos 6 y 16 de la Constitución … se publica …") is prose the reader has to get
 *   through, and is scored; the dots of the abbreviations inside it ("Art. 8 Fr. V") do not end sentences.
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
import { bandOf, readability } from '../readability.ts';
import { METADATA_SENTENCE_STARTS } from '../../src/vocabulary/dates.ts';
import { CITATION_ABBREVIATION_DOT, LEGAL_CITATION_PATTERNS } from '../../src/vocabulary/legal.ts';
import { FORMAT_WORDS, GENERIC_LINK_TEXTS, SERIES_NOISE_WORDS } from '../../src/vocabulary/link-texts.ts';
import type { FileLinkArtifact } from '../../src/gather/artifacts.ts';

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
  'landing-score-too-low': {
    es: 'La página de entrada de la sección, la primera que lee quien llega, tiene Fernández-Huerta {score} (“{band}”) sobre {words} palabras y {sentences} {sentences:oración|oraciones}; se requiere al menos {min} (“normal”)',
    en: 'the section’s landing page, the first a reader meets, scores Fernández-Huerta {score} (“{band}”) over {words} words, {sentences} {sentences:sentence|sentences}; at least {min} (“normal”) is required',
  },
  'score-too-low': {
    es: 'Fernández-Huerta {score} (“{band}”) sobre {words} palabras y {sentences} {sentences:oración|oraciones} en {pages} {pages:página|páginas} de la sección; se requiere al menos {min} (“normal”)',
    en: 'Fernández-Huerta {score} (“{band}”) over {words} words, {sentences} {sentences:sentence|sentences} on {pages} section {pages:page|pages}; at least {min} (“normal”) is required',
  },
});
const { msg } = messages;

const MIN_SCORE = 60;
const MIN_WORDS = 30;
/** Fernández-Huerta, like Flesch, is measured over 100-word samples: fewer words are part of a sample, not one. */
const SAMPLE_WORDS = 100;
const MIN_LABELS = 4;
const MIN_PROSE_BLOCK_WORDS = 6;
/** A row holding a citation or code is a label up to this many words; longer, it is prose that cites the law. */
const MAX_CITATION_LABEL_WORDS = 12;

const NOT_A_LABEL = new Set<string>([...SERIES_NOISE_WORDS, ...GENERIC_LINK_TEXTS]);

function isProse(block: string): boolean {
  return (block.match(/\p{L}+/gu) ?? []).length >= MIN_PROSE_BLOCK_WORDS;
}

/** A label that names information: a citation, or a real word beyond format names, periods and "Descargar". */
function isInformativeLabel(text: string): boolean {
  if (isLegalCitation(text)) return true;
  return (normalise(text).match(/\p{L}{4,}/gu) ?? []).some((w) => !NOT_A_LABEL.has(w));
}

const FORMAT = new Set<string>(FORMAT_WORDS);

/**
 * What names a file for its reader: its link text when that says what it holds, else the item it is listed in
 * with the formats and dates taken out — the row "Art. 15 Fr. XXXVIII · CSV · PDF · 2016-04-01" names its file
 * "Art. 15 Fr. XXXVIII".
 */
function fileName(file: FileLinkArtifact): string {
  if (isInformativeLabel(file.text) || !file.contextText) return file.text;
  return file.contextText
    .replace(/\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g, ' ')
    .split(/\s+/)
    .filter((w) => !FORMAT.has(normalise(w).replace(/[^a-z]/g, '')) && !/^[·|,;:()\[\]-]+$/.test(w))
    .join(' ')
    .trim();
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
    .map((b) => b.replace(CITATION_ABBREVIATION_DOT, '$1').replace(/\([^)]*\d[^)]*\)/g, ' ').replace(/\s+/g, ' ').trim())
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
 * A short row that starts with a citation or a code: a label ("Art. 8 Fr. V inciso a) Presupuesto de egresos"),
 * however it is marked up. A description that mentions a code at its end ("Obras del año. Clave OP-2015.") is prose.
 */
function isCitationLabel(block: string): boolean {
  const normalised = normalise(block);
  const startsCiting = LEGAL_CITATION_PATTERNS.some((p) => normalised.search(p) === 0) || CODE_TOKEN.test(block.split(/\s+/)[0] ?? '');
  return startsCiting && (block.match(/\p{L}+/gu) ?? []).length <= MAX_CITATION_LABEL_WORDS;
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
    // A citation or code row is a label however many tokens it has ("LTAIPEZ Art. 11 Fr. XIX inc. a)"), and so is a
    // short row that cites and then names the information; a long block that cites the law in passing is prose.
    const isLabelRow = (b: string) => !isProse(b) || isBareCitation(b) || isBareCode(b) || isCitationLabel(b);
    const labelled = [
      ...pages.flatMap((p) => p.headings.filter((h) => !template.hasBlock(h)).map((h) => ({ pageUrl: p.url, text: h, selector: 'h1, h2, h3' }))),
      // Short blocks are the labels of table rows and list items ("Art. 70 Fr. XXI inciso b)" beside a "PDF" link).
      ...pages.flatMap((p) => blocksOf(p).filter(isLabelRow).map((b) => ({ pageUrl: p.url, text: b, selector: '' }))),
      ...scope.links.filter((l) => inPages(l.pageUrl) && inBody(l)),
      ...scope.fileLinks.filter((f) => inPages(f.pageUrl)),
    ].filter((l) => !METADATA_SENTENCE.test(normalise(l.text)) && (isInformativeLabel(l.text) || isBareCode(l.text)));
    const distinct = [...new Map(labelled.map((l) => [normalise(l.text), l])).values()];
    const bare = distinct.filter((l) => isBareCitation(l.text) || isBareCode(l.text));
    // The names of the section's files are the labels that matter most: what each collection is called. Page chrome
    // ("Descarga", "Encuentra datos") does not dilute them.
    const files = [
      ...new Map(
        scope.fileLinks.filter((f) => inPages(f.pageUrl)).map((f) => ({ ...f, text: fileName(f) })).filter((f) => f.text).map((f) => [normalise(f.text), f]),
      ).values(),
    ];
    const bareFiles = files.filter((f) => isBareCitation(f.text) || isBareCode(f.text));
    const [counted, bareCounted] = files.length >= MIN_LABELS && bareFiles.length * 2 > files.length ? [files, bareFiles] : [distinct, bare];
    if (counted.length >= MIN_LABELS && bareCounted.length * 2 > counted.length)
      return fail(
        msg('bare-citations', { bare: bareCounted.length, labels: counted.length, examples: quoteList(bareCounted.map((l) => l.text)) }),
        bareCounted.slice(0, 3).map((l) => toEvidence(l, msg('bare-citation'))),
      );

    const scoreOf = (ps: readonly PageArtifact[]) => readability(proseOf(ps.flatMap(blocksOf).filter((b) => !isLabelRow(b))));
    const landingKey = canonicalKey(scope.section.url);
    const landingPage = pages.find((p) => canonicalKey(p.url) === landingKey);
    const all = scoreOf(pages);
    const where = { words: all.words, sentences: all.sentences, pages: pages.length };
    if (all.words < MIN_WORDS)
      return unknown(msg('too-little-text', where), [{ url: scope.section.url, text: '', note: sharedMsg('section-landing-page') }]);
    const landing = landingPage ? scoreOf([landingPage]) : undefined;
    const sub = scoreOf(pages.filter((p) => p !== landingPage));
    // The band is the Spanish name of the scale's step ("algo difícil"): a term of the formula, kept as is.
    const evidenceOf = (summary: { words: number; sentences: number; pages: number; score: string; band: string }) => [
      { url: scope.section.url, text: '', note: msg('score', summary) },
    ];
    const landingMet = landing !== undefined && landing.words >= MIN_WORDS;
    // A full sample on the landing page is judged on its own. Sub-pages with prose of their own would otherwise
    // weigh in: say it is the landing page that fails.
    if (landing && landing.words >= SAMPLE_WORDS && sub.words >= MIN_WORDS && landing.fernandezHuerta < MIN_SCORE) {
      const summary = { words: landing.words, sentences: landing.sentences, pages: 1, score: landing.fernandezHuerta.toFixed(1), band: landing.band };
      return fail(msg('landing-score-too-low', { ...summary, min: MIN_SCORE }), evidenceOf(summary));
    }
    // Met first by every reader, the landing page weighs as much as the sub-pages together once it holds a full
    // sample, less as it holds less (a short intro above a catalogue is a few noisy sentences: "Finanzas
    // públicas: presupuesto, ingresos y nómina"), and alone decides when the sub-pages have too little prose.
    const landingWeight = !landingMet ? 0 : sub.words < MIN_WORDS ? 1 : Math.min(1, landing.words / SAMPLE_WORDS) / 2;
    const score = landingMet ? landingWeight * landing.fernandezHuerta + (1 - landingWeight) * sub.fernandezHuerta : all.fernandezHuerta;
    const summary = { ...where, score: score.toFixed(1), band: bandOf(score) };
    const evidence = evidenceOf(summary);
    return score >= MIN_SCORE ? pass(evidence) : fail(msg('score-too-low', { ...summary, min: MIN_SCORE }), evidence);
  },
});
