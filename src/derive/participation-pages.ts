/**
 * The participation pages: pages that explain a participation mechanism (what it is, how to take part), each
 * with the heading that names it and the text under that heading; and the pages that only mention one.
 * Read by participation-info and participation-contact.
 */
import { PUBLICATION_DATE_LINE } from '../vocabulary/dates.ts';
import { LAW_TEXT_START } from '../vocabulary/legal.ts';
import { NEWS_URL_PATTERNS, PARTICIPATION_EXPLANATION_CUES, PARTICIPATION_MECHANISMS } from '../vocabulary/participation.ts';
import type { PageArtifact } from '../gather/artifacts.ts';
import { findContacts } from '../gather/contacts.ts';
import { isLegalCitation, matchPhrase, normalise, wordsOf } from '../vocabulary/match.ts';

export interface ParticipationPage {
  page: PageArtifact;
  /** The title or heading that names a mechanism. */
  heading: string;
  mechanism: string;
  /** The text blocks that heading introduces: the whole body for the page's title or main heading. */
  blocks: string[];
}

const MIN_PARTICIPATION_WORDS = 60;
const MAX_HEADING_WORDS = 15;
/** Words of explanation (not law text) under the mechanism heading: a news teaser's one sentence is not enough. */
const MIN_EXPLAINING_WORDS = 30;
/** A paragraph this long under a mechanism heading explains it, even without a cue like "¿Qué es?". */
const MIN_EXPLAINING_BLOCK_WORDS = 15;
const MAX_DATE_LINE_WORDS = 12;

/** "09/05/2016", "Publicado el 9 de mayo de 2016 en Noticias": the dateline under a news headline. */
function isDateLine(block: string): boolean {
  return wordsOf(block).length <= MAX_DATE_LINE_WORDS && PUBLICATION_DATE_LINE.test(normalise(block));
}

/** A quoted article or fraction ("Artículo 5.- Son mecanismos…"), or a law's name in capitals ("REGLAMENTO DE …"). */
function isLawText(block: string): boolean {
  const letters = block.replace(/[^\p{L}]/gu, '');
  return LAW_TEXT_START.test(normalise(block)) || (letters.length >= 12 && letters === letters.toUpperCase());
}

/**
 * A news item reports an event ("Entrega … obras del Presupuesto Participativo"); it does not explain a
 * mechanism or how to take part, even when it names one. Known by its URL (noticias, boletines, ?p=123) or by
 * a dateline under its main heading.
 */
export function isNewsItem(page: PageArtifact): boolean {
  if (page.isHome) return false;
  if (NEWS_URL_PATTERNS.some((p) => p.test(page.url))) return true;
  const main = page.headings[0];
  const at = main === undefined ? -1 : page.textBlocks.findIndex((b) => normalise(b) === normalise(main));
  return at >= 0 && isDateLine(page.textBlocks[at + 1] ?? '');
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
 * Explanatory text: 30+ words that are not law text, a dateline or a bare contact line, with a cue of what
 * the mechanism is or how to take part, or a paragraph of 15+ words.
 */
function explains(blocks: string[]): boolean {
  const cue = (b: string) => matchPhrase(b, PARTICIPATION_EXPLANATION_CUES) !== null;
  const prose = blocks.filter((b) => !isLawText(b) && !isDateLine(b) && (cue(b) || findContacts(b).length === 0));
  const words = prose.reduce((sum, b) => sum + wordsOf(b).length, 0);
  return words >= MIN_EXPLAINING_WORDS && prose.some((b) => cue(b) || wordsOf(b).length >= MIN_EXPLAINING_BLOCK_WORDS);
}

/**
 * Pages that describe a participation mechanism: the title or a heading names one (not as a legal citation),
 * and the text it introduces explains what it is or how to take part ("¿Qué es?", "requisitos", "se eligen en
 * asamblea", "inscríbete", or a real paragraph). Not counted: a regulation page
 * that only quotes "Artículo 5.- Son mecanismos…: I. Plebiscito; …", a fraction heading "Fracción XXXVII. Los
 * mecanismos de participación ciudadana", a news item or a home-page teaser about a ceremony, a menu label.
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
    const explained =
      page.wordCount >= MIN_PARTICIPATION_WORDS && !isNewsItem(page) ? sections.find((s) => explains(s.blocks)) : undefined;
    if (explained) pages.push(explained);
    else if (sections.length || matchPhrase(page.text, PARTICIPATION_MECHANISMS)) mentions.push(page);
  }
  return { pages, mentions };
}
