/**
 * The stored reviews (table `reviews`, migration 11): a person's decision on one verdict, kept once and read by every
 * later scoring. Deciding whether a review still applies is src/score/reviews.ts's job; this module only stores.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { ReviewState } from '../score/points.ts';
import type { Review } from '../seeds/reviews-file.ts';
import type { Db } from './database.ts';
import { latestScoringId } from './runs.ts';

/** A stored page a review's verdict was drawn from, by the hash of its HTML. */
export interface CitedPage {
  url: string;
  sha256: string;
}

/** A review of a reviews file as stored: answering run `runId`'s verdicts. */
export interface NewReview extends Omit<Review, 'line'> {
  runId: number;
  /** The automatic verdict the reviewer answered; null when the run's scoring had none for this indicator. */
  answeredVerdict: Verdict | null;
  /** null: not known (reviews stored before migration 11), so the review applies to its own run only. */
  citedPages: CitedPage[] | null;
  /** Where it came from, for messages: "revisiones.csv line 3". */
  source: string;
}

export interface StoredReview extends NewReview {
  id: number;
  importedAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeNote: string | null;
}

interface ReviewRow {
  id: number;
  run_id: number;
  inegi_code: string;
  indicator_id: string;
  verdict: Verdict;
  reviewer: string;
  reviewed_on: string;
  note: string;
  evidence_url: string | null;
  answered_verdict: Verdict | null;
  cited_pages_json: string | null;
  source: string;
  imported_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_note: string | null;
}

function fromRow(row: ReviewRow): StoredReview {
  return {
    id: row.id,
    runId: row.run_id,
    inegiCode: row.inegi_code,
    indicator: row.indicator_id,
    verdict: row.verdict,
    reviewer: row.reviewer,
    date: row.reviewed_on,
    note: row.note,
    evidenceUrl: row.evidence_url,
    answeredVerdict: row.answered_verdict,
    citedPages: row.cited_pages_json === null ? null : (JSON.parse(row.cited_pages_json) as CitedPage[]),
    source: row.source,
    importedAt: row.imported_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revokeNote: row.revoke_note,
  };
}

/**
 * The stored review that says the same thing about the same verdict of the same run (revoked or not), if any:
 * importing a file twice, or a filled queue that repeats stored lines, must not double a review.
 */
export function findSameReview(db: Db, review: NewReview): StoredReview | undefined {
  const row = db
    .prepare(
      `SELECT * FROM reviews WHERE run_id = ? AND inegi_code = ? AND indicator_id = ? AND verdict = ? AND reviewer = ?
         AND reviewed_on = ? AND note = ? AND evidence_url IS ? ORDER BY id LIMIT 1`,
    )
    .get(review.runId, review.inegiCode, review.indicator, review.verdict, review.reviewer, review.date, review.note, review.evidenceUrl) as
    | ReviewRow
    | undefined;
  return row && fromRow(row);
}

export function insertReview(db: Db, review: NewReview, importedAt = new Date().toISOString()): number {
  const result = db
    .prepare(
      `INSERT INTO reviews (run_id, inegi_code, indicator_id, verdict, reviewer, reviewed_on, note, evidence_url, answered_verdict,
         cited_pages_json, source, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      review.runId, review.inegiCode, review.indicator, review.verdict, review.reviewer, review.date, review.note, review.evidenceUrl,
      review.answeredVerdict, review.citedPages === null ? null : JSON.stringify(review.citedPages), review.source, importedAt,
    );
  return Number(result.lastInsertRowid);
}

export function getReview(db: Db, id: number): StoredReview | undefined {
  const row = db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  return row && fromRow(row);
}

/** Stored reviews in the order they were imported; `runId` keeps one run's, `includeRevoked` the revoked ones too. */
export function listReviews(db: Db, filter: { runId?: number; inegiCode?: string; includeRevoked?: boolean } = {}): StoredReview[] {
  const rows = db
    .prepare(
      `SELECT * FROM reviews
       WHERE (@runId IS NULL OR run_id = @runId) AND (@inegiCode IS NULL OR inegi_code = @inegiCode) AND (@all OR revoked_at IS NULL)
       ORDER BY id`,
    )
    .all({ runId: filter.runId ?? null, inegiCode: filter.inegiCode ?? null, all: filter.includeRevoked ? 1 : 0 }) as ReviewRow[];
  return rows.map(fromRow);
}

/** The reviews a scoring of `runId` considers: not revoked, made on this run or an earlier one. */
export function candidateReviews(db: Db, runId: number, inegiCode: string): StoredReview[] {
  const rows = db
    .prepare('SELECT * FROM reviews WHERE run_id <= ? AND inegi_code = ? AND revoked_at IS NULL ORDER BY id')
    .all(runId, inegiCode) as ReviewRow[];
  return rows.map(fromRow);
}

/** Revokes a review, keeping it with who revoked it, when and why; throws when there is none or it was revoked. */
export function revokeReview(db: Db, id: number, by: string, note: string | null, at = new Date().toISOString()): StoredReview {
  return db.transaction(() => {
    const review = getReview(db, id);
    if (!review) throw new Error(`review ${id} is not in this database (mirador reviews list shows the ids)`);
    if (review.revokedAt) throw new Error(`review ${id} was already revoked by ${review.revokedBy} on ${review.revokedAt}`);
    db.prepare('UPDATE reviews SET revoked_at = ?, revoked_by = ?, revoke_note = ? WHERE id = ?').run(at, by, note, id);
    return getReview(db, id)!;
  })();
}

/** What a reviewer looking at a run's newest scoring sees for one site: each indicator's automatic verdict and evidence pages. */
export interface AnsweredResult {
  automaticVerdict: Verdict;
  evidenceUrls: string[];
}

export function answeredResults(db: Db, runId: number, inegiCode: string): Map<string, AnsweredResult> {
  const scoringId = latestScoringId(db, runId);
  const results = new Map<string, AnsweredResult>();
  if (scoringId === undefined) return results;
  // A result whose review was applied shows the reviewed verdict; the automatic one is what a new review answers.
  const rows = db
    .prepare('SELECT indicator_id, coalesce(automatic_verdict, verdict) AS automatic FROM indicator_results WHERE scoring_id = ? AND inegi_code = ?')
    .all(scoringId, inegiCode) as { indicator_id: string; automatic: Verdict }[];
  for (const row of rows) results.set(row.indicator_id, { automaticVerdict: row.automatic, evidenceUrls: [] });
  const evidence = db
    .prepare('SELECT indicator_id, url FROM evidence WHERE scoring_id = ? AND inegi_code = ? ORDER BY indicator_id, position')
    .all(scoringId, inegiCode) as { indicator_id: string; url: string }[];
  for (const e of evidence) results.get(e.indicator_id)?.evidenceUrls.push(e.url);
  return results;
}

/** A site's stored pages of a run, by URL and the hash of their HTML, in crawl order. */
export function sitePages(db: Db, runId: number, inegiCode: string): CitedPage[] {
  return db
    .prepare('SELECT url, html_sha256 AS sha256 FROM pages WHERE run_id = ? AND inegi_code = ? ORDER BY position')
    .all(runId, inegiCode) as CitedPage[];
}

/** Whether the run set out to visit the site (its seeds), and whether its crawl was committed. */
export function siteInRun(db: Db, runId: number, inegiCode: string): { seeded: boolean; committed: boolean } {
  const seeded = db.prepare('SELECT 1 FROM run_seeds WHERE run_id = ? AND inegi_code = ?').get(runId, inegiCode) !== undefined;
  const committed = db.prepare('SELECT 1 FROM run_sites WHERE run_id = ? AND inegi_code = ?').get(runId, inegiCode) !== undefined;
  return { seeded, committed };
}

/** What one scoring did with each stored review it considered, by review id. */
export function reviewStatesIn(db: Db, scoringId: number): Map<number, ReviewState> {
  const rows = db
    .prepare('SELECT review_id, review_state FROM indicator_results WHERE scoring_id = ? AND review_id IS NOT NULL')
    .all(scoringId) as { review_id: number; review_state: ReviewState }[];
  return new Map(rows.map((r) => [r.review_id, r.review_state]));
}

/** A municipality's objection to verdicts of a run (table `contests`, migration 12). */
export interface NewContest {
  runId: number;
  inegiCode: string;
  indicators: string[];
  filedBy: string;
  note: string;
  /** The municipality's `mirador check --json` output, verbatim; null when none was attached. */
  checkJson: string | null;
  checkFile: string | null;
}

export interface StoredContest extends NewContest {
  id: number;
  filedAt: string;
}

interface ContestRow {
  id: number;
  run_id: number;
  inegi_code: string;
  indicators_json: string;
  filed_by: string;
  note: string;
  check_json: string | null;
  check_file: string | null;
  filed_at: string;
}

export function insertContest(db: Db, contest: NewContest, filedAt = new Date().toISOString()): number {
  const result = db
    .prepare(
      `INSERT INTO contests (run_id, inegi_code, indicators_json, filed_by, note, check_json, check_file, filed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(contest.runId, contest.inegiCode, JSON.stringify(contest.indicators), contest.filedBy, contest.note, contest.checkJson, contest.checkFile, filedAt);
  return Number(result.lastInsertRowid);
}

export function listContests(db: Db, runId: number): StoredContest[] {
  const rows = db.prepare('SELECT * FROM contests WHERE run_id = ? ORDER BY id').all(runId) as ContestRow[];
  return rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    inegiCode: r.inegi_code,
    indicators: JSON.parse(r.indicators_json) as string[],
    filedBy: r.filed_by,
    note: r.note,
    checkJson: r.check_json,
    checkFile: r.check_file,
    filedAt: r.filed_at,
  }));
}

/** The day (YYYY-MM-DD) until which a run is preliminary and open to contest; null clears it (the run is final). */
export function setContestUntil(db: Db, runId: number, until: string | null): void {
  const { changes } = db.prepare('UPDATE runs SET contest_until = ? WHERE id = ?').run(until, runId);
  if (changes === 0) throw new Error(`run ${runId} is not in this database`);
}

/** The newest scoring's current verdict of each indicator of a site (reviewed when a review was applied). */
export function currentVerdicts(db: Db, runId: number, inegiCode: string): Map<string, Verdict> {
  const scoringId = latestScoringId(db, runId);
  if (scoringId === undefined) return new Map();
  const rows = db
    .prepare('SELECT indicator_id, verdict FROM indicator_results WHERE scoring_id = ? AND inegi_code = ?')
    .all(scoringId, inegiCode) as { indicator_id: string; verdict: Verdict }[];
  return new Map(rows.map((r) => [r.indicator_id, r.verdict]));
}
