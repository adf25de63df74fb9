import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { pipeline, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import { HostResolver } from './address-policy.ts';
import { resolveConnectTarget, type ConnectTarget } from './connect-to.ts';
import { FetchFailure, formatDuration, toFetchFailure } from './fetch-error.ts';
import type { HostScheduler } from './host-scheduler.ts';
import type { CrawlOptions, FetchError, FetchPurpose, FetchRecord } from './types.ts';

const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_BACKOFF_BASE_MS = 500;
/** A server asking us to come back later than this gets no retry: the site is reported as it is. */
const MAX_RETRY_AFTER_MS = 30_000;
/** Error bodies this small are drained so the keep-alive socket can be reused; larger ones are cut. */
const DRAIN_LIMIT_BYTES = 64 * 1024;

export interface FetchRequest {
  method: 'GET' | 'HEAD' | 'POST';
  /** POST: the form body (application/x-www-form-urlencoded); dropped when a redirect turns the request into a GET. */
  body?: Buffer;
  purpose: FetchPurpose;
  depth: number;
  headers?: Record<string, string>;
  /** Whether to read and keep the body of the final response; default: GET with a 2xx status. */
  keepBody?: (status: number, headers: Record<string, string>) => boolean;
  /** Queue priority at the host scheduler (higher first); default 0. */
  priority?: number;
  /** Extra attempts for this request instead of the fetcher's `retries` (the web-archive adapter retries archive requests itself, under its rate limiter). */
  retries?: number;
  /** false: return a 3xx as it is instead of following it (the web-archive adapter follows redirects between captures itself); default true. */
  followRedirects?: boolean;
}

export type FetchFn = (url: string, request: FetchRequest) => Promise<FetchRecord>;

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
  bytes: number;
  /** Certificate verification failure tolerated under ignoreTlsErrors. */
  tlsError?: string;
}

/** Where a redirect chain got to, kept outside the attempt so a failure still reports it. */
interface ChainState {
  finalUrl: string;
  redirects: string[];
  /** The last hop's method and body: a POST answered by a redirect goes on as a GET. */
  method: FetchRequest['method'];
  body?: Buffer;
  /** First certificate failure tolerated along the chain (ignoreTlsErrors). */
  tlsError?: string;
}

export type FetcherOptions = Pick<
  CrawlOptions,
  'timeoutMs' | 'retries' | 'maxBodyBytes' | 'userAgent' | 'connectTo' | 'allowPrivate' | 'ignoreTlsErrors' | 'retryBaseDelayMs'
>;

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function decompressorFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) throw new FetchFailure('too-large', `body over ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function isRetryable(status: number | null, error: FetchError | null): boolean {
  if (error) return error.kind === 'timeout' || error.kind === 'reset';
  return status === 429 || (status !== null && status >= 500);
}

/** Retry-After in ms (delta-seconds or HTTP-date), or null when absent/unparseable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function backoffMs(attempt: number, baseMs: number): number {
  const exponential = baseMs * 2 ** (attempt - 1);
  return exponential + Math.random() * baseMs;
}

/**
 * Plain-HTTP fetcher: one GET/HEAD with manual redirects, retries, size cap, decompression,
 * --connect-to and the private-address policy. Politeness comes from the scheduler, per hop.
 */
export class HttpFetcher {
  private readonly httpAgent = new http.Agent({ keepAlive: true });
  private readonly httpsAgent: https.Agent;

  constructor(
    private readonly options: FetcherOptions,
    private readonly scheduler: HostScheduler,
    private readonly resolver: HostResolver = new HostResolver(),
  ) {
    // Even when tolerated, a failed verification is kept on the socket and copied to each record.
    this.httpsAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: !options.ignoreTlsErrors });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** Never throws for network or HTTP problems: they end up in `record.error`. */
  async fetch(url: string, request: FetchRequest): Promise<FetchRecord> {
    const startedAt = new Date();
    const state: ChainState = { finalUrl: url, redirects: [], method: request.method };
    let exchange: Exchange | null = null;
    let error: FetchError | null = null;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      state.finalUrl = url;
      state.redirects = [];
      state.method = request.method;
      state.body = request.body;
      delete state.tlsError;
      exchange = null;
      error = null;
      try {
        exchange = await this.followRedirects(new URL(url), request, state);
      } catch (failure) {
        error = toFetchFailure(failure, url).toFetchError();
      }
      const status = exchange?.status ?? null;
      if (attempts > (request.retries ?? this.options.retries) || !isRetryable(status, error)) break;
      const retryAfter = status === 429 || status === 503 ? parseRetryAfter(exchange?.headers['retry-after']) : null;
      if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) break;
      await sleep(retryAfter ?? backoffMs(attempts, this.options.retryBaseDelayMs ?? DEFAULT_BACKOFF_BASE_MS));
    }
    const status = exchange?.status ?? null;
    if (!error && status !== null && status >= 400) {
      error = { kind: 'http', message: `HTTP ${status}${attempts > 1 ? ` after ${attempts} attempts` : ''}` };
    } else if (error && attempts > 1) {
      error = { ...error, message: `${error.message} (${attempts} attempts)` };
    }
    const headers = exchange?.headers ?? {};
    return {
      url,
      finalUrl: state.finalUrl,
      redirects: state.redirects,
      method: state.method,
      ...(state.body ? { requestBody: state.body } : {}),
      ...(exchange ? { requestHeaders: this.requestHeaders(new URL(state.finalUrl), state.body ? { ...request.headers, 'content-length': String(state.body.length) } : request.headers ?? {}) } : {}),
      purpose: request.purpose,
      depth: request.depth,
      status,
      headers,
      contentType: headers['content-type'] ?? null,
      body: exchange?.body ?? null,
      bytes: exchange?.bytes ?? 0,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      attempts,
      error,
      ...(state.tlsError ? { tlsError: state.tlsError } : {}),
    };
  }

  private async followRedirects(start: URL, request: FetchRequest, state: ChainState): Promise<Exchange> {
    const visited = new Set([start.href]);
    let current = start;
    for (;;) {
      const { method, body } = state;
      const keepBody = (status: number, headers: Record<string, string>): boolean =>
        !(REDIRECT_STATUSES.has(status) && headers.location) &&
        (request.keepBody ? request.keepBody(status, headers) : method === 'GET' && status >= 200 && status < 300);
      const exchange = await this.exchange(current, method, body, request.headers ?? {}, keepBody, request.priority ?? 0);
      if (exchange.tlsError) state.tlsError ??= exchange.tlsError;
      const location = exchange.headers.location;
      if (!REDIRECT_STATUSES.has(exchange.status) || !location || request.followRedirects === false) return exchange;
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new FetchFailure('other', `redirect to an invalid URL: ${location}`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new FetchFailure('other', `redirect to a non-web URL: ${next.href}`);
      }
      next.hash = '';
      if (visited.has(next.href)) throw new FetchFailure('redirect-loop', `redirect loop back to ${next.href}`);
      if (state.redirects.length >= MAX_REDIRECTS) {
        throw new FetchFailure('too-many-redirects', `more than ${MAX_REDIRECTS} redirects`);
      }
      visited.add(next.href);
      state.redirects.push(next.href);
      state.finalUrl = next.href;
      // Browsers, and so the portal's own postback handlers, follow a 301/302 after a POST with a GET.
      if ((exchange.status === 303 && method !== 'HEAD') || (method === 'POST' && exchange.status <= 302)) {
        state.method = 'GET';
        delete state.body;
      }
      current = next;
    }
  }

  private async exchange(
    url: URL,
    method: FetchRequest['method'],
    body: Buffer | undefined,
    extraHeaders: Record<string, string>,
    keepBody: (status: number, headers: Record<string, string>) => boolean,
    priority: number,
  ): Promise<Exchange> {
    const target = resolveConnectTarget(url, this.options.connectTo);
    const address = await this.addressFor(target);
    return this.scheduler.run(url.host, (sent) => this.request(url, target, address, method, body, extraHeaders, keepBody, sent), priority);
  }

  private async addressFor(target: ConnectTarget): Promise<string> {
    // A --connect-to target is the user's explicit choice, so it is exempt from the private-address policy.
    const addresses =
      target.rule || this.options.allowPrivate
        ? await this.resolver.resolve(target.host)
        : await this.resolver.resolvePublic(target.host);
    const address = addresses[0];
    if (!address) throw new FetchFailure('dns', `DNS: no address for ${target.host}`);
    return address;
  }

  /** The 'private-address' refusal a request to `url` would get, checked without sending anything. */
  async privateAddressError(url: string): Promise<FetchError | null> {
    try {
      await this.addressFor(resolveConnectTarget(new URL(url), this.options.connectTo));
      return null;
    } catch (failure) {
      const error = toFetchFailure(failure, url);
      return error.kind === 'private-address' ? error.toFetchError() : null;
    }
  }

  private requestHeaders(url: URL, extraHeaders: Record<string, string>): Record<string, string> {
    return {
      host: url.host,
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-language': 'es-MX,es;q=0.9,en;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
      ...extraHeaders,
    };
  }

  private request(
    url: URL,
    target: ConnectTarget,
    address: string,
    method: FetchRequest['method'],
    body: Buffer | undefined,
    extraHeaders: Record<string, string>,
    keepBody: (status: number, headers: Record<string, string>) => boolean,
    sent: () => void,
  ): Promise<Exchange> {
    const { timeoutMs, maxBodyBytes } = this.options;
    const isHttps = url.protocol === 'https:';
    const bareHost = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const label = target.rule ? `${url.host} (connect-to ${target.host}:${target.port})` : url.host;
    return new Promise<Exchange>((resolve, reject) => {
      let settled = false;
      let timedOut = false;
      const req = (isHttps ? https : http).request({
        host: address,
        port: target.port,
        method,
        path: `${url.pathname}${url.search}`,
        agent: isHttps ? this.httpsAgent : this.httpAgent,
        servername: isHttps && !isIP(bareHost) ? bareHost : undefined,
        headers: this.requestHeaders(url, body ? { ...extraHeaders, 'content-length': String(body.length) } : extraHeaders),
      });
      const settle = (outcome: { exchange: Exchange } | { error: unknown }): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if ('exchange' in outcome) {
          resolve(outcome.exchange);
        } else {
          req.destroy();
          reject(timedOut ? new FetchFailure('timeout', `timeout after ${formatDuration(timeoutMs)}`) : toFetchFailure(outcome.error, label));
        }
      };
      // Timers run before I/O in each loop turn: when a long synchronous step (parsing another
      // site's huge page) delays this one, a response already waiting in the socket must get read
      // before the timeout is declared, or a busy crawler blames fast sites for its own stalls.
      const timer = setTimeout(() => {
        setImmediate(() => {
          if (settled) return;
          timedOut = true;
          req.destroy(new FetchFailure('timeout', `timeout after ${formatDuration(timeoutMs)}`));
        });
      }, timeoutMs);
      req.on('error', (error) => settle({ error }));
      // The request is on the wire: the host's politeness gap counts from here (host-scheduler.ts).
      req.on('finish', sent);
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const headers = flattenHeaders(res.headers);
        const socket = res.socket as TLSSocket | null;
        const tlsError = isHttps && socket && !socket.authorized ? String(socket.authorizationError ?? 'unverified certificate') : undefined;
        if (method === 'HEAD' || !keepBody(status, headers)) {
          if (method === 'HEAD' || Number(headers['content-length'] ?? Infinity) <= DRAIN_LIMIT_BYTES) res.resume();
          else res.destroy();
          settle({ exchange: { status, headers, body: null, bytes: 0, ...(tlsError ? { tlsError } : {}) } });
          return;
        }
        const declared = Number(headers['content-length']);
        if (!headers['content-encoding'] && declared > maxBodyBytes) {
          res.destroy();
          settle({ error: new FetchFailure('too-large', `body of ${declared} bytes is over ${maxBodyBytes} bytes`) });
          return;
        }
        const decompressor = decompressorFor(headers['content-encoding']);
        let decoded: Readable = res;
        if (decompressor) {
          decoded = decompressor;
          pipeline(res, decompressor, () => {
            // Errors surface through the iteration below.
          });
        }
        readCapped(decoded, maxBodyBytes).then(
          (body) => settle({ exchange: { status, headers, body, bytes: body.length, ...(tlsError ? { tlsError } : {}) } }),
          (error: unknown) => {
            res.destroy();
            settle({ error });
          },
        );
      });
      req.end(body);
    });
  }
}
