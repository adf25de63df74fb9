import { OPEN_FORMAT_EXTENSIONS } from '../vocabulary/files.ts';
import type { FetchFn } from './http-fetch.ts';
import type { FetchRecord, ProbedFile } from './types.ts';

function contentLengthOf(record: FetchRecord): number | null {
  // A Range response's Content-Length is the range's; the file size is after the slash.
  const total = /\/(\d+)\s*$/.exec(record.headers['content-range'] ?? '');
  const raw = total?.[1] ?? record.headers['content-length'];
  const length = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(length) ? length : null;
}

/** Bytes kept of a sniffed file: enough for magic numbers and an HTML page's first tags. */
export const SNIFF_BYTES = 512;
/** A server that ignores Range sends the whole file: kept (then cut to SNIFF_BYTES) only when this small. */
const MAX_UNRANGED_SNIFF_BYTES = 64 * 1024;
/**
 * Data formats whose claim (extension, content type) the probe checks against the file's first bytes: the
 * open formats, whose files open-format-download counts.
 */
export const SNIFFED_EXTENSIONS = OPEN_FORMAT_EXTENSIONS;

export function toProbedFile(record: FetchRecord): ProbedFile {
  return {
    url: record.url,
    finalUrl: record.finalUrl,
    status: record.status,
    contentType: record.contentType,
    contentLength: contentLengthOf(record),
    lastModified: record.headers['last-modified'] ?? null,
    error: record.error,
    ...(record.body && !record.error ? { sniff: record.body.subarray(0, SNIFF_BYTES).toString('latin1') } : {}),
  };
}

/**
 * HEAD, or the first byte by GET when the server does not implement HEAD (405/501). With `sniff`, a GET
 * of the first SNIFF_BYTES instead of the HEAD (one request either way), so the format can be read
 * from the content; an empty file (416) falls back to HEAD.
 */
export async function probeFile(url: string, depth: number, fetch: FetchFn, options: { sniff?: boolean } = {}): Promise<ProbedFile> {
  if (options.sniff) {
    const ranged = await fetch(url, {
      method: 'GET',
      purpose: 'file',
      depth,
      headers: { range: `bytes=0-${SNIFF_BYTES - 1}` },
      keepBody: (status, headers) => status === 206 || (status === 200 && Number(headers['content-length'] ?? Infinity) <= MAX_UNRANGED_SNIFF_BYTES),
    });
    if (ranged.status !== 416 && ranged.status !== 405 && ranged.status !== 501) return toProbedFile(ranged);
  }
  let record = await fetch(url, { method: 'HEAD', purpose: 'file', depth });
  if (record.status === 405 || record.status === 501) {
    record = await fetch(url, {
      method: 'GET',
      purpose: 'file',
      depth,
      headers: { range: 'bytes=0-0' },
      keepBody: () => false,
    });
  }
  return toProbedFile(record);
}
