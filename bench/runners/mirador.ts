/**
 * Child-process entry: ranks the benchmark network with the real pipeline (startRankRun: crawl, gather,
 * score, store), with a fresh database in a temp dir, and reports wall time, peak RSS and what was fetched.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { defaultCrawlOptions, parseConnectTo } from '../../src/crawl/crawler.ts';
import type { CrawlOptions } from '../../src/crawl/types.ts';
import type { RunProgress } from '../../src/run/progress.ts';
import { startRankRun } from '../../src/run/rank-run.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadNetwork } from '../network/load.ts';
import { seedsCsv } from '../network/portal-network.ts';
import { configFromArgv, sendToParent, type RunnerConfig, type RunnerResult } from '../protocol.ts';
import { LoopMonitor } from '../loop.ts';
import { RssSampler } from '../rss.ts';

const config = configFromArgv<RunnerConfig>();
const network = loadNetwork(config.sites, config.seed);
const seeds = parseSeeds(seedsCsv(network), 'bench network');
const connectTo = network.portals.map((p) =>
  parseConnectTo(`${p.host}:80:127.0.0.1:${p.behaviour === 'refused' ? config.deadPort : config.port}`),
);

// Rendering (CrawlOptions.render) defaults to on: the benchmark measures the run as users get it.
const render = config.render !== 'off';
const crawl: CrawlOptions = {
  ...defaultCrawlOptions,
  maxPages: config.maxPages,
  perHostDelayMs: config.delayMs,
  concurrency: config.concurrency,
  connectTo,
  render,
  ...(config.maxMemoryMb ? { maxMemoryMb: config.maxMemoryMb } : {}),
};

const dir = mkdtempSync(join(tmpdir(), 'mirador-bench-'));
const db = openDatabase(join(dir, 'bench.sqlite'));
let sitesDone = 0;
let pagesFetched = 0;
const progress: RunProgress = {
  started() {},
  pageFetched() {
    pagesFetched += 1;
  },
  siteFinished() {
    sitesDone += 1;
  },
  siteFailed({ seed, error }) {
    sitesDone += 1;
    console.error(`mirador: ${seed.url} failed: ${error.message}`);
  },
  finished() {},
};

const sampler = new RssSampler().start();
const loop = new LoopMonitor();
const startedAt = Date.now();
const ticker = setInterval(
  () => console.error(`  mirador: ${sitesDone}/${seeds.length} sites, ${pagesFetched} page fetches, ${((Date.now() - startedAt) / 1000).toFixed(0)} s`),
  15_000,
);
const { runId } = await startRankRun({
  db,
  seeds,
  seedsFile: 'bench network',
  asOf: '2026-03-01',
  crawl,
  methodology: aidh2016,
  rules: indicatorsFor(aidh2016, allIndicators),
  progress,
});
const wallMs = Date.now() - startedAt;
clearInterval(ticker);
const rss = sampler.stop();
const loopStats = loop.stop();

const pageRows = db.prepare('SELECT COUNT(*) AS pages, COALESCE(SUM(rendered), 0) AS rendered FROM pages WHERE run_id = ?').get(runId) as {
  pages: number;
  rendered: number;
};
// Each attempt of each hop reached the network (refused connections excepted: the server never sees them).
const fetchRows = db
  .prepare(
    `SELECT purpose, COUNT(*) AS records, SUM(attempts * (1 + json_array_length(redirects_json))) AS exchanges
       FROM fetches WHERE run_id = ? AND COALESCE(error_kind, '') NOT IN ('refused', 'robots', 'private-address') GROUP BY purpose`,
  )
  .all(runId) as { purpose: string; records: number; exchanges: number }[];
const statusRows = db.prepare('SELECT status, COUNT(*) AS sites FROM run_sites WHERE run_id = ? GROUP BY status').all(runId) as {
  status: string;
  sites: number;
}[];
const committed = (db.prepare("SELECT COUNT(*) AS n FROM run_sites WHERE run_id = ? AND status != 'pending'").get(runId) as { n: number }).n;
db.close();

// Offline rescoring of the stored run, as a user runs it: the CLI from dist/ in its own process.
const cli = new URL('../../bin/mirador.js', import.meta.url).pathname;
let offlineScore: RunnerResult['offlineScore'] = null;
if (existsSync(new URL('../../dist/src/cli/main.js', import.meta.url))) {
  const scoredAt = Date.now();
  execFileSync(process.execPath, [cli, 'score', '--db', join(dir, 'bench.sqlite'), '--run', String(runId), '--out', join(dir, 'report')], { stdio: 'ignore' });
  offlineScore = { sites: committed, wallMs: Date.now() - scoredAt };
} else console.error('mirador: no build in dist/ (npm run build): offline score not measured');
// BENCH_KEEP_DB=<file>: the stored run is kept there (to profile rescoring it), the rest of the folder is not.
if (process.env.BENCH_KEEP_DB) copyFileSync(join(dir, 'bench.sqlite'), process.env.BENCH_KEEP_DB);
rmSync(dir, { recursive: true, force: true });

const details: Record<string, string | number> = {};
for (const row of fetchRows) details[`fetch records: ${row.purpose}`] = row.records;
for (const row of statusRows) details[`sites ${row.status}`] = row.sites;
const result: RunnerResult = {
  crawler: 'mirador',
  wallMs,
  rss,
  loop: loopStats,
  pages: pageRows.pages,
  renderedPages: pageRows.rendered,
  requestsReported: fetchRows.reduce((sum, row) => sum + row.exchanges, 0),
  render: render ? 'on' : 'off',
  details,
  offlineScore,
};
await sendToParent({ type: 'result', result });
process.exit(0);
