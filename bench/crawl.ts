/**
 * Crawl benchmark: `npm run bench:crawl -- [--sites 204] [--delay 1000] [--concurrency 8] [--max-pages 60]
 * [--seed 1] [--render on|off] [--only mirador|crawlee] [--max-memory MB] [--dump-log file.json]`.
 *
 * Builds a simulated network of municipal portals on 127.0.0.1 (bench/network/), ranks it with Mirador's real
 * pipeline and crawls it with crawlee's CheerioCrawler under the same politeness, then prints wall time, pages
 * per second, peak RSS and how close each comes to the politeness lower bound (bench/bound.ts).
 *
 * The network server and each crawler run in their own processes: crawler CPU work cannot delay the injected
 * latencies, and each crawler's peak RSS is its own (plus its descendants, e.g. a rendering browser).
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { politenessBound, type Bound } from './bound.ts';
import { loadNetwork } from './network/load.ts';
import { latencyMs, type NetworkDefinition } from './network/portal-network.ts';
import type { ServedRequest } from './network/server.ts';
import { forkChild, nextMessage, type NetworkConfig, type RunnerConfig, type RunnerResult, type ServerMessage } from './protocol.ts';

const TARGETS = { wallOverBound: 1.25, miradorOverCrawlee: 1.0, peakRssMb: 600, helpSeconds: 0.3, offlineScoreSeconds: 10, offlineScoreSites: 204 };

const { values: args } = parseArgs({
  options: {
    sites: { type: 'string', default: '204' },
    delay: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    'max-pages': { type: 'string', default: '60' },
    'max-memory': { type: 'string' },
    seed: { type: 'string', default: '1' },
    render: { type: 'string', default: 'on' },
    only: { type: 'string' },
    'dump-log': { type: 'string' },
  },
});

function integer(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}

const networkConfig: NetworkConfig = { sites: integer('sites', args.sites, 1), seed: integer('seed', args.seed, 0) };
const delayMs = integer('delay', args.delay, 0);
const concurrency = integer('concurrency', args.concurrency, 1);
const maxPages = integer('max-pages', args['max-pages'], 1);
const crawlers = args.only ? [args.only] : ['mirador', 'crawlee'];
for (const name of crawlers) if (name !== 'mirador' && name !== 'crawlee') throw new Error(`--only must be mirador or crawlee, got "${name}"`);

if (args.render !== 'on' && args.render !== 'off') throw new Error(`--render must be on or off, got "${args.render}"`);
const render = args.render;

const network = loadNetwork(networkConfig.sites, networkConfig.seed);

/** The ideal request set: each reachable site's first maxPages pages in BFS order; one request to a 503 site. */
function idealBound(definition: NetworkDefinition): Bound {
  const latenciesByHost = new Map<string, number[]>();
  for (const portal of definition.portals) {
    if (portal.behaviour === 'refused') continue;
    const paths = portal.behaviour === 'unavailable' ? ['/'] : portal.pages.slice(0, maxPages).map((p) => p.path);
    latenciesByHost.set(portal.host, paths.map((path) => latencyMs(portal, path)));
  }
  return politenessBound({ latenciesByHost, delayMs, concurrency });
}

function servedBound(log: readonly ServedRequest[], oneConnectionPerHost = true): Bound {
  const latenciesByHost = new Map<string, number[]>();
  for (const request of log) {
    const list = latenciesByHost.get(request.host) ?? [];
    list.push(request.latencyMs);
    latenciesByHost.set(request.host, list);
  }
  return politenessBound({ latenciesByHost, delayMs, concurrency, oneConnectionPerHost });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');

function describeNetwork(definition: NetworkDefinition): string {
  const count = (b: string) => definition.portals.filter((p) => p.behaviour === b).length;
  const pages = definition.portals.reduce((sum, p) => sum + p.pages.length, 0);
  const budgeted = definition.portals
    .filter((p) => p.behaviour === 'normal' || p.behaviour === 'slow')
    .reduce((sum, p) => sum + Math.min(maxPages, p.pages.length), 0);
  const files = definition.portals.reduce((sum, p) => sum + p.files.length, 0);
  return (
    `${definition.portals.length} portals (${count('slow')} slow at 1–2 s per response, ${count('refused')} refusing connections, ` +
    `${count('unavailable')} answering 503; the rest 50–300 ms), ${pages} pages of which ${budgeted} within the ${maxPages}-page budget ` +
    `of reachable portals, ${files} linked files, seed ${definition.seed}`
  );
}

async function startServer(): Promise<{ child: ChildProcess; port: number; deadPort: number }> {
  const child = forkChild(new URL('./network/serve.ts', import.meta.url), networkConfig);
  const ready = await nextMessage(child, (m): m is Extract<ServerMessage, { type: 'ready' }> => (m as ServerMessage).type === 'ready');
  return { child, port: ready.port, deadPort: ready.deadPort };
}

async function takeLog(server: ChildProcess): Promise<ServedRequest[]> {
  const reply = nextMessage(server, (m): m is Extract<ServerMessage, { type: 'log' }> => (m as ServerMessage).type === 'log');
  server.send({ type: 'take-log' });
  return (await reply).log;
}

interface Measured {
  result: RunnerResult;
  served: ServedRequest[];
  /** Bound under Mirador's politeness (one connection per host) for the requests this crawler made. */
  bound: Bound;
  /** Bound under crawlee's own politeness (start gap only). */
  startGapBound: Bound;
}

async function runCrawler(name: string, config: RunnerConfig, server: ChildProcess): Promise<Measured> {
  await takeLog(server); // start from an empty log
  const child = forkChild(new URL(`./runners/${name}.ts`, import.meta.url), config);
  const { result } = await nextMessage(child, (m): m is { type: 'result'; result: RunnerResult } => (m as { type?: string }).type === 'result');
  const served = await takeLog(server);
  return { result, served, bound: servedBound(served), startGapBound: servedBound(served, false) };
}

function printMeasured({ result, served, bound, startGapBound }: Measured, ideal: Bound): void {
  const ownBound = result.crawler === 'crawlee' ? startGapBound : bound;
  const lines: [string, string][] = [
    ['wall time', seconds(result.wallMs)],
    ['pages (HTML, handed on)', String(result.pages)],
    ['pages per second', (result.pages / (result.wallMs / 1000)).toFixed(2)],
    ['requests served (server log)', `${served.length} (crawler reports ${result.requestsReported})`],
    [
      'lower bound, own requests',
      `${seconds(bound.boundMs)} (global ${seconds(bound.globalMs)}, slowest site ${seconds(bound.slowestSiteMs)} ${bound.slowestHost ?? ''})`,
    ],
    ...(result.crawler === 'crawlee'
      ? [
          [
            '  same, start gap only',
            `${seconds(startGapBound.boundMs)} (crawlee's politeness: a slow domain may have several requests in flight)`,
          ] as [string, string],
        ]
      : []),
    [
      'wall / own bound',
      `${(result.wallMs / ownBound.boundMs).toFixed(2)}   target ≤ ${TARGETS.wallOverBound}: ${verdict(result.wallMs / ownBound.boundMs <= TARGETS.wallOverBound)}`,
    ],
    ['wall / ideal bound', (result.wallMs / ideal.boundMs).toFixed(2)],
    [
      'main thread',
      `${result.loop.cpuSeconds.toFixed(0)} s CPU, event loop busy ${(100 * result.loop.utilization).toFixed(0)}% of the wall, ` +
        `loop delay p99 ${result.loop.delayP99Ms.toFixed(0)} ms, max ${result.loop.delayMaxMs.toFixed(0)} ms`,
    ],
    ['mean requests in flight', `${(bound.totalLatencyMs / result.wallMs).toFixed(2)} of ${concurrency} (Σ latency served / wall)`],
    [
      'peak RSS (process + children)',
      `${mb(result.rss.peakTotal)} (process ${mb(result.rss.peakSelf)}, children ${mb(result.rss.peakChildren)}, ${result.rss.samples} samples)` +
        (result.crawler === 'mirador'
          ? `   target ≤ ${TARGETS.peakRssMb} MB with rendering on: ${verdict(result.rss.peakTotal / 1024 / 1024 <= TARGETS.peakRssMb)}` +
            (result.render === 'off' ? ' (rendering was off)' : '')
          : ''),
    ],
    [
      'peak PSS (process + children)',
      `${mb(result.rss.peakPssTotal)} (shared pages counted once, sampled every second; RSS above is the conservative figure the target is checked on)`,
    ],
    [
      'pages rendered',
      result.renderedPages === null
        ? 'n/a (CheerioCrawler does not render)'
        : `${result.renderedPages} of ${result.pages} (${((100 * result.renderedPages) / Math.max(1, result.pages)).toFixed(1)}%), render = ${result.render}`,
    ],
    ...Object.entries(result.details).map(([k, v]): [string, string] => [k, String(v)]),
  ];
  console.log(`\n${result.crawler}`);
  for (const [label, value] of lines) console.log(`  ${label.padEnd(32)}${value}`);
}

const ideal = idealBound(network);
console.log(`Mirador crawl benchmark (Mirador rendering ${render})`);
console.log(`  network: ${describeNetwork(network)}`);
console.log(`  politeness: one connection per host, ≥ ${delayMs} ms between request starts to a host, ${concurrency} requests in flight, ${maxPages} pages per site`);
console.log('  lower bound = max( max over sites of Σ max(delay, l_i) − max(max(delay, l_i) − l_i),  Σ all l_i / concurrency )');
console.log('                (l_i: injected latency of each request; "own" counts the requests a crawler made, robots/sitemap/files/retries');
console.log('                 included, from the server log; "ideal" counts only each site\'s first pages within the budget, one try each)');
console.log(
  `  ideal lower bound: ${seconds(ideal.boundMs)} (global ${seconds(ideal.globalMs)} = ${ideal.requests} requests, Σ latency ${seconds(ideal.totalLatencyMs)} / ${concurrency}; ` +
    `slowest site ${seconds(ideal.slowestSiteMs)} ${ideal.slowestHost ?? ''})`,
);

const server = await startServer();
const runnerConfig: RunnerConfig = {
  ...networkConfig,
  port: server.port,
  deadPort: server.deadPort,
  delayMs,
  concurrency,
  maxPages,
  render,
  ...(args['max-memory'] ? { maxMemoryMb: integer('max-memory', args['max-memory'], 1) } : {}),
};
const measured = new Map<string, Measured>();
try {
  for (const name of crawlers) {
    console.error(`running ${name}…`);
    const result = await runCrawler(name, runnerConfig, server.child);
    measured.set(name, result);
    printMeasured(result, ideal);
    if (args['dump-log']) writeFileSync(args['dump-log'].replace(/(\.json)?$/, `.${name}.json`), JSON.stringify(result.served));
  }
} finally {
  server.child.send({ type: 'close' });
}

const mirador = measured.get('mirador');
const crawlee = measured.get('crawlee');
if (mirador && crawlee) {
  const ratio = mirador.result.wallMs / crawlee.result.wallMs;
  console.log(`\nMirador / crawlee wall time: ${ratio.toFixed(2)}   target ≤ ${TARGETS.miradorOverCrawlee}: ${verdict(ratio <= TARGETS.miradorOverCrawlee)}`);
  console.log(
    `  (Mirador also fetches robots.txt and sitemap.xml and probes linked files with HEAD: ${mirador.served.length} requests served ` +
      `against crawlee's ${crawlee.served.length}; crawlee keys its delay on the domain and does not limit a domain to one connection)`,
  );
}

/** What the server was asked for, by kind: the request target allows crawlee's count plus robots and sitemaps. */
function requestKinds(log: readonly ServedRequest[]): { robots: number; sitemaps: number; files: number; pages: number } {
  const kinds = { robots: 0, sitemaps: 0, files: 0, pages: 0 };
  for (const { path } of log) {
    const bare = path.split('?')[0]!.toLowerCase();
    if (bare === '/robots.txt') kinds.robots += 1;
    else if (/sitemap[^/]*\.xml(\.gz)?$/.test(bare)) kinds.sitemaps += 1;
    else if (/\.(pdf|xlsx?|csv|json|zip|docx?|ods|odt|pptx?|kml|kmz|txt|xml)$/.test(bare)) kinds.files += 1;
    else kinds.pages += 1;
  }
  return kinds;
}

/** The smallest gap between two arrivals at one host, from the server's log. */
function smallestGap(log: readonly ServedRequest[]): { gapMs: number; between: string } {
  const byHost = new Map<string, ServedRequest[]>();
  for (const request of log) {
    const requests = byHost.get(request.host);
    if (requests) requests.push(request);
    else byHost.set(request.host, [request]);
  }
  let smallest = { gapMs: Infinity, between: '' };
  for (const [host, requests] of byHost) {
    requests.sort((a, b) => a.receivedAt - b.receivedAt);
    for (let i = 1; i < requests.length; i += 1) {
      const gapMs = requests[i]!.receivedAt - requests[i - 1]!.receivedAt;
      if (gapMs < smallest.gapMs) smallest = { gapMs, between: `${host}: ${requests[i - 1]!.method} ${requests[i - 1]!.path} → ${requests[i]!.method} ${requests[i]!.path}` };
    }
  }
  return smallest;
}

/** Median of five `mirador --help` from the build, ms; null when there is no build. */
function helpStartMs(): number | null {
  const cli = new URL('../bin/mirador.js', import.meta.url).pathname;
  if (!existsSync(new URL('../dist/src/cli/main.js', import.meta.url))) return null;
  const times = Array.from({ length: 5 }, () => {
    const startedAt = performance.now();
    execFileSync(process.execPath, [cli, '--help'], { stdio: 'ignore' });
    return performance.now() - startedAt;
  }).sort((a, b) => a - b);
  return times[2]!;
}

/** Every figure of issue 15 in one table, Mirador and crawlee from this same run. */
function printTable(): void {
  const sites = network.portals.length;
  const rows: [string, string, string, string, string][] = [];
  const m = mirador;
  const c = crawlee;
  const status = (ok: boolean | null) => (ok === null ? '' : verdict(ok));
  if (m) {
    const peak = m.result.rss.peakTotal / 1024 / 1024;
    rows.push([`peak RSS, process + browser${render === 'off' ? ' (render off)' : ''}`, mb(m.result.rss.peakTotal), c ? mb(c.result.rss.peakTotal) : '', `≤ ${TARGETS.peakRssMb} MB`, status(render === 'on' ? peak <= TARGETS.peakRssMb : null)]);
    rows.push(['peak PSS, process + browser', mb(m.result.rss.peakPssTotal), c ? mb(c.result.rss.peakPssTotal) : '', '', '']);
  }
  if (m && c) {
    const ratio = m.result.wallMs / c.result.wallMs;
    rows.push(['wall time', seconds(m.result.wallMs), seconds(c.result.wallMs), `≤ ${TARGETS.miradorOverCrawlee.toFixed(1)}× crawlee (${ratio.toFixed(2)}×)`, status(ratio <= TARGETS.miradorOverCrawlee)]);
  }
  const kinds = { m: m ? requestKinds(m.served) : null, c: c ? requestKinds(c.served) : null };
  if (kinds.m) {
    const perSite = (n: number) => (n / sites).toFixed(1);
    const allowed = c && kinds.m ? c.served.length + kinds.m.robots + kinds.m.sitemaps : null;
    rows.push([
      'requests per site',
      `${perSite(m!.served.length)} (robots ${perSite(kinds.m.robots)}, sitemaps ${perSite(kinds.m.sitemaps)}, files ${perSite(kinds.m.files)}, pages ${perSite(kinds.m.pages)})`,
      c && kinds.c ? `${perSite(c.served.length)} (files ${perSite(kinds.c.files)})` : '',
      allowed === null ? '≤ crawlee + robots + sitemaps' : `≤ ${perSite(allowed)} (crawlee + robots + sitemaps)`,
      status(allowed === null ? null : m!.served.length <= allowed),
    ]);
  }
  const gaps = { m: m ? smallestGap(m.served) : null, c: c ? smallestGap(c.served) : null };
  if (gaps.m)
    rows.push([
      'smallest gap, one host (server log)',
      `${gaps.m.gapMs.toFixed(0)} ms`,
      gaps.c ? `${gaps.c.gapMs.toFixed(0)} ms` : '',
      `≥ ${delayMs} ms (arrival jitter aside)`,
      status(gaps.m.gapMs >= delayMs * 0.9),
    ]);
  if (gaps.m) console.log(`  (Mirador's smallest gap: ${gaps.m.between})`);
  const help = helpStartMs();
  rows.push(['mirador --help', help === null ? 'no build (npm run build)' : `${(help / 1000).toFixed(2)} s`, '', `≤ ${TARGETS.helpSeconds} s`, status(help === null ? null : help / 1000 <= TARGETS.helpSeconds)]);
  const offline = m?.result.offlineScore;
  if (offline) {
    const scaled = (offline.wallMs / Math.max(1, offline.sites)) * TARGETS.offlineScoreSites;
    rows.push([
      `offline mirador score, ${offline.sites} sites`,
      `${seconds(offline.wallMs)} (${seconds(scaled)} per ${TARGETS.offlineScoreSites})`,
      '',
      `${TARGETS.offlineScoreSites} sites ≤ ${TARGETS.offlineScoreSeconds} s`,
      status(scaled / 1000 <= TARGETS.offlineScoreSeconds),
    ]);
  }
  if (m) rows.push(['lower bound, Mirador\'s own requests', seconds(m.bound.boundMs), c ? seconds(c.startGapBound.boundMs) : '', `ideal ${seconds(ideal.boundMs)}`, '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'Mirador', 'crawlee', 'target'][i]!.length));
  const line = (r: readonly string[]) => `  ${r.slice(0, 4).map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}  ${r[4] ?? ''}`;
  console.log(`\nIssue 15 figures (${sites} sites, delay ${delayMs} ms, concurrency ${concurrency}, ${maxPages} pages per site, rendering ${render})`);
  console.log(line(['figure', 'Mirador', 'crawlee', 'target', '']));
  for (const row of rows) console.log(line(row));
}

printTable();
