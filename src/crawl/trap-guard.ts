import { CALENDAR_PARAMS, CALENDAR_PATH_WORDS } from '../vocabulary/urls.ts';

const MAX_QUERY_CHARS = 200;
/** The sitemaps protocol's limit; longer URLs are generated (session blobs, base64 state), not pages. */
export const MAX_URL_CHARS = 2048;
/**
 * Far more than a site's page budget can fetch (maxPages × 3 requests), so it never changes what is
 * crawled; it bounds the queue when one page links to 100,000 distinct URLs.
 */
export const MAX_ADMITTED_URLS_PER_SITE = 10_000;
const MAX_SEGMENT_REPEATS = 2;
/** A few calendar pages are real content (an agenda of sessions); hundreds are a trap. */
export const MAX_CALENDAR_URLS_PER_SITE = 5;

const DATE_IN_PATH = /\/(19|20)\d{2}(\/|-)(0?[1-9]|1[0-2])(\/|-|$)/;
const CALENDAR_PATH = new RegExp(`/(${CALENDAR_PATH_WORDS.join('|')})(/|$)`, 'i');

export type TrapVerdict = { admitted: true } | { admitted: false; reason: string };

function hasRepeatedSegment(pathname: string): boolean {
  const counts = new Map<string, number>();
  for (const segment of pathname.split('/')) {
    if (!segment) continue;
    const count = (counts.get(segment) ?? 0) + 1;
    if (count > MAX_SEGMENT_REPEATS) return true;
    counts.set(segment, count);
  }
  return false;
}

export function isCalendarLike(url: URL): boolean {
  for (const name of url.searchParams.keys()) {
    if (CALENDAR_PARAMS.has(name.toLowerCase())) return true;
  }
  return CALENDAR_PATH.test(url.pathname) && DATE_IN_PATH.test(url.pathname);
}

/**
 * Guards one site's crawl against URL spaces that never end: relative-link loops
 * (/a/b/a/b/a/…), generated queries and calendars with a "next month" link.
 */
export class TrapGuard {
  private calendarUrls = 0;
  private admitted = 0;

  admit(href: string): TrapVerdict {
    if (this.admitted >= MAX_ADMITTED_URLS_PER_SITE) return { admitted: false, reason: `more than ${MAX_ADMITTED_URLS_PER_SITE} URLs queued for the site` };
    if (href.length > MAX_URL_CHARS) return { admitted: false, reason: `URL longer than ${MAX_URL_CHARS} characters` };
    const url = new URL(href);
    if (hasRepeatedSegment(url.pathname)) return { admitted: false, reason: 'path segment repeated 3+ times' };
    if (url.search.length - 1 > MAX_QUERY_CHARS) return { admitted: false, reason: `query longer than ${MAX_QUERY_CHARS} characters` };
    if (isCalendarLike(url)) {
      if (this.calendarUrls >= MAX_CALENDAR_URLS_PER_SITE) return { admitted: false, reason: 'calendar URL beyond the per-site allowance' };
      this.calendarUrls += 1;
    }
    this.admitted += 1;
    return { admitted: true };
  }
}
