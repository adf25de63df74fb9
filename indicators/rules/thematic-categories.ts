/**
 * thematic-categories: the section groups its collections under at least two named topics.
 * Topics are read from (a) category links on section pages — hrefs with a group/category/theme/tag
 * parameter or path, as CKAN (/group/…, ?groups=), DKAN and Joomla K2 (/itemlist/category/…) build them —
 * and (b) headings that name a topic (vocabulary TOPIC_NAMES) on the landing page or on a category page.
 * Judgement call: headings on dataset sub-pages are dataset titles, not categories, and so is a heading that
 * opens the item a file is offered in (a card "Sueldos del personal · … · Descargar: PDF" in a flat list), and an unrestricted
 * heading count would let any explanatory page ("¿Qué son los datos abiertos?", "Beneficios") pass.
 * Judgement call: a topic names a subject, so a label counts only with a word that can name one — not only
 * format words ("CSV", "Excel"), period words ("Ejercicio 2016", "Primer trimestre", "Trimestre IV"),
 * numbers, catalogue chrome ("Sin categoría", "Otros") or an office-hours label ("Horario de atención").
 * A catalogue's own subjects ("Panteones", "Mercados") are not all in TOPIC_NAMES, so category links need
 * such a word, headings a topic name.
 */
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { isLegalCitation, matchPhrase, normalise, wordsOf } from '../../src/vocabulary/match.ts';
import { quoteList, toEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { FORMAT_WORDS, GENERIC_HEADINGS, GENERIC_LINK_TEXTS, PERIOD_WORDS, ROMAN_NUMERAL } from '../../src/vocabulary/link-texts.ts';
import { NON_TOPIC_WORDS, TOPIC_NAMES } from '../../src/vocabulary/topics.ts';

const messages = defineMessages('thematic-categories', {
  'category-link': { es: 'enlace a una categoría', en: 'category link' },
  'topic-heading': { es: 'título que nombra un tema', en: 'heading naming a topic' },
  topics: { es: '{topics} temas: {names}', en: '{topics} topics: {names}' },
  'too-few': {
    es: '{topics:Se encontró|Se encontraron} {topics} {topics:tema con nombre|temas con nombre}{found} en {pages} {pages:página|páginas} de la sección; títulos revisados: {headings}; se necesitan al menos {required} temas (enlaces a categorías o títulos de temas)',
    en: 'found {topics} named {topics:topic|topics}{found} on {pages} section {pages:page|pages}; headings looked at: {headings}; at least {required} topics (category links or topic headings) are needed',
  },
  'found-names': { es: ' ({names})', en: ' ({names})' },
  'no-headings': { es: 'ninguno', en: 'none' },
});
const { msg } = messages;

const REQUIRED = 2;
const MAX_LABEL_WORDS = 6;
const CATEGORY_URL =
  /[?&](?:groups?|tags?|categor(?:y|ia|ias|ies)|temas?|topics?|sector)=|\/(?:groups?|categor(?:y|ia|ias|ies)|temas?|topics?|tags?|etiquetas?)\/|\/itemlist\/category\//i;

const NOT_SUBJECT = new Set<string>([...NON_TOPIC_WORDS, ...PERIOD_WORDS, ...FORMAT_WORDS]);

/** A word of a label (numbers already removed) that can name a subject: not a roman numeral, a format, period or catalogue word. */
function canNameSubject(word: string): boolean {
  return word.length >= 3 && !ROMAN_NUMERAL.test(word) && !NOT_SUBJECT.has(word);
}

/**
 * "Finanzas (12)" → { label: "finanzas", subject: "finanzas" }; null when the label cannot name a topic. Topics
 * are told apart by their subject words, so "Obras públicas 2016" and "Obras públicas 1er trimestre" are one.
 */
function topicLabel(text: string): { label: string; subject: string } | null {
  const label = normalise(text).replace(/\(?\d+\)?/g, ' ').replace(/\s+/g, ' ').trim();
  if (!label || label.split(' ').length > MAX_LABEL_WORDS) return null;
  if (matchPhrase(label, GENERIC_HEADINGS) || matchPhrase(label, GENERIC_LINK_TEXTS) || isLegalCitation(label)) return null;
  const subject = wordsOf(label).filter(canNameSubject).join(' ');
  return subject ? { label, subject } : null;
}

export default defineIndicator({
  id: 'thematic-categories',
  needs: ['sectionScope'],
  messages,
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    // Keyed by subject words; each topic keeps the label a reader is shown.
    const topics = new Map<string, { label: string; evidence: Evidence }>();
    for (const link of scope.links) {
      if (!CATEGORY_URL.test(link.href)) continue;
      const topic = topicLabel(link.text);
      if (topic && !topics.has(topic.subject)) topics.set(topic.subject, { label: topic.label, evidence: toEvidence(link, msg('category-link')) });
    }
    const landing = canonicalKey(scope.section.url);
    const headingPages = scope.pages.filter((p) => canonicalKey(p.url) === landing || CATEGORY_URL.test(p.url));
    for (const page of headingPages) {
      const items = scope.fileLinks.filter((f) => f.pageUrl === page.url && f.contextText).map((f) => normalise(f.contextText!));
      const titlesAnItem = (heading: string) => items.some((item) => item.startsWith(normalise(heading)));
      for (const heading of page.headings) {
        if (titlesAnItem(heading)) continue;
        const topic = topicLabel(heading);
        if (topic && matchPhrase(topic.label, TOPIC_NAMES) && !topics.has(topic.subject))
          topics.set(topic.subject, { label: topic.label, evidence: { url: page.url, text: heading.trim(), note: msg('topic-heading') } });
      }
    }
    const names = [...topics.values()].map((t) => t.label);
    const evidence = [...topics.values()].map((t) => t.evidence);
    if (topics.size >= REQUIRED) return pass(evidence.slice(0, 3), msg('topics', { topics: topics.size, names: quoteList(names, 8) }));
    const headings = headingPages.flatMap((p) => p.headings);
    return fail(
      msg('too-few', {
        topics: topics.size,
        found: names.length ? msg('found-names', { names: quoteList(names) }) : '',
        pages: scope.pages.length,
        headings: headings.length ? quoteList(headings, 5) : msg('no-headings'),
        required: REQUIRED,
      }),
      evidence,
    );
  },
});
