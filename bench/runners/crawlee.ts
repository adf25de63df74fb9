/**
 * Child-process entry: crawls the benchmark network with crawlee's CheerioCrawler under the same politeness
 * as Mirador (same-domain delay, 8 requests in flight, 60 pages per site, same-site links only, files not fetched).
 *
 * crawlee has no connect-to, so its URLs carry the server's port (http://www.m001.gob.mx:<port>/) and its DNS
 * lookups answer 127.0.0.1. Its politeness key is the registrable domain (tldts: m001.gob.mx), Mirador's the
 * host (www.m001.gob.mx): one each per portal, so the two are equivalent here. (With 127.0.0.1:<port> URLs
 * tldts finds no domain and crawlee would apply no delay at all.)
 */
import type { LookupAddress } from 'node:dns';
import { CheerioCrawler, Configuration, log } from 'crawlee';
import { loadNetwork } from '../network/load.ts';
import { configFromArgv, sendToParent, type RunnerConfig, type RunnerResult } from '../protocol.ts';
import { LoopMonitor } from '../loop.ts';
import { RssSampler } from '../rss.ts';

const FILE_LINK = /\.(pdf|csv|xlsx?|ods|json|xml|zip|docx?)$/i;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Every portal host is on loopback (the benchmark's equivalent of Mirador's connect-to rules). */
function loopbackLookup(_host: string, options: unknown, callback?: LookupCallback): void {
  const done = (typeof options === 'function' ? options : callback) as LookupCallback;
  if (typeof options === 'object' && options !== null && (options as { all?: boolean }).all) done(null, [{ address: '127.0.0.1', family: 4 }]);
  else done(null, '127.0.0.1', 4);
}

const config = configFromArgv<RunnerConfig>();
const network = loadNetwork(config.sites, config.seed);
// Retries and session rotations are expected here (refused and 503 portals); the summary counts them.
log.setLevel(log.LEVELS.OFF);

/** Per-site page budget, as Mirador's maxPages: unique URLs admitted to the queue per host, start URL included. */
const admitted = new Map<string, Set<string>>();
function admit(url: string): boolean {
  const host = new URL(url).hostname;
  const urls = admitted.get(host) ?? new Set<string>();
  admitted.set(host, urls);
  if (urls.has(url)) return true; // crawlee dedupes it
  if (urls.size >= config.maxPages) return false;
  urls.add(url);
  return true;
}

const startUrls = network.portals.map((p) => `http://${p.host}:${p.behaviour === 'refused' ? config.deadPort : config.port}/`);
startUrls.forEach(admit);

let pages = 0;
let failed = 0;
const crawler = new CheerioCrawler(
  {
    maxConcurrency: config.concurrency,
    // crawlee starts at 1 and autoscales up by 5% every 10 s; starting at the maximum is the fair comparison.
    minConcurrency: config.concurrency,
    sameDomainDelaySecs: config.delayMs / 1000,
    maxRequestsPerCrawl: network.portals.length * config.maxPages,
    // Mirador's retries (defaultCrawlOptions.retries) are 2 extra attempts too.
    maxRequestRetries: 2,
    preNavigationHooks: [
      (_context, gotOptions) => {
        (gotOptions as { dnsLookup?: unknown }).dnsLookup = loopbackLookup;
      },
    ],
    async requestHandler({ enqueueLinks }) {
      pages += 1;
      await enqueueLinks({
        strategy: 'same-domain',
        exclude: [FILE_LINK],
        transformRequestFunction: (request) => (admit(request.url) ? request : false),
      });
    },
    failedRequestHandler() {
      failed += 1;
    },
  },
  new Configuration({ persistStorage: false, purgeOnStart: true }),
);

const sampler = new RssSampler().start();
const loop = new LoopMonitor();
const startedAt = Date.now();
const ticker = setInterval(
  () => console.error(`  crawlee: ${pages} pages, ${failed} failed, ${((Date.now() - startedAt) / 1000).toFixed(0)} s`),
  15_000,
);
const stats = await crawler.run(startUrls);
const wallMs = Date.now() - startedAt;
clearInterval(ticker);
const rss = sampler.stop();
const loopStats = loop.stop();
await crawler.requestQueue?.drop();

const result: RunnerResult = {
  crawler: 'crawlee',
  wallMs,
  rss,
  loop: loopStats,
  pages,
  renderedPages: null,
  // retryHistogram[i]: requests that took i retries, i.e. i + 1 attempts.
  requestsReported: stats.retryHistogram.reduce((sum, count, retries) => sum + (count ?? 0) * (retries + 1), 0),
  render: null,
  details: { 'requests failed': failed, 'requests finished': stats.requestsFinished },
};
await sendToParent({ type: 'result', result });
process.exit(0);
