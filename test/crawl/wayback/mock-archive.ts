import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One capture the mock archive holds. A revisit (`revisitOf`) is indexed as the Internet Archive
 * indexes `warc/revisit` records (status '-', mimetype warc/revisit, the digest of the response it
 * repeats) and replayed as that response.
 */
export interface MockCapture {
  original: string;
  timestamp: string;
  statuscode?: string;
  mimetype?: string;
  body?: string;
  /** Location header of a redirect capture, as the replay sends it. */
  location?: string;
  /** The portal's own response headers (Last-Modified…): `X-Archive-Orig-*` in the Wayback layout, as they are in pywb's. */
  headers?: Record<string, string>;
  /** This capture is a revisit of the capture at that timestamp (same URL key). */
  revisitOf?: string;
  /** The archive holds the index row but cannot replay it: the replay redirects to the closest other capture. */
  unreplayable?: boolean;
}

export interface MockArchiveSettings {
  /** CDX answer format for the Wayback layout; 'text' answers lines even when JSON was asked for. */
  format?: 'json' | 'text';
  /** 'wayback' (Internet Archive paths) or 'pywb' (collection `collection`, `/<coll>/cdx`, NDJSON). */
  layout?: 'wayback' | 'pywb';
  collection?: string;
  /** SURT prefixes the archive excludes: its index and replay answer 403 naming the access control. */
  excluded?: string[];
  /** Answer this CDX request (0-based count of index requests) with a 429 and no Retry-After, as the archive does. */
  throttle?: (indexRequest: number) => boolean;
  /** Answer this CDX request with this 5xx status instead (the archive's own failure), or not (undefined). */
  failIndex?: (indexRequest: number) => number | undefined;
  /** The test's clock, read when each index request arrives (`indexTimes`). */
  now?: () => number;
}

export interface MockArchive {
  port: number;
  /** Paths (with query) requested, in order. */
  requests: string[];
  cdxQueries(): URLSearchParams[];
  /** Index requests answered 429. */
  throttled: number;
  /** `settings.now()` at each index request's arrival. */
  indexTimes: number[];
  close(): Promise<void>;
}

const WAYBACK_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];
const PYWB_FIELDS = ['urlkey', 'timestamp', 'url', 'mime', 'status', 'digest', 'length', 'offset', 'filename'];
const BLOCKED = 'org.archive.wayback.exception.AdministrativeAccessControlException: Blocked Site Error';

/**
 * The URL key after the `surt` package's IA canonicaliser (written apart from Mirador's own, as a
 * check on it): lowercase, no scheme, no `www`/`wwwN`, reversed host, default port and trailing
 * slash dropped, query arguments sorted, fragment dropped.
 */
export function mockSurt(url: string): string {
  const noScheme = url.toLowerCase().replace(/#.*$/, '').replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const slash = noScheme.indexOf('/');
  const hostPort = slash === -1 ? noScheme : noScheme.slice(0, slash);
  const rest = slash === -1 ? '/' : noScheme.slice(slash);
  const [rawPath, rawQuery = ''] = rest.split('?');
  const host = hostPort.replace(/:(80|443)$/, '').replace(/^www\d*\./, '');
  const path = rawPath!.length > 1 ? rawPath!.replace(/\/+$/, '') || '/' : '/';
  const query = rawQuery.split('&').filter(Boolean).sort().join('&');
  return `${host.split('.').reverse().join(',')})${path}${query ? `?${query}` : ''}`;
}

function pad(timestamp: string): string {
  return timestamp.padEnd(14, '0');
}

function httpDate(timestamp: string): string {
  const t = pad(timestamp);
  return new Date(`${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}Z`).toUTCString();
}

function distance(a: string, b: string): number {
  return Math.abs(Number(pad(a)) - Number(pad(b)));
}

/**
 * A web archive on 127.0.0.1 after the Internet Archive's wayback-cdx-server README and replay, or
 * pywb's CDXJ server API and replay. Index: url (matched by SURT key), from, to, fl, filter,
 * `sort=closest`+`closest`, `limit` (negative: the last N); JSON rows under a header row or
 * space-separated lines (Wayback), newline-delimited JSON objects or CDXJ lines (pywb). Replay of
 * `<timestamp>id_/<url>`: a memento carries Memento-Datetime and the original headers; a revisit
 * replays the response it repeats; for a timestamp not held (or not replayable) the Wayback
 * Machine redirects, without Memento-Datetime, to the closest capture it can replay, whatever its
 * date, and pywb serves that closest capture in place under its own Memento-Datetime.
 */
export async function startMockArchive(captures: MockCapture[], settings: MockArchiveSettings = {}): Promise<MockArchive> {
  const layout = settings.layout ?? 'wayback';
  const prefix = layout === 'pywb' ? `/${settings.collection ?? 'coll'}` : '';
  const cdxPath = layout === 'pywb' ? `${prefix}/cdx` : '/cdx/search/cdx';
  const replayPrefix = layout === 'pywb' ? prefix : '/web';
  let indexRequests = 0;
  const archive: MockArchive = {
    port: 0,
    requests: [],
    throttled: 0,
    indexTimes: [],
    cdxQueries: () =>
      archive.requests.filter((path) => path.startsWith(`${cdxPath}?`)).map((path) => new URL(path, 'http://x').searchParams),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const isExcluded = (url: string): boolean => (settings.excluded ?? []).some((p) => mockSurt(url).startsWith(p));
  const revisited = (capture: MockCapture): MockCapture =>
    capture.revisitOf ? (captures.find((c) => c.timestamp === capture.revisitOf && mockSurt(c.original) === mockSurt(capture.original)) ?? capture) : capture;
  const field = (capture: MockCapture, name: string): string => {
    switch (name) {
      case 'urlkey':
        return mockSurt(capture.original);
      case 'timestamp':
        return capture.timestamp;
      case 'original':
      case 'url':
        return capture.original;
      case 'mimetype':
      case 'mime':
        return capture.revisitOf ? 'warc/revisit' : (capture.mimetype ?? 'text/html');
      case 'statuscode':
      case 'status':
        return capture.revisitOf ? '-' : (capture.statuscode ?? '200');
      case 'digest':
        return `SHA1${revisited(capture).timestamp}`;
      case 'length':
        return String(capture.body?.length ?? 0);
      case 'offset':
        return '0';
      case 'filename':
        return 'mock.warc.gz';
      default:
        return '-';
    }
  };

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    archive.requests.push(path);
    const url = new URL(path, 'http://archive.local');
    if (url.pathname === cdxPath) {
      const index = indexRequests;
      indexRequests += 1;
      if (settings.now) archive.indexTimes.push(settings.now());
      if (settings.throttle?.(index)) {
        archive.throttled += 1;
        res.writeHead(429, { 'content-type': 'text/html' });
        res.end('<html><body><h1>429 Too Many Requests</h1></body></html>');
        return;
      }
      const failure = settings.failIndex?.(index);
      if (failure) {
        res.writeHead(failure, { 'content-type': 'text/html' });
        res.end('<h1>Service Unavailable</h1>');
        return;
      }
      const params = url.searchParams;
      const target = params.get('url') ?? '';
      if (isExcluded(target)) {
        res.writeHead(403, { 'content-type': 'text/plain' });
        res.end(BLOCKED);
        return;
      }
      const from = pad(params.get('from') ?? '');
      const to = (params.get('to') ?? '').padEnd(14, '9');
      const filters = params.getAll('filter').map((spec) => {
        // Wayback: [!]field:regex. pywb: [!][=|~]field:expression (contains by default).
        const negate = spec.startsWith('!');
        let rest = negate ? spec.slice(1) : spec;
        let mode: 'regex' | 'exact' | 'contains' = layout === 'wayback' ? 'regex' : 'contains';
        if (layout === 'pywb' && (rest.startsWith('=') || rest.startsWith('~'))) {
          mode = rest.startsWith('=') ? 'exact' : 'regex';
          rest = rest.slice(1);
        }
        const [name, ...value] = rest.split(':');
        const expression = value.join(':');
        const test = (text: string): boolean =>
          mode === 'exact' ? text === expression : mode === 'contains' ? text.includes(expression) : new RegExp(`^(?:${expression})${layout === 'wayback' ? '$' : ''}`).test(text);
        return { negate, name: name!, test };
      });
      let rows = captures.filter(
        (c) =>
          mockSurt(c.original) === mockSurt(target) &&
          (!params.get('from') || pad(c.timestamp) >= from) &&
          (!params.get('to') || pad(c.timestamp) <= to) &&
          filters.every((f) => f.test(field(c, f.name)) !== f.negate),
      );
      rows.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
      const closest = params.get('closest');
      if (params.get('sort') === 'closest' && closest) rows.sort((a, b) => distance(a.timestamp, closest) - distance(b.timestamp, closest));
      if (params.get('sort') === 'reverse') rows.reverse();
      const limit = Number(params.get('limit') ?? Infinity);
      rows = limit < 0 ? rows.slice(limit) : rows.slice(0, limit);
      const output = params.get('output');
      if (layout === 'pywb') {
        const fl = params.get('fl')?.split(',') ?? PYWB_FIELDS;
        const body =
          output === 'json'
            ? rows.map((c) => `${JSON.stringify(Object.fromEntries(fl.map((name) => [name, field(c, name)])))}\n`).join('')
            : rows.map((c) => `${field(c, 'urlkey')} ${c.timestamp} ${JSON.stringify(Object.fromEntries(fl.filter((n) => n !== 'urlkey' && n !== 'timestamp').map((n) => [n, field(c, n)])))}\n`).join('');
        res.writeHead(200, { 'content-type': output === 'json' ? 'text/x-ndjson' : 'text/x-cdxj' });
        res.end(body);
        return;
      }
      const fl = params.get('fl')?.split(',') ?? WAYBACK_FIELDS;
      const table = rows.map((c) => fl.map((name) => field(c, name)));
      const json = output === 'json' && settings.format !== 'text';
      const body = json ? JSON.stringify(table.length ? [fl, ...table] : []) : table.map((row) => `${row.join(' ')}\n`).join('');
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'text/plain' });
      res.end(body);
      return;
    }
    const replay = new RegExp(`^${replayPrefix}/(\\d{1,14})id_/(.+)$`).exec(path);
    if (!replay) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not in archive');
      return;
    }
    const [, timestamp, original] = replay as unknown as [string, string, string];
    if (isExcluded(original)) {
      res.writeHead(403, { 'content-type': 'text/html' });
      res.end(`<html><body><p>${BLOCKED}</p></body></html>`);
      return;
    }
    const sameKey = captures.filter((c) => mockSurt(c.original) === mockSurt(original));
    const capture = sameKey.find((c) => c.timestamp === timestamp && !c.unreplayable);
    const closest = sameKey.filter((c) => !c.unreplayable).sort((a, b) => distance(a.timestamp, timestamp) - distance(b.timestamp, timestamp))[0];
    if (!capture && !closest) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>Wayback Machine has not archived that URL.</p>');
      return;
    }
    if (!capture && layout === 'wayback') {
      // The archive's own redirect to another capture: no Memento-Datetime, it is not a memento.
      res.writeHead(302, { location: `http://${req.headers.host}${replayPrefix}/${closest!.timestamp}id_/${closest!.original}`, 'content-type': 'text/plain' });
      res.end();
      return;
    }
    // pywb (redirect_to_exact off, its default) serves the closest capture in place, dated by its own Memento-Datetime.
    const served = capture ?? closest!;
    const response = revisited(served);
    const status = Number(response.statuscode ?? '200');
    const original_headers = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([name, value]) => [layout === 'wayback' ? `x-archive-orig-${name}` : name, value]),
    );
    res.writeHead(status, {
      ...original_headers,
      'content-type': response.mimetype === 'text/html' || !response.mimetype ? 'text/html; charset=utf-8' : response.mimetype,
      'memento-datetime': httpDate(served.timestamp),
      // Captures' Locations are written in the Wayback layout; a pywb collection rewrites into itself.
      ...(response.location ? { location: layout === 'pywb' ? response.location.replace(/^(https?:\/\/[^/]+)\/web\//, `$1${prefix}/`) : response.location } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : (response.body ?? ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  archive.port = (server.address() as AddressInfo).port;
  return archive;
}
