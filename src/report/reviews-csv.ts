/**
 * Stored reviews written back as a reviews file (src/seeds/reviews-file.ts reads it): the first seven columns are
 * the file's own, so an export imports again as is (and, into the same run, adds nothing: the store does not double
 * a review). The columns after them say where each review stands and are ignored on import.
 */
import type { StoredReview } from '../store/reviews.ts';
import { csvFile } from './csv.ts';

export const REVIEW_COLUMNS = ['inegi_code', 'indicator', 'verdict', 'reviewer', 'date', 'note', 'evidence_url'] as const;

export function reviewsCsv(reviews: readonly StoredReview[]): string {
  return csvFile([
    [...REVIEW_COLUMNS, 'review_id', 'run', 'answered_verdict', 'source', 'revoked_by', 'revoked_at'],
    ...reviews.map((r) => [
      r.inegiCode, r.indicator, r.verdict, r.reviewer, r.date, r.note, r.evidenceUrl,
      r.id, r.runId, r.answeredVerdict, r.source, r.revokedBy, r.revokedAt,
    ]),
  ]);
}
