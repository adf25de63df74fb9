/**
 * The indicator contract (after Lighthouse audits and eslint rules): an indicator is an id plus a
 * pure `evaluate` from artifacts to a verdict with evidence. Points and criterion texts are not here:
 * they belong to the methodology definition (indicators/aidh-2016.ts), so another methodology is a data file.
 */
import type { Artifacts, EvaluationContext } from '../src/gather/artifacts.ts';
import type { Message, MessageTable } from './messages.ts';

export type Verdict = 'pass' | 'fail' | 'unknown';

export interface Evidence {
  url: string;
  /** Text quoted from the page (link label, heading, form purpose…), verbatim but trimmed; may be empty. */
  text: string;
  /** Mirador's annotation (why this counts, what was read), localised; never page text. */
  note?: Message;
  selector?: string;
  /** Path of a screenshot stored with the run, relative to the run's artifact folder. */
  screenshot?: string;
}

export interface Outcome {
  verdict: Verdict;
  /** Why: required for fail and unknown ("searched 58 links on the home page…"), a message of the indicator's table. */
  reason: Message | null;
  evidence: Evidence[];
}

export interface IndicatorDefinition {
  id: string;
  /** Artifact keys the indicator reads; documentation, and lets tests build minimal artifacts. */
  needs: readonly (keyof Artifacts)[];
  /** The indicator's reasons and evidence notes in Spanish and English (namespace = id). */
  messages: MessageTable;
  evaluate(artifacts: Artifacts, context: EvaluationContext): Outcome;
}

export function defineIndicator(definition: IndicatorDefinition): IndicatorDefinition {
  if (definition.messages.namespace !== definition.id)
    throw new Error(`indicator ${definition.id} declares the messages of ${definition.messages.namespace}`);
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

export function pass(evidence: Evidence[], reason: Message | null = null): Outcome {
  if (evidence.length === 0) throw new Error('a pass verdict needs at least one piece of evidence');
  return { verdict: 'pass', reason, evidence: normaliseEvidence(evidence) };
}

export function fail(reason: Message, evidence: Evidence[] = []): Outcome {
  return { verdict: 'fail', reason, evidence: normaliseEvidence(evidence) };
}

export function unknown(reason: Message, evidence: Evidence[] = []): Outcome {
  return { verdict: 'unknown', reason, evidence: normaliseEvidence(evidence) };
}
