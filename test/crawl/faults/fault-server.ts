import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import type { ConnectToRule } from '../../../src/crawl/types.ts';

export interface ServedRequest {
  host: string;
  method: string;
  path: string;
  /** Body bytes handed to the socket (streaming handlers keep this up to date). */
  bytesSent: number;
}

/** One route of a misbehaving host; `hits` counts requests to this host+path, from 1. */
export type FaultHandler = (req: http.IncomingMessage, res: http.ServerResponse, context: { hits: number; served: ServedRequest }) => void;

export interface FaultHost {
  https?: boolean;
  /** Keyed by path with query; '/robots.txt' defaults to 404, unknown paths are 404. */
  routes: Record<string, FaultHandler | string>;
  /** Called for paths not in `routes` (generated URL spaces such as calendars). */
  fallback?: FaultHandler;
}

export interface FaultServer {
  /** One rule per host, as `mirador --connect-to host:80:127.0.0.1:port` would give. */
  connectTo: ConnectToRule[];
  served: ServedRequest[];
  pathsFor(host: string): string[];
  /** Forgets requests and hit counts, so each test sees the hosts fresh. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * One HTTP and one HTTPS listener on 127.0.0.1, dispatching by Host header to a table of hosts,
 * so a single crawler can crawl many misbehaving "portals" at once. HTTPS uses the self-signed
 * fixture certificate (see ../fixtures/README.md).
 */
export async function startFaultServer(hosts: Record<string, FaultHost>): Promise<FaultServer> {
  const hits = new Map<string, number>();
  const served: ServedRequest[] = [];
  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    const entry: ServedRequest = { host, method: req.method ?? '', path, bytesSent: 0 };
    served.push(entry);
    // A client that hangs up mid-body makes later writes fail; that is the point of these hosts.
    res.on('error', () => undefined);
    const key = `${host}${path}`;
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    const spec = hosts[host];
    const route = spec?.routes[path] ?? (path === '/robots.txt' ? undefined : spec?.fallback);
    if (typeof route === 'function') return route(req, res, { hits: count, served: entry });
    if (typeof route === 'string') return sendHtml(res, route, entry);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no encontrado');
  };

  const fixtures = new URL('../fixtures/', import.meta.url);
  const plain = http.createServer(handle);
  const secure = https.createServer(
    { key: readFileSync(new URL('self-signed.key', fixtures)), cert: readFileSync(new URL('self-signed.crt', fixtures)) },
    handle,
  );
  const listen = async (server: http.Server): Promise<number> => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };
  const [httpPort, httpsPort] = await Promise.all([listen(plain), listen(secure)]);
  const connectTo = Object.entries(hosts).map(([host, spec]) =>
    parseConnectTo(spec.https ? `${host}:443:127.0.0.1:${httpsPort}` : `${host}:80:127.0.0.1:${httpPort}`),
  );
  const closeServer = (server: http.Server): Promise<void> =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    connectTo,
    served,
    pathsFor: (host) => served.filter((r) => r.host === host).map((r) => r.path),
    reset: () => {
      served.length = 0;
      hits.clear();
    },
    close: async () => {
      await Promise.all([closeServer(plain), closeServer(secure)]);
    },
  };
}

export function sendHtml(res: http.ServerResponse, html: string | Buffer, served: ServedRequest, headers: Record<string, string> = {}): void {
  const body = typeof html === 'string' ? Buffer.from(html) : html;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length), ...headers });
  served.bytesSent += body.length;
  res.end(body);
}

/** Writes `total` bytes of `chunk` repeated, respecting backpressure, until done or the client leaves. */
export function streamBody(res: http.ServerResponse, total: number, chunk: Buffer, served: ServedRequest): void {
  const pump = (): void => {
    while (served.bytesSent < total) {
      if (res.destroyed) return;
      const piece = chunk.subarray(0, Math.min(chunk.length, total - served.bytesSent));
      served.bytesSent += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

export function page(body: string, title = 'Ayuntamiento'): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}
