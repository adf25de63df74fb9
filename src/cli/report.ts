import { Command } from 'commander';
import type { StoredRunOptions } from './actions/stored-run.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';

export function reportCommand(): Command {
  return new Command('report')
    .description('write the HTML report of a stored run again (no crawling)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to report (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .action(async (options: StoredRunOptions) => {
      // Loaded when the command runs, as every command's work: --help loads none of it.
      const [{ checkOutputFolder }, { withStoredRun, writeStoredRunReport }] = await Promise.all([import('../seeds/user-paths.ts'), import('./actions/stored-run.ts')]);
      if (options.out) checkOutputFolder('--out', options.out);
      return withStoredRun(options, async (db, runId) => {
        process.stdout.write(`report: ${await writeStoredRunReport(db, runId, options.out)}\n`);
      });
    });
}
