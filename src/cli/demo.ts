import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { startPortalNetwork } from '../demo/portal-network.ts';
import { addCrawlOptions, type RankOptions, runRankCommand } from './rank.ts';
import { isoDate, today } from './options.ts';

const DEMO_DB = 'data/demo.sqlite';
const DEMO_SEEDS = 'data/demo-seeds.csv';
const DEMO_OUT = 'reports/demo';
/** Loopback answers instantly; a short gap still exercises the per-host politeness path. */
const DEMO_DELAY_MS = 20;

export function demoCommand(): Command {
  const command = new Command('demo')
    .description('serve the bundled simulated network of municipal portals on 127.0.0.1, rank it and write the report')
    .option('--db <file>', 'SQLite database', DEMO_DB)
    .option('--out <dir>', 'report folder', DEMO_OUT)
    .option('--as-of <YYYY-MM-DD>', 'evaluation date (the simulated portals date their content relative to it)', isoDate);
  addCrawlOptions(command);
  command.setOptionValue('delay', DEMO_DELAY_MS);
  return command.action(async (options: RankOptions) => {
    const asOf = options.asOf ?? today();
    const network = await startPortalNetwork({ asOf });
    try {
      mkdirSync(resolve('data'), { recursive: true });
      writeFileSync(DEMO_SEEDS, network.seedsCsv());
      process.stderr.write(`simulated network: ${network.portals.length} portals on 127.0.0.1:${network.port}\n`);
      const result = await runRankCommand({
        ...options,
        seeds: DEMO_SEEDS,
        asOf,
        connectTo: [...network.connectTo, ...options.connectTo],
      });
      process.stdout.write(`${result.summary}\nopen ${result.indexPath} in a browser to read the ranking.\n`);
    } finally {
      await network.close();
    }
  });
}
