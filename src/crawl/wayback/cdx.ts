/**
 * The web archive's capture index (CDX) and replay addresses: which captures of a URL exist, which
 * of them may stand for the page as it was on the as-of date, and where each is replayed. Two
 * layouts are documented and served: the Internet Archive's wayback-cdx-server
 * (https://github.com/internetarchive/wayback/tree/master/wayback-cdx-server: `/cdx/search/cdx`,
 * JSON rows under a header row, `/web/<timestamp>id_/<url>`) and pywb's per-collection CDXJ server
 * (https://pywb.readthedocs.io/en/latest/manual/cdxserver_api.html: `/<coll>/cdx`, newline-delimited
 * JSON objects with `url`/`mime`/`status`, `/<coll>/<timestamp>id_/<url>`).
 */

/** One row of a CDX answer, under the Internet Archive's field names. */
export interface Capture {
  /** The archive's SURT key of the URL (see surt.ts); '' when the answer did not include it. */
  urlkey: string;
  /** 14-digit (or shorter) capture time, yyyyMMddhhmmss, UTC. */
  timestamp: string;
  /** The URL as the archive's crawler requested it. */
  original: string;
  /** HTTP status of the capture ('200', '301'…; '-' for a revisit record, whose replay is the earlier response). */
  statuscode: string;
  mimetype: string;
  digest: string;
}

/** Where and for when to look pages up. */
export interface WaybackTarget {
  /**
   * Archive base: a host alone (https://web.archive.org) for the Internet Archive's layout, a
   * collection path (https://archive.example/my-coll) for a pywb collection.
   */
  archiveUrl: string;
  /** YYYY-MM-DD: the page as it was at the end of this day. */
  asOf: string;
  /** How far back before as-of a capture still counts. */
  windowDays: number;
}

export type ArchiveLayout = 'wayback' | 'pywb';

/**
 * Rows asked per lookup: the answer is every capture under the URL's SURT key (other spellings, the
 * 301 of a site that moved to https, revisits), and when the latest cannot stand for the page the
 * next earlier one is taken from the same answer rather than asked for again.
 */
const CAPTURES_PER_LOOKUP = 25;
const FIELDS = ['urlkey', 'timestamp', 'original', 'statuscode', 'mimetype', 'digest'] as const;
/** Field order of the space-separated format when no `fl` was asked for. */
const DEFAULT_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];
/** pywb's field names for the same facts. */
const FIELD_ALIASES: Record<string, (typeof FIELDS)[number]> = { url: 'original', mime: 'mimetype', status: 'statuscode' };

function compactDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** The capture-time range the window covers, as CDX timestamps: [from, to]. */
export function captureRange(target: Pick<WaybackTarget, 'asOf' | 'windowDays'>): { from: string; to: string } {
  const asOf = new Date(`${target.asOf}T00:00:00Z`);
  if (Number.isNaN(asOf.getTime())) throw new Error(`invalid as-of date: ${target.asOf}`);
  const from = new Date(asOf.getTime() - target.windowDays * 24 * 60 * 60 * 1000);
  return { from: `${compactDate(from)}000000`, to: `${compactDate(asOf)}235959` };
}

export function archiveBase(archiveUrl: string): string {
  return archiveUrl.replace(/\/+$/, '');
}

/** A bare host is the Internet Archive's layout; a path names a pywb collection. */
export function archiveLayout(archiveUrl: string): ArchiveLayout {
  return new URL(archiveBase(archiveUrl)).pathname.replace(/\/+$/, '') === '' ? 'wayback' : 'pywb';
}

/**
 * The CDX query for the captures of `url` within the window, the latest first. No status filter:
 * revisits (status '-') and a 404 captured last are facts about the page that the choice needs.
 */
export function cdxQueryUrl(url: string, target: WaybackTarget): string {
  const { from, to } = captureRange(target);
  const layout = archiveLayout(target.archiveUrl);
  const params = new URLSearchParams({ url, output: 'json', from, to });
  // pywb's JSON lines carry every field under its own names; the wayback server needs `fl` for urlkey and digest.
  if (layout === 'wayback') params.set('fl', FIELDS.join(','));
  params.set('sort', 'closest');
  params.set('closest', to);
  params.set('limit', String(CAPTURES_PER_LOOKUP));
  const path = layout === 'wayback' ? '/cdx/search/cdx' : '/cdx';
  return `${archiveBase(target.archiveUrl)}${path}?${params.toString()}`;
}

/**
 * Parses a CDX answer in any of the documented formats: JSON rows under a header row (`[]` or an
 * empty body when nothing matched), newline-delimited JSON objects (pywb `output=json`), CDXJ lines
 * (`key timestamp {json}`), or space-separated lines (fields in our `fl` order or the server's
 * default seven).
 */
export function parseCdx(text: string): Capture[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('[')) {
    const rows = JSON.parse(trimmed) as unknown;
    if (!Array.isArray(rows) || rows.length === 0) return [];
    const [header, ...data] = rows as string[][];
    if (!Array.isArray(header)) throw new Error('CDX JSON answer without a header row');
    return data.map((row) => toCapture(Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']))));
  }
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim());
  return lines.map((line) => {
    const text = line.trim();
    if (text.startsWith('{')) return toCapture(JSON.parse(text) as Record<string, unknown>);
    const cdxj = /^(\S+) (\d{1,14}) (\{.*\})$/.exec(text);
    if (cdxj) return toCapture({ urlkey: cdxj[1], timestamp: cdxj[2], ...(JSON.parse(cdxj[3]!) as Record<string, unknown>) });
    const cells = text.split(/\s+/);
    const names = cells.length === DEFAULT_FIELDS.length ? DEFAULT_FIELDS : [...FIELDS];
    return toCapture(Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
  });
}

function toCapture(fields: Record<string, unknown>): Capture {
  const capture: Capture = { urlkey: '', timestamp: '', original: '', statuscode: '', mimetype: '', digest: '' };
  for (const [name, value] of Object.entries(fields)) {
    const field = FIELD_ALIASES[name] ?? name;
    if ((FIELDS as readonly string[]).includes(field)) capture[field as keyof Capture] = String(value ?? '');
  }
  return capture;
}

/** Capture time padded to 14 digits, comparable as a string. */
export function captureTime(capture: Pick<Capture, 'timestamp'>): string {
  return capture.timestamp.padEnd(14, '0');
}

/**
 * The captures that may stand for the page, latest first: taken on or before the end of the as-of
 * day and within the window, with a status (2xx–5xx: a 404 captured last is the portal as it was)
 * or a revisit ('-', replayed as the response it repeats). Later captures are never used, even when
 * closer: the evaluation must see only what the portal showed by the as-of date.
 */
export function usableCaptures(captures: Capture[], target: Pick<WaybackTarget, 'asOf' | 'windowDays'>): Capture[] {
  const { from, to } = captureRange(target);
  const seen = new Set<string>();
  return captures
    .filter((capture) => {
      if (!/^\d{4,14}$/.test(capture.timestamp) || !/^([2-5]\d\d|-)$/.test(capture.statuscode)) return false;
      const t = captureTime(capture);
      const key = `${t} ${capture.original}`;
      if (t < from || t > to || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => captureTime(b).localeCompare(captureTime(a)));
}

/** The raw replay of a capture: `id_` asks for the bytes as archived, without toolbar or link rewriting. */
export function replayUrl(archiveUrl: string, capture: Pick<Capture, 'timestamp' | 'original'>): string {
  const prefix = archiveLayout(archiveUrl) === 'wayback' ? '/web' : '';
  return `${archiveBase(archiveUrl)}${prefix}/${capture.timestamp}id_/${capture.original}`;
}

/** The capture a replay URL of this archive points at (any modifier, e.g. `id_`), or null for other URLs. */
export function parseReplayUrl(url: string, archiveUrl: string): { timestamp: string; original: string } | null {
  const base = new URL(archiveBase(archiveUrl));
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  if (parsed.host !== base.host) return null;
  const path = `${parsed.pathname}${parsed.search}`;
  const prefix = `${base.pathname.replace(/\/+$/, '')}${archiveLayout(archiveUrl) === 'wayback' ? '/web' : ''}`;
  const match = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\d{1,14})(?:[a-z]{2}_)?/(.+)$`).exec(path);
  if (!match) return null;
  // Some replays collapse the scheme's double slash ("http:/host/"); put it back.
  const original = match[2]!.replace(/^(https?):\/(?!\/)/i, '$1://');
  return { timestamp: match[1]!, original };
}

/** A Memento-Datetime (RFC 7089 §2.1.1, an HTTP-date) as a 14-digit capture time, or null. */
export function mementoTime(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
