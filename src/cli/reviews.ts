import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { REVIEW_PAGE } from '../report/html/review-page.ts';
import { QUEUE_CSV, queueCsv, reviewQueue } from '../report/review-queue.ts';
import { reviewsCsv } from '../report/reviews-csv.ts';
import { fileContest, importReviews, type ReviewsImport } from '../run/reviews.ts';
import type { ReviewState } from '../score/points.ts';
import { readReviewsFile } from '../seeds/reviews-file.ts';
import { checkOutputFile, checkOutputFolder, readUserFile } from '../seeds/user-paths.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { listReviews, reviewStatesIn, revokeReview, setContestUntil, type StoredReview } from '../store/reviews.ts';
import { latestScoringId } from '../store/runs.ts';
import { codeList, DEFAULT_DB, isoDate, positiveInteger } from './options.ts';
import { type StoredRunOptions, withStoredRun, writeStoredRunReport } from './report.ts';

export function importSummary(file: string, runId: number, imported: ReviewsImport, unfilled: readonly number[] = []): string {
  const repeated = imported.duplicates.length
    ? `, ${imported.duplicates.length} already stored (line(s) ${imported.duplicates.map((d) => `${d.line} = #${d.reviewId}`).join(', ')})`
    : '';
  const left = unfilled.length ? `, ${unfilled.length} queue line(s) left blank skipped` : '';
  return `run ${runId}: stored ${imported.added.length} review(s) from ${file}${repeated}${left}`;
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
  const reviews = new Command('reviews').description('human reviews stored in the database (list, import, export, revoke) and the contest workflow (queue, contest, window); see README, "Revisión humana"');

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
      const parsed = await readReviewsFile(file, aidh2016, 'reviews import');
      return withStoredRun(options, async (db, runId) => {
        const imported = importReviews(db, runId, parsed.reviews, file);
        for (const warning of imported.warnings) process.stderr.write(`warning: ${warning}\n`);
        process.stdout.write(`${importSummary(file, runId, imported, parsed.unfilled)}; run \`mirador score --run ${runId}\` to apply them\n`);
      });
    });

  reviews
    .command('export')
    .description('write the stored reviews of a run as a reviews CSV (importable again)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--out <file>', 'CSV file (default: standard output)')
    .option('--all', 'include revoked reviews')
    .action((options: ListOptions & { out?: string }) => {
      if (options.out) checkOutputFile('--out', options.out);
      return withStoredRun(options, async (db, runId) => {
        const csv = reviewsCsv(listReviews(db, { runId, includeRevoked: options.all }));
        if (options.out) await writeFile(options.out, csv, 'utf8');
        else process.stdout.write(csv);
      });
    });

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

  reviewQueueCommands(reviews);
  return reviews;
}

/** Today as YYYY-MM-DD (UTC), the day a contest is held against the run's window. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function reviewQueueCommands(reviews: Command): void {
  reviews
    .command('queue')
    .description('write the review queue of a run — every unknown verdict, every review to look at again and every contested verdict — as a reviews CSV to fill in and import, and the report with its queue page')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .option('--out <dir>', 'report folder, where cola-revision.csv goes too (default: reports/run-<id>)')
    .action((options: StoredRunOptions) => {
      if (options.out) checkOutputFolder('--out', options.out);
      return withStoredRun(options, async (db, runId) => {
        const outDir = resolve(options.out ?? `reports/run-${runId}`);
        const items = reviewQueue(loadRankingReport(db, runId), aidh2016);
        const indexPath = await writeStoredRunReport(db, runId, outDir);
        await mkdir(outDir, { recursive: true });
        const csvPath = join(outDir, QUEUE_CSV);
        await writeFile(csvPath, queueCsv(items, aidh2016), 'utf8');
        process.stdout.write(
          `run ${runId}: ${items.length} verdict(s) to review\nqueue: ${csvPath} (fill verdict, reviewer, date and note; then mirador reviews import)\n` +
            `page:  ${join(dirname(indexPath), REVIEW_PAGE)}\n`,
        );
      });
    });

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
    .action(async (options: StoredRunOptions & { inegi: string; by: string; note: string; file?: string; indicator?: string[] }) => {
      const check = options.file ? { text: (await readUserFile('--file', options.file)).toString('utf8'), file: options.file } : null;
      return withStoredRun(options, async (db, runId) => {
        const filed = fileContest(
          db,
          runId,
          { inegiCode: options.inegi, indicators: options.indicator ?? [], filedBy: options.by, note: options.note, check, today: today() },
          aidh2016,
        );
        process.stdout.write(`run ${runId}: contest #${filed.id} of ${options.inegi} stored, contesting ${filed.indicators.join(', ')}; mirador reviews queue lists them\n`);
      });
    });

  reviews
    .command('window')
    .description('mark a run preliminary, open to contest until a day (the report says so), or final')
    .option('--until <YYYY-MM-DD>', 'last day municipalities can contest', isoDate)
    .option('--final', 'close the window: the run is final')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--run <id>', 'run (default: the latest)', positiveInteger('--run'))
    .action((options: StoredRunOptions & { until?: string; final?: boolean }) =>
      withStoredRun(options, async (db, runId) => {
        if (Boolean(options.until) === Boolean(options.final)) throw new Error('give either --until YYYY-MM-DD or --final');
        setContestUntil(db, runId, options.until ?? null);
        process.stdout.write(
          options.until
            ? `run ${runId}: preliminary, open to contest until ${options.until}; write the report again (mirador report) to say so\n`
            : `run ${runId}: final\n`,
        );
      }),
    );
}
