import { HostResolver } from './address-policy.ts';
import { HostScheduler } from './host-scheduler.ts';
import { HttpFetcher, type FetchFn } from './http-fetch.ts';
import { createBrowserPool, type BrowserPool } from './render/browser.ts';
import { loadRobots, type RobotsPolicy } from './robots.ts';
import { ArchiveRateLimiter, DEFAULT_ARCHIVE_RATE_PER_MINUTE, type ArchiveClock } from './wayback/archive-rate.ts';
import { WaybackFetcher } from './wayback/wayback-fetch.ts';
import { crawlSite } from './site-crawl.ts';
import type { CrawlHooks, CrawlOptions, SiteCrawl } from './types.ts';
import { defaultCrawlOptions } from './defaults.ts';

export { defaultCrawlOptions, defaultUserAgent } from './defaults.ts';

export interface Crawler {
  /** Resolves with the site's status ('unreachable', 'refused'…) rather than throwing for site problems. */
  crawlSite(seedUrl: string, hooks?: CrawlHooks): Promise<SiteCrawl>;
  /** The crawl's browser (launched on first render), e.g. for evidence shots with shootEvidence() before close(). */
  browserPool(): BrowserPool;
  /** Global request slots idle right now: a run may start another site to fill them. */
  idleRequestSlots(): number;
  /** Drops kept-alive connections and closes the browser; in-flight crawls should be awaited first. */
  close(): Promise<void>;
}

export interface CrawlerParts {
  /** A browser pool to render with instead of the crawler's own (tests: a missing browser). */
  browserPool?: BrowserPool;
  /** --wayback: the archive limiter's clock and first back-off (tests: a virtual clock instead of minutes of waiting). */
  archiveClock?: ArchiveClock;
  archiveBackoffBaseMs?: number;
}

/** One crawler per run: its politeness queues, robots.txt cache and DNS cache are shared by every site. */
export function createCrawler(crawlOptions: CrawlOptions, parts: CrawlerParts = {}): Crawler {
  // Wayback: archived pages' scripts would fetch from the live web, so archived pages are never rendered.
  const options = crawlOptions.wayback ? { ...crawlOptions, render: false } : crawlOptions;
  const scheduler = new HostScheduler(options);
  const http = new HttpFetcher(options, scheduler, new HostResolver());
  const fetcher = options.wayback ? waybackFetcher(http, options, parts) : http;
  const browserPool = parts.browserPool ?? createBrowserPool({ userAgent: options.userAgent });
  const robotsByOrigin = new Map<string, Promise<RobotsPolicy>>();

  // The first site to need an origin's robots.txt fetches it (and its hooks see the record).
  const robotsFor = (origin: string, fetch: FetchFn): Promise<RobotsPolicy> => {
    // Wayback: the original site is never contacted, so its robots.txt does not apply (and fetching
    // it would leave the archive). The archive applies its own policy to what it replays (owners can
    // have captures excluded), and its CDX and replay endpoints are its published API for this use,
    // so the archive's robots.txt is not read either; politeness towards it is the per-host queue.
    if (options.wayback) return Promise.resolve(allowAll(origin));
    let policy = robotsByOrigin.get(origin);
    if (!policy) {
      policy = loadRobots(origin, options.userAgent, fetch).then((robots) => {
        if (robots.crawlDelayMs !== null) scheduler.raiseGap(new URL(origin).host, robots.crawlDelayMs);
        return robots;
      });
      robotsByOrigin.set(origin, policy);
    }
    return policy;
  };

  return {
    crawlSite: (seedUrl, hooks) => crawlSite(seedUrl, { options, fetcher, robotsFor, browserPool }, hooks),
    browserPool: () => browserPool,
    idleRequestSlots: () => scheduler.idleSlots(),
    close: async () => {
      await browserPool.close();
      fetcher.close();
    },
  };
}

/** One limiter for the whole run: every site's lookups share the archive's limit. */
function waybackFetcher(http: HttpFetcher, options: CrawlOptions, parts: CrawlerParts): WaybackFetcher {
  const wayback = options.wayback!;
  const limiter = new ArchiveRateLimiter(
    { perMinute: wayback.ratePerMinute ?? DEFAULT_ARCHIVE_RATE_PER_MINUTE, ...(parts.archiveBackoffBaseMs !== undefined ? { backoffBaseMs: parts.archiveBackoffBaseMs } : {}) },
    parts.archiveClock,
  );
  return new WaybackFetcher(http, wayback, {
    limiter,
    retries: options.retries,
    ...(options.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: options.retryBaseDelayMs } : {}),
    ...(parts.archiveClock ? { clock: parts.archiveClock } : {}),
  });
}

function allowAll(origin: string): RobotsPolicy {
  return { robotsUrl: `${origin}/robots.txt`, isAllowed: () => true, crawlDelayMs: null, sitemaps: [], unreachable: null };
}

export { parseConnectTo, parseConnectToFile } from './connect-to.ts';
