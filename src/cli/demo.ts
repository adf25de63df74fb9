import { Command } from 'commander';
import { localDay } from '../derive/date-window.ts';
import type { RankOptions } from '../run/rank-command.ts';
import { addCrawlOptions } from './rank.ts';
import { addLangOption, isoDate } from './options.ts';

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
  addLangOption(addCrawlOptions(command));
  command.setOptionValue('delay', DEMO_DELAY_MS);
  return command.action(async (options: RankOptions) => {
    const { rankPortalNetwork } = await import('../demo/rank-network.ts');
    const result = await rankPortalNetwork({
      ...options,
      asOf: options.asOf ?? localDay(),
      seedsFile: DEMO_SEEDS,
      onListening: ({ port, portals }) =>
        process.stderr.write(
          options.lang === 'en'
            ? `simulated network: ${portals.length} portals on 127.0.0.1:${port}\n`
            : `red simulada: ${portals.length} portales en 127.0.0.1:${port}\n`,
        ),
    });
    const open = options.lang === 'en' ? `open ${result.indexPath} in a browser to read the ranking.` : `abra ${result.indexPath} en un navegador para leer el ranking.`;
    process.stdout.write(`${result.summary}\n${open}\n`);
  });
}
