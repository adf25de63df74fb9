/**
 * Serves a NetworkDefinition on 127.0.0.1: one node:http server answers for every portal, dispatching on the
 * Host header (port ignored, so Mirador's connect-to URLs and crawlee's host:port URLs reach the same portal).
 * Every response waits for its URL's injected latency; every request is logged so the orchestrator can compute
 * the politeness bound from the requests a crawler actually made.
 */
import { createServer, type Server } from 'node:http';
import { closedPort } from '../../src/demo/portal-network.ts';
import { latencyMs, renderPage, renderRobots, renderSitemap, type NetworkDefinition, type Portal } from './portal-network.ts';

export interface ServedRequest {
  host: string;
  path: string;
  method: string;
  status: number;
  /** Date.now() when the request arrived. */
  receivedAt: number;
  latencyMs: number;
}

export interface RunningNetwork {
  port: number;
  /** A port nothing listens on: refused portals are routed there. */
  deadPort: number;
  log: ServedRequest[];
  close(): Promise<void>;
}

const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  json: 'application/json',
  zip: 'application/zip',
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

const html = (status: number, text: string): Answer => ({ status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: text });

function answer(portal: Portal, path: string): Answer {
  if (portal.behaviour === 'unavailable') return html(503, '<!DOCTYPE html><title>503</title><h1>Servicio no disponible</h1>');
  if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: renderRobots(portal) };
  if (path === '/sitemap.xml' && portal.hasSitemap)
    return { status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: renderSitemap(portal) };
  const page = portal.pages.find((p) => p.path === path);
  if (page) return html(200, renderPage(portal, page));
  if (portal.files.includes(path)) {
    const ext = path.slice(path.lastIndexOf('.') + 1);
    return {
      status: 200,
      headers: { 'content-type': FILE_TYPES[ext] ?? 'application/octet-stream', 'last-modified': 'Mon, 02 Feb 2026 10:00:00 GMT' },
      body: Buffer.alloc(20_000 + (path.length * 7919) % 200_000, 0x20),
    };
  }
  return html(404, '<!DOCTYPE html><title>404</title><h1>No encontrado</h1>');
}

export async function startNetwork(network: NetworkDefinition): Promise<RunningNetwork> {
  const byHost = new Map(network.portals.map((p) => [p.host, p]));
  const log: ServedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const receivedAt = Date.now();
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/+$/, '') || '/';
    const portal = byHost.get(host);
    const result: Answer =
      !portal ? html(404, `no portal answers for ${host}`)
      : req.method !== 'GET' && req.method !== 'HEAD' ? html(405, 'method not allowed')
      : answer(portal, path);
    const latency = portal ? latencyMs(portal, path) : 0;
    log.push({ host, path, method: req.method ?? '?', status: result.status, receivedAt, latencyMs: latency });
    setTimeout(() => {
      const body = typeof result.body === 'string' ? Buffer.from(result.body, 'utf8') : result.body;
      res.writeHead(result.status, { ...result.headers, 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    }, latency);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('benchmark network: server has no TCP address');
  return {
    port: address.port,
    deadPort: await closedPort(),
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
