import { Command, Option } from 'commander';
import type { StoredRunOptions } from './actions/stored-run.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('print a run’s ranking, verdicts and evidence as JSON or CSV on standard output')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--run <id>', 'run to export (default: the latest)', positiveInteger('--run'))
    .action(async (options: StoredRunOptions & { format: 'json' | 'csv' }) => {
      const [{ aidh2016 }, { toCsv, toJson }, { loadRankingReport }, { withStoredRun }] = await Promise.all([
        import('../../indicators/aidh-2016.ts'),
        import('../report/export.ts'),
        import('../store/report-query.ts'),
        import('./actions/stored-run.ts'),
      ]);
      return withStoredRun(options, async (db, runId) => {
        const report = loadRankingReport(db, runId);
        process.stdout.write(options.format === 'json' ? `${toJson(report)}\n` : toCsv(report, aidh2016));
      });
    });
}
