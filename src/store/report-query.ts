/** Loads one scoring of one run in the shape the report and the exports read. */
import type { Verdict } from '../../indicators/define.ts';
import type { MessageParams } from '../../indicators/messages.ts';
import { competitionRanks } from '../score/rank.ts';
import type { CrawlOptions } from '../crawl/types.ts';
import type { Db } from './database.ts';
import type { ContestItem, CrawlLimits, CrawlProblem, IndicatorResult, MunicipalityResult, PreviousRun, RankingReport, ReviewState, SiteChange, SiteStatus, UrlConfidence, VerdictChange } from './ranking-report.ts';
import { listContests } from './reviews.ts';
import { getRun, latestScoringId } from './runs.ts';

interface SiteRow {
  inegi_code: string;
  name: string;
  state: string;
  seed_url: string;
  url_confidence: UrlConfidence | null;
  final_url: string | null;
  status: string | null;
  status_reason: string | null;
  pages_crawled: number | null;
  home_screenshot: string | null;
  score: number | null;
  published_score_2016: number | null;
  published_position_2016: number | null;
}

interface ResultRow {
  inegi_code: string;
  indicator_id: string;
  verdict: Verdict;
  points: number;
  max_points: number;
  reason: string | null;
  reason_en: string | null;
  reason_id: string | null;
  reason_params: string | null;
  automatic_verdict: Verdict | null;
  reviewer: string | null;
  reviewed_on: string | null;
  review_note: string | null;
  review_evidence_url: string | null;
  review_state: ReviewState | null;
  review_id: number | null;
  /** From the stored review the result names (LEFT JOIN reviews): what the person decided, and what they answered. */
  stored_verdict: Verdict | null;
  stored_answered_verdict: Verdict | null;
}

interface EvidenceRow {
  inegi_code: string;
  indicator_id: string;
  url: string;
  text: string;
  selector: string | null;
  screenshot: string | null;
  note: string | null;
  note_en: string | null;
  note_id: string | null;
  note_params: string | null;
}

const MAX_PROBLEMS_PER_SITE = 20;

export class NoSuchRunError extends Error {}

/**
 * The run's report plus the run before it, for the change page, as the run_diff and run_verdict_diff views
 * compare them (the newest scoring of each run).
 */
export function loadRankingReport(db: Db, runId: number, scoringId?: number): RankingReport {
  const report = loadRunResults(db, runId, scoringId);
  const pair = db
    .prepare(
      `SELECT p.previous_run_id AS id, r.as_of AS asOf, s.software_version AS softwareVersion
       FROM run_pairs p JOIN runs r ON r.id = p.previous_run_id JOIN scorings s ON s.id = p.previous_scoring_id WHERE p.run_id = ?`,
    )
    .get(runId) as Omit<PreviousRun, 'sites'> | undefined;
  if (!pair) return { ...report, previous: null };
  const verdicts = groupBy(
    db
      .prepare(
        `SELECT inegi_code, indicator_id, previous_verdict, verdict, points_delta, cause, coalesce(reviewer, previous_reviewer) AS reviewer
         FROM run_verdict_diff WHERE run_id = ? ORDER BY inegi_code, abs(points_delta) DESC, indicator_id`,
      )
      .all(runId) as (VerdictChange & { inegi_code: string })[],
    (v) => v.inegi_code,
  );
  const sites = (
    db
      .prepare(
        `SELECT inegi_code, previous_score, score, delta, previous_rank, rank, rank_change, previous_status, status
         FROM run_diff WHERE run_id = ? ORDER BY inegi_code`,
      )
      .all(runId) as Omit<SiteChange, 'verdicts'>[]
  ).map((site) => ({ ...site, verdicts: (verdicts.get(site.inegi_code) ?? []).map(({ inegi_code: _code, ...v }) => v) }));
  return { ...report, previous: { ...pair, sites } };
}

function loadRunResults(db: Db, runId: number, scoringId?: number): RankingReport {
  const run = getRun(db, runId);
  if (!run) throw new NoSuchRunError(`run ${runId} is not in this database`);
  const scoring = scoringId ?? latestScoringId(db, runId);
  if (scoring === undefined) throw new NoSuchRunError(`run ${runId} has no scoring yet`);

  const sites = db
    .prepare(
      `SELECT m.inegi_code, m.name, m.state, rs.seed_url, m.url_confidence, s.final_url, s.status, s.status_reason, s.pages_crawled,
              sc.score, m.published_score_2016, m.published_position_2016,
              (SELECT p.screenshot FROM pages p WHERE p.run_id = rs.run_id AND p.inegi_code = rs.inegi_code AND p.position = 0) AS home_screenshot
       FROM run_seeds rs
       JOIN municipalities m ON m.inegi_code = rs.inegi_code
       LEFT JOIN run_sites s ON s.run_id = rs.run_id AND s.inegi_code = rs.inegi_code
       LEFT JOIN site_scores sc ON sc.scoring_id = ? AND sc.inegi_code = rs.inegi_code
       WHERE rs.run_id = ?
       ORDER BY rs.position`,
    )
    .all(scoring, runId) as SiteRow[];
  const results = db
    .prepare(
      `SELECT ir.*, rv.verdict AS stored_verdict, rv.answered_verdict AS stored_answered_verdict
       FROM indicator_results ir LEFT JOIN reviews rv ON rv.id = ir.review_id WHERE ir.scoring_id = ? ORDER BY ir.rowid`,
    )
    .all(scoring) as ResultRow[];
  const evidence = db
    .prepare('SELECT * FROM evidence WHERE scoring_id = ? ORDER BY inegi_code, indicator_id, position')
    .all(scoring) as EvidenceRow[];

  // A site of 60 pages can fail on hundreds of links; the first few tell the story.
  const problems = db
    .prepare(
      // A robots.txt or sitemap that does not exist is an answer, not a problem: both files are optional.
      `SELECT inegi_code, url, error_kind AS kind, coalesce(error_message, '') AS message, status FROM (
         SELECT f.*, row_number() OVER (PARTITION BY f.inegi_code ORDER BY f.id) AS n
         FROM fetches f WHERE f.run_id = ? AND f.error_kind IS NOT NULL
           AND NOT (f.purpose IN ('robots', 'sitemap') AND f.status IN (404, 410)))
       WHERE n <= ${MAX_PROBLEMS_PER_SITE} ORDER BY inegi_code, n`,
    )
    .all(runId) as (CrawlProblem & { inegi_code: string })[];
  const problemsBySite = groupBy(problems, (p) => p.inegi_code);
  const evidenceByResult = groupBy(evidence, (e) => `${e.inegi_code}/${e.indicator_id}`);
  // In a --wayback run, evidence on a page read from a web archive shows which capture it was.
  const captures = new Map(
    (
      db
        .prepare('SELECT inegi_code, url, archived_url, capture_timestamp FROM pages WHERE run_id = ? AND capture_timestamp IS NOT NULL')
        .all(runId) as { inegi_code: string; url: string; archived_url: string; capture_timestamp: string }[]
    ).map((p) => [`${p.inegi_code} ${p.url}`, { url: p.archived_url, timestamp: p.capture_timestamp }]),
  );
  const resultsBySite = groupBy(results, (r) => r.inegi_code);
  const ranks = competitionRanks(sites.map((s) => s.score));

  const municipalities = sites.map((site, i): MunicipalityResult => ({
    inegi_code: site.inegi_code,
    name: site.name,
    state: site.state,
    url: site.seed_url,
    url_confidence: site.url_confidence,
    final_url: site.final_url,
    status: (site.status ?? 'pending') as SiteStatus,
    status_reason: site.status_reason,
    pages_crawled: site.pages_crawled ?? 0,
    home_screenshot: site.home_screenshot,
    score: site.score,
    rank: ranks[i] ?? null,
    published_2016:
      site.published_score_2016 === null
        ? null
        : { score: site.published_score_2016, position: site.published_position_2016 },
    crawl_problems: (problemsBySite.get(site.inegi_code) ?? []).map(({ url, kind, message, status }) => ({ url, kind, message, status })),
    indicators: (resultsBySite.get(site.inegi_code) ?? []).map(
      (r): IndicatorResult => ({
        id: r.indicator_id,
        verdict: r.verdict,
        points: r.points,
        max_points: r.max_points,
        reason: r.reason,
        reason_en: r.reason_en,
        reason_id: r.reason_id,
        reason_params: parseParams(r.reason_params),
        evidence: (evidenceByResult.get(`${r.inegi_code}/${r.indicator_id}`) ?? []).map((e) => {
          const capture = captures.get(`${e.inegi_code} ${e.url}`);
          return {
            url: e.url,
            text: e.text,
            note: e.note,
            note_en: e.note_en,
            note_id: e.note_id,
            note_params: parseParams(e.note_params),
            selector: e.selector,
            screenshot: e.screenshot,
            ...(capture ? { capture } : {}),
          };
        }),
        // Only reviewed results carry the key, so unreviewed ones read as before.
        ...(r.automatic_verdict === null
          ? {}
          : {
              review: {
                automatic_verdict: r.automatic_verdict,
                reviewer: r.reviewer ?? '',
                date: r.reviewed_on ?? '',
                note: r.review_note,
                evidence_url: r.review_evidence_url,
                // Reviews applied before migration 11 have no state: they were applied.
                state: r.review_state ?? 'applied',
                // An applied review's verdict is the result's; a flagged one's is only in the stored review.
                reviewed_verdict: r.stored_verdict ?? r.verdict,
                answered_verdict: r.review_id === null ? r.automatic_verdict : r.stored_answered_verdict,
              },
            }),
      }),
    ),
  }));

  // Ranked sites first by score, then the ones that could not be scored, each group in seeds order.
  const order = municipalities
    .map((m, position) => ({ m, position }))
    .sort((a, b) => (a.m.rank ?? Infinity) - (b.m.rank ?? Infinity) || a.position - b.position)
    .map(({ m }) => m);

  return {
    run: {
      id: run.id,
      scoringId: scoring,
      startedAt: run.started_at,
      finishedAt: run.finished_at,
      asOf: run.as_of,
      methodologyId: run.methodology_id,
      softwareVersion: run.software_version,
      seedsFile: run.seeds_file,
      status: run.status,
      sitesTotal: sites.length,
      contestUntil: run.contest_until ?? null,
      crawlLimits: crawlLimits(run.options_json),
    },
    municipalities: order,
    contests: listContests(db, runId).map(
      (c): ContestItem => ({
        id: c.id,
        inegi_code: c.inegiCode,
        indicators: c.indicators,
        filed_by: c.filedBy,
        note: c.note,
        filed_at: c.filedAt,
        check: c.checkJson === null ? null : { file: c.checkFile, verdicts: checkVerdicts(c.checkJson) },
      }),
    ),
  };
}

/** The verdicts of a stored `mirador check --json` output (validated when the contest was filed). */
function checkVerdicts(json: string): Record<string, Verdict> {
  const parsed = JSON.parse(json) as { indicators?: { id: string; verdict: Verdict }[] };
  return Object.fromEntries((parsed.indicators ?? []).map((i) => [i.id, i.verdict]));
}

function parseParams(json: string | null): MessageParams | null {
  return json === null ? null : (JSON.parse(json) as MessageParams);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The bounds a run crawled within, from the options it stored; null for options this version cannot read. */
export function crawlLimits(optionsJson: string): CrawlLimits | null {
  let options: Partial<CrawlOptions>;
  try {
    options = JSON.parse(optionsJson) as Partial<CrawlOptions>;
  } catch {
    return null;
  }
  // Every run stores its full options; an older one without a bound is not guessed at.
  const { maxPages, maxDepth, maxFiles } = options;
  if (typeof maxPages !== 'number' || typeof maxDepth !== 'number' || typeof maxFiles !== 'number') return null;
  return {
    maxPages,
    maxDepth,
    maxFiles,
    render: options.render !== false && !options.wayback,
    wayback: options.wayback ? { asOf: options.wayback.asOf, windowDays: options.wayback.windowDays } : null,
  };
}
