/**
 * Where posts are in a page's markup, for the posts gatherer (what they say, when) and the social gatherer
 * (links inside a post are its content, not accounts the portal links): inside embedded timelines and single
 * embeds, and — as portals that render a timeline themselves show them ("Últimos tweets" lists) — any small
 * element holding one status permalink and a date ("1 may. 2016", `<time datetime>`, "hace 3 días").
 */
import type { Element } from 'domhandler';
import { classifySocialUrl } from '../platforms/social-urls.ts';
import { normalise } from '../vocabulary/text.ts';
import { isoAttributeDate, parseEnglishDate, parseSpanishDates } from './dateParse.ts';
import { isElement, visibleText, type ParsedPage } from './dom.ts';
import { header, resolveUrl } from './url.ts';

export const TIMELINE_SELECTOR = '.twitter-timeline, .fb-page, .fb-like-box, [data-timeline], .social-feed, .instagram-feed';
export const SINGLE_EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, .fb-post';

/** A post a page renders itself is short: a tweet, a status with its date and author. */
const MAX_PLAIN_POST_CHARS = 700;
/** How far above its permalink a post's element may be (link → time/span → li). */
const MAX_PLAIN_POST_DEPTH = 4;

const plainPosts = new WeakMap<ParsedPage, Element[]>();

/** The status permalink a link is (twitter.com/<account>/status/<id>, a Facebook post), or null. */
function permalinkOf(parsed: ParsedPage, a: Element): string | null {
  const href = resolveUrl(a.attribs.href ?? '', parsed.baseUrl);
  const target = href ? classifySocialUrl(href) : null;
  return target?.kind === 'post' && href ? href : null;
}

/**
 * Elements outside embeds that hold one post each: the smallest ancestor of a status permalink that also
 * holds a date, and no other permalink.
 */
export function plainPostElements(parsed: ParsedPage): Element[] {
  const cached = plainPosts.get(parsed);
  if (cached) return cached;
  const { $ } = parsed;
  const found = new Set<Element>();
  for (const a of $('a[href]').toArray() as Element[]) {
    const permalink = permalinkOf(parsed, a);
    if (!permalink || $(a).closest(`${TIMELINE_SELECTOR}, ${SINGLE_EMBED_SELECTOR}`).length) continue;
    let node = a.parent;
    for (let depth = 0; node && isElement(node) && depth < MAX_PLAIN_POST_DEPTH && node.name !== 'body'; depth++, node = node.parent) {
      const permalinks = new Set(($(node).find('a[href]').toArray() as Element[]).map((l) => permalinkOf(parsed, l)).filter(Boolean));
      if (permalinks.size > 1) break;
      const text = visibleText(node);
      if (text.length > MAX_PLAIN_POST_CHARS) break;
      if (postDate(parsed, node, text, visibleText(a))) {
        found.add(node);
        break;
      }
    }
  }
  const outer = [...found].filter((el) => ![...found].some((other) => other !== el && isAncestor(other, el)));
  plainPosts.set(parsed, outer);
  return outer;
}

export function isAncestor(ancestor: Element, el: Element): boolean {
  for (let node = el.parent; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

const RELATIVE = /\bhace\s+(\d+|un|una|dos|tres|cuatro|cinco|seis)\s+(minutos?|horas?|dias?|semanas?)\b/;
const NUMBER_WORDS: Record<string, number> = { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6 };

/**
 * When the page said "now": the archive's capture time for a replayed page; else the server's own clock (the Date
 * header — a page rendered on the server counts "hace 3 días" from it); else when it was fetched.
 */
function shownAt(page: ParsedPage['page']): number {
  const captured = page.archived?.timestamp;
  if (captured && /^\d{14}$/.test(captured)) {
    const iso = `${captured.slice(0, 4)}-${captured.slice(4, 6)}-${captured.slice(6, 8)}T${captured.slice(8, 10)}:${captured.slice(10, 12)}:${captured.slice(12, 14)}Z`;
    if (!Number.isNaN(Date.parse(iso))) return Date.parse(iso);
  }
  const served = Date.parse(header(page.headers, 'date') ?? '');
  return Number.isNaN(served) ? Date.parse(page.fetchedAt) : served;
}

/** "hace 3 días" as the day it was shown: counted back from when the page said it (see shownAt). */
function relativeDate(text: string, page: ParsedPage['page']): string | null {
  const m = RELATIVE.exec(normalise(text));
  const fetched = shownAt(page);
  if (!m || Number.isNaN(fetched)) return null;
  const n = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
  const unit = m[2]!.startsWith('semana') ? 7 * 86_400_000 : m[2]!.startsWith('dia') ? 86_400_000 : m[2]!.startsWith('hora') ? 3_600_000 : 60_000;
  return new Date(fetched - n * unit).toISOString().slice(0, 10);
}

/** When a post was made: a machine-readable date, else its permalink's or its own text's date. */
export function postDate(parsed: ParsedPage, el: Element, text: string, permalinkText: string): string | null {
  const time = parsed.$(el).find('time[datetime]').first().attr('datetime') ?? parsed.$(el).find('[data-time], [data-date]').first().attr('data-date');
  const fromAttribute = isoAttributeDate(time);
  if (fromAttribute) return fromAttribute;
  const unixTime = parsed.$(el).find('[data-time]').first().attr('data-time');
  if (unixTime && /^\d{9,10}$/.test(unixTime)) return new Date(Number(unixTime) * 1000).toISOString().slice(0, 10);
  for (const candidate of [permalinkText, text]) {
    const spanish = parseSpanishDates(candidate)[0];
    if (spanish) return spanish.date;
    // Twitter's embed code writes the date in English ("March 16, 2017").
    const english = parseEnglishDate(candidate);
    if (english) return english;
  }
  return relativeDate(`${permalinkText} ${text}`, parsed.page);
}
