/**
 * What a site could do to gain points, in the order a web officer should do it: a missing prerequisite first
 * (without an open-data section, none of the ten criteria judged in it can pass, so "add a search box" is not the
 * first thing to say), then single criteria, most points first. Shared by the municipality page and `mirador check`.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology, MethodologyIndicator } from '../../indicators/methodology.ts';
import type { IndicatorResult } from './model.ts';

export interface CriterionRow {
  indicator: MethodologyIndicator;
  /** null when the scoring has no result for the criterion. */
  result: IndicatorResult | null;
}

export interface Gain {
  indicator: MethodologyIndicator;
  /** Points the site would gain by meeting the criterion. */
  available: number;
  /** null when the scoring has no result for the criterion. */
  verdict: Verdict | null;
  /** Why the criterion is not met, in both languages (reasonIn picks one); null when the scoring has no result. */
  result: Pick<IndicatorResult, 'reason' | 'reason_en'> | null;
}

/** One step of the plan: a criterion, and the criteria judged within it that cannot pass until it does. */
export interface FixStep extends Gain {
  /** Not yet met and waiting on this one; empty for a single criterion. */
  dependents: Gain[];
  /** The step's own points plus its dependents'. */
  total: number;
}

/** The rows of a result in methodology order, one per criterion, null where the scoring has none. */
export function criterionRows(results: readonly IndicatorResult[], methodology: Methodology): CriterionRow[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return methodology.indicators.map((indicator) => ({ indicator, result: byId.get(indicator.id) ?? null }));
}

function gainOf({ indicator, result }: CriterionRow): Gain {
  return {
    indicator,
    available: result ? result.max_points - result.points : indicator.points,
    verdict: result?.verdict ?? null,
    result,
  };
}

/** Failed, unknown and missing criteria: prerequisites with their waiting criteria first, then the rest; most points first, ties in methodology order. */
export function fixPlan(rows: readonly CriterionRow[]): FixStep[] {
  const gains = rows.filter((r) => r.result?.verdict !== 'pass').map(gainOf).filter((g) => g.available > 0);
  const waiting = new Map<string, Gain[]>();
  for (const gain of gains) {
    const prerequisite = gain.indicator.requires;
    if (prerequisite !== undefined && gains.some((g) => g.indicator.id === prerequisite)) {
      waiting.set(prerequisite, [...(waiting.get(prerequisite) ?? []), gain]);
    }
  }
  const steps = gains
    .filter((g) => !(g.indicator.requires !== undefined && waiting.has(g.indicator.requires)))
    .map((g, order): FixStep & { order: number } => {
      const dependents = waiting.get(g.indicator.id) ?? [];
      return { ...g, dependents, total: dependents.reduce((sum, d) => sum + d.available, g.available), order };
    });
  return steps
    .sort((a, b) => Number(b.dependents.length > 0) - Number(a.dependents.length > 0) || b.total - a.total || a.order - b.order)
    .map(({ order: _order, ...step }) => step);
}
