import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { iterateRecords, readRecordAt } from '../../../src/crawl/archive/warc-reader.ts';
import { archivedResponseHeaders } from '../../../src/crawl/archive/warc-records.ts';
import { openNextRunArchive, openRunArchive } from '../../../src/crawl/archive/warc-writer.ts';
import type { FetchRecord } from '../../../src/crawl/types.ts';

const html = '<!doctype html><html><body><h1>Transparencia</h1><a href="/datos">Datos abiertos</a></body></html>';

function fetchOf(overrides: Partial<FetchRecord> = {}): FetchRecord {
  const body = Buffer.from(html);
  return {
    url: 'http://www.ejemplo.gob.mx/',
    finalUrl: 'http://www.ejemplo.gob.mx/',
    redirects: [],
    method: 'GET',
    requestHeaders: { host: 'www.ejemplo.gob.mx', 'user-agent': 'Mirador/test' },
    purpose: 'page',
    depth: 0,
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) },
    contentType: 'text/html; charset=utf-8',
    body,
    bytes: body.length,
    startedAt: '2016-05-20T10:00:00.250Z',
    durationMs: 41.7,
    attempts: 1,
    error: null,
    ...overrides,
  };
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'mirador-warc-'));

describe('run archive (WARC 1.1, gzip per record)', () => {
  it('starts with warcinfo, then request/response/metadata per answered fetch, linked by WARC-Concurrent-To', async () => {
    const path = join(tempDir(), 'archive.warc.gz');
    const archive = await openRunArchive(path, { software: 'Mirador/0.1.0', isPartOf: 'mirador-run-7' });
    const located = await archive.append(fetchOf(), { inegiCode: '14097' });
    await archive.close();

    const records = [];
    for await (const record of iterateRecords(path)) records.push(record);
    expect(records.map((r) => r.type)).toEqual(['warcinfo', 'request', 'response', 'metadata']);
    const [info, request, response, metadata] = records;
    expect(info!.headers['warc-filename']).toBe('archive.warc.gz');
    expect(info!.body.toString()).toContain('software: Mirador/0.1.0\r\n');
    expect(info!.body.toString()).toContain('format: WARC File Format 1.1\r\n');

    expect(request!.statusLine).toBe('GET / HTTP/1.1');
    expect(request!.httpHeaders).toMatchObject({ host: 'www.ejemplo.gob.mx', 'user-agent': 'Mirador/test' });
    expect(response!.statusLine).toBe('HTTP/1.1 200 OK');
    expect(response!.body.toString()).toBe(html);
    for (const r of [request!, response!, metadata!]) {
      expect(r.headers['warc-date']).toBe('2016-05-20T10:00:00.250Z');
      expect(r.headers['warc-target-uri']).toBe('http://www.ejemplo.gob.mx/');
    }
    expect(request!.headers['warc-concurrent-to']).toBe(response!.headers['warc-record-id']);
    expect(response!.headers['warc-concurrent-to']).toBe(request!.headers['warc-record-id']);
    expect(metadata!.headers['warc-concurrent-to']).toBe(response!.headers['warc-record-id']);
    expect(response!.headers['warc-payload-digest']).toBe(`sha256:${sha256(Buffer.from(html))}`);
    expect(metadata!.body.toString()).toContain('inegi-code: 14097\r\npurpose: page\r\ndepth: 0\r\n');

    // The returned locations are the ones iteration finds, and each reads back alone.
    expect(located.records.map((r) => [r.type, r.offset, r.length])).toEqual(
      records.slice(1).map((r) => [r.type, r.offset, r.length]),
    );
    expect(located.offset).toBe(records[1]!.offset);
    expect(located.length).toBe(located.records.reduce((sum, r) => sum + r.length, 0));
    for (const r of located.records) {
      const alone = await readRecordAt(path, r.offset, r.length);
      expect(alone.headers['warc-record-id']).toBe(r.recordId);
      // Each record is a whole gzip member on its own.
      expect(() => gunzipSync(readFileSync(path).subarray(r.offset, r.offset + r.length))).not.toThrow();
    }
  });

  it('stores the decoded body with wire headers renamed, so readers and digests see what the gatherers saw', async () => {
    const fetched = fetchOf({
      headers: { 'content-type': 'text/html', 'content-encoding': 'gzip', 'transfer-encoding': 'chunked', server: 'nginx' },
    });
    expect(archivedResponseHeaders(fetched)).toEqual({
      'content-type': 'text/html',
      'x-archive-orig-content-encoding': 'gzip',
      'x-archive-orig-transfer-encoding': 'chunked',
      server: 'nginx',
      'content-length': String(Buffer.byteLength(html)),
    });
    const path = join(tempDir(), 'a.warc.gz');
    const archive = await openRunArchive(path, { software: 'Mirador/test' });
    const { records } = await archive.append(fetched, { inegiCode: '14097' });
    await archive.close();
    const response = records.find((r) => r.type === 'response')!;
    // warcio's own decoding path (content-decoded) agrees with the raw payload.
    const parsed = await new WARCParser([readFileSync(path).subarray(response.offset, response.offset + response.length)]).parse();
    expect(await parsed!.contentText()).toBe(html);
  });

  it('records failures: a metadata record only when nothing came back, a truncated response for an unkept body', async () => {
    const path = join(tempDir(), 'a.warc.gz');
    const archive = await openRunArchive(path, { software: 'Mirador/test' });
    const refused = await archive.append(
      fetchOf({
        url: 'http://www.ejemplo.gob.mx/privado/', finalUrl: 'http://www.ejemplo.gob.mx/privado/', status: null, headers: {},
        body: null, bytes: 0, attempts: 0, requestHeaders: undefined,
        error: { kind: 'robots', message: 'robots.txt disallows http://www.ejemplo.gob.mx/privado/ for Mirador' },
      }),
      { inegiCode: '14097' },
    );
    const notFound = await archive.append(
      fetchOf({
        url: 'http://www.ejemplo.gob.mx/viejo', finalUrl: 'http://www.ejemplo.gob.mx/nuevo', redirects: ['http://www.ejemplo.gob.mx/nuevo'],
        status: 404, headers: { 'content-type': 'text/html', 'content-length': '9' }, body: null, bytes: 0,
        error: { kind: 'http', message: 'HTTP 404' },
      }),
      { inegiCode: '14097' },
    );
    await archive.close();

    expect(refused.records.map((r) => r.type)).toEqual(['metadata']);
    const failure = await readRecordAt(path, refused.offset, refused.length);
    expect(failure.headers['warc-target-uri']).toBe('http://www.ejemplo.gob.mx/privado/');
    expect(failure.body.toString()).toContain('error-kind: robots\r\n');
    expect(failure.body.toString()).toContain('error-message: robots.txt disallows');

    expect(notFound.records.map((r) => [r.type, r.targetUri])).toEqual([
      ['request', 'http://www.ejemplo.gob.mx/nuevo'],
      ['response', 'http://www.ejemplo.gob.mx/nuevo'],
      ['metadata', 'http://www.ejemplo.gob.mx/viejo'],
    ]);
    const response = await readRecordAt(path, notFound.records[1]!.offset, notFound.records[1]!.length);
    expect(response.statusLine).toBe('HTTP/1.1 404 Not Found');
    expect(response.headers['warc-truncated']).toBe('unspecified');
    expect(response.body.length).toBe(0);
    const metadata = await readRecordAt(path, notFound.records[2]!.offset, notFound.records[2]!.length);
    expect(metadata.body.toString()).toContain('redirect: http://www.ejemplo.gob.mx/nuevo\r\nfinal-url: http://www.ejemplo.gob.mx/nuevo\r\n');
  });

  it('keeps each fetch contiguous when sites append concurrently', async () => {
    const path = join(tempDir(), 'a.warc.gz');
    const archive = await openRunArchive(path, { software: 'Mirador/test' });
    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        archive.append(fetchOf({ url: `http://www.ejemplo.gob.mx/${i}`, finalUrl: `http://www.ejemplo.gob.mx/${i}` }), { inegiCode: '14097' }),
      ),
    );
    await archive.close();
    for (const fetched of appended) {
      const ends = fetched.records.map((r) => r.offset + r.length);
      expect(fetched.records.slice(1).map((r) => r.offset)).toEqual(ends.slice(0, -1));
      expect(new Set(fetched.records.map((r) => r.targetUri))).toEqual(new Set([fetched.records[0]!.targetUri]));
    }
    let count = 0;
    for await (const record of iterateRecords(path)) count += record.type === 'response' ? 1 : 0;
    expect(count).toBe(20);
  });

  it('never reopens a file: each open in a run folder is a new part', async () => {
    const dir = tempDir();
    const first = await openNextRunArchive(dir, { software: 'Mirador/test' });
    await first.append(fetchOf(), { inegiCode: '14097' });
    await first.close();
    const before = readFileSync(first.path);
    const second = await openNextRunArchive(dir, { software: 'Mirador/test' });
    await second.close();
    expect([first.part, second.part]).toEqual([1, 2]);
    expect([first.path, second.path]).toEqual([join(dir, 'archive.warc.gz'), join(dir, 'archive-2.warc.gz')]);
    expect(readFileSync(first.path).equals(before)).toBe(true);
    await expect(openRunArchive(first.path, { software: 'Mirador/test' })).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(first.append(fetchOf(), { inegiCode: '14097' })).rejects.toThrow(/closed/);
  });
});
