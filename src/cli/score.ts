import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { rescoreRun } from '../run/rescore-run.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { readReviewsFile } from '../seeds/reviews-file.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';
import { type StoredRunOptions, withStoredRun, writeStoredRunReport } from './report.ts';

interface ScoreOptions extends StoredRunOptions {
  reviews?: string;
}

export function scoreCommand(): Command {
  return new Command('score')
    .description('re-evaluate a run from its stored crawl, with no network, as a new scoring of the same crawl')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to re-score (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .option('--reviews <file>', 'CSV of human reviews applied on top of the automatic verdicts (see README, "Revisión humana")')
    .action(async (options: ScoreOptions) => {
      // Read before opening the database, so a malformed file stops before any scoring is created.
      const reviews = options.reviews ? await readReviewsFile(options.reviews, aidh2016) : [];
      return withStoredRun(options, async (db, runId) => {
        const { scoringId, sites, reviewed, warnings } = rescoreRun(db, runId, aidh2016, indicatorsFor(aidh2016, allIndicators), reviews);
        for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
        const indexPath = await writeStoredRunReport(db, runId, options.out, scoringId);
        const reviewNote = options.reviews ? `, ${reviewed} reviewed verdict(s) from ${options.reviews}` : '';
        process.stdout.write(`run ${runId}: re-scored ${sites} site(s) as scoring ${scoringId}${reviewNote}\nreport: ${indexPath}\n`);
      });
    });
}
