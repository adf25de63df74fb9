/**
 * Machine-readable exports of one scoring. JSON is the RankingReport itself, for researchers who want
 * everything (points, reasons, evidence); CSV is the one-row-per-site summary for spreadsheets.
 */
import type { Methodology } from '../../indicators/methodology.ts';
import { csvFile, type CsvValue } from './csv.ts';
import type { EvidenceItem, IndicatorResult, MunicipalityResult, RankingReport, RunSummary } from './model.ts';
import { reportOrder } from './ranking.ts';

/**
 * Pretty-printed JSON of exactly the RankingReport shape. Fields are copied one by one so an object loaded
 * from the store with extra properties cannot leak them into the export, and key order stays stable.
 */
export function toJson(report: RankingReport): string {
  const run = (r: RunSummary): RunSummary => ({
    id: r.id,
    scoringId: r.scoringId,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    asOf: r.asOf,
    methodologyId: r.methodologyId,
    softwareVersion: r.softwareVersion,
    seedsFile: r.seedsFile,
    status: r.status,
    sitesTotal: r.sitesTotal,
    // A reader of the file must know the results may still change (the municipalities' contest window).
    contestUntil: r.contestUntil ?? null,
    // The bounds of the crawl: what "not found" was looked for within.
    crawlLimits: r.crawlLimits ?? null,
  });
  const evidence = (e: EvidenceItem): EvidenceItem => ({
    url: e.url,
    text: e.text,
    note: e.note ?? null,
    note_en: e.note_en ?? null,
    note_id: e.note_id ?? null,
    note_params: e.note_params ?? null,
    selector: e.selector,
    screenshot: e.screenshot,
    ...(e.capture ? { capture: { url: e.capture.url, timestamp: e.capture.timestamp } } : {}),
  });
  const indicator = (i: IndicatorResult): IndicatorResult => ({
    id: i.id,
    verdict: i.verdict,
    points: i.points,
    max_points: i.max_points,
    reason: i.reason,
    reason_en: i.reason_en ?? null,
    reason_id: i.reason_id ?? null,
    reason_params: i.reason_params ?? null,
    evidence: i.evidence.map(evidence),
    ...(i.review
      ? {
          review: {
            automatic_verdict: i.review.automatic_verdict,
            reviewer: i.review.reviewer,
            date: i.review.date,
            note: i.review.note,
            evidence_url: i.review.evidence_url,
            state: i.review.state,
            reviewed_verdict: i.review.reviewed_verdict,
            answered_verdict: i.review.answered_verdict,
          },
        }
      : {}),
  });
  const municipality = (m: MunicipalityResult): MunicipalityResult => ({
    inegi_code: m.inegi_code,
    name: m.name,
    state: m.state,
    url: m.url,
    url_confidence: m.url_confidence,
    final_url: m.final_url,
    status: m.status,
    status_reason: m.status_reason,
    pages_crawled: m.pages_crawled,
    home_screenshot: m.home_screenshot,
    score: m.score,
    rank: m.rank,
    published_2016: m.published_2016 ? { score: m.published_2016.score, position: m.published_2016.position } : null,
    indicators: m.indicators.map(indicator),
    crawl_problems: m.crawl_problems.map((p) => ({ url: p.url, kind: p.kind, status: p.status, message: p.message })),
  });
  const shaped: RankingReport = { run: run(report.run), municipalities: report.municipalities.map(municipality) };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}

/**
 * One row per site in report order (ranked by rank, then the unranked): rank, inegi_code, name, state, url,
 * status, score, then one column per indicator id in methodology order holding its verdict (pass, fail,
 * unknown; empty when the site was not evaluated). Per-indicator points are left out on purpose to keep the
 * sheet narrow (30 columns); the JSON export carries them with reasons and evidence. Score is written with the
 * methodology's decimals and a dot. UTF-8 with a BOM and text cells that look like formulas neutralised
 * (src/report/csv.ts says why), CRLF line ends (RFC 4180).
 */
export function toCsv(report: RankingReport, methodology: Methodology): string {
  const indicatorIds = methodology.indicators.map((i) => i.id);
  const header: CsvValue[] = ['rank', 'inegi_code', 'name', 'state', 'url', 'url_confidence', 'status', 'score', ...indicatorIds];
  const rows = reportOrder(report.municipalities).map((m): CsvValue[] => {
    const verdicts = new Map(m.indicators.map((r) => [r.id, r.verdict]));
    return [
      m.rank,
      m.inegi_code,
      m.name,
      m.state,
      m.url,
      m.url_confidence,
      m.status,
      m.score === null ? null : m.score.toFixed(methodology.scoreDecimals),
      ...indicatorIds.map((id) => verdicts.get(id) ?? null),
    ];
  });
  return csvFile([header, ...rows]);
}
