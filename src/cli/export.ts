import { Command, Option } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { toCsv, toJson } from '../report/export.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';
import { type StoredRunOptions, withStoredRun } from './report.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('print a run’s ranking, verdicts and evidence as JSON or CSV on standard output')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--run <id>', 'run to export (default: the latest)', positiveInteger('--run'))
    .action((options: StoredRunOptions & { format: 'json' | 'csv' }) =>
      withStoredRun(options, async (db, runId) => {
        const report = loadRankingReport(db, runId);
        process.stdout.write(options.format === 'json' ? `${toJson(report)}\n` : toCsv(report, aidh2016));
      }),
    );
}
