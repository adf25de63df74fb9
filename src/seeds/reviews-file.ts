/**
 * The reviews file: a CSV where a person overrides an automatic verdict (a portal quirk the rules misread, a
 * section only reachable behind a form…) and says who, when and why. Read here, beside the seeds, because it is
 * input to a run like the seeds are; applying it to a scoring is src/score/reviews.ts's job.
 *
 * A malformed file is refused whole, with every bad line named, like the seeds: applying half a review file
 * silently would make the ranking depend on which lines happened to parse.
 */
import { z } from 'zod';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { readCsvRecords } from './csv-records.ts';
import { httpUrlProblem, isHttpUrl, seedRowSchema } from './seeds.ts';
import { readUserFile } from './user-paths.ts';

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
          ctx.addIssue({ code: 'custom', message: httpUrlProblem('evidence_url', v.trim()) });
          return z.NEVER;
        }
        return v.trim();
      }),
  });
}

export interface ReviewsFile {
  reviews: Review[];
  /** Lines of a review queue (`mirador reviews queue`) nobody filled in: no verdict, reviewer, date, note or URL. */
  unfilled: number[];
}

const DECISION_COLUMNS = ['verdict', 'reviewer', 'date', 'note', 'evidence_url'] as const;

/**
 * Parses and validates a reviews CSV, as text or as the file's bytes (a review queue filled in Excel comes back in
 * Windows-1252 with semicolons as often as not; src/seeds/csv-records.ts reads both); throws ReviewsError naming every bad line (line numbers as in an editor).
 * When the same (inegi_code, indicator) appears more than once, the review with the later date wins, so a file can
 * be appended to as a history of decisions; on the same date, the line further down the file wins. A line whose
 * decision columns are all empty is a queue line left for later, not a review, and is counted apart.
 */
export function parseReviewsFile(input: string | Uint8Array, source = 'reviews', methodology: Methodology = aidh2016): ReviewsFile {
  const { records, problems: fileProblems } = readCsvRecords(input, REQUIRED_COLUMNS);
  if (fileProblems.length) throw new ReviewsError(source, fileProblems);
  const unfilled: number[] = [];
  if (records.length === 0) return { reviews: [], unfilled };

  const schema = reviewRowSchema(methodology);
  const problems: string[] = [];
  const latest = new Map<string, Review>();
  for (const { record, line } of records) {
    if (DECISION_COLUMNS.every((c) => (record[c] ?? '').trim() === '')) {
      unfilled.push(line);
      continue;
    }
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
  return { reviews: [...latest.values()].sort((a, b) => a.line - b.line), unfilled };
}

export function parseReviews(input: string | Uint8Array, source = 'reviews', methodology: Methodology = aidh2016): Review[] {
  return parseReviewsFile(input, source, methodology).reviews;
}

/** Reads and validates the reviews file given with `option` (an option, or the command that takes it as argument). */
export async function readReviewsFile(path: string, methodology: Methodology = aidh2016, option = '--reviews'): Promise<ReviewsFile> {
  return parseReviewsFile(await readUserFile(option, path), path, methodology);
}
