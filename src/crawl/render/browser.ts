import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';
import { RenderTimeoutError, within } from './deadline.ts';

/** Debian's package; the lab machines and the CI image have it, so Playwright's own download is only a fallback. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Every request the browser makes is answered by our fetcher through `context.route`, so the
 * browser itself needs no network at all: the resolver rule makes anything that slips past the
 * routes (WebSockets, prefetches, component updates) fail at DNS instead of leaving the machine.
 */
/**
 * The features Playwright turns off itself (its chromiumSwitches: HttpsUpgrades would turn a municipality's http://
 * pages into https:// ones, PaintHolding, MediaRouter…). Chromium reads one --disable-features, the last given, so
 * ours must repeat Playwright's; test/crawl/render/chromium-features.test.ts holds this list to the one Playwright
 * passes, so an upgrade that adds one fails there instead of silently turning it back on.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];
/**
 * The omnibox popup's WebUI, which headless Chromium 156 still builds for every window: a renderer of its own per
 * context (some 40 MB PSS each, 30 % of an idle browser with two contexts) for a popup a crawl never opens.
 */
const UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_FEATURES].join(',')}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // WebRTC sends STUN over UDP to IP literals itself, past the routes and the resolver: only this pair stops it
  // (the force flag alone did not, in issue 13's probe).
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--force-webrtc-ip-handling-policy',
  // Memory: a crawl renders many small pages one site after another, never needing a renderer
  // process per site. Pages share two renderers where Chromium can (site isolation would ask for
  // one per site, and protects nothing here: pages get no network and no credentials), and the GPU
  // code runs in the browser process. (Playwright already passes --disable-dev-shm-usage.)
  '--renderer-process-limit=2',
  '--disable-site-isolation-trials',
  '--in-process-gpu',
];

/**
 * desktop: the crawl's rendering (1280×800). mobile: a phone (375 px, mobile meta-viewport
 * handling) for the legibility measure. offline: JavaScript off, for re-showing stored HTML.
 */
export type ContextKind = 'desktop' | 'mobile' | 'offline';

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;
export const MOBILE_VIEWPORT = { width: 375, height: 667 } as const;

export class BrowserUnavailableError extends Error {
  override name = 'BrowserUnavailableError';
}

export interface BrowserPoolOptions {
  /** Chromium binary; default /usr/bin/chromium when present, else Playwright's bundled browser. */
  executablePath?: string;
  /** Browser contexts alive at once (each holds one rendering page at a time). */
  maxContexts?: number;
  /** navigator.userAgent inside pages; the requests themselves carry the fetcher's User-Agent. */
  userAgent?: string;
}

export interface ContextLease {
  context: BrowserContext;
  /**
   * The context's tab: kept from lease to lease (blanked in between), since a new page costs a
   * renderer process start, the largest part of rendering a small page.
   */
  page(): Promise<Page>;
  /** Blanks the tab, closes other pages, drops routes and cookies, and returns the context to the pool. */
  release(): Promise<void>;
  /**
   * Closes the context instead of reusing it (its page's script does not yield, so blanking the tab could wait
   * on it forever) and frees the slot for a fresh one.
   */
  discard(reason: string): Promise<void>;
}

/**
 * Closing a context whose renderer spins in a script took 0.2 s in the probe; a browser that does not
 * close one in this long is itself stuck, and is closed so the next lease launches a new one.
 */
const CONTEXT_CLOSE_MS = 10_000;

/**
 * Each context has renderer processes of its own (Chromium shares none across contexts), about
 * 100–150 MB each; renders are mostly CPU, so a third context bought little on a small machine.
 */
const DEFAULT_MAX_CONTEXTS = 2;

function contextOptions(kind: ContextKind, userAgent: string | undefined): BrowserContextOptions {
  const common: BrowserContextOptions = {
    // Service workers would fetch outside page routing.
    serviceWorkers: 'block',
    acceptDownloads: false,
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    ...(userAgent ? { userAgent } : {}),
  };
  switch (kind) {
    case 'desktop':
      return { ...common, viewport: DESKTOP_VIEWPORT };
    case 'mobile':
      return { ...common, viewport: MOBILE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
    case 'offline':
      return { ...common, viewport: DESKTOP_VIEWPORT, javaScriptEnabled: false };
  }
}

/**
 * One Chromium per crawler, launched on first use, and a few contexts reused across pages and
 * sites (crawlee's browser-pool idea, small): a context is leased for one render and handed back
 * clean. A failed launch is remembered, so a machine without a browser costs one attempt.
 */
export class BrowserPool {
  /** Browser launches so far (tests check that several sites share one). */
  launches = 0;
  private launching: Promise<Browser> | null = null;
  private launchError: BrowserUnavailableError | null = null;
  private readonly idle = new Map<ContextKind, BrowserContext[]>();
  private leased = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly maxContexts: number;

  constructor(private readonly options: BrowserPoolOptions = {}) {
    this.maxContexts = Math.max(1, options.maxContexts ?? DEFAULT_MAX_CONTEXTS);
  }

  /** The shared browser, launching it on first call; rejects with BrowserUnavailableError. */
  browser(): Promise<Browser> {
    if (this.launchError) return Promise.reject(this.launchError);
    if (!this.launching) {
      const launching: Promise<Browser> = this.launch().then(
        (browser) => {
          browser.on('disconnected', () => {
            // A crashed browser is relaunched on the next lease rather than failing the rest of the run.
            if (this.launching !== launching) return;
            this.launching = null;
            this.idle.clear();
          });
          return browser;
        },
        (error: unknown) => {
          this.launchError = error instanceof BrowserUnavailableError ? error : new BrowserUnavailableError(String(error));
          throw this.launchError;
        },
      );
      this.launching = launching;
    }
    return this.launching;
  }

  /** Why the browser cannot start, once a launch has failed; null otherwise. */
  get unavailableReason(): string | null {
    return this.launchError?.message ?? null;
  }

  private async launch(): Promise<Browser> {
    const executablePath = this.options.executablePath ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
    const launchOptions: LaunchOptions = { headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
    this.launches += 1;
    try {
      return await chromium.launch(launchOptions);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const where = executablePath
        ? `Chromium at ${executablePath} did not start`
        : `${SYSTEM_CHROMIUM} not found and Playwright's bundled Chromium did not start (install the Debian chromium package, or run \`npx playwright-core install chromium\`)`;
      throw new BrowserUnavailableError(`${where}: ${detail}`);
    }
  }

  /** Waits for a free context slot, then hands out a clean context of that kind. */
  async lease(kind: ContextKind): Promise<ContextLease> {
    await this.acquireSlot();
    let context: BrowserContext;
    try {
      context = this.idle.get(kind)?.pop() ?? (await this.newContext(kind));
    } catch (error) {
      this.releaseSlot();
      throw error;
    }
    let released = false;
    const once = async (finish: () => Promise<void>): Promise<void> => {
      if (released) return;
      released = true;
      try {
        await finish();
      } finally {
        this.releaseSlot();
      }
    };
    return {
      context,
      page: async () => context.pages()[0] ?? (await context.newPage()),
      release: () => once(() => this.recycle(kind, context)),
      discard: (reason) => once(() => this.discardContext(context, reason)),
    };
  }

  private async discardContext(context: BrowserContext, reason: string): Promise<void> {
    try {
      // A close that fails has nothing left to close.
      await within(context.close({ reason }).catch(() => undefined), CONTEXT_CLOSE_MS, 'the browser did not close a context');
    } catch (error) {
      if (!(error instanceof RenderTimeoutError)) throw error;
      await this.close();
    }
  }

  private async newContext(kind: ContextKind): Promise<BrowserContext> {
    const browser = await this.browser();
    // Idle contexts of other kinds count towards the limit too: close one to make room.
    const idleCount = [...this.idle.values()].reduce((sum, list) => sum + list.length, 0);
    if (idleCount + this.leased > this.maxContexts) {
      for (const list of this.idle.values()) {
        const spare = list.pop();
        if (spare) {
          await spare.close();
          break;
        }
      }
    }
    const context = await browser.newContext(contextOptions(kind, this.options.userAgent));
    await refuseNewWindows(context);
    return context;
  }

  private async recycle(kind: ContextKind, context: BrowserContext): Promise<void> {
    if (!context.browser()?.isConnected()) return;
    try {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      const [kept, ...others] = context.pages();
      await Promise.all(others.map((page) => page.close()));
      // Stops the last page's scripts and timers; about:blank needs no request.
      await kept?.goto('about:blank');
      await context.clearCookies();
    } catch (error) {
      // A context that cannot be cleaned is not reused; closing it may fail the same way.
      await this.discardContext(context, `not reusable: ${String(error)}`);
      return;
    }
    const list = this.idle.get(kind) ?? [];
    list.push(context);
    this.idle.set(kind, list);
  }

  private async acquireSlot(): Promise<void> {
    while (this.leased >= this.maxContexts) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.leased += 1;
  }

  private releaseSlot(): void {
    this.leased -= 1;
    this.waiting.shift()?.();
  }

  /** Closes the browser; a later lease launches a new one. */
  async close(): Promise<void> {
    const launching = this.launching;
    this.launching = null;
    this.idle.clear();
    if (!launching) return;
    const browser = await launching.catch(() => null);
    await browser?.close();
  }
}

/**
 * A crawled page may not open windows: a `window.open` loop took one site from seconds to minutes and Chromium to
 * gigabytes (issue 13). `window.open` answers null as a blocked popup does, and any window that opens anyway
 * (a link with target=_blank clicked by script) is closed as it appears. Dialogs need nothing: Playwright
 * dismisses them when nobody listens, and downloads are refused by the context options.
 */
async function refuseNewWindows(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.open = () => null;
  });
  context.on('page', (page) => {
    void page.opener().then((opener) => (opener ? page.close() : undefined)).catch(() => undefined);
  });
}

export function createBrowserPool(options: BrowserPoolOptions = {}): BrowserPool {
  return new BrowserPool(options);
}
