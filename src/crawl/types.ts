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
  | 'no-capture' // --wayback: the web archive has no capture of the URL within the window before as-of
  | 'archive-excluded' // --wayback: the web archive excludes the URL from access (a 403 naming its access control)
  | 'archive-unavailable' // --wayback: the archive, not the portal, did not answer (429 refusal, 5xx, timeout): the site is left for --resume
  | 'other';

export interface FetchError {
  kind: FetchErrorKind;
  message: string;
}

/**
 * Why a URL was requested. 'file' covers every resource that is not a portal page: probed files,
 * a rendered page's subresources, and social-channel pages and feeds (feeds carry `feedFor`).
 */
export type FetchPurpose = 'page' | 'robots' | 'sitemap' | 'file';

/** One request/response exchange (after following redirects), as recorded in the `fetches` table. */
export interface FetchRecord {
  url: string;
  finalUrl: string;
  /** Redirect hops, in order, not including `url` itself. */
  redirects: string[];
  method: 'GET' | 'HEAD' | 'POST';
  /** The form body sent with a POST (an ASP.NET postback), for the WARC request record. */
  requestBody?: Buffer;
  /** Headers sent on the last hop (for the WARC request record); absent when nothing was sent. */
  requestHeaders?: Record<string, string>;
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
  /**
   * Why the server's certificate failed verification when `ignoreTlsErrors` let the exchange go
   * ahead anyway (e.g. 'DEPTH_ZERO_SELF_SIGNED_CERT'); absent when it verified or over plain HTTP.
   */
  tlsError?: string;
  /**
   * Set when the rendering browser asked for this URL (Playwright's resource type: 'script',
   * 'stylesheet', 'xhr' or 'fetch'); absent for the crawler's own requests.
   */
  resourceType?: string;
  /** --wayback: the archive replay actually requested for `url`, and the capture's time (yyyyMMddhhmmss, UTC). */
  archived?: ArchivedCapture;
  /**
   * --wayback: the other requests to the archive this fetch took, in order (index lookups with their
   * answers, replays of redirect captures, refused or failed attempts), archived with it as provenance.
   */
  archiveExchanges?: FetchRecord[];
  /**
   * Set on a channel-feed request (feeds/): the account link on the portal (canonical URL) whose
   * public feed this is. Rescoring finds the feeds by it.
   */
  feedFor?: string;
  /** A page fetched because a person would reach it without a link (a refresh, a postback…), and how. */
  reached?: PageReach;
}

/** Which web-archive capture stands for a page in a --wayback crawl. */
export interface ArchivedCapture {
  url: string;
  timestamp: string;
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
  /** Home page screenshot (JPEG), path relative to CrawlOptions.artifactDir; set only when rendered with an artifactDir. */
  screenshot?: string;
  /** Layout at a 375 px wide phone viewport, measured for rendered pages. */
  mobile?: MobileLayout;
  /**
   * Why rendering this page failed: wholly (rendered false, static HTML kept: navigation failed,
   * browser crashed…) or in part (rendered true, phone layout not measured).
   */
  renderError?: string;
  /** --wayback: the archive capture this page's HTML came from (`url` stays the original URL). */
  archived?: ArchivedCapture;
  /** How a person gets here when it is not by following a link (absent for ordinary links and the seed). */
  reached?: PageReach;
}

/**
 * The ways a person reaches a page that are not an `<a href>`: a refresh or script redirect, a frame of the
 * page they are on, a WebForms postback a menu entry fires, a route of a single-page app.
 */
export type ReachKind = 'refresh' | 'script-redirect' | 'frame' | 'postback' | 'hash-route';

export interface PageReach {
  by: ReachKind;
  /** The page it was reached from (the refreshing page, the frameset, the page whose menu was clicked). */
  from: string;
  /** What a person clicked: the menu entry's text (postback, hash-route). */
  label?: string;
  /** postback: the control and argument posted (`__EVENTTARGET`, `__EVENTARGUMENT`). */
  postback?: { target: string; argument: string };
}

/** A rendered page laid out on a phone: wider scrollWidth than the viewport means horizontal scrolling. */
export interface MobileLayout {
  viewportWidth: 375;
  /** `document.documentElement.scrollWidth`, CSS px. */
  scrollWidth: number;
  /** Characters of visible text (`innerText`, whitespace collapsed). */
  textChars: number;
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
  /**
   * The first bytes of the body (latin1, one character per byte) when the probe read them: files that
   * claim a data format are probed by a ranged GET, because extensions and content types lie (a PDF
   * served as .xls, an HTML error page served as .csv). Absent when the probe was a HEAD.
   */
  sniff?: string;
}

/**
 * The public feed of a social account the portal links (a YouTube channel's Atom feed), read so
 * social-recent-week can see dated posts that are not on the portal itself.
 */
export interface FetchedFeed {
  /** The account link on the portal (canonical URL) the feed was read for. */
  accountUrl: string;
  /** The feed URL requested. */
  url: string;
  finalUrl: string;
  status: number | null;
  contentType: string | null;
  /** The decoded feed; null when it could not be fetched or is not a feed (`error` says why). */
  text: string | null;
  fetchedAt: string;
  error: FetchError | null;
}

/**
 * A page link the crawler followed without getting a page: an HTTP error status (404, 500…), a failed
 * connection or timeout, or a response that is not HTML. Links blocked by robots.txt or left out by the
 * budget were never requested and are not here.
 */
export interface FailedPage {
  url: string;
  finalUrl: string;
  depth: number;
  status: number | null;
  error: FetchError;
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
  /** Page links that were requested and gave no page (why, in `error`); absent in crawls stored before they were kept. */
  failedPages?: FailedPage[];
  files: ProbedFile[];
  sitemap: SitemapEntry[];
  /** Channel feeds read for the portal's social accounts (feeds/); absent in crawls stored before feeds were read. */
  feeds?: FetchedFeed[];
  startedAt: string;
  finishedAt: string;
  /** Why this site's pages were not rendered by the browser (render off, browser could not start); absent when rendering was available. */
  renderNote?: string;
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
  /** Largest body kept, bytes; also the most a gzipped sitemap inflates to and a rendered DOM may be (byte-budget.ts). */
  maxBodyBytes: number;
  /** Response bodies one site's crawl may hold before it stops fetching pages, bytes (byte-budget.ts). */
  maxSiteBytes: number;
  /**
   * --max-memory, MB: the run admits another site only while the memory its sites hold (heap and buffers) stays
   * below this, and lets fewer run at once above it. The browser is bounded apart, by its pool of contexts. Absent
   * in runs stored before it.
   */
  maxMemoryMb?: number;
  userAgent: string;
  connectTo: ConnectToRule[];
  /** Allow seeds/links that resolve to loopback or private addresses (off by default: the crawler must not probe internal networks). */
  allowPrivate: boolean;
  /**
   * Accept certificates that fail verification (self-signed, expired, wrong host), which some
   * municipal portals run with. Off by default; when on, each record still names the failure in `tlsError`.
   */
  ignoreTlsErrors?: boolean;
  /** Backoff before the first retry, ms, doubling per attempt plus up to as much jitter; default 500. */
  retryBaseDelayMs?: number;
  /**
   * Render the home page and app-shell pages in a browser (see render/should-render.ts); default true.
   * When false, or when no browser can start, every page keeps its static HTML.
   */
  render?: boolean;
  /**
   * Evaluate the portal as it was on `asOf` (YYYY-MM-DD) through a web archive: every page is
   * fetched from the capture closest before as-of within `windowDays` (see wayback/). Rendering and
   * the original site's robots.txt are skipped in this mode. `ratePerMinute`: index lookups a
   * minute for the whole run (wayback/archive-rate.ts), default DEFAULT_ARCHIVE_RATE_PER_MINUTE.
   */
  wayback?: { archiveUrl: string; asOf: string; windowDays: number; ratePerMinute?: number };
  /**
   * Read the public feed of up to MAX_CHANNEL_FEEDS YouTube channels the portal links (feeds/);
   * default true. Never in a --wayback crawl.
   */
  channelFeeds?: boolean;
  /** Where screenshots are written (`screenshots/<site-key>/home.jpg` under it); no screenshots when unset. */
  artifactDir?: string;
}

export interface CrawlHooks {
  /** Called for every exchange, in the order they complete; the store writes it. */
  onFetch?: (record: FetchRecord) => void;
  /**
   * Asked once the site's pages are read, when it links files: which of them to probe, one at a time (the run
   * asks the indicators, indicators/probe-needs.ts). Without it every file link found, up to maxFiles, is probed.
   */
  planProbes?: (site: SitePages, candidates: readonly FileCandidate[]) => Promise<ProbeSequence>;
}

/** What the crawl has once it has read a site's pages: before it probes files and reads the channels' feeds. */
export type SitePages = Omit<SiteCrawl, 'files' | 'feeds'>;

/** A same-site link to a file (a known file extension), found at `depth`. */
export interface FileCandidate {
  url: string;
  depth: number;
}

/** The files to probe, decided as the probes come back: null once no verdict needs another. */
export interface ProbeSequence {
  next(): FileCandidate | null;
  record(url: string, file: ProbedFile): void;
}
