/**
 * What the report and the exports read: the ranking report exactly as the store loads it. The shape is declared
 * in the store (src/store/ranking-report.ts) so the store never imports the report; the report's own modules
 * keep reading it from here.
 */
export type {
  ContestItem,
  CrawlProblem,
  EvidenceItem,
  IndicatorResult,
  IndicatorReview,
  MunicipalityResult,
  PreviousRun,
  SiteChange,
  UrlConfidence,
  VerdictChange,
  RankingReport,
  RunSummary,
  CrawlLimits,
  SiteStatus,
} from '../store/ranking-report.ts';
