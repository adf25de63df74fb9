/**
 * The web archive's CDX index (https://archive.org/developers/wayback-cdx-server.html): which
 * captures of a URL exist, and which one stands for the page as it was on the as-of date.
 */

/** One row of a CDX answer. */
export interface Capture {
  /** 14-digit (or shorter) capture time, yyyyMMddhhmmss, UTC. */
  timestamp: string;
  /** The URL as the archive's crawler requested it. */
  original: string;
  /** HTTP status of the capture ('200', '301'…; '-' for revisit records). */
  statuscode: string;
  mimetype: string;
}

/** Where and for when to look pages up. */
export interface WaybackTarget {
  /** Archive base, e.g. https://web.archive.org (no trailing slash needed). */
  archiveUrl: string;
  /** YYYY-MM-DD: the page as it was at the end of this day. */
  asOf: string;
  /** How far back before as-of a capture still counts. */
  windowDays: number;
}

const FIELDS = ['timestamp', 'original', 'statuscode', 'mimetype'] as const;
/** Field order of the space-separated format when no `fl` was asked for. */
const DEFAULT_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];

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

/** The CDX query for the captures of `url` within the window, closest to the end of the as-of day first. */
export function cdxQueryUrl(url: string, target: WaybackTarget): string {
  const { from, to } = captureRange(target);
  const params = new URLSearchParams({
    url,
    output: 'json',
    to,
    from,
    filter: 'statuscode:[23]..',
    fl: FIELDS.join(','),
    sort: 'closest',
    closest: to,
    limit: '5',
  });
  return `${archiveBase(target.archiveUrl)}/cdx/search/cdx?${params.toString()}`;
}

/**
 * Parses a CDX answer in either format: JSON (an array of rows whose first row names the fields;
 * `[]` or an empty body when nothing matched) or the default space-separated lines (fields in the
 * `fl` order asked for, or the server's default seven fields).
 */
export function parseCdx(text: string): Capture[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('[')) {
    const rows = JSON.parse(trimmed) as unknown;
    if (!Array.isArray(rows) || rows.length === 0) return [];
    const [header, ...data] = rows as string[][];
    if (!Array.isArray(header)) throw new Error('CDX JSON answer without a header row');
    return data.map((row) => toCapture(header, row));
  }
  return trimmed.split(/\r?\n/).filter((line) => line.trim()).map((line) => {
    const cells = line.trim().split(/\s+/);
    return toCapture(cells.length === DEFAULT_FIELDS.length ? DEFAULT_FIELDS : [...FIELDS], cells);
  });
}

function toCapture(header: string[], row: string[]): Capture {
  const cell = (name: string): string => row[header.indexOf(name)] ?? '';
  return { timestamp: cell('timestamp'), original: cell('original'), statuscode: cell('statuscode'), mimetype: cell('mimetype') };
}

/**
 * The latest usable capture taken on or before the end of the as-of day and within the window.
 * Later captures are never used, even when closer: the evaluation must see only what the portal
 * showed by the as-of date. Error captures (4xx/5xx) and revisits without a status do not count.
 */
export function chooseCapture(captures: Capture[], target: Pick<WaybackTarget, 'asOf' | 'windowDays'>): Capture | null {
  const { from, to } = captureRange(target);
  const time = (capture: Capture): string => capture.timestamp.padEnd(14, '0');
  let best: Capture | null = null;
  for (const capture of captures) {
    if (!/^\d{4,14}$/.test(capture.timestamp) || !/^[23]\d\d$/.test(capture.statuscode)) continue;
    const t = time(capture);
    if (t < from || t > to) continue;
    if (!best || t > time(best)) best = capture;
  }
  return best;
}

/** The raw replay of a capture: `id_` asks for the bytes as archived, without toolbar or link rewriting. */
export function replayUrl(archiveUrl: string, capture: Pick<Capture, 'timestamp' | 'original'>): string {
  return `${archiveBase(archiveUrl)}/web/${capture.timestamp}id_/${capture.original}`;
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
  const prefix = base.pathname.replace(/\/+$/, '');
  const match = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/web/(\\d{1,14})(?:[a-z]{2}_)?/(.+)$`).exec(path);
  if (!match) return null;
  // Some replays collapse the scheme's double slash ("http:/host/"); put it back.
  const original = match[2]!.replace(/^(https?):\/(?!\/)/i, '$1://');
  return { timestamp: match[1]!, original };
}
