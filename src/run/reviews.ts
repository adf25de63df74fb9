/**
 * Reviews between the reviews file and the scorings: importing stores each review once, with the automatic verdict
 * it answered and the pages it cites; every scoring (a rescoring, a new run's crawl) then asks the store for the
 * reviews of its sites and src/score/reviews.ts decides which still hold.
 */
import type { Methodology } from '../../indicators/methodology.ts';
import type { ScoredSite } from '../score/points.ts';
import { applyReviews, decideReviews } from '../score/reviews.ts';
import type { Review } from '../seeds/reviews-file.ts';
import type { Db } from '../store/database.ts';
import { parseCheckResult } from '../check/check-result.ts';
import {
  answeredResults, type CitedPage, candidateReviews, currentVerdicts, findSameReview, insertContest, insertReview, type NewReview, siteInRun, sitePages,
} from '../store/reviews.ts';
import { getRun } from '../store/runs.ts';

export interface ReviewsImport {
  /** Ids of the reviews stored by this import. */
  added: number[];
  /** Lines that repeat a stored review (same run, site, indicator, verdict, reviewer, date, note, evidence URL). */
  duplicates: { line: number; reviewId: number }[];
  /** Reviews that could not be stored (site not in the run, not crawled yet), for stderr. */
  warnings: string[];
}

/**
 * Stores a parsed reviews file's reviews as answers to run `runId`'s newest scoring, in one transaction: a file is
 * stored whole or not at all, and what was stored before is never touched.
 */
export function importReviews(db: Db, runId: number, reviews: readonly Review[], source: string): ReviewsImport {
  if (!getRun(db, runId)) throw new Error(`run ${runId} is not in this database`);
  const result: ReviewsImport = { added: [], duplicates: [], warnings: [] };
  const notInRun = new Map<string, number[]>();
  const notCrawled = new Map<string, number[]>();
  const answered = new Map<string, ReturnType<typeof answeredResults>>();
  const pages = new Map<string, CitedPage[]>();
  db.transaction(() => {
    for (const review of reviews) {
      const { seeded, committed } = siteInRun(db, runId, review.inegiCode);
      const skipped = !seeded ? notInRun : !committed ? notCrawled : null;
      if (skipped) {
        skipped.set(review.inegiCode, [...(skipped.get(review.inegiCode) ?? []), review.line]);
        continue;
      }
      if (!answered.has(review.inegiCode)) {
        answered.set(review.inegiCode, answeredResults(db, runId, review.inegiCode));
        pages.set(review.inegiCode, sitePages(db, runId, review.inegiCode));
      }
      const seen = answered.get(review.inegiCode)!.get(review.indicator);
      const sitePagesOfRun = pages.get(review.inegiCode)!;
      // A pass cites the pages its evidence is on; a "not found" (no evidence, or evidence off the stored pages,
      // such as a file link) was drawn from every page of the site, so any of them changing reopens it.
      const evidenceUrls = new Set(seen?.evidenceUrls ?? []);
      const onEvidence = sitePagesOfRun.filter((p) => evidenceUrls.has(p.url));
      const stored: NewReview = {
        runId,
        inegiCode: review.inegiCode,
        indicator: review.indicator,
        verdict: review.verdict,
        reviewer: review.reviewer,
        date: review.date,
        note: review.note,
        evidenceUrl: review.evidenceUrl,
        answeredVerdict: seen?.automaticVerdict ?? null,
        citedPages: onEvidence.length ? onEvidence : sitePagesOfRun,
        source: `${source} line ${review.line}`,
      };
      const same = findSameReview(db, stored);
      if (same) result.duplicates.push({ line: review.line, reviewId: same.id });
      else result.added.push(insertReview(db, stored));
    }
  })();
  for (const [code, lines] of notInRun) result.warnings.push(`${code}: not in run ${runId}, its review(s) on line(s) ${lines.join(', ')} were not applied`);
  for (const [code, lines] of notCrawled) {
    result.warnings.push(`${code}: not crawled yet in run ${runId} (mirador rank --resume), its review(s) on line(s) ${lines.join(', ')} were not stored`);
  }
  return result;
}

export interface ReviewedSite {
  scored: ScoredSite;
  applied: number;
  /** Reviews left unapplied because the automatic verdict or the cited pages changed since ("por revisar de nuevo"). */
  flagged: number;
}

/** A site's automatic scoring in run `runId` with the stored reviews that answer it; `pages` are the crawl's pages. */
export function withStoredReviews(
  db: Db,
  runId: number,
  inegiCode: string,
  automatic: ScoredSite,
  methodology: Methodology,
  pages: readonly CitedPage[] = sitePages(db, runId, inegiCode),
): ReviewedSite {
  const decisions = decideReviews(automatic, candidateReviews(db, runId, inegiCode), { runId, pages });
  const applied = decisions.filter((d) => d.state === 'applied').length;
  return { scored: applyReviews(automatic, decisions, methodology), applied, flagged: decisions.length - applied };
}

export interface ContestRequest {
  inegiCode: string;
  /** The contested indicator ids; when empty, those where the attached check's verdict differs from the run's. */
  indicators: string[];
  filedBy: string;
  note: string;
  /** The municipality's `mirador check --json` output and the file it came from. */
  check: { text: string; file: string } | null;
  /** YYYY-MM-DD, to hold against the run's contest window. */
  today: string;
}

/**
 * Stores a municipality's contest of verdicts of run `runId`: refused (with why) when the site is not in the run,
 * the contest window closed, an indicator is not the methodology's, or nothing is said to be contested.
 */
export function fileContest(db: Db, runId: number, request: ContestRequest, methodology: Methodology): StoredContestSummary {
  const run = getRun(db, runId);
  if (!run) throw new Error(`run ${runId} is not in this database`);
  if (run.contest_until && request.today > run.contest_until) {
    throw new Error(`the contest window of run ${runId} closed on ${run.contest_until}; its results are final`);
  }
  const { seeded } = siteInRun(db, runId, request.inegiCode);
  if (!seeded) throw new Error(`${request.inegiCode} is not in run ${runId}`);
  const known = new Set(methodology.indicators.map((i) => i.id));
  const stray = request.indicators.filter((id) => !known.has(id));
  if (stray.length) throw new Error(`--indicator ${stray.join(', ')}: not one of methodology ${methodology.id}'s ids`);
  const checked = request.check ? parseCheckResult(request.check.text, request.check.file) : null;
  // A check run with --inegi names its municipality; one of another municipality of the run is a wrong attachment.
  // (Without --inegi, check writes a placeholder code, which names no municipality and passes.)
  if (checked && checked.inegi_code && checked.inegi_code !== request.inegiCode && siteInRun(db, runId, checked.inegi_code).seeded) {
    throw new Error(`${request.check!.file} is the check of ${checked.inegi_code}, not of ${request.inegiCode}`);
  }
  let indicators = request.indicators;
  if (indicators.length === 0 && checked) {
    // The municipality's own check is its argument: the criteria where it disagrees with the run are the contest.
    const current = currentVerdicts(db, runId, request.inegiCode);
    indicators = checked.indicators.filter((i) => known.has(i.id) && current.has(i.id) && current.get(i.id) !== i.verdict).map((i) => i.id);
    if (indicators.length === 0) {
      throw new Error(`${request.check!.file}: every verdict of this check agrees with run ${runId}; name the contested criteria with --indicator`);
    }
  }
  if (indicators.length === 0) throw new Error('say which criteria are contested (--indicator id,…) or attach the municipality\'s check output (--file check.json)');
  const id = insertContest(db, {
    runId,
    inegiCode: request.inegiCode,
    indicators,
    filedBy: request.filedBy,
    note: request.note,
    checkJson: request.check?.text ?? null,
    checkFile: request.check?.file ?? null,
  });
  return { id, indicators };
}

export interface StoredContestSummary {
  id: number;
  indicators: string[];
}
