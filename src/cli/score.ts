import { resolve } from 'node:path';
import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { writeHtmlReport } from '../report/html/index.ts';
import { rescoreRun } from '../run/rescore-run.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { openDatabase } from '../store/database.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { latestRunId } from '../store/runs.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';

export function scoreCommand(): Command {
  return new Command('score')
    .description('re-evaluate a run from its stored crawl, with no network, as a new scoring of the same crawl')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to re-score (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .action(async (options: { db: string; run?: number; out?: string }) => {
      const db = openDatabase(options.db);
      try {
        const runId = options.run ?? latestRunId(db);
        if (runId === undefined) throw new Error(`${options.db} has no runs`);
        const { scoringId, sites } = rescoreRun(db, runId, aidh2016, indicatorsFor(aidh2016, allIndicators));
        const { indexPath } = await writeHtmlReport(
          loadRankingReport(db, runId, scoringId),
          aidh2016,
          resolve(options.out ?? `reports/run-${runId}`),
        );
        process.stdout.write(`run ${runId}: re-scored ${sites} site(s) as scoring ${scoringId}\nreport: ${indexPath}\n`);
      } finally {
        db.close();
      }
    });
}
