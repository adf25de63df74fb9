/**
 * The politeness lower bound: no crawler that keeps one connection per host, leaves at least `delay` between
 * two request starts to the same host, and has at most `concurrency` requests in flight can finish sooner.
 *
 *   site_time(h)  = Σ_i max(delay, l_i) − max_i (max(delay, l_i) − l_i)
 *                   (requests one after another, start-to-start ≥ max(delay, l_i); the last one only costs its
 *                    own latency, and the best request to put last is the one that saves the most)
 *   global        = Σ_all l_i / concurrency          (the work, spread perfectly over the global slots)
 *   bound         = max(max_h site_time(h), global)
 *
 * crawlee keeps the start gap but not one connection per host (a slow host can have several requests in flight),
 * so under its own politeness a site only needs site_time = max((n − 1)·delay + min_i l_i, max_i l_i).
 *
 * l_i are the injected latencies of the requests counted: either the ones a crawler actually made (from the
 * server's log, robots/sitemap/file probes and retries included) or the ideal set from the network definition.
 */
export interface BoundInput {
  /** Latencies (ms) of the requests made to each host. */
  latenciesByHost: Map<string, number[]>;
  delayMs: number;
  concurrency: number;
  /** false: only the start-to-start gap is kept (crawlee's sameDomainDelaySecs). Default true. */
  oneConnectionPerHost?: boolean;
}

export interface Bound {
  boundMs: number;
  globalMs: number;
  slowestSiteMs: number;
  slowestHost: string | null;
  requests: number;
  totalLatencyMs: number;
}

export function siteTimeMs(latencies: readonly number[], delayMs: number): number {
  if (latencies.length === 0) return 0;
  let sum = 0;
  let bestSaving = 0;
  for (const latency of latencies) {
    const slot = Math.max(delayMs, latency);
    sum += slot;
    bestSaving = Math.max(bestSaving, slot - latency);
  }
  return sum - bestSaving;
}

export function startGapSiteTimeMs(latencies: readonly number[], delayMs: number): number {
  if (latencies.length === 0) return 0;
  return Math.max((latencies.length - 1) * delayMs + Math.min(...latencies), Math.max(...latencies));
}

export function politenessBound({ latenciesByHost, delayMs, concurrency, oneConnectionPerHost = true }: BoundInput): Bound {
  const siteTime = oneConnectionPerHost ? siteTimeMs : startGapSiteTimeMs;
  let slowestSiteMs = 0;
  let slowestHost: string | null = null;
  let requests = 0;
  let totalLatencyMs = 0;
  for (const [host, latencies] of latenciesByHost) {
    const time = siteTime(latencies, delayMs);
    if (time > slowestSiteMs) {
      slowestSiteMs = time;
      slowestHost = host;
    }
    requests += latencies.length;
    totalLatencyMs += latencies.reduce((a, b) => a + b, 0);
  }
  const globalMs = totalLatencyMs / concurrency;
  return { boundMs: Math.max(slowestSiteMs, globalMs), globalMs, slowestSiteMs, slowestHost, requests, totalLatencyMs };
}
