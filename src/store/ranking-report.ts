/**
 * One scoring of one run, as the store loads it (report-query.ts) and the report and the exports read it.
 * Declared here, with the query that fills it, so the store depends on no later stage; the JSON export is this
 * shape, so researchers and the HTML report see the same data.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { MessageParams } from '../../indicators/messages.ts';

export interface RunSummary {
  id: number;
  scoringId: number;
  startedAt: string;
  finishedAt: string | null;
  asOf: string; // YYYY-MM-DD
  methodologyId: string;
  softwareVersion: string;
  seedsFile: string;
  status: 'running' | 'finished' | 'interrupted';
  sitesTotal: number;
  /** YYYY-MM-DD: the results are preliminary and open to contest until this day; null (or absent) when final. */
  contestUntil?: string | null;
  /** The crawl's bounds, which bound what "not found" means; null (or absent) when the run's options are unreadable. */
  crawlLimits?: CrawlLimits | null;
}

export interface CrawlLimits {
  maxPages: number;
  maxDepth: number;
  maxFiles: number;
  /** Pages that need JavaScript were opened in a browser. */
  render: boolean;
  /** --wayback: pages came from a web archive, captured up to windowDays before asOf. */
  wayback: { asOf: string; windowDays: number } | null;
}

export interface EvidenceItem {
  url: string;
  /** Text quoted from the page, verbatim. In scorings before reasons were localised it also holds the note, in English. */
  text: string;
  /** Mirador's annotation in Spanish, its English text, message id and parameters; absent or null when there is none. */
  note?: string | null;
  note_en?: string | null;
  note_id?: string | null;
  note_params?: MessageParams | null;
  selector: string | null;
  screenshot: string | null;
  /** The page as Mirador stored it, copied into the report (path relative to the report folder); absent when not copied. */
  archived?: string | null;
  /** In a --wayback run: the web-archive capture the page was read from. */
  capture?: { url: string; timestamp: string } | null;
}

export interface IndicatorResult {
  id: string;
  verdict: Verdict;
  points: number;
  max_points: number;
  /**
   * Why, in Spanish; `reason_en` in English, from message `reason_id` with `reason_params`. Results scored before
   * reasons were localised have only `reason` (their English text) and the other three null or absent.
   */
  reason: string | null;
  reason_en?: string | null;
  reason_id?: string | null;
  reason_params?: MessageParams | null;
  evidence: EvidenceItem[];
  /** Present when a stored review answers the verdict (`mirador reviews import`): see `state` for whether it was applied. */
  review?: IndicatorReview | null;
}

export interface IndicatorReview {
  /** What the rules said before the review. */
  automatic_verdict: Verdict;
  reviewer: string;
  date: string; // YYYY-MM-DD
  note: string | null;
  evidence_url: string | null;
  /**
   * 'applied': `verdict` is the reviewed one. 'verdict-changed' / 'pages-changed': the automatic verdict or the pages
   * the review cites changed since the person looked, so `verdict` stayed the automatic one ("por revisar de nuevo").
   */
  state: ReviewState;
  /** What the person decided: `verdict` when applied; when flagged, the verdict that was not applied. */
  reviewed_verdict: Verdict;
  /** The automatic verdict the person answered (null when the scoring they looked at had none). */
  answered_verdict: Verdict | null;
}

export type UrlConfidence = 'high' | 'medium' | 'low';

export type ReviewState = 'applied' | 'verdict-changed' | 'pages-changed';

/** `unreachable`, `refused` and `blocked-by-robots` sites are listed without a score, never as 0. */
export type SiteStatus = 'ok' | 'unreachable' | 'refused' | 'blocked-by-robots' | 'pending';

export interface MunicipalityResult {
  inegi_code: string;
  name: string;
  state: string;
  url: string;
  /**
   * How sure the seeds file is that `url` is the municipality's official portal (high, medium, low; null when the
   * file does not say). Most of the 204 AIDH seeds were recalled, not verified: a reader must see which.
   */
  url_confidence: UrlConfidence | null;
  final_url: string | null;
  status: SiteStatus;
  status_reason: string | null;
  pages_crawled: number;
  /** The home page as the browser rendered it (path relative to the report folder); null when not rendered. */
  home_screenshot: string | null;
  /** Total points, rounded as the methodology says; null when the site was not evaluated. */
  score: number | null;
  /** Standard competition ranking (1, 2, 2, 4) among scored sites; null when not scored. */
  rank: number | null;
  published_2016: { score: number; position: number | null } | null;
  indicators: IndicatorResult[];
  /** Fetches that failed while crawling this site (timeouts, HTTP errors, robots.txt…), first ones first. */
  crawl_problems: CrawlProblem[];
}

export interface CrawlProblem {
  url: string;
  kind: string;
  message: string;
  /** The HTTP status when the server answered (a 404, a 503), else null. */
  status: number | null;
}

/** What changed one verdict between two runs (the run_verdict_diff view says how each is decided). */
export type ChangeCause = 'review' | 'portal' | 'rules' | 'portal-and-rules' | 'as-of' | 'outside';

export interface VerdictChange {
  indicator_id: string;
  previous_verdict: Verdict;
  verdict: Verdict;
  /** Exact, not rounded: the page rounds once, per site. */
  points_delta: number;
  cause: ChangeCause;
  /** Who decided, when the change is a reviewer's. */
  reviewer: string | null;
}

/** One site of this run against the previous one: the run_diff view's row and the verdicts that changed. */
export interface SiteChange {
  inegi_code: string;
  previous_score: number | null;
  score: number | null;
  /** From the exact points, rounded once to one decimal; null unless the site was scored in both runs. */
  delta: number | null;
  previous_rank: number | null;
  rank: number | null;
  /** Positions gained (> 0) or lost (< 0). */
  rank_change: number | null;
  previous_status: SiteStatus;
  status: SiteStatus;
  verdicts: VerdictChange[];
}

/** The run before this one in the same database (its newest scoring), for the change page. */
export interface PreviousRun {
  id: number;
  asOf: string;
  softwareVersion: string;
  sites: SiteChange[];
}

/** A municipality's contest of verdicts of the run (`mirador reviews contest`). */
export interface ContestItem {
  id: number;
  inegi_code: string;
  indicators: string[];
  filed_by: string;
  note: string;
  filed_at: string;
  /** The attached `mirador check --json` file's name and its verdicts by indicator; null when none was attached. */
  check: { file: string | null; verdicts: Record<string, Verdict> } | null;
}

export interface RankingReport {
  run: RunSummary;
  municipalities: MunicipalityResult[];
  /** Contests filed against this run, oldest first; absent in exports and older callers. */
  contests?: ContestItem[];
  /** Absent in exports and when the database holds no earlier run. */
  previous?: PreviousRun | null;
}
