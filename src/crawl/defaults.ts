/**
 * The crawl's defaults, apart from the crawler itself so that the command line can show them in --help without
 * loading the crawler (and the browser driver it imports).
 */
import { softwareVersion } from '../version.ts';
import type { CrawlOptions } from './types.ts';

export const defaultUserAgent = `Mirador/${softwareVersion} (+https://github.com/mirador-gob/mirador; open-government ranking research)`;

export const defaultCrawlOptions: CrawlOptions = {
  maxPages: 60,
  maxDepth: 4,
  maxFiles: 30,
  concurrency: 8,
  perHostConcurrency: 1,
  perHostDelayMs: 1000,
  timeoutMs: 20_000,
  retries: 2,
  maxBodyBytes: 10 * 1024 * 1024,
  // A municipal portal's 60 pages and their scripts come to a few MB; a run holds several sites at once, and
  // Node held some 30 bytes per byte of a text-heavy page while storing and scoring it (64 MB: 1.4 GB, 32 MB: 1.1 GB).
  maxSiteBytes: 32 * 1024 * 1024,
  // The heap and buffers the sites in flight hold (src/run/rank-run.ts memoryAdmission): the bench's 60 sites at a
  // 1 s delay held some 320 MB at most, in a process of 590 MB. Chromium, when rendering, adds its own.
  maxMemoryMb: 400,
  userAgent: defaultUserAgent,
  connectTo: [],
  allowPrivate: false,
};

export const WAYBACK_ARCHIVE_URL = 'https://web.archive.org';
/** About six months: portals of the 2016 study were captured irregularly, often months apart. */
export const WAYBACK_WINDOW_DAYS = 183;
/** --archive-rate: 30/minute is the Internet Archive's 2026 statement; 25 keeps the run below it with other tools on the same address. */
export const DEFAULT_ARCHIVE_RATE_PER_MINUTE = 25;
