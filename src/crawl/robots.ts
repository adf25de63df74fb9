import robotsParser from 'robots-parser';
import { decodeBody } from './charset.ts';
import type { FetchFn } from './http-fetch.ts';

/** A site asking for more than this between requests would stall the whole ranking run. */
export const MAX_CRAWL_DELAY_MS = 30_000;

export interface RobotsPolicy {
  robotsUrl: string;
  isAllowed(url: string): boolean;
  /** Crawl-delay for our user agent (or *), in ms, capped; null when absent. */
  crawlDelayMs: number | null;
  sitemaps: string[];
  /**
   * Why the whole origin is off limits although robots.txt names no rule: it answered a server error (RFC 9309
   * §2.3.1.4: assume complete disallow). Null when robots.txt was read, is absent or got no answer.
   */
  unreachable: string | null;
}

/**
 * Reads `origin`/robots.txt as RFC 9309 says: a 2xx body restricts us; a 4xx (404, 403…) means no rules;
 * a 5xx or a 429 means complete disallow — the server may be saying "not now", and crawling on would be a
 * guess against the site's wishes. A robots.txt that got no answer at all (refused, timeout, DNS) is left to
 * the home page's own fetch, which then reports the site unreachable with the network's reason rather than
 * calling it blocked.
 */
export async function loadRobots(origin: string, userAgent: string, fetch: FetchFn): Promise<RobotsPolicy> {
  const robotsUrl = `${origin}/robots.txt`;
  const record = await fetch(robotsUrl, { method: 'GET', purpose: 'robots', depth: 0 });
  const unreachable =
    record.status !== null && (record.status >= 500 || record.status === 429)
      ? `robots.txt answered HTTP ${record.status}; RFC 9309 says to assume complete disallow`
      : null;
  if (unreachable) return { robotsUrl, isAllowed: () => false, crawlDelayMs: null, sitemaps: [], unreachable };
  const ok = record.status !== null && record.status >= 200 && record.status < 300 && record.body;
  const text = ok && record.body ? decodeBody(record.body, record.contentType).text : '';
  const robots = robotsParser(robotsUrl, text);
  const delaySeconds = robots.getCrawlDelay(userAgent);
  return {
    robotsUrl,
    // robots-parser answers undefined for URLs of another origin; those are governed by their own robots.txt.
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
    crawlDelayMs:
      typeof delaySeconds === 'number' && Number.isFinite(delaySeconds) && delaySeconds > 0
        ? Math.min(delaySeconds * 1000, MAX_CRAWL_DELAY_MS)
        : null,
    sitemaps: robots.getSitemaps(),
    unreachable: null,
  };
}
