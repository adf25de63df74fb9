import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { reviewsCsv } from '../report/reviews-csv.ts';
import { importReviews, type ReviewsImport } from '../run/reviews.ts';
import type { ReviewState } from '../score/points.ts';
import { readReviewsFile } from '../seeds/reviews-file.ts';
import { listReviews, reviewStatesIn, revokeReview, type StoredReview } from '../store/reviews.ts';
import { latestScoringId } from '../store/runs.ts';
import { DEFAULT_DB, positiveInteger } from './options.ts';
import { type StoredRunOptions, withStoredRun } from './report.ts';

export function importSummary(file: string, runId: number, imported: ReviewsImport): string {
  const repeated = imported.duplicates.length
    ? `, ${imported.duplicates.length} already stored (line(s) ${imported.duplicates.map((d) => `${d.line} = #${d.reviewId}`).join(', ')})`
    : '';
  return `run ${runId}: stored ${imported.added.length} review(s) from ${file}${repeated}`;
}

const STATE_LABELS: Record<ReviewState, string> = {
  applied: 'aplicada',
  'verdict-changed': 'por revisar de nuevo: el veredicto automático cambió',
  'pages-changed': 'por revisar de nuevo: las páginas citadas cambiaron',
};

/** Where a review stands in its run's newest scoring, in the words the report uses. */
function standing(review: StoredReview, states: Map<number, ReviewState>): string {
  if (review.revokedAt) return `revocada por ${review.revokedBy} el ${review.revokedAt.slice(0, 10)}${review.revokeNote ? ` (${review.revokeNote})` : ''}`;
  const state = states.get(review.id);
  return state ? STATE_LABELS[state] : 'guardada, aún sin calificación (mirador score)';
}

function reviewLine(review: StoredReview, states: Map<number, ReviewState>): string {
  return (
    `#${review.id}  run ${review.runId}  ${review.inegiCode} ${review.indicator}  ${review.answeredVerdict ?? '?'} → ${review.verdict}  ` +
    `${review.reviewer} ${review.date}  [${standing(review, states)}]  ${review.note}` +
    `${review.evidenceUrl ? `  ${review.evidenceUrl}` : ''}  (${review.source})`
  );
}

interface ListOptions extends StoredRunOptions {
  all?: boolean;
  inegi?: string;
}

export function reviewsCommand(): Command {
  const reviews = new Command('reviews').description('human reviews stored in the database: list, import, export, revoke (see README, "Revisión humana")');

  reviews
    .command('list')
    .description('print the stored reviews of a run, with where each stands in its newest scoring')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--inegi <code>', 'only this municipality')
    .option('--all', 'include revoked reviews')
    .action((options: ListOptions) =>
      withStoredRun(options, async (db, runId) => {
        const stored = listReviews(db, { runId, inegiCode: options.inegi, includeRevoked: options.all });
        const scoringId = latestScoringId(db, runId);
        const states = scoringId === undefined ? new Map<number, ReviewState>() : reviewStatesIn(db, scoringId);
        if (stored.length === 0) process.stdout.write(`run ${runId}: no ${options.all ? '' : 'active '}reviews stored\n`);
        for (const review of stored) process.stdout.write(`${reviewLine(review, states)}\n`);
      }),
    );

  reviews
    .command('import <file>')
    .description('store the reviews of a CSV, added to those already stored (a review stored before is not doubled); `mirador score` applies them')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run whose verdicts the reviews answer (default: the latest)', positiveInteger('--run'))
    .action(async (file: string, options: StoredRunOptions) => {
      // Read before opening the database: a malformed file stores nothing.
      const parsed = await readReviewsFile(file, aidh2016);
      return withStoredRun(options, async (db, runId) => {
        const imported = importReviews(db, runId, parsed, file);
        for (const warning of imported.warnings) process.stderr.write(`warning: ${warning}\n`);
        process.stdout.write(`${importSummary(file, runId, imported)}; run \`mirador score --run ${runId}\` to apply them\n`);
      });
    });

  reviews
    .command('export')
    .description('write the stored reviews of a run as a reviews CSV (importable again)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--out <file>', 'CSV file (default: standard output)')
    .option('--all', 'include revoked reviews')
    .action((options: ListOptions) =>
      withStoredRun(options, async (db, runId) => {
        const csv = reviewsCsv(listReviews(db, { runId, includeRevoked: options.all }));
        if (options.out) await writeFile(options.out, csv, 'utf8');
        else process.stdout.write(csv);
      }),
    );

  reviews
    .command('revoke')
    .argument('<id>', 'review id (mirador reviews list shows it)', positiveInteger('the review id'))
    .description('stop applying a stored review from the next scoring on; it stays stored with who revoked it and when')
    .requiredOption('--by <name>', 'who revokes it')
    .option('--note <text>', 'why')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .action((id: number, options: { db: string; by: string; note?: string }) =>
      withStoredRun(options, async (db) => {
        const revoked = revokeReview(db, id, options.by, options.note ?? null);
        process.stdout.write(
          `review #${revoked.id} (run ${revoked.runId}, ${revoked.inegiCode} ${revoked.indicator}) revoked by ${revoked.revokedBy}; ` +
            `run \`mirador score --run ${revoked.runId}\` to score without it\n`,
        );
      }),
    );

  return reviews;
}
