import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errors, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import { formatMegabytes } from '../byte-budget.ts';
import { skippedRecord } from '../skipped-record.ts';
import type { FetchFn } from '../http-fetch.ts';
import type { CrawlOptions, FetchRecord, FetchedPage, MobileLayout } from '../types.ts';
import { RenderTimeoutError, within } from './deadline.ts';
import { BrowserUnavailableError, DESKTOP_VIEWPORT, MOBILE_VIEWPORT, type BrowserPool, type ContextKind } from './browser.ts';

/**
 * Resource types fetched for a render. Images, fonts and media do not change the DOM, so they are
 * not worth a polite request each. Frame documents are not fetched either: the crawl queues
 * same-site <iframe src> from the rendered DOM as pages of their own, so fetching them here too
 * would cost every frame twice; other navigations (script redirects) would replace the page being rendered.
 */
const FETCHED_TYPES = new Set(['script', 'stylesheet', 'xhr', 'fetch']);
/** Same-site requests one render may send (cached responses do not count): a page with more is rendered with what it got. */
const MAX_FETCHES_PER_RENDER = 60;
/**
 * A municipal WordPress/Joomla home asks for some 20 same-site scripts and stylesheets, each
 * behind the host's politeness gap, so 'load' gets that long on top of a response timeout;
 * past it the DOM is taken as it stands.
 */
const TYPICAL_FETCHES_PER_RENDER = 20;
/**
 * After 'load', the page is taken once no routed request has been in flight for QUIET_MS (late
 * XHR that builds menus), waiting at most the cap. Playwright's 'networkidle' would always cost 500 ms.
 */
const QUIET_MS = 150;
const IDLE_CAP_MS = 3000;
/**
 * A single-page app whose body is still empty at the idle cap is usually a loaded machine running its
 * script late (seen with load averages around 20), not an empty portal: wait this much longer for text.
 */
const EMPTY_BODY_GRACE_MS = 5000;
/**
 * In the page: resolve once the DOM has not changed for quietMs (or at capMs), saying whether it was still
 * and has text. Network quiet alone is not enough: a response handed over is still to be parsed and drawn,
 * and it may start the next request of a chain.
 */
const DOM_QUIET_SCRIPT = `({ quietMs, capMs }) => new Promise((resolve) => {
  let changed = false;
  const hasText = () => !!document.body && document.body.innerText.trim().length > 0;
  const observer = new MutationObserver(() => { changed = true; clearTimeout(quietTimer); quietTimer = setTimeout(finish, quietMs); });
  const finish = () => { observer.disconnect(); clearTimeout(capTimer); resolve({ text: hasText(), changed }); };
  let quietTimer = setTimeout(finish, quietMs);
  const capTimer = setTimeout(() => { clearTimeout(quietTimer); observer.disconnect(); resolve({ text: hasText(), changed: true, capped: true }); }, capMs);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: false });
})`;
const MOBILE_IDLE_CAP_MS = 1000;
/**
 * A page whose script never yields (`while(true){}` inline or after load, issue 13) fires no load and answers
 * no call: a call into the page gets this long beyond its own wait before the render is abandoned. A script
 * busy this long is hung for a reader too.
 */
const UNRESPONSIVE_MS = 10_000;
const NOT_YIELDING = "the page's script did not yield";
/** While the page loads, it is asked this often whether its script still yields. */
const HEARTBEAT_MS = 1000;
/** The screenshot shows the top of the home page, not a 40 000 px news feed. */
const SCREENSHOT_MAX_HEIGHT = 3000;
const SCREENSHOT_QUALITY = 60;
/** Responses kept per site for later renders (the same scripts and stylesheets on every page). */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;
/** Host-queue priority of a render's requests (the crawl's pages have 0). */
const RENDER_FETCH_PRIORITY = 1;
/** Hop-by-hop and encoding headers describe the original transfer, not the decoded bytes we hand over. */
const DROPPED_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/** A response as handed to the browser; null means the request is aborted. */
interface Served {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** What a site's renderer needs from the crawl: the same fetch path, robots and scope as static pages. */
export interface SiteRenderDeps {
  /** Names the screenshot folder. */
  siteKey: string;
  sameSite(url: string): boolean;
  isAllowed(url: string): Promise<boolean>;
  /** The crawler's fetcher (host scheduler, connect-to, private-address policy, timeouts); records are passed to `report`. */
  fetch: FetchFn;
  report(record: FetchRecord): void;
  /** Records a URL robots.txt kept the browser from fetching. */
  refuse(url: string, depth: number): void;
}

/**
 * The page the seed resolved to. A frameset home's frames are depth 0 too (they are part of it), but the
 * screenshot and the always-render rule are for the page a person opens.
 */
export function isHomePage(page: FetchedPage): boolean {
  return page.depth === 0 && page.reached?.by !== 'frame';
}

/** `work` (a call into the page), or a RenderTimeoutError when the page's script holds its main thread too long to answer. */
function answered<T>(work: Promise<T>): Promise<T> {
  return within(work, UNRESPONSIVE_MS, NOT_YIELDING);
}

/**
 * Waits for 'load' while checking that the page still answers, so a script that never yields ends the wait in
 * seconds rather than at the load timeout. Evaluate failures from a navigation the page starts itself do not count.
 */
async function loaded(tab: Page, timeoutMs: number): Promise<void> {
  let done = false;
  const heartbeat = async (): Promise<void> => {
    while (!done) {
      // A trivial evaluate answers between the page's tasks.
      await answered(tab.evaluate('0')).catch((error: unknown) => {
        if (error instanceof RenderTimeoutError) throw error;
      });
      if (!done) await sleep(HEARTBEAT_MS);
    }
  };
  try {
    await Promise.race([settle(tab.waitForLoadState('load', { timeout: timeoutMs })), heartbeat()]);
  } finally {
    done = true;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Playwright rejects route calls once the page or context is gone (a render that timed out and was released). */
function isClosedError(error: unknown): boolean {
  return error instanceof Error && /has been closed|Target closed|Route is already handled/i.test(error.message);
}

function servedHeaders(headers: Record<string, string>, contentType: string | null): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!DROPPED_HEADERS.has(name.toLowerCase())) kept[name] = value;
  if (contentType && !kept['content-type']) kept['content-type'] = contentType;
  return kept;
}

/** Requests the page has in flight through our routes, to tell when its scripts have stopped asking. */
class Traffic {
  private inFlight = 0;
  private lastActivity = Date.now();

  started(): () => void {
    this.inFlight += 1;
    this.lastActivity = Date.now();
    return () => {
      this.inFlight -= 1;
      this.lastActivity = Date.now();
    };
  }

  idle(): boolean {
    return this.inFlight === 0;
  }

  async quiet(quietMs: number, capMs: number): Promise<void> {
    const deadline = Date.now() + capMs;
    for (;;) {
      const now = Date.now();
      if (now >= deadline) return;
      const quietAt = this.lastActivity + quietMs;
      if (this.inFlight === 0 && now >= quietAt) return;
      await sleep(Math.min(deadline, this.inFlight === 0 ? quietAt : now + quietMs) - now);
    }
  }
}

function browserRouteFailure(request: Request, depth: number, message: string): FetchRecord {
  return {
    ...skippedRecord(request.url(), 'file', depth, { kind: 'other', message: `browser could not be given the response: ${message}` }),
    method: 'GET',
    resourceType: request.resourceType(),
  };
}

interface DomQuiet {
  /** The DOM changed during the wait (so the page may have started another request). */
  changed: boolean;
  text: boolean;
  capped?: boolean;
}

/**
 * Wait until both the network and the DOM are quiet in the same round (or the cap passes); a page still
 * without text then gets a grace period for its script to draw it.
 */
async function settleRendering(tab: Page, traffic: Traffic, capMs: number): Promise<void> {
  const deadline = Date.now() + capMs;
  let dom: DomQuiet = { changed: true, text: false };
  while (Date.now() < deadline) {
    await traffic.quiet(QUIET_MS, deadline - Date.now());
    const limits = { quietMs: QUIET_MS, capMs: Math.max(1, deadline - Date.now()) };
    dom = await within(
      tab.evaluate<DomQuiet>(`(${DOM_QUIET_SCRIPT})(${JSON.stringify(limits)})`),
      limits.capMs + UNRESPONSIVE_MS,
      NOT_YIELDING,
    );
    if (!dom.changed && traffic.idle() && dom.text) return;
  }
  if (!dom.text)
    await tab
      .waitForFunction('!!document.body && document.body.innerText.trim().length > 0', undefined, { timeout: EMPTY_BODY_GRACE_MS })
      .then(() => traffic.quiet(QUIET_MS, capMs))
      .catch((error: unknown) => {
        if (!(error instanceof errors.TimeoutError)) throw error;
      });
}

async function settle(navigation: Promise<unknown>): Promise<void> {
  try {
    await navigation;
  } catch (error) {
    // A slow script or XHR only means the DOM is taken as it stands; anything else is a real failure.
    if (!(error instanceof errors.TimeoutError)) throw error;
  }
}

/**
 * The browser way to fetch a page, for one site: the page's own bytes (already fetched) are
 * served to Chromium, every further request the page makes is answered by the crawler's fetcher
 * when it is same-site and worth fetching, and aborted otherwise, so the browser never reaches
 * the network itself. Responses are shared by the site's renders.
 */
export class SiteRenderer {
  /** Why this site's pages are not rendered (the browser could not start); null while rendering works. */
  note: string | null = null;
  private readonly responses = new Map<string, Promise<Served | null>>();
  private cachedBytes = 0;

  constructor(
    private readonly pool: BrowserPool,
    private readonly options: Pick<CrawlOptions, 'timeoutMs' | 'perHostDelayMs' | 'artifactDir' | 'maxBodyBytes'>,
    private readonly deps: SiteRenderDeps,
  ) {}

  /**
   * The page with its rendered DOM as `html` (rendered: true), its phone layout and, for the home
   * page with an artifactDir, a screenshot. Never throws: a failed render keeps the static page
   * and says why in `renderError`.
   */
  async render(page: FetchedPage, document: FetchRecord): Promise<FetchedPage> {
    if (this.note) return page;
    let rendered: { html: string; screenshot?: string };
    try {
      rendered = await this.withPage('desktop', page, document, IDLE_CAP_MS, async (tab) => ({
        html: await this.renderedHtml(tab),
        ...(isHomePage(page) && this.options.artifactDir ? { screenshot: await this.screenshotHome(tab) } : {}),
      }));
    } catch (error) {
      if (error instanceof BrowserUnavailableError) {
        this.note = `not rendered: ${error.message}`;
        return page;
      }
      this.noteTimeout(page, error);
      return { ...page, renderError: `render of ${page.url} failed: ${errorMessage(error)}` };
    }
    let mobile: MobileLayout | null = null;
    try {
      mobile = await this.withPage('mobile', page, document, MOBILE_IDLE_CAP_MS, measureMobile);
    } catch (error) {
      if (error instanceof BrowserUnavailableError) this.note = `not rendered: ${error.message}`;
      else {
        this.noteTimeout(page, error);
        return { ...page, ...rendered, rendered: true, renderError: `phone layout of ${page.url} not measured: ${errorMessage(error)}` };
      }
    }
    return { ...page, ...rendered, rendered: true, ...(mobile ? { mobile } : {}) };
  }

  /**
   * A site whose page hung the browser once would most likely hang it on every page (the script comes with the
   * template), each time holding a context shared with other sites: its later pages stay as fetched.
   */
  private noteTimeout(page: FetchedPage, error: unknown): void {
    if (error instanceof RenderTimeoutError && !this.note) this.note = `not rendered after ${page.url}: ${error.message}`;
  }

  private async withPage<T>(
    kind: ContextKind,
    page: FetchedPage,
    document: FetchRecord,
    idleCapMs: number,
    use: (tab: Page) => Promise<T>,
  ): Promise<T> {
    const lease = await this.pool.lease(kind);
    const loadTimeout = this.options.timeoutMs + TYPICAL_FETCHES_PER_RENDER * this.options.perHostDelayMs;
    // Every step has its own bound; this one covers what has none (a stuck browser), with room for all of them.
    const budgetMs = loadTimeout + idleCapMs + EMPTY_BODY_GRACE_MS + 2 * this.options.timeoutMs + 3 * UNRESPONSIVE_MS;
    try {
      const result = await within(
        (async () => {
          const traffic = await this.routeThroughFetcher(lease.context, document, page.depth);
          const tab = await lease.page();
          tab.setDefaultTimeout(this.options.timeoutMs);
          await settle(tab.goto(page.url, { waitUntil: 'commit', timeout: loadTimeout }));
          await loaded(tab, loadTimeout);
          await settleRendering(tab, traffic, idleCapMs);
          return await use(tab);
        })(),
        budgetMs,
        'the render did not finish',
      );
      await lease.release();
      return result;
    } catch (error) {
      // A page that does not answer cannot be blanked for reuse (that waits on its script too).
      if (error instanceof RenderTimeoutError) await lease.discard(error.message);
      else await lease.release();
      throw error;
    }
  }

  private async routeThroughFetcher(context: BrowserContext, document: FetchRecord, depth: number): Promise<Traffic> {
    let documentServed = false;
    let fetches = 0;
    const traffic = new Traffic();
    await context.route('**/*', async (route: Route, request: Request) => {
      const done = traffic.started();
      try {
        if (!documentServed && request.isNavigationRequest() && request.frame().parentFrame() === null) {
          documentServed = true;
          await route.fulfill({
            status: document.status ?? 200,
            headers: servedHeaders(document.headers, document.contentType ?? 'text/html'),
            body: document.body ?? Buffer.alloc(0),
          });
          return;
        }
        const url = request.url();
        const worthFetching =
          request.method() === 'GET' && FETCHED_TYPES.has(request.resourceType()) && /^https?:/i.test(url) && this.deps.sameSite(url);
        if (!worthFetching) {
          await route.abort('blockedbyclient');
          return;
        }
        if (!this.responses.has(url)) {
          if (fetches >= MAX_FETCHES_PER_RENDER) {
            await route.abort('blockedbyclient');
            return;
          }
          fetches += 1;
        }
        const served = await this.serve(url, depth, request);
        if (served) await route.fulfill({ status: served.status, headers: served.headers, body: served.body ?? Buffer.alloc(0) });
        else await route.abort('failed');
      } catch (error) {
        if (isClosedError(error)) return;
        // e.g. a header value Chromium refuses: the page loses this resource, the fetch log says why.
        this.deps.report(browserRouteFailure(request, depth, errorMessage(error)));
        await route.abort('failed').catch((abortError: unknown) => {
          if (!isClosedError(abortError)) throw abortError;
        });
      } finally {
        done();
      }
    });
    return traffic;
  }

  private serve(url: string, depth: number, request: Request): Promise<Served | null> {
    let served = this.responses.get(url);
    if (!served) {
      served = this.fetchForBrowser(url, depth, request.resourceType(), request.headers()['accept']);
      this.responses.set(url, served);
    }
    return served;
  }

  private async fetchForBrowser(url: string, depth: number, resourceType: string, accept: string | undefined): Promise<Served | null> {
    if (!(await this.deps.isAllowed(url))) {
      this.deps.refuse(url, depth);
      return null;
    }
    const record = await this.deps.fetch(url, {
      method: 'GET',
      purpose: 'file',
      depth,
      ...(accept ? { headers: { accept } } : {}),
      keepBody: (status) => status >= 200 && status < 300,
      // The render holds a browser context meanwhile; the crawl's pages queued on the host can wait.
      priority: RENDER_FETCH_PRIORITY,
    });
    this.deps.report({ ...record, resourceType });
    if (record.status === null) return null;
    const final: Served = { status: record.status, headers: servedHeaders(record.headers, record.contentType), body: record.body };
    this.cachedBytes += record.bytes;
    if (this.cachedBytes > MAX_CACHED_BYTES) this.responses.delete(url);
    if (record.finalUrl === url) return final;
    // The browser follows the redirect itself, so a frame's relative links resolve against where it landed.
    if (!this.responses.has(record.finalUrl)) this.responses.set(record.finalUrl, Promise.resolve(final));
    return { status: 302, headers: { location: record.finalUrl }, body: null };
  }

  /** The DOM as HTML, within the byte budget for a page: a script can build a DOM far larger than any response. */
  private async renderedHtml(tab: Page): Promise<string> {
    const chars = await answered(tab.evaluate<number>('document.documentElement ? document.documentElement.outerHTML.length : 0'));
    if (chars > this.options.maxBodyBytes)
      throw new Error(`the rendered DOM has ${chars} characters, over the ${formatMegabytes(this.options.maxBodyBytes)} budget for a page; the static HTML is kept`);
    return answered(tab.content());
  }

  private async screenshotHome(tab: Page): Promise<string> {
    const relative = path.join('screenshots', this.deps.siteKey, 'home.jpg');
    const absolute = path.join(this.options.artifactDir!, relative);
    await mkdir(path.dirname(absolute), { recursive: true });
    const height = await answered(tab.evaluate<number>('document.documentElement.scrollHeight'));
    await tab.screenshot({
      path: absolute,
      type: 'jpeg',
      quality: SCREENSHOT_QUALITY,
      fullPage: true,
      clip: { x: 0, y: 0, width: DESKTOP_VIEWPORT.width, height: Math.max(1, Math.min(SCREENSHOT_MAX_HEIGHT, height)) },
    });
    return relative;
  }
}

async function measureMobile(tab: Page): Promise<MobileLayout> {
  const measured = await answered(
    tab.evaluate<{ scrollWidth: number; textChars: number }>(
      `({ scrollWidth: document.documentElement.scrollWidth,
        textChars: (document.body ? document.body.innerText : '').replace(/\\s+/g, ' ').trim().length })`,
    ),
  );
  return { viewportWidth: MOBILE_VIEWPORT.width, ...measured };
}
