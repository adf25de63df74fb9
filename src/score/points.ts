/**
 * A scored site: what each indicator's verdict earned under a methodology, and how the total is rounded.
 * Both the scoring (score-site.ts) and the reviews applied after it (reviews.ts) produce this, so it lives apart
 * from both; the store and the run read it without depending on either.
 */
import type { Evidence, Verdict } from '../../indicators/define.ts';
import type { LocalisedMessage } from '../../indicators/messages.ts';
import type { ReviewState } from '../store/ranking-report.ts';

/** What a scoring did with a stored review (see reviews.ts's decideReviews); the store's report shape names it. */
export type { ReviewState };

/** Evidence with its note rendered in both languages. */
export interface ScoredEvidence extends Omit<Evidence, 'note'> {
  note?: LocalisedMessage;
}

export interface ScoredIndicator {
  id: string;
  verdict: Verdict;
  points: number;
  maxPoints: number;
  /** The rule's reason with its Spanish and English renderings. */
  reason: LocalisedMessage | null;
  evidence: ScoredEvidence[];
  /** Present when a person reviewed this verdict (see reviews.ts): `verdict` is then the reviewed one. */
  review?: IndicatorReview;
}

/** What a scored indicator keeps of a review: the automatic verdict it replaced and who replaced it. */
export interface IndicatorReview {
  automaticVerdict: Verdict;
  reviewer: string;
  date: string;
  note: string;
  evidenceUrl: string | null;
  /** The stored review (table `reviews`) it came from; null for one applied straight from a file. */
  reviewId: number | null;
  /** 'applied' replaced the verdict; the others left the automatic verdict and ask for a second look. */
  state: ReviewState;
}

export interface ScoredSite {
  /** Null when the site was not evaluated (unreachable, refused, blocked): such a site is never ranked as 0. */
  score: number | null;
  indicators: ScoredIndicator[];
}

export function roundScore(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + Number.EPSILON) / factor;
}
