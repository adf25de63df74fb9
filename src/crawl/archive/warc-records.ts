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
  /**
   * --wayback: a record of another archive request the fetch took (an index lookup and its answer,
   * a redirect capture's replay, a refused attempt). Written within the fetch's span, not indexed
   * as one of its three records.
   */
  provenance?: true;
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
  for (const exchange of record.archiveExchanges ?? []) {
    fields.push(['archive-request', `${exchange.method} ${exchange.url} → ${exchange.status ?? exchange.error?.message ?? 'no answer'}`]);
  }
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

function requestLine(record: FetchRecord, url: URL): string {
  return `${record.method} ${url.pathname}${url.search} HTTP/1.1`;
}

/** A capture's yyyyMMddhhmmss as the ISO date WARC-Date takes. */
function captureDate(timestamp: string): string {
  const t = timestamp.padEnd(14, '0');
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}Z`;
}

/**
 * The records for one fetch, in file order: the archive requests it took (--wayback provenance),
 * then request, response (when answered), metadata.
 *
 * A --wayback replay is recorded as pywb's warcserver records a capture loaded from another archive:
 * the response's WARC-Target-URI is the portal's URL and its WARC-Date the capture's time, with the
 * replay it was loaded from in WARC-Source-URI and the time it was loaded in WARC-Creation-Date, so
 * a replay tool shows it as the 2016 capture it is. The request record is the request actually sent,
 * to the archive, on the day it was sent.
 */
export function warcRecordsFor(record: FetchRecord, context: FetchContext): PlannedRecord[] {
  const planned: PlannedRecord[] = (record.archiveExchanges ?? []).flatMap((exchange) =>
    exchangeRecords(exchange).map((p): PlannedRecord => ({ ...p, provenance: true })),
  );
  const date = record.startedAt;
  let responseId: string | null = null;
  if (record.status !== null) {
    const requestId = recordId();
    responseId = recordId();
    const sentTo = record.archived?.url ?? record.finalUrl;
    planned.push({
      type: 'request',
      recordId: requestId,
      targetUri: sentTo,
      record: WARCRecord.create({
        url: sentTo,
        date,
        type: 'request',
        warcVersion: WARC_VERSION,
        statusline: requestLine(record, new URL(sentTo)),
        httpHeaders: record.requestHeaders ?? { host: new URL(sentTo).host },
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
          date: record.archived ? captureDate(record.archived.timestamp) : date,
          type: 'response',
          warcVersion: WARC_VERSION,
          statusline: `HTTP/1.1 ${record.status} ${STATUS_CODES[record.status] ?? ''}`.trimEnd(),
          httpHeaders: archivedResponseHeaders(record),
          warcHeaders: {
            'WARC-Record-ID': responseId,
            'WARC-Concurrent-To': requestId,
            ...(record.archived ? { 'WARC-Source-URI': record.archived.url, 'WARC-Creation-Date': date } : {}),
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

/** One archive request as it happened (to the archive, on the day): request and response when it was answered. */
function exchangeRecords(exchange: FetchRecord): Omit<PlannedRecord, 'provenance'>[] {
  if (exchange.status === null) return [];
  const requestId = recordId();
  const responseId = recordId();
  const url = new URL(exchange.finalUrl);
  return [
    {
      type: 'request',
      recordId: requestId,
      targetUri: exchange.finalUrl,
      record: WARCRecord.create({
        url: exchange.finalUrl,
        date: exchange.startedAt,
        type: 'request',
        warcVersion: WARC_VERSION,
        statusline: requestLine(exchange, url),
        httpHeaders: exchange.requestHeaders ?? { host: url.host },
        warcHeaders: { 'WARC-Record-ID': requestId, 'WARC-Concurrent-To': responseId },
      }),
    },
    {
      type: 'response',
      recordId: responseId,
      targetUri: exchange.finalUrl,
      record: WARCRecord.create(
        {
          url: exchange.finalUrl,
          date: exchange.startedAt,
          type: 'response',
          warcVersion: WARC_VERSION,
          statusline: `HTTP/1.1 ${exchange.status} ${STATUS_CODES[exchange.status] ?? ''}`.trimEnd(),
          httpHeaders: archivedResponseHeaders(exchange),
          warcHeaders: {
            'WARC-Record-ID': responseId,
            'WARC-Concurrent-To': requestId,
            ...(exchange.body === null && exchange.method === 'GET' ? { 'WARC-Truncated': 'unspecified' } : {}),
          },
        },
        exchange.body ? [bytesOf(exchange.body)] : [],
      ),
    },
  ];
}
