import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { rescoreRun } from '../run/rescore-run.ts';
import { importReviews } from '../run/reviews.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { readReviewsFile } from '../seeds/reviews-file.ts';
import { checkOutputFolder } from '../seeds/user-paths.ts';
import { setContestUntil } from '../store/reviews.ts';
import { DEFAULT_DB, isoDate, positiveInteger } from './options.ts';
import { type StoredRunOptions, withStoredRun, writeStoredRunReport } from './report.ts';
import { importSummary } from './reviews.ts';

interface ScoreOptions extends StoredRunOptions {
  reviews?: string;
  contestUntil?: string;
}

export function scoreCommand(): Command {
  return new Command('score')
    .description('re-evaluate a run from its stored crawl, with no network, as a new scoring of the same crawl; stored reviews are applied')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run to re-score (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .option('--reviews <file>', 'CSV of human reviews to store first (as `mirador reviews import`), added to the stored ones (see README, "Revisión humana")')
    .option('--contest-until <YYYY-MM-DD>', 'mark the run preliminary, open to contest by the municipalities until this day (as `mirador reviews window --until`)', isoDate)
    .action(async (options: ScoreOptions) => {
      // Read before opening the database, so a malformed file stops before anything is stored or scored.
      const reviews = options.reviews ? await readReviewsFile(options.reviews, aidh2016) : null;
      if (options.out) checkOutputFolder('--out', options.out);
      return withStoredRun(options, async (db, runId) => {
        if (options.reviews && reviews) {
          const imported = importReviews(db, runId, reviews.reviews, options.reviews);
          for (const warning of imported.warnings) process.stderr.write(`warning: ${warning}\n`);
          process.stdout.write(`${importSummary(options.reviews, runId, imported, reviews.unfilled)}\n`);
        }
        if (options.contestUntil) setContestUntil(db, runId, options.contestUntil);
        const { scoringId, sites, reviewed, flagged, screenshots, warnings } = rescoreRun(db, runId, aidh2016, indicatorsFor(aidh2016, allIndicators));
        for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
        const indexPath = await writeStoredRunReport(db, runId, options.out, scoringId);
        const flaggedNote = flagged ? `, ${flagged} review(s) por revisar de nuevo (the automatic verdict changed since; mirador reviews list)` : '';
        process.stdout.write(
          `run ${runId}: re-scored ${sites} site(s) as scoring ${scoringId}, ${reviewed} reviewed verdict(s)${flaggedNote}, ` +
            `${screenshots} evidence screenshot(s) kept\nreport: ${indexPath}\n`,
        );
      });
    });
}
