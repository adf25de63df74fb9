/**
 * The review queue of a scoring: every verdict a person should look at before the run is final — each `unknown`
 * (the rules could not decide), each review the scoring did not apply (por revisar de nuevo) and each verdict a
 * municipality contests — with what a reviewer needs beside it: the rules' reason, the evidence pages, the portal,
 * and the municipality's own verdict and note. The CSV (`mirador reviews queue`) and the report's queue page are both
 * written from this list.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { csvFile } from './csv.ts';
import type { ContestItem, IndicatorResult, MunicipalityResult, RankingReport } from './model.ts';
import { reportOrder } from './ranking.ts';
import { REVIEW_COLUMNS } from './reviews-csv.ts';

/** The queue's CSV, written beside the report's queue page. */
export const QUEUE_CSV = 'cola-revision.csv';

export type QueueReason = 'unknown' | 'review-again' | 'contested';

export interface QueueItem {
  municipality: MunicipalityResult;
  result: IndicatorResult;
  /** Why it is on the queue, in this order of importance: a contest first. */
  reasons: QueueReason[];
  contests: ContestItem[];
}

/** A contest is answered once a review decided on the verdict on or after the day it was filed. */
export function answers(result: IndicatorResult, contest: ContestItem): boolean {
  return result.review?.state === 'applied' && result.review.date >= contest.filed_at.slice(0, 10);
}

/** Queue items in report order (ranked sites first), and within a site in methodology order. */
export function reviewQueue(report: RankingReport, methodology: Methodology): QueueItem[] {
  const order = new Map(methodology.indicators.map((i, n) => [i.id, n]));
  const contestsBySite = new Map<string, ContestItem[]>();
  for (const c of report.contests ?? []) contestsBySite.set(c.inegi_code, [...(contestsBySite.get(c.inegi_code) ?? []), c]);
  const items: QueueItem[] = [];
  for (const m of reportOrder(report.municipalities)) {
    // An unreachable site's unknowns are its status, not verdicts to review one by one.
    const evaluated = m.score !== null;
    const contests = contestsBySite.get(m.inegi_code) ?? [];
    const results = [...m.indicators].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    for (const result of results) {
      const against = contests.filter((c) => c.indicators.includes(result.id) && !answers(result, c));
      const reasons: QueueReason[] = [];
      if (against.length) reasons.push('contested');
      if (result.review && result.review.state !== 'applied') reasons.push('review-again');
      if (evaluated && result.verdict === 'unknown' && result.review?.state !== 'applied') reasons.push('unknown');
      if (reasons.length) items.push({ municipality: m, result, reasons, contests: against });
    }
  }
  return items;
}

const REASON_LABELS: Record<QueueReason, string> = {
  contested: 'impugnado',
  'review-again': 'por revisar de nuevo',
  unknown: 'indeterminado',
};

/** The municipality's verdict for this criterion in the check it attached, if it attached one. */
export function municipalityVerdict(item: QueueItem): Verdict | null {
  for (const c of item.contests) {
    const verdict = c.check?.verdicts[item.result.id];
    if (verdict) return verdict;
  }
  return null;
}

/**
 * The queue as a reviews file: the seven columns of src/seeds/reviews-file.ts first, with `verdict`, `reviewer`,
 * `date`, `note` and `evidence_url` left for the reviewer (a row left so is skipped on import), then the context.
 */
export function queueCsv(items: readonly QueueItem[], methodology: Methodology): string {
  const criteria = new Map(methodology.indicators.map((i) => [i.id, i]));
  return csvFile([
    [...REVIEW_COLUMNS, 'municipio', 'estado', 'criterio', 'motivo', 'veredicto_actual', 'razon', 'evidencia', 'portal', 'veredicto_del_municipio', 'impugnacion'],
    ...items.map((item) => [
      item.municipality.inegi_code,
      item.result.id,
      '',
      '',
      '',
      '',
      '',
      item.municipality.name,
      item.municipality.state,
      criteria.get(item.result.id)?.criterion.es ?? item.result.id,
      item.reasons.map((r) => REASON_LABELS[r]).join('; '),
      item.result.verdict,
      item.result.reason,
      [...new Set(item.result.evidence.map((e) => e.url))].join(' '),
      item.municipality.final_url ?? item.municipality.url,
      municipalityVerdict(item),
      item.contests.map((c) => `${c.filed_by} (${c.filed_at.slice(0, 10)}): ${c.note}`).join(' | '),
    ]),
  ]);
}
