/**
 * Human reviews applied on top of a fresh scoring: the reviewed verdict replaces the automatic one, and the
 * automatic verdict is kept next to it so both can be shown. Reviews are stored once (src/store/reviews.ts) and
 * every later scoring decides here whether each still answers what the rules say now; reading and validating a
 * reviews file is src/seeds/reviews-file.ts's job.
 */
import type { Methodology } from '../../indicators/methodology.ts';
import type { Review } from '../seeds/reviews-file.ts';
import type { CitedPage, StoredReview } from '../store/reviews.ts';
import { type ReviewState, roundScore, type ScoredIndicator, type ScoredSite } from './points.ts';

/** One review as a scoring uses it: what the person decided and, for a stored review, its id and what to do with it. */
export type ReviewDecision = Pick<Review, 'indicator' | 'verdict' | 'reviewer' | 'date' | 'note' | 'evidenceUrl'> & {
  reviewId?: number | null;
  /** Default 'applied'; a flagged review is recorded beside the automatic verdict, which keeps its place and points. */
  state?: ReviewState;
};

/**
 * One site's scoring with its reviews: an applied review's verdict replaces the automatic one, points follow the
 * methodology (pass earns the indicator's points), the automatic reason and evidence stay, and the site total is
 * recomputed. A site that was not evaluated keeps a null score: a review changes verdicts, it does not rank an
 * unreachable portal.
 */
export function applyReviews(scored: ScoredSite, reviews: readonly ReviewDecision[], methodology: Methodology): ScoredSite {
  if (reviews.length === 0) return scored;
  const criteria = new Map(methodology.indicators.map((i) => [i.id, i]));
  const byIndicator = new Map(reviews.map((r) => [r.indicator, r]));
  const known = new Set(scored.indicators.map((i) => i.id));
  const stray = reviews.filter((r) => !known.has(r.indicator));
  if (stray.length) {
    throw new Error(`reviews name indicators this scoring does not have: ${stray.map((r) => r.indicator).join(', ')}`);
  }
  const indicators = scored.indicators.map((indicator): ScoredIndicator => {
    const review = byIndicator.get(indicator.id);
    if (!review) return indicator;
    const criterion = criteria.get(indicator.id);
    if (!criterion) throw new Error(`methodology ${methodology.id} has no indicator ${indicator.id}`);
    const state = review.state ?? 'applied';
    const record = {
      // Reviewing an already reviewed result keeps what the rules said, not the previous reviewer's verdict.
      automaticVerdict: indicator.review?.automaticVerdict ?? indicator.verdict,
      reviewer: review.reviewer,
      date: review.date,
      note: review.note,
      evidenceUrl: review.evidenceUrl,
      reviewId: review.reviewId ?? null,
      state,
    };
    if (state !== 'applied') return { ...indicator, review: record };
    return {
      ...indicator,
      verdict: review.verdict,
      points: review.verdict === 'pass' ? criterion.points : 0,
      maxPoints: criterion.points,
      review: record,
    };
  });
  const total = indicators.reduce((sum, i) => sum + i.points, 0);
  return { score: scored.score === null ? null : roundScore(total, methodology.scoreDecimals), indicators };
}

const pageKey = (page: CitedPage): string => `${page.sha256} ${page.url}`;

/**
 * Which stored review answers each indicator of a scoring of run `runId`, and whether it still holds:
 * - a review of an earlier run holds only while every page it cites is in this crawl with the same HTML; otherwise
 *   it is 'pages-changed' (a review stored before reviews cited pages, `citedPages` null, is for its own run only);
 * - a review whose answered verdict differs from the automatic verdict now is 'verdict-changed': the rules or the
 *   page moved since the person looked, so a second look is asked for instead of applying it silently.
 * The nearest run's review wins, then the later date, then the later import (as in a reviews file, the line
 * further down).
 */
export function decideReviews(
  automatic: ScoredSite,
  candidates: readonly StoredReview[],
  scoring: { runId: number; pages: readonly CitedPage[] },
): ReviewDecision[] {
  const pages = new Set(scoring.pages.map(pageKey));
  const automaticVerdicts = new Map(automatic.indicators.map((i) => [i.id, i.verdict]));
  const chosen = new Map<string, StoredReview>();
  for (const review of candidates) {
    if (review.runId > scoring.runId || !automaticVerdicts.has(review.indicator)) continue;
    if (review.runId !== scoring.runId && review.citedPages === null) continue;
    const current = chosen.get(review.indicator);
    const nearer =
      !current ||
      review.runId > current.runId ||
      (review.runId === current.runId && (review.date > current.date || (review.date === current.date && review.id > current.id)));
    if (nearer) chosen.set(review.indicator, review);
  }
  return [...chosen.values()].map((review): ReviewDecision => {
    const pagesHold = review.runId === scoring.runId || (review.citedPages ?? []).every((p) => pages.has(pageKey(p)));
    const verdictHolds = review.answeredVerdict === null || review.answeredVerdict === automaticVerdicts.get(review.indicator);
    const state: ReviewState = !pagesHold ? 'pages-changed' : !verdictHolds ? 'verdict-changed' : 'applied';
    return { ...review, reviewId: review.id, state };
  });
}
