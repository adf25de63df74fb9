import { decodeBody } from '../charset.ts';
import type { FetchRequest, HttpFetcher } from '../http-fetch.ts';
import type { FetchError, FetchRecord } from '../types.ts';
import { canonicalUrl } from '../url.ts';
import { cdxQueryUrl, chooseCapture, parseCdx, parseReplayUrl, replayUrl, type Capture, type WaybackTarget } from './cdx.ts';

const MAX_CAPTURE_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Lookup = { capture: Capture } | { error: FetchError };

/**
 * The crawler's fetch step for `--wayback`: the same interface as HttpFetcher, but each URL is
 * looked up in the archive's CDX index and fetched as the raw (`id_`) replay of the capture closest
 * before as-of. Every request goes through the wrapped HttpFetcher, so the archive host gets the
 * crawl's per-host queue, delay, retries, timeouts and --connect-to rules, and nothing is ever
 * sent to the original hosts: redirects are not followed by the HttpFetcher but resolved here,
 * capture to capture.
 */
export class WaybackFetcher {
  /** One CDX query per URL and crawl: the sitemap, links and redirects often ask for the same URL again. */
  private readonly lookups = new Map<string, Promise<Lookup>>();

  constructor(
    private readonly inner: HttpFetcher,
    private readonly target: WaybackTarget,
  ) {}

  close(): void {
    this.inner.close();
  }

  /** Only the archive is contacted, so only its address is checked (a --connect-to rule exempts it). */
  privateAddressError(_url: string): ReturnType<HttpFetcher['privateAddressError']> {
    return this.inner.privateAddressError(this.target.archiveUrl);
  }

  /**
   * Never throws: a missing capture is a 'no-capture' error, archive problems keep the kind the
   * HttpFetcher gave them. The record's `url`/`finalUrl`/`redirects` are original URLs; `archived`
   * names the replay fetched, and status, headers and body are the capture's.
   */
  async fetch(url: string, request: FetchRequest): Promise<FetchRecord> {
    const startedAt = new Date();
    const redirects: string[] = [];
    const visited = new Set([url]);
    let current = url;
    let attempts = 0;
    const finish = (fields: Partial<FetchRecord>): FetchRecord => ({
      url,
      finalUrl: current,
      redirects,
      method: request.method,
      purpose: request.purpose,
      depth: request.depth,
      status: null,
      headers: {},
      contentType: null,
      body: null,
      bytes: 0,
      error: null,
      ...fields,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      attempts,
    });

    for (;;) {
      const lookup = await this.lookup(current, request);
      if ('error' in lookup) return finish({ error: lookup.error });
      const archivedUrl = replayUrl(this.target.archiveUrl, lookup.capture);
      const record = await this.inner.fetch(archivedUrl, { ...request, followRedirects: false });
      attempts += record.attempts;
      const archived = { url: archivedUrl, timestamp: lookup.capture.timestamp };
      const location = record.headers.location;
      if (record.error || record.status === null || !REDIRECT_STATUSES.has(record.status) || !location) {
        const { url: _replay, finalUrl: _final, redirects: _hops, startedAt: _s, durationMs: _d, attempts: _a, ...rest } = record;
        return finish({ ...rest, archived });
      }
      // A capture of a redirect: the archive may point into itself (rewritten Location) or give the
      // original Location; either way the next page is looked up again, within the same window.
      const next = canonicalUrl(parseReplayUrl(location, this.target.archiveUrl)?.original ?? new URL(location, lookup.capture.original).href);
      if (!next) return finish({ error: { kind: 'other', message: `archived redirect to an invalid URL: ${location}` }, archived });
      if (visited.has(next)) return finish({ error: { kind: 'redirect-loop', message: `archived redirect loop back to ${next}` }, archived });
      if (redirects.length >= MAX_CAPTURE_REDIRECTS) {
        return finish({ error: { kind: 'too-many-redirects', message: `more than ${MAX_CAPTURE_REDIRECTS} archived redirects` }, archived });
      }
      visited.add(next);
      redirects.push(next);
      current = next;
    }
  }

  private lookup(url: string, request: FetchRequest): Promise<Lookup> {
    let lookup = this.lookups.get(url);
    if (!lookup) {
      lookup = this.query(url, request);
      this.lookups.set(url, lookup);
    }
    return lookup;
  }

  private async query(url: string, request: FetchRequest): Promise<Lookup> {
    const record = await this.inner.fetch(cdxQueryUrl(url, this.target), {
      method: 'GET',
      purpose: request.purpose,
      depth: request.depth,
      priority: request.priority ?? 0,
      keepBody: (status) => status >= 200 && status < 300,
    });
    const failed = (message: string): Lookup => ({ error: { kind: record.error?.kind ?? 'http', message: `web archive index (CDX) for ${url}: ${message}` } });
    if (record.error) return failed(record.error.message);
    if (record.status === null || record.status < 200 || record.status >= 300) return failed(`HTTP ${record.status}`);
    let captures: Capture[];
    try {
      captures = parseCdx(record.body ? decodeBody(record.body, record.contentType).text : '');
    } catch (error) {
      return { error: { kind: 'other', message: `web archive index (CDX) for ${url}: unreadable answer (${(error as Error).message})` } };
    }
    const capture = chooseCapture(captures, this.target);
    if (!capture) {
      return { error: { kind: 'no-capture', message: `no capture of this page within ${this.target.windowDays} days before ${this.target.asOf}` } };
    }
    return { capture };
  }
}
