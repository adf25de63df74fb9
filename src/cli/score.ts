import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { rescoreRun } from '../run/rescore-run.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';
import { type StoredRunOptions, withStoredRun, writeStoredRunReport } from './report.ts';

export function scoreCommand(): Command {
  return new Command('score')
    .description('re-evaluate a run from its stored crawl, with no network, as a new scoring of the same crawl')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to re-score (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .action((options: StoredRunOptions) =>
      withStoredRun(options, async (db, runId) => {
        const { scoringId, sites } = rescoreRun(db, runId, aidh2016, indicatorsFor(aidh2016, allIndicators));
        const indexPath = await writeStoredRunReport(db, runId, options.out, scoringId);
        process.stdout.write(`run ${runId}: re-scored ${sites} site(s) as scoring ${scoringId}\nreport: ${indexPath}\n`);
      }),
    );
}
