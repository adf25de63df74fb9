import type { FetchFn } from './http-fetch.ts';
import type { FetchRecord, ProbedFile } from './types.ts';

function contentLengthOf(record: FetchRecord): number | null {
  // A Range response's Content-Length is the range's; the file size is after the slash.
  const total = /\/(\d+)\s*$/.exec(record.headers['content-range'] ?? '');
  const raw = total?.[1] ?? record.headers['content-length'];
  const length = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(length) ? length : null;
}

export function toProbedFile(record: FetchRecord): ProbedFile {
  return {
    url: record.url,
    finalUrl: record.finalUrl,
    status: record.status,
    contentType: record.contentType,
    contentLength: contentLengthOf(record),
    lastModified: record.headers['last-modified'] ?? null,
    error: record.error,
  };
}

/** HEAD, or the first byte by GET when the server does not implement HEAD (405/501). */
export async function probeFile(url: string, depth: number, fetch: FetchFn): Promise<ProbedFile> {
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
