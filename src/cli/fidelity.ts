import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { defaultCrawlOptions } from '../crawl/crawler.ts';
import { startPortalNetwork } from '../demo/portal-network.ts';
import { formatFidelity } from '../fidelity/format.ts';
import { checkTargets, type Fidelity, measureFidelity } from '../fidelity/measure.ts';
import { openDatabase } from '../store/database.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { isoDate } from './options.ts';
import { runRankCommand } from './rank.ts';

/** The demo portals' answer keys are written for any date; this one matches the end-to-end tests. */
const DEFAULT_AS_OF = '2016-05-20';

export interface FidelityOptions {
  asOf: string;
  /** false with --no-render. */
  render?: boolean;
  json?: string;
  strict?: boolean;
}

export function fidelityCommand(): Command {
  return new Command('fidelity')
    .description('rank the labelled demo portals and compare every verdict and score with the expected ones (issue 4 targets)')
    .option('--as-of <YYYY-MM-DD>', 'evaluation date', isoDate, DEFAULT_AS_OF)
    .option('--no-render', 'do not use the browser (static HTML only)')
    .option('--json <file>', 'also write the figures and every mismatch as JSON')
    .option('--strict', 'exit with status 1 when a target is missed', false)
    .action(async (options: FidelityOptions) => {
      const { fidelity, text } = await runFidelityCommand(options);
      process.stdout.write(text);
      if (options.strict && checkTargets(fidelity).some((c) => !c.met)) process.exitCode = 1;
    });
}

export async function runFidelityCommand(options: FidelityOptions): Promise<{ fidelity: Fidelity; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-fidelity-'));
  const network = await startPortalNetwork({ asOf: options.asOf });
  try {
    const seeds = join(dir, 'seeds.csv');
    writeFileSync(seeds, network.seedsCsv());
    const db = join(dir, 'fidelity.sqlite');
    process.stderr.write(`ranking ${network.portals.length} labelled portals on 127.0.0.1:${network.port} (as of ${options.asOf})\n`);
    const { runId } = await runRankCommand({
      seeds,
      db,
      out: join(dir, 'report'),
      asOf: options.asOf,
      maxPages: defaultCrawlOptions.maxPages,
      maxDepth: defaultCrawlOptions.maxDepth,
      concurrency: 8,
      // Loopback: politeness delays would only slow the measurement down.
      delay: 0,
      timeout: 10,
      connectTo: network.connectTo,
      allowPrivate: false,
      render: options.render ?? true,
    });
    const database = openDatabase(db);
    let report;
    try {
      report = loadRankingReport(database, runId);
    } finally {
      database.close();
    }
    const fidelity = measureFidelity(network.portals, report.municipalities, aidh2016);
    const checks = checkTargets(fidelity);
    if (options.json) {
      writeFileSync(resolve(options.json), `${JSON.stringify({ asOf: options.asOf, render: options.render ?? true, ...fidelity, targets: checks }, null, 2)}\n`);
    }
    return { fidelity, text: formatFidelity(fidelity, { asOf: options.asOf }) };
  } finally {
    await network.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
