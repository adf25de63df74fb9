import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectTo } from '../../src/crawl/connect-to.ts';
import { defaultCrawlOptions } from '../../src/crawl/crawler.ts';
import { probeFile } from '../../src/crawl/file-probe.ts';
import { HostScheduler } from '../../src/crawl/host-scheduler.ts';
import { HttpFetcher, parseRetryAfter, type FetcherOptions } from '../../src/crawl/http-fetch.ts';
import { startLocalSite, type LocalSite } from './helpers/local-site.ts';

let site: LocalSite;
const fetchers: HttpFetcher[] = [];

function fetcherFor(overrides: Partial<FetcherOptions> = {}): HttpFetcher {
  const options = {
    ...defaultCrawlOptions,
    perHostDelayMs: 0,
    connectTo: [parseConnectTo(`www.ejemplo.gob.mx:80:127.0.0.1:${site.port}`), parseConnectTo(`www.ejemplo.gob.mx:8080:127.0.0.1:${site.port}`)],
    ...overrides,
  };
  const fetcher = new HttpFetcher(options, new HostScheduler(options));
  fetchers.push(fetcher);
  return fetcher;
}

const get = { method: 'GET', purpose: 'page', depth: 0 } as const;
const url = (path: string): string => `http://www.ejemplo.gob.mx${path}`;

beforeAll(async () => {
  site = await startLocalSite({
    '/': '<p>hola</p>',
    '/a': { status: 301, headers: { location: '/b' } },
    '/b': { status: 302, headers: { location: 'http://www.ejemplo.gob.mx/c#frag' } },
    '/c': '<p>c</p>',
    '/loop-x': { status: 302, headers: { location: '/loop-y' } },
    '/loop-y': { status: 302, headers: { location: '/loop-x' } },
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/hop/${i}`, { status: 302, headers: { location: `/hop/${i + 1}` } }])),
    '/flaky': (_req, res, hits) => {
      res.writeHead(hits === 1 ? 500 : 200, { 'content-type': 'text/html' });
      res.end(hits === 1 ? 'error' : 'ok now');
    },
    '/down': { status: 503, body: 'mantenimiento' },
    '/busy': (_req, res, hits) => {
      res.writeHead(hits === 1 ? 429 : 200, hits === 1 ? { 'retry-after': '1' } : { 'content-type': 'text/html' });
      res.end('x');
    },
    '/slow': { delayMs: 1000, body: 'late' },
    '/big': { body: 'x'.repeat(5000) },
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    },
    '/gzip': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync('<p>comprimido</p>') },
    '/no-head.csv': (req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      res.writeHead(206, { 'content-type': 'text/csv', 'content-range': 'bytes 0-0/12345', 'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT' });
      res.end('a');
    },
  });
});

afterAll(async () => {
  for (const fetcher of fetchers) fetcher.close();
  await site.close();
});

describe('HttpFetcher', () => {
  it('connects per --connect-to while keeping the URL and Host header', async () => {
    const record = await fetcherFor().fetch(url('/'), get);
    expect(record).toMatchObject({ status: 200, finalUrl: url('/'), error: null, attempts: 1 });
    expect(record.body?.toString()).toBe('<p>hola</p>');
    const last = site.requests.at(-1)!;
    expect(last.host).toBe('www.ejemplo.gob.mx');
    expect(last.headers['user-agent']).toMatch(/^Mirador\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/mirador-gob\/mirador/);

    await fetcherFor().fetch('http://www.ejemplo.gob.mx:8080/', get);
    expect(site.requests.at(-1)!.host).toBe('www.ejemplo.gob.mx:8080');
  });

  it('refuses loopback hosts without a rule or --allow-private, sending nothing', async () => {
    const before = site.requests.length;
    for (const target of [`http://127.0.0.1:${site.port}/`, `http://localhost:${site.port}/`]) {
      const record = await fetcherFor().fetch(target, get);
      expect(record.error?.kind).toBe('private-address');
      expect(record.status).toBeNull();
    }
    expect(site.requests.length).toBe(before);
    const allowed = await fetcherFor({ allowPrivate: true }).fetch(`http://127.0.0.1:${site.port}/`, get);
    expect(allowed.status).toBe(200);
  });

  it('follows redirects and records the hops', async () => {
    const record = await fetcherFor().fetch(url('/a'), get);
    expect(record).toMatchObject({ status: 200, finalUrl: url('/c'), redirects: [url('/b'), url('/c')], error: null });
  });

  it('detects redirect loops and long chains', async () => {
    const loop = await fetcherFor().fetch(url('/loop-x'), get);
    expect(loop.error?.kind).toBe('redirect-loop');
    expect(loop.redirects).toEqual([url('/loop-y')]);
    const chain = await fetcherFor().fetch(url('/hop/0'), get);
    expect(chain.error?.kind).toBe('too-many-redirects');
    expect(chain.redirects).toHaveLength(10);
  });

  it('retries a 500 and succeeds', async () => {
    const record = await fetcherFor().fetch(url('/flaky'), get);
    expect(record).toMatchObject({ status: 200, attempts: 2, error: null });
  });

  it('gives up after the retries with the attempts in the message', async () => {
    const record = await fetcherFor().fetch(url('/down'), get);
    expect(record).toMatchObject({ status: 503, attempts: 3, error: { kind: 'http', message: 'HTTP 503 after 3 attempts' } });
  });

  it('waits Retry-After on a 429', async () => {
    const started = Date.now();
    const record = await fetcherFor().fetch(url('/busy'), get);
    expect(record).toMatchObject({ status: 200, attempts: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('times out a slow response', async () => {
    const record = await fetcherFor({ timeoutMs: 150, retries: 0 }).fetch(url('/slow'), get);
    expect(record.error).toEqual({ kind: 'timeout', message: 'timeout after 150ms' });
    expect(record.durationMs).toBeLessThan(900);
  });

  it('stops reading bodies over the cap', async () => {
    const fetcher = fetcherFor({ maxBodyBytes: 1000 });
    expect((await fetcher.fetch(url('/big'), get)).error?.kind).toBe('too-large');
    expect((await fetcher.fetch(url('/big-chunked'), get)).error?.kind).toBe('too-large');
  });

  it('decompresses gzip', async () => {
    const record = await fetcherFor().fetch(url('/gzip'), get);
    expect(record.body?.toString()).toBe('<p>comprimido</p>');
  });

  it('probes a file by GET of the first byte when HEAD is not allowed', async () => {
    const fetcher = fetcherFor();
    const file = await probeFile(url('/no-head.csv'), 2, (u, r) => fetcher.fetch(u, r));
    expect(file).toEqual({
      url: url('/no-head.csv'),
      finalUrl: url('/no-head.csv'),
      status: 206,
      contentType: 'text/csv',
      contentLength: 12345,
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
      error: null,
    });
    expect(site.requests.filter((r) => r.path === '/no-head.csv').map((r) => [r.method, r.headers.range])).toEqual([
      ['HEAD', undefined],
      ['GET', 'bytes=0-0'],
    ]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2024-03-05T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 05 Mar 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
