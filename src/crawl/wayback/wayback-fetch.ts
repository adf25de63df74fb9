import { decodeBody } from '../charset.ts';
import type { FetchRequest, HttpFetcher } from '../http-fetch.ts';
import type { ArchivedCapture, FetchError, FetchRecord } from '../types.ts';
import { canonicalUrl } from '../url.ts';
import { ArchiveRateLimiter, DEFAULT_ARCHIVE_RATE_PER_MINUTE, systemClock, type ArchiveClock } from './archive-rate.ts';
import { captureRange, cdxQueryUrl, mementoTime, parseCdx, parseReplayUrl, replayUrl, usableCaptures, type Capture, type WaybackTarget } from './cdx.ts';
import { exclusionOf, isMemento, originalHeaders } from './replay.ts';
import { surtKey } from './surt.ts';

const MAX_CAPTURE_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_RETRY_BASE_MS = 500;

/** An index answer: the captures that may stand for the page, latest first, or why there are none. */
type Lookup = { captures: Capture[] } | { error: FetchError };

/** What one archive request came to, after its retries and the limiter's back-offs. */
type ArchiveAnswer = { record: FetchRecord } | { error: FetchError };

export interface WaybackSettings {
  /** The run's pace towards the archive; shared by every site of the crawl. */
  limiter?: ArchiveRateLimiter;
  /** Extra attempts after a timeout, reset or 5xx of the archive itself (not a 429: the limiter decides those). */
  retries?: number;
  retryBaseDelayMs?: number;
  clock?: ArchiveClock;
}

/** The fetch's running account: every archive request it made and their attempts. */
interface Trail {
  exchanges: FetchRecord[];
  attempts: number;
}

const captureId = (capture: Pick<Capture, 'timestamp' | 'original'>): string => `${capture.timestamp} ${capture.original}`;

/**
 * The crawler's fetch step for `--wayback`: the same interface as HttpFetcher, but each URL is
 * looked up in the archive's CDX index and fetched as the raw (`id_`) replay of the latest capture
 * on or before as-of. Every request goes through the wrapped HttpFetcher, so the archive host gets the
 * crawl's per-host queue, delay, timeouts and --connect-to rules, and through one rate limiter;
 * nothing is ever sent to the original hosts: redirects are resolved here, capture to capture.
 */
export class WaybackFetcher {
  /** One index query per SURT key and crawl: the sitemap, links, redirects and other spellings ask for the same captures again. */
  private readonly lookups = new Map<string, Promise<Lookup>>();
  private readonly limiter: ArchiveRateLimiter;
  private readonly clock: ArchiveClock;

  constructor(
    private readonly inner: HttpFetcher,
    private readonly target: WaybackTarget,
    private readonly settings: WaybackSettings = {},
  ) {
    this.clock = settings.clock ?? systemClock;
    this.limiter = settings.limiter ?? new ArchiveRateLimiter({ perMinute: DEFAULT_ARCHIVE_RATE_PER_MINUTE }, this.clock);
  }

  close(): void {
    this.inner.close();
  }

  /** Only the archive is contacted, so only its address is checked (a --connect-to rule exempts it). */
  privateAddressError(_url: string): ReturnType<HttpFetcher['privateAddressError']> {
    return this.inner.privateAddressError(this.target.archiveUrl);
  }

  /** Spellings the archive files under one key are one document: the crawl queues one of them. */
  documentKey(url: string): string {
    return surtKey(url);
  }

  /**
   * Never throws: a missing capture is a 'no-capture' error, an exclusion 'archive-excluded', an
   * archive that did not answer 'archive-unavailable'. The record's `url`/`finalUrl`/`redirects` are
   * original URLs (`finalUrl` as the capture has it, so relative links resolve as they did); `archived`
   * names the replay fetched and the capture's time; status, headers and body are the capture's.
   */
  async fetch(url: string, request: FetchRequest): Promise<FetchRecord> {
    const startedAt = new Date();
    const trail: Trail = { exchanges: [], attempts: 0 };
    const redirects: string[] = [];
    /** Captures this chain already replayed: a redirect's target never takes the redirect capture itself again. */
    const used = new Set<string>();
    let current = url;
    const finish = (fields: Partial<FetchRecord>, last?: FetchRecord): FetchRecord => {
      const exchanges = last ? trail.exchanges.filter((exchange) => exchange !== last) : trail.exchanges;
      return {
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
        attempts: trail.attempts,
        ...(exchanges.length > 0 ? { archiveExchanges: exchanges } : {}),
      };
    };

    for (;;) {
      const lookup = await this.lookup(current, request, trail);
      if ('error' in lookup) return finish({ error: lookup.error });
      const untried = lookup.captures.filter((capture) => !used.has(captureId(capture)));
      if (untried.length === 0) {
        const error: FetchError =
          lookup.captures.length > 0
            ? { kind: 'redirect-loop', message: `archived redirect loop back to ${current}: its only captures are the redirects already followed` }
            : { kind: 'no-capture', message: `no capture of this page within ${this.target.windowDays} days before ${this.target.asOf}` };
        return finish({ error });
      }
      const replayed = await this.replay(untried, request, trail, used);
      if ('error' in replayed) return finish({ error: replayed.error });
      const { record, capture, archived } = replayed;
      const headers = originalHeaders(record.headers);
      const location = headers.location;
      if (record.status !== null && REDIRECT_STATUSES.has(record.status) && location) {
        // A capture of the portal's redirect (it carries Memento-Datetime): the archive may point into
        // itself (rewritten Location) or give the original Location; either way the target is looked up.
        const intoArchive = parseReplayUrl(location, this.target.archiveUrl);
        const next = intoArchive ? canonicalUrl(intoArchive.original) : canonicalUrl(location, capture.original);
        if (!next) return finish({ error: { kind: 'other', message: `archived redirect to an invalid URL: ${location}` }, archived });
        if (redirects.length >= MAX_CAPTURE_REDIRECTS) {
          return finish({ error: { kind: 'too-many-redirects', message: `more than ${MAX_CAPTURE_REDIRECTS} archived redirects` }, archived });
        }
        redirects.push(next);
        current = next;
        continue;
      }
      current = canonicalUrl(capture.original) ?? capture.original;
      const status = record.status;
      // A 404 or 500 captured last is the portal as it was that day, as a live crawl would see it.
      const error: FetchError | null =
        status !== null && status >= 400 ? { kind: 'http', message: `HTTP ${status} as archived on ${archived.timestamp}` } : record.error;
      return finish(
        {
          status,
          headers,
          contentType: headers['content-type'] ?? null,
          body: error ? null : record.body,
          bytes: record.bytes,
          error,
          archived,
          ...(record.requestHeaders ? { requestHeaders: record.requestHeaders } : {}),
          ...(record.tlsError ? { tlsError: record.tlsError } : {}),
        },
        record,
      );
    }
  }

  /**
   * Replays the first of `captures` that the archive replays as itself. An answer without
   * Memento-Datetime that is not a 2xx is the archive's own (a redirect to another capture when this
   * one cannot be replayed, a 404): the next earlier capture of the same index answer is tried, never
   * the later one the archive offers. A memento dated outside the window (an archive that serves the
   * closest capture in place, as pywb does) is refused the same way.
   */
  private async replay(
    captures: Capture[],
    request: FetchRequest,
    trail: Trail,
    used: Set<string>,
  ): Promise<{ record: FetchRecord; capture: Capture; archived: ArchivedCapture } | { error: FetchError }> {
    const { from, to } = captureRange(this.target);
    const refused: string[] = [];
    for (const capture of captures) {
      used.add(captureId(capture));
      const url = replayUrl(this.target.archiveUrl, capture);
      const keepBody = request.keepBody;
      const answer = await this.archiveRequest(url, 'replay', trail, {
        ...request,
        followRedirects: false,
        // A 403's body names the exclusion.
        keepBody: (status, headers) => status === 403 || (keepBody ? keepBody(status, headers) : request.method === 'GET' && status >= 200 && status < 300),
      });
      if ('error' in answer) return answer;
      const { record } = answer;
      const excluded = exclusionOf(record.status, record.body ? record.body.toString('latin1') : '');
      if (excluded) return { error: { kind: 'archive-excluded', message: excluded } };
      if (record.error && record.status === null) return { error: record.error };
      const memento = isMemento(record.headers);
      const time = mementoTime(record.headers['memento-datetime']) ?? capture.timestamp.padEnd(14, '0');
      if ((!memento && record.status !== null && (record.status < 200 || record.status >= 300)) || time > to || time < from) {
        refused.push(`${capture.timestamp}: ${memento ? `replayed as a capture of ${time}, outside the window` : `the archive answered HTTP ${record.status}${record.headers.location ? ` to ${record.headers.location}` : ''}`}`);
        continue;
      }
      return { record, capture, archived: { url, timestamp: time } };
    }
    return {
      error: { kind: 'no-capture', message: `the web archive could not replay the ${refused.length} capture(s) of this page before ${this.target.asOf} (${refused.join('; ')})` },
    };
  }

  private lookup(url: string, request: FetchRequest, trail: Trail): Promise<Lookup> {
    const key = surtKey(url);
    let lookup = this.lookups.get(key);
    if (!lookup) {
      lookup = this.query(url, request, trail);
      this.lookups.set(key, lookup);
      // An archive that did not answer says nothing of the page: the next request for it asks again.
      // (A rejection reaches the caller awaiting `lookup`; here it only uncaches the key.)
      lookup.then(
        (result) => {
          if ('error' in result && result.error.kind === 'archive-unavailable') this.lookups.delete(key);
        },
        () => this.lookups.delete(key),
      );
    }
    return lookup;
  }

  private async query(url: string, request: FetchRequest, trail: Trail): Promise<Lookup> {
    const answer = await this.archiveRequest(cdxQueryUrl(url, this.target), 'index', trail, {
      method: 'GET',
      purpose: request.purpose,
      depth: request.depth,
      priority: request.priority ?? 0,
      // Kept whatever the status: the answer is provenance, and a 403's body names the exclusion.
      keepBody: () => true,
    });
    if ('error' in answer) return answer;
    const { record } = answer;
    const text = record.body ? decodeBody(record.body, record.contentType).text : '';
    const excluded = exclusionOf(record.status, text);
    if (excluded) return { error: { kind: 'archive-excluded', message: excluded } };
    const failed = (message: string): Lookup => ({ error: { kind: record.error?.kind ?? 'http', message: `web archive index (CDX) for ${url}: ${message}` } });
    if (record.error && record.status === null) return failed(record.error.message);
    if (record.status === null || record.status < 200 || record.status >= 300) return failed(`HTTP ${record.status}`);
    let captures: Capture[];
    try {
      captures = parseCdx(text);
    } catch (error) {
      return { error: { kind: 'other', message: `web archive index (CDX) for ${url}: unreadable answer (${(error as Error).message})` } };
    }
    const usable = usableCaptures(captures, this.target);
    if (usable.length === 0) {
      return { error: { kind: 'no-capture', message: `no capture of this page within ${this.target.windowDays} days before ${this.target.asOf}` } };
    }
    return { captures: usable };
  }

  /**
   * One request to the archive under the run's limiter: a 429 backs every archive request off (and
   * is retried after it), a timeout, reset or 5xx that is not a memento is retried `retries` times;
   * what still fails is the archive's failure ('archive-unavailable'), never the portal's.
   */
  private async archiveRequest(url: string, kind: 'index' | 'replay', trail: Trail, request: FetchRequest): Promise<ArchiveAnswer> {
    const retries = this.settings.retries ?? 2;
    for (let failures = 0; ; ) {
      if (!(await this.limiter.acquire(kind))) {
        return { error: { kind: 'archive-unavailable', message: this.limiter.refusal ?? 'the web archive refused the run' } };
      }
      const record = await this.inner.fetch(url, { ...request, retries: 0 });
      trail.attempts += record.attempts;
      trail.exchanges.push(record);
      if (record.status === 429) {
        this.limiter.throttled(url, record.headers['retry-after']);
        continue;
      }
      this.limiter.answered();
      const archiveFailed =
        (record.status === null && (record.error?.kind === 'timeout' || record.error?.kind === 'reset')) ||
        (record.status !== null && record.status >= 500 && !isMemento(record.headers));
      if (!archiveFailed) return { record };
      failures += 1;
      if (failures > retries) {
        const what = record.status === null ? record.error!.message : `HTTP ${record.status}`;
        return { error: { kind: 'archive-unavailable', message: `the web archive did not answer for ${url}: ${what} (${failures} attempts)` } };
      }
      await this.clock.sleep((this.settings.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_MS) * 2 ** (failures - 1));
    }
  }
}
