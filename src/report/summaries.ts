/**
 * Aggregates the report pages show: per state (count, mean, median, best, worst) and per indicator (share of
 * evaluated municipalities that meet it, overall and by state). Only ranked sites count as evaluated; sites
 * that could not be checked are counted apart, never as 0.
 */
import type { Methodology, MethodologyIndicator } from '../../indicators/methodology.ts';
import type { MunicipalityResult } from './model.ts';
import { isRanked, reportOrder } from './ranking.ts';
import { findState, MEXICAN_STATES, type MexicanState } from './states.ts';

export interface StateSummary {
  state: MexicanState;
  /** Ranked municipalities of the state, best first. */
  evaluated: MunicipalityResult[];
  /** Listed but not scored (unreachable, refused…). */
  notEvaluated: number;
  mean: number | null;
  median: number | null;
  best: MunicipalityResult | null;
  worst: MunicipalityResult | null;
}

export interface StatesOverview {
  /** All 32 states, in the order of MEXICAN_STATES (INEGI code). */
  states: StateSummary[];
  /** Municipalities whose state is not one of the 32 (shown apart, not on the map). */
  unmatched: MunicipalityResult[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

export function statesOverview(municipalities: readonly MunicipalityResult[]): StatesOverview {
  const groups = new Map<string, MunicipalityResult[]>(MEXICAN_STATES.map((s) => [s.inegi, []]));
  const unmatched: MunicipalityResult[] = [];
  for (const m of reportOrder(municipalities)) {
    const state = findState(m.state, m.inegi_code);
    if (state) groups.get(state.inegi)!.push(m);
    else unmatched.push(m);
  }
  const states = MEXICAN_STATES.map((state): StateSummary => {
    const all = groups.get(state.inegi)!;
    // reportOrder puts ranked sites first, best first (ties by name), so best and worst are the ends.
    const evaluated = all.filter(isRanked);
    const scores = evaluated.map((m) => m.score!);
    return {
      state,
      evaluated,
      notEvaluated: all.length - evaluated.length,
      mean: mean(scores),
      median: median(scores),
      best: evaluated[0] ?? null,
      worst: evaluated.at(-1) ?? null,
    };
  });
  return { states, unmatched };
}

export interface Share {
  met: number;
  evaluated: number;
  /** met / evaluated, null when nothing was evaluated. */
  share: number | null;
}

/** The evaluated municipalities by their verdict on one criterion; `none` have no result for it at all. */
export interface VerdictGroups {
  pass: MunicipalityResult[];
  fail: MunicipalityResult[];
  unknown: MunicipalityResult[];
  none: MunicipalityResult[];
}

export interface IndicatorShares {
  indicator: MethodologyIndicator;
  overall: Share;
  /** Who is behind the overall share, in report order (best first). */
  sites: VerdictGroups;
  /** Only states with at least one evaluated municipality, in INEGI order. */
  byState: { state: MexicanState; share: Share }[];
}

/** A site meets an indicator only with a 'pass' verdict; unknown and missing results count as not met. */
function shareOf(sites: readonly MunicipalityResult[], indicatorId: string): Share {
  const met = sites.filter((m) => m.indicators.some((r) => r.id === indicatorId && r.verdict === 'pass')).length;
  return { met, evaluated: sites.length, share: sites.length ? met / sites.length : null };
}

function verdictGroups(sites: readonly MunicipalityResult[], indicatorId: string): VerdictGroups {
  const groups: VerdictGroups = { pass: [], fail: [], unknown: [], none: [] };
  for (const m of sites) groups[m.indicators.find((r) => r.id === indicatorId)?.verdict ?? 'none'].push(m);
  return groups;
}

export function indicatorShares(municipalities: readonly MunicipalityResult[], methodology: Methodology): IndicatorShares[] {
  const { states } = statesOverview(municipalities);
  const ranked = reportOrder(municipalities).filter(isRanked);
  return methodology.indicators.map((indicator) => ({
    indicator,
    overall: shareOf(ranked, indicator.id),
    sites: verdictGroups(ranked, indicator.id),
    byState: states.filter((s) => s.evaluated.length > 0).map((s) => ({ state: s.state, share: shareOf(s.evaluated, indicator.id) })),
  }));
}
