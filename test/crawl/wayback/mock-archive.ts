import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One capture the mock archive holds. */
export interface MockCapture {
  original: string;
  timestamp: string;
  statuscode?: string;
  mimetype?: string;
  body?: string;
  /** Location header of a redirect capture, as the replay sends it. */
  location?: string;
}

export interface MockArchive {
  port: number;
  /** Paths (with query) requested, in order. */
  requests: string[];
  cdxQueries(): URLSearchParams[];
  close(): Promise<void>;
}

const DEFAULT_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];

function urlKey(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').toLowerCase();
}

function field(capture: MockCapture, name: string): string {
  switch (name) {
    case 'urlkey':
      return urlKey(capture.original);
    case 'timestamp':
      return capture.timestamp;
    case 'original':
      return capture.original;
    case 'mimetype':
      return capture.mimetype ?? 'text/html';
    case 'statuscode':
      return capture.statuscode ?? '200';
    case 'digest':
      return 'SHA1MOCK';
    case 'length':
      return String(capture.body?.length ?? 0);
    default:
      return '-';
  }
}

function distance(a: string, b: string): number {
  return Math.abs(Number(a.padEnd(14, '0')) - Number(b.padEnd(14, '0')));
}

/**
 * A web archive on 127.0.0.1 with the two endpoints the wayback adapter uses, after the Internet
 * Archive's CDX server and replay: `/cdx/search/cdx` (url, from, to, `filter=[!]field:regex`, fl,
 * `sort=closest`+`closest`, limit; JSON with `output=json`, space-separated lines otherwise, or
 * always lines with `format: 'text'`) and `/web/<timestamp>id_/<original>` (exact captures only).
 */
export async function startMockArchive(captures: MockCapture[], settings: { format?: 'json' | 'text' } = {}): Promise<MockArchive> {
  const archive: MockArchive = {
    port: 0,
    requests: [],
    cdxQueries: () =>
      archive.requests.filter((path) => path.startsWith('/cdx/search/cdx?')).map((path) => new URL(path, 'http://x').searchParams),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    archive.requests.push(path);
    const url = new URL(path, 'http://archive.local');
    if (url.pathname === '/cdx/search/cdx') {
      const params = url.searchParams;
      const key = urlKey(params.get('url') ?? '');
      const from = (params.get('from') ?? '').padEnd(14, '0');
      const to = (params.get('to') ?? '').padEnd(14, '9');
      const filters = params.getAll('filter').map((spec) => {
        const negate = spec.startsWith('!');
        const [name, ...rest] = (negate ? spec.slice(1) : spec).split(':');
        return { negate, name: name!, pattern: new RegExp(`^(?:${rest.join(':')})$`) };
      });
      let rows = captures.filter(
        (c) =>
          urlKey(c.original) === key &&
          (!params.get('from') || c.timestamp.padEnd(14, '0') >= from) &&
          (!params.get('to') || c.timestamp.padEnd(14, '0') <= to) &&
          filters.every((f) => f.pattern.test(field(c, f.name)) !== f.negate),
      );
      rows.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
      const closest = params.get('closest');
      if (params.get('sort') === 'closest' && closest) rows.sort((a, b) => distance(a.timestamp, closest) - distance(b.timestamp, closest));
      const limit = Number(params.get('limit') ?? Infinity);
      rows = rows.slice(0, limit);
      const fl = params.get('fl')?.split(',') ?? DEFAULT_FIELDS;
      const table = rows.map((c) => fl.map((name) => field(c, name)));
      const json = params.get('output') === 'json' && settings.format !== 'text';
      const body = json ? JSON.stringify(table.length ? [fl, ...table] : []) : table.map((row) => `${row.join(' ')}\n`).join('');
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'text/plain' });
      res.end(body);
      return;
    }
    const replay = /^\/web\/(\d{14})id_\/(.+)$/.exec(path);
    const capture = replay && captures.find((c) => c.timestamp === replay[1] && c.original === replay[2]);
    if (!capture) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not in archive');
      return;
    }
    res.writeHead(Number(capture.statuscode ?? '200'), {
      'content-type': capture.mimetype === 'text/html' || !capture.mimetype ? 'text/html; charset=utf-8' : capture.mimetype,
      ...(capture.location ? { location: capture.location } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : (capture.body ?? ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  archive.port = (server.address() as AddressInfo).port;
  return archive;
}
