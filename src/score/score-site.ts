/**
 * Runs every indicator of a methodology over one site's artifacts and applies the methodology's points.
 * The only place where verdicts become points.
 */
import type { IndicatorDefinition, Outcome } from '../../indicators/define.ts';
import { localise } from '../../indicators/messages.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { sharedMsg } from '../../indicators/shared-messages.ts';
import { deriveFacts } from '../derive/index.ts';
import type { Artifacts, EvaluationContext } from '../gather/artifacts.ts';
import { roundScore, type ScoredIndicator, type ScoredSite } from './points.ts';

/** Fails fast when the rules and the methodology disagree, so no criterion is silently left unscored. */
export function indicatorsFor(methodology: Methodology, available: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  const byId = new Map(available.map((i) => [i.id, i]));
  const missing = methodology.indicators.filter((i) => !byId.has(i.id)).map((i) => i.id);
  if (missing.length) throw new Error(`methodology ${methodology.id} names indicators with no rule: ${missing.join(', ')}`);
  return methodology.indicators.map((i) => byId.get(i.id)!);
}

export function scoreSite(
  artifacts: Artifacts,
  context: EvaluationContext,
  methodology: Methodology,
  rules: readonly IndicatorDefinition[],
): ScoredSite {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  // One set of facts for every rule: each fact is derived once, on the first rule that reads it.
  const facts = deriveFacts(artifacts, context);
  const indicators = methodology.indicators.map((criterion): ScoredIndicator => {
    const rule = ruleById.get(criterion.id);
    if (!rule) throw new Error(`no rule for indicator ${criterion.id}`);
    let outcome: Outcome;
    try {
      outcome = rule.evaluate(facts, context);
    } catch (error) {
      // A rule bug must not sink the run nor pose as a fail: it becomes a reviewable unknown.
      outcome = { verdict: 'unknown', reason: sharedMsg('rule-failed', { error: (error as Error).message }), evidence: [] };
    }
    // Rendered here, where the rule's message tables are loaded (a score worker's thread, or the main one).
    return {
      id: criterion.id,
      verdict: outcome.verdict,
      points: outcome.verdict === 'pass' ? criterion.points : 0,
      maxPoints: criterion.points,
      reason: outcome.reason ? localise(outcome.reason) : null,
      evidence: outcome.evidence.map(({ note, ...e }) => (note ? { ...e, note: localise(note) } : e)),
    };
  });
  const evaluated = artifacts.site.status === 'ok';
  const total = indicators.reduce((sum, i) => sum + i.points, 0);
  return { score: evaluated ? roundScore(total, methodology.scoreDecimals) : null, indicators };
}
