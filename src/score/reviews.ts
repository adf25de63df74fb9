/**
 * Human reviews applied on top of a fresh scoring: the reviewed verdict replaces the automatic one, and the
 * automatic verdict is kept next to it so both can be shown. Reading and validating the reviews file is
 * src/seeds/reviews-file.ts's job.
 */
import type { Methodology } from '../../indicators/methodology.ts';
import type { Review } from '../seeds/reviews-file.ts';
import { roundScore, type ScoredIndicator, type ScoredSite } from './points.ts';

export function reviewsBySite(reviews: readonly Review[]): Map<string, Review[]> {
  const bySite = new Map<string, Review[]>();
  for (const review of reviews) {
    const list = bySite.get(review.inegiCode);
    if (list) list.push(review);
    else bySite.set(review.inegiCode, [review]);
  }
  return bySite;
}

/**
 * One site's scoring with its reviews applied: the reviewed verdict replaces the automatic one, points follow the
 * methodology (pass earns the indicator's points), the automatic reason and evidence stay, and the site total is
 * recomputed. A site that was not evaluated keeps a null score: a review changes verdicts, it does not rank an
 * unreachable portal.
 */
export function applyReviews(scored: ScoredSite, reviews: readonly Review[], methodology: Methodology): ScoredSite {
  if (reviews.length === 0) return scored;
  const criteria = new Map(methodology.indicators.map((i) => [i.id, i]));
  const byIndicator = new Map(reviews.map((r) => [r.indicator, r]));
  const known = new Set(scored.indicators.map((i) => i.id));
  const stray = reviews.filter((r) => !known.has(r.indicator));
  if (stray.length) {
    throw new Error(`reviews name indicators this scoring does not have: ${stray.map((r) => `${r.indicator} (line ${r.line})`).join(', ')}`);
  }
  const indicators = scored.indicators.map((indicator): ScoredIndicator => {
    const review = byIndicator.get(indicator.id);
    if (!review) return indicator;
    const criterion = criteria.get(indicator.id);
    if (!criterion) throw new Error(`methodology ${methodology.id} has no indicator ${indicator.id}`);
    return {
      ...indicator,
      verdict: review.verdict,
      points: review.verdict === 'pass' ? criterion.points : 0,
      maxPoints: criterion.points,
      review: {
        // Reviewing an already reviewed result keeps what the rules said, not the previous reviewer's verdict.
        automaticVerdict: indicator.review?.automaticVerdict ?? indicator.verdict,
        reviewer: review.reviewer,
        date: review.date,
        note: review.note,
        evidenceUrl: review.evidenceUrl,
      },
    };
  });
  const total = indicators.reduce((sum, i) => sum + i.points, 0);
  return { score: scored.score === null ? null : roundScore(total, methodology.scoreDecimals), indicators };
}
