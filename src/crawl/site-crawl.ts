import { SiteBytes } from './byte-budget.ts';
import { decodeBody } from './charset.ts';
import { ChannelLinks, readChannelFeeds } from './feeds/channel-feeds.ts';
import { robotsError, skippedRecord } from './skipped-record.ts';
import { SNIFFED_EXTENSIONS, probeFile, toProbedFile } from './file-probe.ts';
import { capNesting, loadHtml, sniffNonHtml } from './html-guard.ts';
import type { FetchFn, FetchRequest, HttpFetcher } from './http-fetch.ts';
import { extractLinks, type PostbackLink } from './links.ts';
import type { BrowserPool } from './render/browser.ts';
import { SiteRenderer, isHomePage } from './render/page-renderer.ts';
import { shouldRender } from './render/should-render.ts';
import type { RobotsPolicy } from './robots.ts';
import { refreshTarget } from './refresh.ts';
import { readSitemaps } from './sitemap.ts';
import { TrapGuard } from './trap-guard.ts';
import type {
  CrawlHooks,
  CrawlOptions,
  FetchError,
  FetchPurpose,
  FailedPage,
  FetchRecord,
  FetchedPage,
  PageReach,
  FileCandidate,
  ProbedFile,
  SitePages,
  SiteCrawl,
  SitemapEntry,
} from './types.ts';
import { canonicalUrl, isSameSite, linkKind, originOf, siteKey, urlExtension } from './url.ts';
import type { CheerioAPI } from 'cheerio';

/**
 * Pages that fail or turn out not to be HTML do not use up the page budget, so this bounds the
 * requests a site full of broken links can cost.
 */
const PAGE_REQUESTS_PER_BUDGETED_PAGE = 3;
/** Doorways in a row a page may pass through (a refresh to a script redirect to the portal); 3xx hops are the fetcher's. */
const MAX_REFRESH_HOPS = 5;
/**
 * Postbacks one site may send: each is a POST and a page, and a WebForms menu posts back for every
 * entry (and every page repeats the menu, which the shared event names dedupe).
 */
export const MAX_POSTBACKS_PER_SITE = 20;
/** App routes one site may render: each costs a browser render besides its request. */
export const MAX_ROUTES_PER_SITE = 20;

/** What one crawler shares with every site it crawls. */
export interface CrawlContext {
  options: CrawlOptions;
  /**
   * HttpFetcher, or the web-archive adapter (wayback/) in a --wayback crawl. `documentKey`, when the
   * fetcher has one, names the URLs it fetches as one document (the archive's SURT key): the crawl
   * requests and keeps one of them.
   */
  fetcher: Pick<HttpFetcher, 'fetch' | 'privateAddressError'> & { documentKey?(url: string): string };
  robotsFor(origin: string, fetch: FetchFn): Promise<RobotsPolicy>;
  /** The browser for pages shouldRender() picks; without it (or with render: false) every page stays static. */
  browserPool?: BrowserPool;
}

function isHtmlContentType(contentType: string | undefined): boolean {
  if (!contentType) return true; // decided by sniffing the body
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

function looksLikeHtml(text: string): boolean {
  return /<(!doctype\s+html|html|head|body|title|div|p|a)\b/i.test(text.slice(0, 2048));
}

function seedToUrl(seedUrl: string): string | null {
  const trimmed = seedUrl.trim();
  return canonicalUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
}

/** A set of URLs where URLs with the same key are one member. */
function documentSet(key: ((url: string) => string) | undefined): { has(url: string): boolean; add(url: string): void } {
  const keys = new Set<string>();
  const keyOf = key ?? ((url: string) => url);
  return {
    has: (url) => keys.has(keyOf(url)),
    add: (url) => {
      keys.add(keyOf(url));
    },
  };
}

/** `notKept`: the response came while the site's bodies were over its memory budget, so it says nothing about the portal. */
type PageOutcome = { page: FetchedPage; record: FetchRecord } | { page: null; record: FetchRecord; notKept?: true };

/**
 * Breadth-first crawl of one site from its seed: robots.txt, home page, sitemaps, then pages
 * level by level within the page budget and depth limit, then linked files. Site-level
 * problems become the result's status; this never throws for them.
 */
export async function crawlSite(seedUrl: string, context: CrawlContext, hooks: CrawlHooks = {}): Promise<SiteCrawl> {
  const { options, fetcher } = context;
  const startedAt = new Date().toISOString();
  const held = new SiteBytes(options.maxSiteBytes);
  const report = (record: FetchRecord): FetchRecord => {
    held.add(record.body);
    hooks.onFetch?.(record);
    return record;
  };
  const fetch: FetchFn = async (url, request) => report(await fetcher.fetch(url, request));
  const result = (fields: Partial<SiteCrawl> & Pick<SiteCrawl, 'status'>): SiteCrawl => ({
    seedUrl,
    finalUrl: null,
    statusReason: null,
    pages: [],
    files: [],
    sitemap: [],
    startedAt,
    finishedAt: new Date().toISOString(),
    ...fields,
  });

  const home = seedToUrl(seedUrl);
  if (!home) return result({ status: 'unreachable', statusReason: `invalid seed URL: ${seedUrl}` });

  const refusal = await fetcher.privateAddressError(home);
  if (refusal) {
    report(skippedRecord(home, 'page', 0, refusal));
    return result({ status: 'refused', statusReason: refusal.message });
  }

  const isAllowed = async (url: string): Promise<boolean> =>
    (await context.robotsFor(originOf(url), fetch)).isAllowed(url);

  if (!(await isAllowed(home))) {
    const error = robotsError(home, (await context.robotsFor(originOf(home), fetch)).unreachable);
    report(skippedRecord(home, 'page', 0, error));
    return result({ status: 'blocked-by-robots', statusReason: error.message });
  }

  /** Every URL queued or fetched as a page or file, so none is requested twice (by document key, when the fetcher has one). */
  const seen = documentSet(fetcher.documentKey?.bind(fetcher));
  let pageRequests = 0;
  /** HTML pages fetched, including ones dropped as duplicates after a redirect: the budget counts these. */
  let htmlPagesFetched = 0;
  /** App routes queued (URL with its route → the page they are routes of, and the link a person clicks). */
  const routes = new Map<string, { page: string; label: string; from: string }>();
  /** Postback pages queued, by the URL that names each (see PostbackLink). */
  const postbacks = new Map<string, PostbackLink>();
  /** `url` by GET, or, when it names a postback, the form posted back to its action. */
  const fetchDocument = async (url: string, depth: number, reached?: PageReach): Promise<PageOutcome | null> => {
    const post = postbacks.get(url);
    // A route's document is its page's: the server never sees the fragment, the browser draws the route.
    const route = routes.get(url);
    const requested = post?.action ?? route?.page ?? url;
    if (!(await isAllowed(requested))) {
      report(skippedRecord(requested, 'page', depth, robotsError(requested)));
      return null;
    }
    pageRequests += 1;
    // Asked when the response arrives, not when the request is queued: a level's batch is queued at once.
    let overBudget = false;
    const request: FetchRequest = {
      method: post ? 'POST' : 'GET',
      purpose: 'page',
      depth,
      keepBody: (status, headers) => {
        overBudget = held.exceeded;
        return !overBudget && status >= 200 && status < 300 && isHtmlContentType(headers['content-type']);
      },
      ...(post ? { body: Buffer.from(post.body), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: originOf(post.action), referer: reached?.from ?? post.action } } : {}),
    };
    const fetched = await fetcher.fetch(requested, request);
    const record = reached ? { ...fetched, reached } : fetched;
    if (record.error || record.status === null) return { page: null, record: report(record) };
    if (overBudget) {
      const error: FetchError = { kind: 'too-large', message: `not kept: ${held.describe()}` };
      return { page: null, record: report({ ...record, error }), notKept: true };
    }
    if (record.status < 200 || record.status >= 300) {
      // e.g. a 3xx without Location: no error from the fetcher, but no page either.
      return { page: null, record: report({ ...record, error: { kind: 'http', message: `HTTP ${record.status}` } }) };
    }
    const sniffed = record.body ? sniffNonHtml(record.body) : null;
    const html = record.body && !sniffed ? capNesting(decodeBody(record.body, record.contentType).text) : null;
    if (html === null || (!record.contentType && !looksLikeHtml(html))) {
      const error: FetchError = { kind: 'not-html', message: `not an HTML page (${sniffed ? `${sniffed} served as ` : ''}content-type ${record.contentType ?? 'none'})` };
      return { page: null, record: report({ ...record, body: null, error }) };
    }
    htmlPagesFetched += 1;
    const finalUrl = canonicalUrl(record.finalUrl) ?? record.finalUrl;
    const page: FetchedPage = {
      // A postback answered in place is a page of its own at the form's URL; one that redirects is the page it lands on.
      url: (post && finalUrl === canonicalUrl(post.action)) || (route && finalUrl === route.page) ? url : finalUrl,
      requestedUrl: url,
      depth,
      status: record.status,
      headers: record.headers,
      contentType: record.contentType ?? 'text/html',
      html,
      fetchedAt: record.startedAt,
      rendered: false,
      ...(record.archived ? { archived: record.archived } : {}),
      ...(reached ? { reached } : {}),
    };
    return { page, record: report(record) };
  };
  /** Pages kept so far, by URL: a refresh to one of them adds nothing. */
  const pageUrls = new Set<string>();
  /**
   * A page, after any refresh or script redirect a browser would follow on its own, like a 3xx: the
   * page kept is where it lands (requested as `url`), the doorway stays in the fetch log and the archive.
   * `stayOn` is the site's scope; the home page's doorway may lead off the seed's host, as a 3xx may.
   */
  const fetchPage = async (
    url: string,
    depth: number,
    stayOn: ((url: string) => boolean) | null,
    reached?: PageReach,
  ): Promise<PageOutcome | null> => {
    let outcome = await fetchDocument(url, depth, reached);
    const visited = new Set([url]);
    for (let hop = 0; hop < MAX_REFRESH_HOPS && outcome?.page; hop += 1) {
      const doorway = outcome.page;
      const target = refreshTarget(doorway.html, doorway.url);
      if (!target || visited.has(target.url) || (stayOn && !stayOn(target.url))) break;
      visited.add(target.url);
      seen.add(target.url);
      if (pageUrls.has(target.url)) return { page: null, record: outcome.record };
      const landed = await fetchDocument(target.url, depth, { by: target.by, from: doorway.url });
      // A refresh that leads nowhere leaves the doorway as the page a person is left on.
      if (!landed?.page) break;
      outcome = { ...landed, page: { ...landed.page, requestedUrl: url } };
    }
    return outcome;
  };

  const homeOutcome = await fetchPage(home, 0, null);
  if (!homeOutcome?.page) {
    const error = homeOutcome?.record.error;
    if (error?.kind === 'private-address') return result({ status: 'refused', statusReason: error.message });
    return result({ status: 'unreachable', statusReason: error?.message ?? 'home page could not be fetched' });
  }
  const siteKeys = [...new Set([siteKey(home), siteKey(homeOutcome.page.url)])];
  const sameSite = (url: string): boolean => isSameSite(url, siteKeys);

  const renderer =
    options.render === false || !context.browserPool
      ? null
      : new SiteRenderer(context.browserPool, options, {
          siteKey: siteKey(home),
          sameSite,
          isAllowed,
          fetch: (url, request) => fetcher.fetch(url, request),
          report,
          refuse: (url, depth) => report({ ...skippedRecord(url, 'file', depth, robotsError(url)), method: 'GET' }),
        });
  /** The static parse made for the render decision, kept for the page's links: a page is parsed once, not twice. */
  const parses = new WeakMap<FetchedPage, CheerioAPI>();
  const rendered = async (page: FetchedPage, record: FetchRecord): Promise<FetchedPage> => {
    const isRoute = page.reached?.by === 'hash-route';
    const parse = (): CheerioAPI => {
      const $ = loadHtml(page.html);
      parses.set(page, $);
      return $;
    };
    if (!renderer || !(isRoute || shouldRender({ isHome: isHomePage(page), html: page.html, contentType: page.contentType }, undefined, parse))) return page;
    parses.delete(page);
    const result = await renderer.render(page, record);
    return result.rendered ? { ...result, html: capNesting(result.html) } : result;
  };
  // The crawl does not wait for the home page's render (a browser context may be busy with other
  // sites): level 1 starts from the static HTML, and links only the rendered DOM has are added
  // once the render is in, at the end of level 1, so a site's crawl does not depend on timing.
  const staticHome = homeOutcome.page;
  const homeRendering = rendered(staticHome, homeOutcome.record);
  // Awaited below (and rethrown there); this only keeps a rejection meanwhile from counting as unhandled.
  homeRendering.catch(() => undefined);

  const pages: FetchedPage[] = [staticHome];
  // A dead link (404) is a fact about the portal; a page never requested (robots, budget) is not.
  const failedPages: FailedPage[] = [];
  for (const url of [home, staticHome.url]) seen.add(url);
  pageUrls.add(staticHome.url);
  const fileCandidates: { url: string; depth: number }[] = [];
  const trapGuard = new TrapGuard();
  const channelLinks = new ChannelLinks();

  /**
   * Same-site frames get their page's depth, whatever the depth limit: a person sees a frameset's
   * documents, and an iframe's, as the page itself. Home frames are depth 0 like the home page.
   */
  const frameDepths = new Map<string, number>();
  const consider = (url: string, depth: number, queue: string[], framedBy?: FetchedPage): void => {
    if (framedBy && sameSite(url) && !seen.has(url) && linkKind(url) === 'page' && trapGuard.admit(url).admitted) {
      seen.add(url);
      frameDepths.set(url, framedBy.depth);
      framers.set(url, framedBy.url);
      queue.push(url);
      return;
    }
    if (!sameSite(url)) {
      channelLinks.note(url, depth);
      return;
    }
    if (seen.has(url)) return;
    const kind = linkKind(url);
    if (kind === 'asset') return;
    if (kind === 'file') {
      if (fileCandidates.length < options.maxFiles) {
        seen.add(url);
        fileCandidates.push({ url, depth });
      }
      return;
    }
    if (depth > options.maxDepth || !trapGuard.admit(url).admitted) return;
    seen.add(url);
    queue.push(url);
  };

  const framers = new Map<string, string>();
  /** The page whose menu fired each queued postback. */
  const postbackSources = new Map<string, string>();
  const reachOf = (url: string): PageReach | undefined => {
    const framer = framers.get(url);
    if (framer) return { by: 'frame', from: framer };
    const post = postbacks.get(url);
    if (post) return { by: 'postback', from: postbackSources.get(url)!, label: post.label, postback: post.postback };
    const route = routes.get(url);
    return route ? { by: 'hash-route', from: route.from, label: route.label } : undefined;
  };
  /** Queues a page's frames (in `frameQueue`) and links (in `linkQueue`, one level down). */
  const considerAll = (page: FetchedPage, frameQueue: string[], linkQueue: string[]): void => {
    const found = extractLinks(page.html, page.url, parses.get(page));
    parses.delete(page);
    for (const frame of found.frames) consider(frame, page.depth + 1, frameQueue, page);
    for (const link of found.links) consider(link, page.depth + 1, linkQueue);
    for (const postback of found.postbacks) {
      if (postbacks.size >= MAX_POSTBACKS_PER_SITE || page.depth + 1 > options.maxDepth) break;
      if (seen.has(postback.url) || !sameSite(postback.action)) continue;
      seen.add(postback.url);
      postbacks.set(postback.url, postback);
      postbackSources.set(postback.url, page.url);
      linkQueue.push(postback.url);
    }
    // Only a browser draws a route; without one each would be its page's shell again.
    if (!renderer) return;
    for (const route of found.routes) {
      if (routes.size >= MAX_ROUTES_PER_SITE || page.depth + 1 > options.maxDepth) break;
      if (seen.has(route.url) || !sameSite(route.url)) continue;
      seen.add(route.url);
      routes.set(route.url, { page: canonicalUrl(route.url) ?? route.url, label: route.label, from: page.url });
      linkQueue.push(route.url);
    }
  };

  let level: string[] = [];
  considerAll(staticHome, level, level);

  let homePage: FetchedPage | null = null;
  /** The rendered home page in place of the static one; its new links join level 1. */
  const takeRenderedHome = async (queue: string[]): Promise<FetchedPage> => {
    if (homePage) return homePage;
    homePage = await homeRendering;
    pages[0] = homePage;
    if (homePage.rendered) considerAll(homePage, queue, queue);
    return homePage;
  };

  const homeRobots = await context.robotsFor(originOf(staticHome.url), fetch);
  const seedRobots = await context.robotsFor(originOf(home), fetch);
  const sitemapUrls = [...seedRobots.sitemaps, ...homeRobots.sitemaps, `${originOf(staticHome.url)}/sitemap.xml`]
    .map((url) => canonicalUrl(url))
    .filter((url): url is string => url !== null);
  const sitemap: SitemapEntry[] = await readSitemaps(
    sitemapUrls,
    (url, request) => fetcher.fetch(url, request),
    async (url) => sameSite(url) && (await isAllowed(url)),
    options.maxBodyBytes,
    report,
  );
  for (const entry of sitemap) consider(entry.url, 1, level);

  const maxPageRequests = options.maxPages * PAGE_REQUESTS_PER_BUDGETED_PAGE;
  const withinBudget = (): boolean => htmlPagesFetched < options.maxPages && pageRequests < maxPageRequests && !held.exceeded;
  /** Fetches `urls` (one level) in batches within the budget; their links go to `next`. */
  const crawlLevel = async (urls: string[], depth: number, next: string[]): Promise<void> => {
    let index = 0;
    while (index < urls.length && withinBudget()) {
      const batchSize = Math.min(options.maxPages - htmlPagesFetched, maxPageRequests - pageRequests);
      const batch = urls.slice(index, index + batchSize);
      index += batch.length;
      const fetched = await Promise.all(
        batch.map((url) => fetchPage(url, frameDepths.get(url) ?? depth, sameSite, reachOf(url))),
      );
      // Rendering waits for the batch: a page's scripts would otherwise queue behind all of it on the host.
      const outcomes = await Promise.all(
        fetched.map(async (outcome) =>
          outcome?.page && sameSite(outcome.page.url) ? { ...outcome, page: await rendered(outcome.page, outcome.record) } : outcome,
        ),
      );
      for (const outcome of outcomes) {
        if (outcome && !outcome.page && !outcome.notKept && outcome.record.error) {
          const { url, finalUrl, status, error } = outcome.record;
          failedPages.push({ url, finalUrl, depth, status, error });
        }
        const page = outcome?.page;
        // A page reached by redirect is kept once, and only if it stayed on the site.
        if (!page || pageUrls.has(page.url) || !sameSite(page.url)) continue;
        // A route the browser did not draw is only its page's shell again.
        if (page.reached?.by === 'hash-route' && !page.rendered) continue;
        pageUrls.add(page.url);
        pages.push(page);
        // A home frame's links are one click from the home page, so they join this level.
        considerAll(page, urls, page.depth < depth ? urls : next);
      }
    }
  };

  for (let depth = 1; depth <= options.maxDepth; depth += 1) {
    const next: string[] = [];
    await crawlLevel(level, depth, next);
    if (depth === 1) {
      const renderedOnly: string[] = [];
      await takeRenderedHome(renderedOnly);
      await crawlLevel(renderedOnly, depth, next);
    }
    if (!withinBudget() || next.length === 0) break;
    level = next;
  }
  const finalHome = await takeRenderedHome([]);
  const renderNote = options.render === false ? 'not rendered: render is off' : renderer?.note;
  const pagesRead = (): SitePages => {
    const { files: _files, ...read } = result({
      status: 'ok',
      // An ok site's reason says its crawl was cut short, so a low score can be read for what it is.
      statusReason: held.exceeded ? `crawl stopped after ${pages.length} pages: ${held.describe()}` : null,
      finalUrl: finalHome.url,
      pages,
      ...(failedPages.length > 0 ? { failedPages } : {}),
      sitemap,
      ...(renderNote ? { renderNote } : {}),
    });
    return read;
  };

  const probe = async ({ url, depth }: FileCandidate): Promise<ProbedFile> => {
    if (await isAllowed(url)) return probeFile(url, depth, fetch, { sniff: SNIFFED_EXTENSIONS.has(urlExtension(url)) });
    return toProbedFile(report(skippedRecord(url, 'file', depth, robotsError(url))));
  };
  const probingFiles = async (): Promise<ProbedFile[]> => {
    if (!hooks.planProbes || fileCandidates.length === 0) return Promise.all(fileCandidates.map(probe));
    const plan = await hooks.planProbes(pagesRead(), fileCandidates);
    const files: ProbedFile[] = [];
    // One at a time: whether the next file is needed depends on what this one was.
    for (let next = plan.next(); next; next = plan.next()) {
      const file = await probe(next);
      files.push(file);
      plan.record(next.url, file);
    }
    return files;
  };
  // Wayback: web archives rarely hold a channel's feed, and one captured near as-of would be luck;
  // the archived portal's own embedded timelines are what a --wayback run can see.
  const readFeeds = options.channelFeeds !== false && !options.wayback;
  const [files, feeds] = await Promise.all([
    probingFiles(),
    readFeeds ? readChannelFeeds(channelLinks.sources(), { fetch: (url, request) => fetcher.fetch(url, request), report, isAllowed }) : [],
  ]);

  return result({ ...pagesRead(), files, feeds });
}
