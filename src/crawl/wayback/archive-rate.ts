/**
 * One pace for everything a run asks the web archive, shared by every site. The Internet Archive's
 * staff state a limit on the CDX API (60 requests a minute averaged over 5 minutes per IP in 2023;
 * 30 a minute shared with /web/timemap in 2026), answer 429 without Retry-After once it is passed,
 * and block the IP for an hour, doubling, when 429s keep coming. So index lookups are spaced below
 * the limit, and a 429 on any archive request stops all of them for a back-off (60 s, then doubling)
 * instead of delaying only the request that got it. After `maxBackoffs` 429s in a row the archive is
 * taken to refuse this run: every later request fails at once, and the sites left are resumable.
 */

import { parseRetryAfter } from '../http-fetch.ts';

/** The limiter's notion of time, injected so tests run a 60 s back-off without waiting for it. */
export interface ArchiveClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: ArchiveClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export { DEFAULT_ARCHIVE_RATE_PER_MINUTE } from '../defaults.ts';
/** The first back-off after a 429; the archive documents none, its block is counted in hours. */
export const DEFAULT_BACKOFF_BASE_MS = 60_000;
/** 60 + 120 + 240 + 480 s: a quarter of an hour of 429s is a refusal, not a burst. */
export const DEFAULT_MAX_BACKOFFS = 4;

export interface ArchiveRateSettings {
  /** Index (CDX) lookups a minute. */
  perMinute: number;
  backoffBaseMs?: number;
  maxBackoffs?: number;
}

export class ArchiveRateLimiter {
  private readonly intervalMs: number;
  private readonly backoffBaseMs: number;
  private readonly maxBackoffs: number;
  private nextLookupAt = 0;
  private blockedUntil = 0;
  private backoffMs = 0;
  private throttledInARow = 0;
  private refusedWith: string | null = null;
  /** After a 429, one request probes the archive; the others wait for its answer instead of all going at once. */
  private probe: Promise<void> | null = null;
  private settleProbe: (() => void) | null = null;

  constructor(
    settings: ArchiveRateSettings,
    private readonly clock: ArchiveClock = systemClock,
  ) {
    if (!(settings.perMinute > 0)) throw new Error(`archive rate must be above 0 requests a minute, got ${settings.perMinute}`);
    this.intervalMs = 60_000 / settings.perMinute;
    this.backoffBaseMs = settings.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS;
    this.maxBackoffs = settings.maxBackoffs ?? DEFAULT_MAX_BACKOFFS;
  }

  /** Why the archive is taken to refuse the run, or null while it is still asked. */
  get refusal(): string | null {
    return this.refusedWith;
  }

  /**
   * Waits until this request may go: an index lookup takes the next slot of the pace, and any
   * request waits out a back-off in force (re-checked after waking: another 429 may have extended it).
   * Resolves false, at once, when the archive refused the run.
   */
  async acquire(kind: 'index' | 'replay'): Promise<boolean> {
    if (kind === 'index') {
      const slot = Math.max(this.clock.now(), this.nextLookupAt);
      this.nextLookupAt = slot + this.intervalMs;
      await this.clock.sleep(slot - this.clock.now());
    }
    for (;;) {
      if (this.refusedWith) return false;
      const wait = this.blockedUntil - this.clock.now();
      if (wait > 0) {
        await this.clock.sleep(wait);
        continue;
      }
      if (this.throttledInARow === 0) return true;
      if (this.probe) {
        await this.probe;
        continue;
      }
      this.probe = new Promise((resolve) => (this.settleProbe = resolve));
      return true;
    }
  }

  /**
   * A 429: every archive request pauses, for twice as long as after the previous 429 in a row, or
   * as long as a Retry-After asks when that is longer.
   */
  throttled(url: string, retryAfter?: string): void {
    this.throttledInARow += 1;
    if (this.throttledInARow > this.maxBackoffs) {
      // The Internet Archive blocks an address for an hour, doubling, after repeated 429s: say to wait.
      this.refusedWith ??= `the web archive kept answering HTTP 429 (too many requests) after ${this.maxBackoffs} back-offs, last for ${url}; wait an hour or more before --resume`;
      this.settle();
      return;
    }
    this.backoffMs = this.backoffMs === 0 ? this.backoffBaseMs : this.backoffMs * 2;
    const asked = parseRetryAfter(retryAfter, this.clock.now()) ?? 0;
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + Math.max(this.backoffMs, asked));
    // The pace restarts after the pause rather than releasing the lookups queued meanwhile at once.
    this.nextLookupAt = Math.max(this.nextLookupAt, this.blockedUntil);
    this.settle();
  }

  /** Any answer but a 429 ends a run of them. */
  answered(): void {
    this.throttledInARow = 0;
    this.backoffMs = 0;
    this.settle();
  }

  private settle(): void {
    const settle = this.settleProbe;
    this.probe = null;
    this.settleProbe = null;
    settle?.();
  }
}
