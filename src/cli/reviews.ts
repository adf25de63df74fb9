import { Command } from 'commander';
import type * as Actions from './actions/reviews.ts';
import { codeList, DEFAULT_DB, isoDate, positiveInteger } from './options.ts';

type ActionName = 'listAction' | 'importAction' | 'exportAction' | 'revokeAction' | 'queueAction' | 'contestAction' | 'windowAction';

/** A subcommand's work, loaded when it runs: --help and the other commands never load the store or the report. */
function reviewsAction<N extends ActionName>(name: N) {
  return async (...args: Parameters<(typeof Actions)[N]>): Promise<void> => {
    const actions = await import('./actions/reviews.ts');
    await (actions[name] as (...a: Parameters<(typeof Actions)[N]>) => Promise<void>)(...args);
  };
}

export function reviewsCommand(): Command {
  const reviews = new Command('reviews').description('human reviews stored in the database (list, import, export, revoke) and the contest workflow (queue, contest, window); see README, "Revisión humana"');

  reviews
    .command('list')
    .description('print the stored reviews of a run, with where each stands in its newest scoring')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--inegi <code>', 'only this municipality')
    .option('--all', 'include revoked reviews')
    .action(reviewsAction('listAction'));

  reviews
    .command('import <file>')
    .description('store the reviews of a CSV, added to those already stored (a review stored before is not doubled); `mirador score` applies them')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run whose verdicts the reviews answer (default: the latest)', positiveInteger('--run'))
    .action(reviewsAction('importAction'));

  reviews
    .command('export')
    .description('write the stored reviews of a run as a reviews CSV (importable again)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--out <file>', 'CSV file (default: standard output)')
    .option('--all', 'include revoked reviews')
    .action(reviewsAction('exportAction'));

  reviews
    .command('revoke')
    .argument('<id>', 'review id (mirador reviews list shows it)', positiveInteger('the review id'))
    .description('stop applying a stored review from the next scoring on; it stays stored with who revoked it and when')
    .requiredOption('--by <name>', 'who revokes it')
    .option('--note <text>', 'why')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .action(reviewsAction('revokeAction'));

  reviews
    .command('queue')
    .description('write the review queue of a run — every unknown verdict, every review to look at again and every contested verdict — as a reviews CSV to fill in and import, and the report with its queue page')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder, where cola-revision.csv goes too (default: reports/run-<id>)')
    .action(reviewsAction('queueAction'));

  reviews
    .command('contest')
    .description('record that a municipality contests verdicts of a run, with its own `mirador check --json` output; the verdicts go on the review queue')
    .requiredOption('--inegi <code>', 'the municipality')
    .requiredOption('--by <name>', 'who files it (the municipality’s contact)')
    .requiredOption('--note <text>', 'what the municipality says')
    .option('--file <check.json>', 'the municipality’s `mirador check --json` output; without --indicator, the criteria where it disagrees are contested')
    .option('--indicator <ids>', 'contested criteria, comma-separated ids', codeList)
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .action(reviewsAction('contestAction'));

  reviews
    .command('window')
    .description('mark a run preliminary, open to contest until a day (the report says so), or final')
    .option('--until <YYYY-MM-DD>', 'last day municipalities can contest', isoDate)
    .option('--final', 'close the window: the run is final')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .action(reviewsAction('windowAction'));

  return reviews;
}
