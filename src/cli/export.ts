import { Command, Option } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { toCsv, toJson } from '../report/export.ts';
import { openDatabase } from '../store/database.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { latestRunId } from '../store/runs.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('print a run’s ranking, verdicts and evidence as JSON or CSV on standard output')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--run <id>', 'run to export (default: the latest)', positiveInteger('--run'))
    .action((options: { db: string; format: 'json' | 'csv'; run?: number }) => {
      const db = openDatabase(options.db);
      try {
        const runId = options.run ?? latestRunId(db);
        if (runId === undefined) throw new Error(`${options.db} has no runs`);
        const report = loadRankingReport(db, runId);
        process.stdout.write(options.format === 'json' ? `${toJson(report)}\n` : toCsv(report, aidh2016));
      } finally {
        db.close();
      }
    });
}
