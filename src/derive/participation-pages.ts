/**
 * The participation pages: pages that explain a participation mechanism (what it is, how to take part), each
 * with the heading that names it and the text under that heading; and the pages that only mention one.
 * Read by participation-info and participation-contact.
 */
import { PUBLICATION_DATE_LINE } from '../vocabulary/dates.ts';
import { LAW_TEXT_START } from '../vocabulary/legal.ts';
import {
  DEFINITION_STARTS,
  FINITE_VERBS,
  NARRATIVE_VERBS,
  NEWS_URL_PATTERNS,
  PARTICIPATION_HOW,
  PARTICIPATION_MECHANISMS,
  PARTICIPATION_WHEN_WHERE,
  PARTICIPATION_WHO,
} from '../vocabulary/participation.ts';
import type { PageArtifact } from '../gather/artifacts.ts';
import { findContacts } from '../gather/contacts.ts';
import { findPhrases, isLegalCitation, matchPhrase, normalise, wordsOf } from '../vocabulary/match.ts';

export interface ParticipationPage {
  page: PageArtifact;
  /** The title or heading that names a mechanism. */
  heading: string;
  mechanism: string;
  /** The text blocks that heading introduces: the whole body for the page's title or main heading. */
  blocks: string[];
}

const MAX_HEADING_WORDS = 15;
const MAX_DATE_LINE_WORDS = 12;
/** How many blocks under a headline may hold its dateline. */
const DATELINE_REACH = 3;
/** An article-info line: "Detalles", "Escrito por Comunicación Social" — not a paragraph. */
const MAX_ARTICLE_INFO_WORDS = 5;
/** What an explanation says of a mechanism: what it is, who takes part, when or where, how. */
type Evidence = 'what' | 'who' | 'when-where' | 'how';
const FINITE = new Set<string>(FINITE_VERBS);
const NARRATIVE = new Set<string>(NARRATIVE_VERBS);
/** Before a mechanism named as the subject of its sentence: "El…", "En los…", "Cada…". */
const SUBJECT_LEAD = /^(?:(?:en|con|para|mediante|a traves de) )?(?:(?:el|la|los|las|un|una|cada|su|tu|nuestro|nuestra) )?$/;
/** A sentence that begins as a definition of the heading's mechanism ("¿Qué es?", "Es una sesión…", "Lo forman…"). */
const DEFINITION_START = new RegExp(`^(?:${DEFINITION_STARTS.map((d) => (d.endsWith('*') ? d.slice(0, -1) : `${d}(?![\\p{L}])`)).join('|')})`, 'u');

/** "09/05/2016", "Publicado el 9 de mayo de 2016 en Noticias": the dateline under a news headline. */
function isDateLine(block: string): boolean {
  return wordsOf(block).length <= MAX_DATE_LINE_WORDS && PUBLICATION_DATE_LINE.test(normalise(block));
}

/** A quoted article or fraction ("Artículo 5.- Son mecanismos…"), or a law's name in capitals ("REGLAMENTO DE …"). */
function isLawText(block: string): boolean {
  const letters = block.replace(/[^\p{L}]/gu, '');
  return LAW_TEXT_START.test(normalise(block)) || (letters.length >= 12 && letters === letters.toUpperCase());
}

/** A block's sentences, split after . ! ? ("¿Qué es? El presupuesto participativo es…" is two). */
function sentencesOf(block: string): string[] {
  return block.split(/(?<=[.!?])\s+/u).filter((s) => wordsOf(s).length > 0);
}

/** A finite verb: the copula, an auxiliary or a verb of taking part ("es", "pueden", "eligen"), or an impersonal "se elige". */
function hasFiniteVerb(normalised: string): boolean {
  return wordsOf(normalised).some((w) => FINITE.has(w)) || /(?<![\p{L}])se [\p{L}]{3,}/u.test(normalised);
}

/** A sentence a news report narrates, in the preterite ("entregó", "asistieron", "dijo"). */
function isNarrative(sentence: string): boolean {
  const words = sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.some((w) => /\p{L}{3}ó$/u.test(w) || /\p{L}{2}(?:aron|ieron)$/u.test(w) || NARRATIVE.has(normalise(w)));
}

/**
 * What one sentence says of the mechanism its section names: nothing (null) unless it is a sentence — a
 * finite verb, not narrated in the preterite like a news report; then what it is (a definition whose subject
 * is the mechanism, "El cabildo abierto es…", "En el comité los vecinos…", or the heading, "Es una sesión…",
 * "Lo forman…"), who takes part, when or where, how.
 */
function evidenceOf(sentence: string, mechanism: string): Evidence[] | null {
  const t = normalise(sentence);
  if (!hasFiniteVerb(t) || isNarrative(sentence)) return null;
  const head = mechanism.split(' ')[0]!;
  const lead = t.replace(/^[^\p{L}]+/u, '');
  const subject =
    DEFINITION_START.test(lead) ||
    [...findPhrases(t, PARTICIPATION_MECHANISMS), ...findPhrases(t, [`${head}*`])].some((m) => SUBJECT_LEAD.test(t.slice(0, m.index)));
  const found: Evidence[] = [];
  if (subject) found.push('what');
  if (matchPhrase(t, PARTICIPATION_WHO)) found.push('who');
  if (matchPhrase(t, PARTICIPATION_WHEN_WHERE)) found.push('when-where');
  if (matchPhrase(t, PARTICIPATION_HOW)) found.push('how');
  return found;
}

/**
 * A news item reports an event ("Entrega … obras del Presupuesto Participativo"); it does not explain a
 * mechanism or how to take part, even when it names one. Known by its URL (noticias, boletines, ?p=123), by
 * a dateline under its main heading (within the article-info lines of a CMS template), or by a dateline further down ("Publicado el 9 de mayo de 2016" closing
 * the report) under a main heading whose sentences mostly narrate in the preterite.
 */
export function isNewsItem(page: PageArtifact): boolean {
  if (page.isHome) return false;
  if (NEWS_URL_PATTERNS.some((p) => p.test(page.url))) return true;
  const main = page.headings[0];
  const at = main === undefined ? -1 : page.textBlocks.findIndex((b) => normalise(b) === normalise(main));
  if (at < 0) return false;
  // CMS templates put a line or two of article info between the headline and its date ("Detalles", "Escrito por").
  const under = page.textBlocks.slice(at + 1, at + 1 + DATELINE_REACH);
  const dateAt = under.findIndex(isDateLine);
  if (dateAt >= 0 && under.slice(0, dateAt).every((b) => wordsOf(b).length <= MAX_ARTICLE_INFO_WORDS)) return true;
  const body = page.textBlocks.slice(at + 1);
  if (!body.some(isDateLine)) return false;
  const sentences = body.filter((b) => !isLawText(b)).flatMap(sentencesOf);
  const narrative = sentences.filter(isNarrative).length;
  return narrative > 0 && narrative >= sentences.filter((s) => !isNarrative(s) && hasFiniteVerb(normalise(s))).length;
}

/**
 * Headings that name a mechanism, each with the blocks it introduces. The title and the main heading of a
 * page introduce its whole body; any other heading (and every heading of the home page, a collection of
 * teasers) the blocks up to the next heading that names no mechanism ("Comités vecinales" then "Cabildo
 * abierto" then "Informes" on a participation page: the first two are read together). A heading with a
 * dateline under it is a news headline.
 */
function mechanismSections(page: PageArtifact): ParticipationPage[] {
  const names = (h: string) => (wordsOf(h).length <= MAX_HEADING_WORDS && !isLegalCitation(h) ? matchPhrase(h, PARTICIPATION_MECHANISMS) : null);
  const headings = new Set(page.headings.map(normalise));
  const blocks = page.textBlocks;
  const isHeading = (b: string) => headings.has(normalise(b));
  const sections: ParticipationPage[] = [];
  const mainAt = page.headings[0] === undefined ? -1 : blocks.findIndex((b) => normalise(b) === normalise(page.headings[0]!));
  const titleMechanism = page.isHome ? null : names(page.title);
  if (titleMechanism) sections.push({ page, heading: page.title, mechanism: titleMechanism, blocks: blocks.slice(mainAt + 1) });
  blocks.forEach((block, at) => {
    const mechanism = isHeading(block) ? names(block) : null;
    if (!mechanism || isDateLine(blocks[at + 1] ?? '')) return;
    const whole = at === mainAt && !page.isHome;
    const end = blocks.findIndex((b, i) => i > at && isHeading(b) && !names(b));
    sections.push({ page, heading: block, mechanism, blocks: blocks.slice(at + 1, whole || end < 0 ? undefined : end) });
  });
  return sections;
}

/**
 * Explanatory text: at least two sentences (law text, datelines and bare contact lines left out) that
 * between them say what the mechanism is or how to take part, and something more (who, when or where). A
 * single sentence is a teaser or a stub, however much it packs. A home-page teaser announces; it counts only
 * when it defines the mechanism.
 */
function explains(section: ParticipationPage): boolean {
  const kinds = new Set<Evidence>();
  let sentences = 0;
  for (const block of section.blocks) {
    if (isLawText(block) || isDateLine(block)) continue;
    for (const sentence of sentencesOf(block)) {
      const evidence = evidenceOf(sentence, section.mechanism);
      if (!evidence?.length || (findContacts(sentence).length > 0 && !evidence.includes('how'))) continue;
      sentences++;
      evidence.forEach((e) => kinds.add(e));
    }
  }
  if (!kinds.has('what') && !kinds.has('how')) return false;
  if (section.page.isHome && !kinds.has('what')) return false;
  return sentences >= 2 && kinds.size >= 2;
}

/**
 * Pages that describe a participation mechanism: the title or a heading names one (not as a legal citation),
 * and the text it introduces explains it: sentences that say what it is or how to take part, and who, when or
 * where ("Cada año los vecinos deciden qué obras se hacen en su colonia. Lo forman doce ciudadanos…"), however
 * short and whatever words they choose. Not counted: a list of the mechanisms' names, a regulation page that
 * quotes its articles ("Artículo 5.- Son mecanismos…: I. Plebiscito; …", "Artículo 43.- Podrán votar los
 * vecinos…"), a fraction heading "Fracción XXXVII. Los mecanismos de participación ciudadana", a news item
 * (however it is dated) or a home-page teaser about a ceremony, a menu label.
 */
export interface ParticipationPages {
  /** Pages that explain a mechanism, with the first heading that does. */
  pages: ParticipationPage[];
  /** Pages that name a mechanism without explaining it. */
  mentions: PageArtifact[];
}

export function deriveParticipationPages({ pages: all }: { pages: readonly PageArtifact[] }): ParticipationPages {
  const pages: ParticipationPage[] = [];
  const mentions: PageArtifact[] = [];
  for (const page of all) {
    const sections = mechanismSections(page);
    const explained = isNewsItem(page) ? undefined : sections.find(explains);
    if (explained) pages.push(explained);
    else if (sections.length || matchPhrase(page.text, PARTICIPATION_MECHANISMS)) mentions.push(page);
  }
  return { pages, mentions };
}
