/**
 * The indicator contract (after Lighthouse audits and eslint rules): an indicator is an id plus a
 * pure `evaluate` from artifacts to a verdict with evidence. Points and criterion texts are not here:
 * they belong to the methodology definition (indicators/aidh-2016.ts), so another methodology is a data file.
 */
import type { Artifacts, EvaluationContext } from '../src/gather/artifacts.ts';

export type Verdict = 'pass' | 'fail' | 'unknown';

export interface Evidence {
  url: string;
  /** Matched text or element description, trimmed (the report escapes it). */
  text: string;
  selector?: string;
  /** Path of a screenshot stored with the run, relative to the run's artifact folder. */
  screenshot?: string;
}

export interface Outcome {
  verdict: Verdict;
  /** Why: required for fail and unknown ("searched 58 pages; no link labelled like an open-data section"). */
  reason: string | null;
  evidence: Evidence[];
}

export interface IndicatorDefinition {
  id: string;
  /** Artifact keys the indicator reads; documentation, and lets tests build minimal artifacts. */
  needs: readonly (keyof Artifacts)[];
  evaluate(artifacts: Artifacts, context: EvaluationContext): Outcome;
}

export function defineIndicator(definition: IndicatorDefinition): IndicatorDefinition {
  return definition;
}

const MAX_EVIDENCE_TEXT = 300;

export function trimEvidenceText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_EVIDENCE_TEXT ? `${collapsed.slice(0, MAX_EVIDENCE_TEXT - 1)}…` : collapsed;
}

function normaliseEvidence(evidence: Evidence[]): Evidence[] {
  return evidence.map((e) => ({ ...e, text: trimEvidenceText(e.text) }));
}

export function pass(evidence: Evidence[], reason: string | null = null): Outcome {
  if (evidence.length === 0) throw new Error('a pass verdict needs at least one piece of evidence');
  return { verdict: 'pass', reason, evidence: normaliseEvidence(evidence) };
}

export function fail(reason: string, evidence: Evidence[] = []): Outcome {
  return { verdict: 'fail', reason, evidence: normaliseEvidence(evidence) };
}

export function unknown(reason: string, evidence: Evidence[] = []): Outcome {
  return { verdict: 'unknown', reason, evidence: normaliseEvidence(evidence) };
}
