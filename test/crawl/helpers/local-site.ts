import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoggedRequest {
  method: string;
  path: string;
  host: string;
  headers: http.IncomingHttpHeaders;
  startedAt: number;
  /** When the response finished or the connection closed; undefined while in flight. */
  endedAt?: number;
}

export type RouteResponse = {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  delayMs?: number;
};
export type Route = string | RouteResponse | ((req: http.IncomingMessage, res: http.ServerResponse, hits: number) => void);

export interface LocalSite {
  port: number;
  requests: LoggedRequest[];
  /** Most requests the server was handling at the same moment. */
  maxInFlight: number;
  paths(): string[];
  close(): Promise<void>;
}

/**
 * A portal on 127.0.0.1 serving a route table keyed by path (with query), or by full
 * `http://host/path` when several --connect-to names share the server. Strings are HTML pages;
 * unknown paths are 404. Every request is logged for assertions on politeness and headers.
 */
export async function startLocalSite(routes: Record<string, Route>): Promise<LocalSite> {
  let inFlight = 0;
  const hits = new Map<string, number>();
  const connectionStarts = new WeakMap<object, number>();
  const site: LocalSite = {
    port: 0,
    requests: [],
    maxInFlight: 0,
    paths: () => site.requests.map((r) => r.path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer(async (req, res) => {
    const path = req.url ?? '/';
    // The first request on a socket started when the client began connecting, not when it arrived.
    const connectedAt = connectionStarts.get(req.socket);
    connectionStarts.delete(req.socket);
    const startedAt = connectedAt ?? Date.now();
    const logged: LoggedRequest = { method: req.method ?? '', path, host: req.headers.host ?? '', headers: req.headers, startedAt };
    site.requests.push(logged);
    inFlight += 1;
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
      logged.endedAt = Date.now();
    });
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const route = routes[`http://${req.headers.host}${path}`] ?? routes[path];
    if (typeof route === 'function') return route(req, res, count);
    const response: RouteResponse =
      route === undefined ? { status: 404, body: 'not found' } : typeof route === 'string' ? { body: route } : route;
    if (response.delayMs) await sleep(response.delayMs);
    res.writeHead(response.status ?? 200, {
      'content-type': typeof route === 'string' ? 'text/html; charset=utf-8' : 'text/plain',
      'content-length': String(Buffer.byteLength(response.body ?? '')),
      ...response.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : response.body);
  });
  server.on('connection', (socket) => connectionStarts.set(socket, Date.now()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.port = (server.address() as AddressInfo).port;
  return site;
}

/** A port on 127.0.0.1 with nothing listening (the one the demo network uses for its unreachable portal). */
export { closedPort } from '../../../src/demo/portal-network.ts';

export function page(body: string, title = 'Página'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}
