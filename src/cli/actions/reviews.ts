/** The work of `mirador reviews …` and the review summary `score --reviews` prints, loaded when one of them runs. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { aidh2016 } from '../../../indicators/aidh-2016.ts';
import { REVIEW_PAGE } from '../../report/html/review-page.ts';
import { QUEUE_CSV, queueCsv, reviewQueue } from '../../report/review-queue.ts';
import { reviewsCsv } from '../../report/reviews-csv.ts';
import { fileContest, importReviews, type ReviewsImport } from '../../run/reviews.ts';
import type { ReviewState } from '../../score/points.ts';
import { readReviewsFile } from '../../seeds/reviews-file.ts';
import { checkOutputFile, checkOutputFolder, readUserFile } from '../../seeds/user-paths.ts';
import { loadRankingReport } from '../../store/report-query.ts';
import { listReviews, reviewStatesIn, revokeReview, setContestUntil, type StoredReview } from '../../store/reviews.ts';
import { latestScoringId } from '../../store/runs.ts';
import { type StoredRunOptions, withStoredRun, writeStoredRunReport } from './stored-run.ts';

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

export interface ListOptions extends StoredRunOptions {
  all?: boolean;
  inegi?: string;
}


export function listAction(options: ListOptions): Promise<void> {
  return withStoredRun(options, async (db, runId) => {
    const stored = listReviews(db, { runId, inegiCode: options.inegi, includeRevoked: options.all });
    const scoringId = latestScoringId(db, runId);
    const states = scoringId === undefined ? new Map<number, ReviewState>() : reviewStatesIn(db, scoringId);
    if (stored.length === 0) process.stdout.write(`run ${runId}: no ${options.all ? '' : 'active '}reviews stored\n`);
    for (const review of stored) process.stdout.write(`${reviewLine(review, states)}\n`);
  });
}

export async function importAction(file: string, options: StoredRunOptions): Promise<void> {
  // Read before opening the database: a malformed file stores nothing.
  const parsed = await readReviewsFile(file, aidh2016, 'reviews import');
  return withStoredRun(options, async (db, runId) => {
    const imported = importReviews(db, runId, parsed.reviews, file);
    for (const warning of imported.warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`${importSummary(file, runId, imported, parsed.unfilled)}; run \`mirador score --run ${runId}\` to apply them\n`);
  });
}

export function exportAction(options: ListOptions & { out?: string }): Promise<void> {
  if (options.out) checkOutputFile('--out', options.out);
  return withStoredRun(options, async (db, runId) => {
    const csv = reviewsCsv(listReviews(db, { runId, includeRevoked: options.all }));
    if (options.out) await writeFile(options.out, csv, 'utf8');
    else process.stdout.write(csv);
  });
}

export function revokeAction(id: number, options: { db: string; by: string; note?: string }): Promise<void> {
  return withStoredRun(options, async (db) => {
    const revoked = revokeReview(db, id, options.by, options.note ?? null);
    process.stdout.write(
      `review #${revoked.id} (run ${revoked.runId}, ${revoked.inegiCode} ${revoked.indicator}) revoked by ${revoked.revokedBy}; ` +
        `run \`mirador score --run ${revoked.runId}\` to score without it\n`,
    );
  });
}

/** Today as YYYY-MM-DD (UTC), the day a contest is held against the run's window. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function queueAction(options: StoredRunOptions): Promise<void> {
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
}

export interface ContestOptions extends StoredRunOptions {
  inegi: string;
  by: string;
  note: string;
  file?: string;
  indicator?: string[];
}

export async function contestAction(options: ContestOptions): Promise<void> {
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
}

export function windowAction(options: StoredRunOptions & { until?: string; final?: boolean }): Promise<void> {
  return withStoredRun(options, async (db, runId) => {
    if (Boolean(options.until) === Boolean(options.final)) throw new Error('give either --until YYYY-MM-DD or --final');
    setContestUntil(db, runId, options.until ?? null);
    process.stdout.write(
      options.until
        ? `run ${runId}: preliminary, open to contest until ${options.until}; write the report again (mirador report) to say so\n`
        : `run ${runId}: final\n`,
    );
  });
}
