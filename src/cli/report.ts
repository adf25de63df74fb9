import { resolve } from 'node:path';
import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { writeHtmlReport } from '../report/html/index.ts';
import { openDatabase } from '../store/database.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { latestRunId } from '../store/runs.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';

export function reportCommand(): Command {
  return new Command('report')
    .description('write the HTML report of a stored run again (no crawling)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to report (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .action(async (options: { db: string; run?: number; out?: string }) => {
      const db = openDatabase(options.db);
      try {
        const runId = options.run ?? latestRunId(db);
        if (runId === undefined) throw new Error(`${options.db} has no runs`);
        const { indexPath } = await writeHtmlReport(
          loadRankingReport(db, runId),
          aidh2016,
          resolve(options.out ?? `reports/run-${runId}`),
        );
        process.stdout.write(`report: ${indexPath}\n`);
      } finally {
        db.close();
      }
    });
}
