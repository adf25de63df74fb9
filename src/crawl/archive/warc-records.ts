/**
 * How one FetchRecord becomes WARC 1.1 records: a `request` and a `response` when the server answered,
 * and always a `metadata` record with what WARC has no field for (why and how deep the URL was
 * requested, the redirect chain, attempts, the error). Pure mapping, no I/O.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { WARCRecord } from 'warcio';
import type { FetchRecord } from '../types.ts';

export const WARC_VERSION = 'WARC/1.1';

export type ArchivedRecordType = 'request' | 'response' | 'metadata';

export interface FetchContext {
  inegiCode: string;
}

export interface PlannedRecord {
  type: ArchivedRecordType;
  recordId: string;
  targetUri: string;
  record: WARCRecord;
}

/**
 * Headers that described the bytes on the wire. The crawler keeps the body decoded (no gzip, no chunks),
 * so these are renamed with pywb's `X-Archive-Orig-` prefix and Content-Length is set to the stored
 * body: a WARC reader then gets exactly the bytes the gatherers saw, and WARC-Payload-Digest is the
 * sha256 of the `bodies` row.
 */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);
const ORIGINAL_PREFIX = 'x-archive-orig-';

export function archivedResponseHeaders(record: FetchRecord): Record<string, string> {
  if (record.body === null) return { ...record.headers };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.headers)) {
    headers[WIRE_HEADERS.has(name.toLowerCase()) ? `${ORIGINAL_PREFIX}${name}` : name] = value;
  }
  headers['content-length'] = String(record.body.length);
  return headers;
}

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

function recordId(): string {
  return `<urn:uuid:${randomUUID()}>`;
}

/** warc-fields values are single lines (WARC 1.1 §4: named fields, CRLF-terminated). */
function fieldValue(value: string | number): string {
  return String(value).replace(/[\r\n]+/g, ' ');
}

function metadataFields(record: FetchRecord, context: FetchContext): string {
  const fields: [string, string | number][] = [
    ['inegi-code', context.inegiCode],
    ['purpose', record.purpose],
    ['depth', record.depth],
    ['method', record.method],
    ['requested-url', record.url],
    ...record.redirects.map((hop): [string, string] => ['redirect', hop]),
    ['final-url', record.finalUrl],
    ['attempts', record.attempts],
    ['duration-ms', Math.round(record.durationMs)],
    ['body-bytes', record.bytes],
  ];
  if (record.resourceType) fields.push(['resource-type', record.resourceType]);
  // --wayback: the exchange above is a web-archive replay; this names it and the capture time.
  if (record.archived) fields.push(['archived-url', record.archived.url], ['capture-timestamp', record.archived.timestamp]);
  // A channel feed: the portal's account link it was read for.
  if (record.feedFor) fields.push(['feed-for', record.feedFor]);
  if (record.reached) {
    fields.push(['reached-by', record.reached.by], ['reached-from', record.reached.from]);
    if (record.reached.label) fields.push(['clicked-label', record.reached.label]);
    if (record.reached.postback) fields.push(['postback-target', record.reached.postback.target], ['postback-argument', record.reached.postback.argument]);
  }
  if (record.error) fields.push(['error-kind', record.error.kind], ['error-message', record.error.message]);
  return fields.map(([name, value]) => `${name}: ${fieldValue(value)}\r\n`).join('');
}

function requestLine(record: FetchRecord): string {
  const url = new URL(record.finalUrl);
  return `${record.method} ${url.pathname}${url.search} HTTP/1.1`;
}

/** The records for one fetch, in file order: request, response (when answered), metadata. */
export function warcRecordsFor(record: FetchRecord, context: FetchContext): PlannedRecord[] {
  const planned: PlannedRecord[] = [];
  const date = record.startedAt;
  let responseId: string | null = null;
  if (record.status !== null) {
    const requestId = recordId();
    responseId = recordId();
    planned.push({
      type: 'request',
      recordId: requestId,
      targetUri: record.finalUrl,
      record: WARCRecord.create({
        url: record.finalUrl,
        date,
        type: 'request',
        warcVersion: WARC_VERSION,
        statusline: requestLine(record),
        httpHeaders: record.requestHeaders ?? { host: new URL(record.finalUrl).host },
        warcHeaders: { 'WARC-Record-ID': requestId, 'WARC-Concurrent-To': responseId },
      }, record.requestBody ? [bytesOf(record.requestBody)] : []),
    });
    const truncated = record.body === null && record.method === 'GET';
    planned.push({
      type: 'response',
      recordId: responseId,
      targetUri: record.finalUrl,
      record: WARCRecord.create(
        {
          url: record.finalUrl,
          date,
          type: 'response',
          warcVersion: WARC_VERSION,
          statusline: `HTTP/1.1 ${record.status} ${STATUS_CODES[record.status] ?? ''}`.trimEnd(),
          httpHeaders: archivedResponseHeaders(record),
          warcHeaders: {
            'WARC-Record-ID': responseId,
            'WARC-Concurrent-To': requestId,
            // The crawler deliberately did not keep this body (error page, file probe, redirect).
            ...(truncated ? { 'WARC-Truncated': 'unspecified' } : {}),
          },
        },
        record.body ? [bytesOf(record.body)] : [],
      ),
    });
  }
  const metadataId = recordId();
  planned.push({
    type: 'metadata',
    recordId: metadataId,
    targetUri: record.url,
    record: WARCRecord.create(
      {
        url: record.url,
        date,
        type: 'metadata',
        warcVersion: WARC_VERSION,
        warcHeaders: {
          'WARC-Record-ID': metadataId,
          'Content-Type': 'application/warc-fields',
          ...(responseId ? { 'WARC-Concurrent-To': responseId } : {}),
        },
      },
      [new TextEncoder().encode(metadataFields(record, context))],
    ),
  });
  return planned;
}
