/**
 * Human review of verdicts: a CSV where a person overrides an automatic verdict (a portal quirk the rules
 * misread, a section only reachable behind a form…) and says who, when and why. Reviews are applied on top of
 * a fresh scoring, so the automatic verdict is kept next to the reviewed one and both can be shown.
 *
 * A malformed file is refused whole, with every bad line named, like the seeds: applying half a review file
 * silently would make the ranking depend on which lines happened to parse.
 */
import { readFile } from 'node:fs/promises';
import { readCsvRecords } from '../seeds/csv-records.ts';
import { z } from 'zod';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { isHttpUrl, seedRowSchema } from '../seeds/seeds.ts';
import { roundScore, type ScoredIndicator, type ScoredSite } from './score-site.ts';

export interface Review {
  inegiCode: string;
  indicator: string;
  verdict: Verdict;
  reviewer: string;
  /** YYYY-MM-DD, the day the reviewer decided. */
  date: string;
  note: string;
  evidenceUrl: string | null;
  /** Line of the reviews file it came from, for messages. */
  line: number;
}

/** What a scored indicator keeps of a review: the automatic verdict it replaced and who replaced it. */
export interface IndicatorReview {
  automaticVerdict: Verdict;
  reviewer: string;
  date: string;
  note: string;
  evidenceUrl: string | null;
}

export class ReviewsError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: the reviews file is not valid, no review was applied:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReviewsError';
  }
}

const REQUIRED_COLUMNS = ['inegi_code', 'indicator', 'verdict', 'reviewer', 'date', 'note'] as const;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function reviewRowSchema(methodology: Methodology) {
  const indicatorIds = new Set(methodology.indicators.map((i) => i.id));
  return z.object({
    inegi_code: seedRowSchema.shape.inegi_code,
    indicator: z
      .string({ error: 'indicator is missing' })
      .trim()
      .refine((v) => indicatorIds.has(v), { error: (issue) => `indicator "${String(issue.input)}" is not one of methodology ${methodology.id}'s ids` }),
    verdict: z
      .string({ error: 'verdict is missing' })
      .trim()
      .refine((v) => v === 'pass' || v === 'fail' || v === 'unknown', { error: (issue) => `verdict must be pass, fail or unknown, got "${String(issue.input)}"` })
      .transform((v) => v as Verdict),
    reviewer: z.string({ error: 'reviewer is missing' }).trim().min(1, 'reviewer is empty: say who reviewed'),
    date: z
      .string({ error: 'date is missing' })
      .trim()
      .refine(isCalendarDate, { error: (issue) => `date must be a day as YYYY-MM-DD, got "${String(issue.input)}"` }),
    note: z.string({ error: 'note is missing' }).trim().min(1, 'note is empty: say why the verdict changes'),
    evidence_url: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v.trim() === '') return null;
        if (!isHttpUrl(v.trim())) {
          ctx.addIssue({ code: 'custom', message: `evidence_url must be an absolute http:// or https:// address, got "${v}"` });
          return z.NEVER;
        }
        return v.trim();
      }),
  });
}

/**
 * Parses and validates a reviews CSV; throws ReviewsError naming every bad line (line numbers as in an editor).
 * When the same (inegi_code, indicator) appears more than once, the review with the later date wins, so a file can
 * be appended to as a history of decisions; on the same date, the line further down the file wins.
 */
export function parseReviews(text: string, source = 'reviews', methodology: Methodology = aidh2016): Review[] {
  const { records, problems: fileProblems } = readCsvRecords(text, REQUIRED_COLUMNS);
  if (fileProblems.length) throw new ReviewsError(source, fileProblems);
  if (records.length === 0) return [];

  const schema = reviewRowSchema(methodology);
  const problems: string[] = [];
  const latest = new Map<string, Review>();
  for (const { record, line } of records) {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const label = record.inegi_code ? ` (${record.inegi_code} ${record.indicator ?? ''})`.trimEnd() : '';
      problems.push(`line ${line}${label}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      continue;
    }
    const row = parsed.data;
    const review: Review = {
      inegiCode: row.inegi_code,
      indicator: row.indicator,
      verdict: row.verdict,
      reviewer: row.reviewer,
      date: row.date,
      note: row.note,
      evidenceUrl: row.evidence_url,
      line,
    };
    const key = `${review.inegiCode}/${review.indicator}`;
    const earlier = latest.get(key);
    // ISO dates compare as strings.
    if (!earlier || review.date >= earlier.date) latest.set(key, review);
  }
  if (problems.length) throw new ReviewsError(source, problems);
  return [...latest.values()].sort((a, b) => a.line - b.line);
}

export async function readReviewsFile(path: string, methodology: Methodology = aidh2016): Promise<Review[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ReviewsError(path, [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
  }
  return parseReviews(text, path, methodology);
}

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
