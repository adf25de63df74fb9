/**
 * kill -9 in the middle of a run, then `rank --resume`: the final ranking equals an uninterrupted
 * run's, finished sites are not fetched again, and no result is duplicated or lost.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRankCommand } from '../../src/run/rank-command.ts';
import { defaultCrawlOptions } from '../../src/crawl/crawler.ts';
import { type PortalNetwork, startPortalNetwork } from '../../src/demo/portal-network.ts';
import type { RankingReport } from '../../src/report/model.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';

const AS_OF = '2016-05-20';

function summary(report: RankingReport) {
  return report.municipalities.map((m) => ({
    code: m.inegi_code,
    status: m.status,
    score: m.score,
    rank: m.rank,
    verdicts: m.indicators.map((i) => `${i.id}:${i.verdict}`).join(' '),
  }));
}

/** Fetch records per site; `crawlOnly` leaves out purpose 'file', which holds a rendered page's own requests. */
function countsBySite(db: string, crawlOnly = false): Record<string, number> {
  const database = openDatabase(db);
  const where = crawlOnly ? "WHERE purpose IN ('page', 'robots', 'sitemap')" : '';
  const rows = database.prepare(`SELECT inegi_code, count(*) AS n FROM fetches ${where} GROUP BY inegi_code`).all() as { inegi_code: string; n: number }[];
  database.close();
  return Object.fromEntries(rows.map((r) => [r.inegi_code, r.n]));
}

function finishedSites(db: string): number {
  const database = openDatabase(db);
  try {
    return (database.prepare('SELECT count(*) AS n FROM run_sites').get() as { n: number }).n;
  } finally {
    database.close();
  }
}

describe('kill -9 and --resume', () => {
  let network: PortalNetwork;
  const dir = mkdtempSync(join(tmpdir(), 'mirador-resume-'));
  const seeds = join(dir, 'seeds.csv');
  const common = ['--as-of', AS_OF, '--concurrency', '1', '--delay', '40', '--timeout', '10'];

  beforeAll(async () => {
    network = await startPortalNetwork({ asOf: AS_OF });
    writeFileSync(seeds, network.seedsCsv());
  });
  afterAll(async () => {
    await network?.close();
  });

  it('continues an interrupted run to the same final ranking as an uninterrupted one', async () => {
    const uninterrupted = join(dir, 'whole.sqlite');
    const whole = await runRankCommand({
      seeds, db: uninterrupted, out: join(dir, 'whole'), asOf: AS_OF, maxPages: defaultCrawlOptions.maxPages,
      maxDepth: defaultCrawlOptions.maxDepth, concurrency: 1, delay: 40, timeout: 10, connectTo: network.connectTo, allowPrivate: false,
    });

    const killed = join(dir, 'killed.sqlite');
    const args = ['bin/mirador.js', 'rank', '--seeds', seeds, '--db', killed, '--out', join(dir, 'killed'), ...common, ...network.connectTo.flatMap((r) => ['--connect-to', r])];
    const child = spawn('node', args, { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await sleep(50);
      if (finishedSites(killed) >= 2) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const beforeResume = finishedSites(killed);
    expect(beforeResume).toBeGreaterThanOrEqual(2);
    expect(beforeResume).toBeLessThan(network.portals.length);
    const fetchesBefore = countsBySite(killed);

    const resumed = await runRankCommand({
      db: killed, out: join(dir, 'killed'), resume: 1, maxPages: 1, maxDepth: 0, concurrency: 1, delay: 40, timeout: 10,
      connectTo: network.connectTo, allowPrivate: false,
    });
    expect(resumed.runId).toBe(1);

    const a = openDatabase(uninterrupted);
    const b = openDatabase(killed);
    const reportA = loadRankingReport(a, whole.runId);
    const reportB = loadRankingReport(b, 1);
    expect(reportB.run.status).toBe('finished');
    expect(summary(reportB)).toEqual(summary(reportA));
    // One row per site and per indicator: nothing duplicated, nothing lost.
    expect(b.prepare('SELECT count(*) AS n FROM run_sites').get()).toEqual({ n: network.portals.length });
    expect(b.prepare('SELECT count(*) AS n FROM indicator_results').get()).toEqual({ n: network.portals.length * 22 });
    a.close();
    b.close();
    // Sites finished before the kill were not fetched again.
    const fetchesAfter = countsBySite(killed);
    for (const [code, n] of Object.entries(fetchesBefore)) expect(fetchesAfter[code], code).toBe(n);
    // The sites crawled after the resume were crawled as in the uninterrupted run: the same pages, robots and sitemaps.
    // A rendered page's own requests (scripts, XHRs, under purpose 'file') are left out of this comparison: the page
    // is taken once its requests have been quiet for a moment, so a late timer's request is in one run and not the
    // other when the machine is loaded (CI: 45 records against 44 for one rendered site).
    expect(countsBySite(killed, true)).toEqual(countsBySite(uninterrupted, true));
  }, 180_000);
});
