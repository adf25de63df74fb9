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
}

/**
 * Reads `origin`/robots.txt. Only a 2xx body restricts us: a 404 means no rules, and a 5xx or an
 * unreachable robots.txt is treated as allow-all too (the fetch record keeps the failure).
 */
export async function loadRobots(origin: string, userAgent: string, fetch: FetchFn): Promise<RobotsPolicy> {
  const robotsUrl = `${origin}/robots.txt`;
  const record = await fetch(robotsUrl, { method: 'GET', purpose: 'robots', depth: 0 });
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
  };
}
