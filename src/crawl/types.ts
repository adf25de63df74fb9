/**
 * What the crawl stage produces. The crawler knows nothing of indicators: it hands over pages,
 * probed files and a log of every fetch, and later stages read only this.
 */

/** Why a fetch produced no usable response. Stored as-is in the database and shown as evidence. */
export type FetchErrorKind =
  | 'dns' // host name did not resolve
  | 'refused' // connection refused
  | 'reset' // connection reset / socket hang up
  | 'timeout' // connect or response timeout
  | 'tls' // certificate or handshake failure
  | 'too-large' // body over the size cap
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'http' // HTTP error status (4xx/5xx) after retries
  | 'robots' // disallowed by robots.txt (not fetched)
  | 'private-address' // resolved to loopback/private address without --allow-private
  | 'not-html' // content-type not a page when a page was expected
  | 'other';

export interface FetchError {
  kind: FetchErrorKind;
  message: string;
}

/** Why a URL was requested. */
export type FetchPurpose = 'page' | 'robots' | 'sitemap' | 'file';

/** One request/response exchange (after following redirects), as recorded in the `fetches` table. */
export interface FetchRecord {
  url: string;
  finalUrl: string;
  /** Redirect hops, in order, not including `url` itself. */
  redirects: string[];
  method: 'GET' | 'HEAD';
  purpose: FetchPurpose;
  depth: number;
  status: number | null;
  headers: Record<string, string>;
  contentType: string | null;
  /** Body bytes as received (decompressed), null when not kept (HEAD, errors, files). */
  body: Buffer | null;
  bytes: number;
  startedAt: string; // ISO timestamp
  durationMs: number;
  attempts: number;
  error: FetchError | null;
}

/** An HTML page the crawler fetched and decoded. */
export interface FetchedPage {
  /** URL after redirects (canonicalised). */
  url: string;
  requestedUrl: string;
  depth: number;
  status: number;
  headers: Record<string, string>;
  contentType: string;
  /** Decoded HTML (charset handled by the crawler). */
  html: string;
  fetchedAt: string;
  /** True when the HTML came from a rendered browser DOM rather than the raw response. */
  rendered: boolean;
}

/** A data/document file linked from a page, probed (HEAD, or GET of the first bytes) but not parsed. */
export interface ProbedFile {
  url: string;
  finalUrl: string;
  status: number | null;
  contentType: string | null;
  contentLength: number | null;
  lastModified: string | null; // raw header value
  error: FetchError | null;
}

/** An entry of a sitemap seen for the site. */
export interface SitemapEntry {
  url: string;
  lastmod: string | null;
}

export type SiteStatus =
  | 'ok' // home page fetched
  | 'unreachable' // home page could not be fetched (DNS, refused, timeout, TLS, HTTP error…)
  | 'refused' // not crawled by policy (private address without --allow-private)
  | 'blocked-by-robots'; // robots.txt disallows the home page for Mirador

export interface SiteCrawl {
  seedUrl: string;
  /** Home page URL after redirects; null when unreachable. */
  finalUrl: string | null;
  status: SiteStatus;
  /** Human-readable reason when status is not 'ok' (Spanish-friendly text is produced by the report). */
  statusReason: string | null;
  pages: FetchedPage[];
  files: ProbedFile[];
  sitemap: SitemapEntry[];
  startedAt: string;
  finishedAt: string;
}

/** curl's --connect-to: requests for host:port go to toHost:toPort; URL, Host header and TLS SNI stay the original. */
export interface ConnectToRule {
  host: string;
  port: number;
  toHost: string;
  toPort: number;
}

export interface CrawlOptions {
  /** Pages (HTML) per site, home included. */
  maxPages: number;
  /** Link depth from the home page (home = 0). */
  maxDepth: number;
  /** Linked data/document files probed per site (HEAD), not counted in maxPages. */
  maxFiles: number;
  /** Global limit of requests in flight across all hosts. */
  concurrency: number;
  /** Requests in flight per host. */
  perHostConcurrency: number;
  /** Minimum gap between two requests to the same host, ms (robots.txt Crawl-delay raises it). */
  perHostDelayMs: number;
  /** Whole-response timeout per attempt, ms. */
  timeoutMs: number;
  /** Extra attempts on timeouts, resets, 429 and 5xx. */
  retries: number;
  /** Largest body kept, bytes. */
  maxBodyBytes: number;
  userAgent: string;
  connectTo: ConnectToRule[];
  /** Allow seeds/links that resolve to loopback or private addresses (off by default: the crawler must not probe internal networks). */
  allowPrivate: boolean;
}

export interface CrawlHooks {
  /** Called for every exchange, in the order they complete; the store writes it. */
  onFetch?: (record: FetchRecord) => void;
}
