/**
 * Fidelity (issue 4): how closely Mirador's verdicts and scores match a labelled corpus — portals whose
 * expected verdict is known for every indicator (today the demo portals' portal.json). Pure: it compares
 * two lists and knows nothing of crawling, the store or the network.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { roundScore } from '../score/points.ts';

export interface LabelledPortal {
  slug: string;
  inegi_code: string;
  /** Expected verdict for every indicator of the methodology. */
  expected: Record<string, Verdict>;
  /** false: the site cannot be reached, so it has no score (its unknown verdicts are still compared). */
  reachable: boolean;
  /** Indicators the portal sets a trap for, with the trap's description (expected verdict is never pass). */
  decoys?: Record<string, string>;
}

/** The part of a MunicipalityResult (src/store/ranking-report.ts) fidelity reads. */
export interface MeasuredResult {
  inegi_code: string;
  score: number | null;
  indicators: { id: string; verdict: Verdict; reason?: string | null }[];
}

export type FidelityMethodology = Pick<Methodology, 'id' | 'scoreDecimals' | 'indicators'>;

export type MismatchKind = 'false-pass' | 'false-fail' | 'unknown';

export interface Mismatch {
  slug: string;
  indicator: string;
  expected: Verdict;
  got: Verdict;
  kind: MismatchKind;
  reason: string | null;
  /** The trap the portal set for this indicator, when it set one: a false pass here fell for a decoy. */
  decoy: string | null;
}

export interface IndicatorFidelity {
  id: string;
  /** Portals compared for this indicator. */
  n: number;
  /** Share (0–1) of portals whose verdict equals the expected one. */
  agreement: number;
  /** Got pass, expected fail or unknown. */
  falsePasses: number;
  /** Got fail, expected pass. */
  falseFails: number;
  /** Any other mismatch: got unknown where a verdict was expected, or fail where unknown was expected. */
  unknownMismatches: number;
  /** How the corpus labels this indicator: portals expected to pass, fail, be unknown, and fails that carry a decoy. */
  labelled: { pass: number; fail: number; unknown: number; decoys: number };
}

export interface ScoreError {
  slug: string;
  expected: number;
  /** Null when a reachable portal got no score; it then counts as 0 in the MAE. */
  got: number | null;
  error: number;
}

export interface Fidelity {
  methodologyId: string;
  portals: number;
  indicators: IndicatorFidelity[];
  /** Matching verdicts over all compared (portal, indicator) pairs. */
  agreement: number;
  compared: number;
  /** Mean |score − expected score| over reachable portals, in points; null when none is reachable. */
  scoreMae: number | null;
  scoreErrors: ScoreError[];
  mismatches: Mismatch[];
  /** Every false pass (a decoy the rules fell for, wherever it is). */
  falsePasses: Mismatch[];
  /** Decoys the corpus declares, and the false passes among them. */
  decoys: { planted: number; fellFor: Mismatch[] };
}

function mismatchKind(expected: Verdict, got: Verdict): MismatchKind {
  if (got === 'pass') return 'false-pass';
  if (got === 'fail' && expected === 'pass') return 'false-fail';
  return 'unknown';
}

/** The score the labels imply: the methodology's points for every expected pass, rounded as scores are. */
export function expectedScore(expected: Record<string, Verdict>, methodology: FidelityMethodology): number {
  const total = methodology.indicators.reduce((sum, i) => sum + (expected[i.id] === 'pass' ? i.points : 0), 0);
  return roundScore(total, methodology.scoreDecimals);
}

export function measureFidelity(
  portals: readonly LabelledPortal[],
  results: readonly MeasuredResult[],
  methodology: FidelityMethodology,
): Fidelity {
  const resultByCode = new Map(results.map((r) => [r.inegi_code, r]));
  const perIndicator = new Map(
    methodology.indicators.map((i) => [
      i.id,
      { id: i.id, n: 0, matches: 0, falsePasses: 0, falseFails: 0, unknownMismatches: 0, labelled: { pass: 0, fail: 0, unknown: 0, decoys: 0 } },
    ]),
  );
  const mismatches: Mismatch[] = [];
  const scoreErrors: ScoreError[] = [];

  for (const portal of portals) {
    const result = resultByCode.get(portal.inegi_code);
    // A labelled portal missing from the run is a broken comparison, not a disagreement to average away.
    if (!result) throw new Error(`fidelity: no result for portal ${portal.slug} (${portal.inegi_code})`);
    const verdictById = new Map(result.indicators.map((i) => [i.id, i]));
    for (const indicator of methodology.indicators) {
      const expected = portal.expected[indicator.id];
      if (!expected) throw new Error(`fidelity: portal ${portal.slug} has no expected verdict for ${indicator.id}`);
      const got = verdictById.get(indicator.id);
      if (!got) throw new Error(`fidelity: portal ${portal.slug} (${portal.inegi_code}) has no result for ${indicator.id}`);
      const tally = perIndicator.get(indicator.id)!;
      const decoy = portal.decoys?.[indicator.id] ?? null;
      tally.n++;
      tally.labelled[expected]++;
      if (decoy) tally.labelled.decoys++;
      if (got.verdict === expected) {
        tally.matches++;
        continue;
      }
      const kind = mismatchKind(expected, got.verdict);
      if (kind === 'false-pass') tally.falsePasses++;
      else if (kind === 'false-fail') tally.falseFails++;
      else tally.unknownMismatches++;
      mismatches.push({ slug: portal.slug, indicator: indicator.id, expected, got: got.verdict, kind, reason: got.reason ?? null, decoy });
    }
    // Unreachable portals have no score to be wrong about; their verdicts (all unknown) were compared above.
    if (portal.reachable) {
      const expected = expectedScore(portal.expected, methodology);
      scoreErrors.push({ slug: portal.slug, expected, got: result.score, error: Math.abs((result.score ?? 0) - expected) });
    }
  }

  const indicators = [...perIndicator.values()].map(({ matches, ...tally }) => ({
    ...tally,
    agreement: tally.n ? matches / tally.n : 1,
  }));
  const compared = indicators.reduce((sum, i) => sum + i.n, 0);
  return {
    methodologyId: methodology.id,
    portals: portals.length,
    indicators,
    agreement: compared ? (compared - mismatches.length) / compared : 1,
    compared,
    scoreMae: scoreErrors.length ? scoreErrors.reduce((sum, e) => sum + e.error, 0) / scoreErrors.length : null,
    scoreErrors,
    mismatches,
    falsePasses: mismatches.filter((m) => m.kind === 'false-pass'),
    decoys: {
      planted: indicators.reduce((sum, i) => sum + i.labelled.decoys, 0),
      fellFor: mismatches.filter((m) => m.kind === 'false-pass' && m.decoy !== null),
    },
  };
}

/** Issue 4's targets. Information by default; `mirador fidelity --strict` fails when one is missed. */
export interface FidelityTargets {
  /** Share of all (portal, indicator) verdicts that match. */
  overallAgreement: number;
  /** No indicator's agreement below this. */
  minIndicatorAgreement: number;
  /** Points (of 100). */
  maxScoreMae: number;
  maxFalsePasses: number;
}

export const FIDELITY_TARGETS: FidelityTargets = {
  overallAgreement: 0.97,
  minIndicatorAgreement: 0.9,
  maxScoreMae: 2,
  maxFalsePasses: 0,
};

export interface TargetCheck {
  id: 'overall-agreement' | 'indicator-agreement' | 'score-mae' | 'false-passes';
  met: boolean;
}

export function checkTargets(fidelity: Fidelity, targets: FidelityTargets = FIDELITY_TARGETS): TargetCheck[] {
  const lowest = Math.min(...fidelity.indicators.map((i) => i.agreement));
  return [
    { id: 'overall-agreement', met: fidelity.agreement >= targets.overallAgreement },
    { id: 'indicator-agreement', met: lowest >= targets.minIndicatorAgreement },
    { id: 'score-mae', met: fidelity.scoreMae === null || fidelity.scoreMae <= targets.maxScoreMae },
    { id: 'false-passes', met: fidelity.falsePasses.length <= targets.maxFalsePasses },
  ];
}
