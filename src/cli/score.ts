import { Command } from 'commander';
import type { ScoreOptions } from './actions/score.ts';
import { addLangOption, DEFAULT_DB, isoDate, positiveInteger } from './options.ts';

export function scoreCommand(): Command {
  const command = new Command('score')
    .description('re-evaluate a run from its stored crawl, with no network, as a new scoring of the same crawl; stored reviews are applied')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to re-score (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .option('--reviews <file>', 'CSV of human reviews to store first (as `mirador reviews import`), added to the stored ones (see README, "Revisión humana")')
    .option('--contest-until <YYYY-MM-DD>', 'mark the run preliminary, open to contest by the municipalities until this day (as `mirador reviews window --until`)', isoDate)
    .option('--workers <n>', 'threads that gather and score the sites (default: one per core; 1 scores on the main thread)', positiveInteger('--workers'));
  return addLangOption(command).action(async (options: ScoreOptions) => {
    // Loaded when the command runs: --help and the other commands never load the scoring.
    const { scoreAction } = await import('./actions/score.ts');
    await scoreAction(options);
  });
}
