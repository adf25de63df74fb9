import { afterEach } from 'vitest';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions, type Crawler } from '../../../src/crawl/crawler.ts';
import type { CrawlOptions, FetchRecord } from '../../../src/crawl/types.ts';
import { startLocalSite, type LocalSite } from './local-site.ts';

export interface LoopbackCrawls {
  /** A portal on 127.0.0.1, closed after each test. */
  siteWith(routes: Parameters<typeof startLocalSite>[0]): Promise<LocalSite>;
  /** Each `host` maps to the site's port, as `mirador --connect-to host:80:127.0.0.1:port` would; closed after each test. */
  crawlerFor(hosts: Record<string, LocalSite>, overrides?: Partial<CrawlOptions>): Crawler;
}

/**
 * Crawls of loopback portals for a test file: fast options (no politeness gap, no retries) on top of
 * `defaults`, and every site and crawler opened by a test closed after it. Call at the file's top level.
 */
export function loopbackCrawls(defaults: Partial<CrawlOptions> = {}): LoopbackCrawls {
  const opened: { crawlers: Crawler[]; sites: LocalSite[] } = { crawlers: [], sites: [] };
  afterEach(async () => {
    await Promise.all(opened.crawlers.map((crawler) => crawler.close()));
    await Promise.all(opened.sites.map((site) => site.close()));
    opened.crawlers = [];
    opened.sites = [];
  });
  return {
    async siteWith(routes) {
      const site = await startLocalSite(routes);
      opened.sites.push(site);
      return site;
    },
    crawlerFor(hosts, overrides = {}) {
      const crawler = createCrawler({
        ...defaultCrawlOptions,
        perHostDelayMs: 0,
        timeoutMs: 2000,
        retries: 0,
        connectTo: Object.entries(hosts).map(([host, site]) => parseConnectTo(`${host}:80:127.0.0.1:${site.port}`)),
        ...defaults,
        ...overrides,
      });
      opened.crawlers.push(crawler);
      return crawler;
    },
  };
}

/** Collects every fetch record a crawl reports. */
export function recorder(): { records: FetchRecord[]; onFetch: (record: FetchRecord) => void } {
  const records: FetchRecord[] = [];
  return { records, onFetch: (record) => records.push(record) };
}
