/**
 * The indicator contract (after Lighthouse audits and eslint rules): an indicator is an id plus a
 * pure `evaluate` from the site's facts to a verdict with evidence. Points and criterion texts are not here:
 * they belong to the methodology definition (indicators/aidh-2016.ts), so another methodology is a data file.
 */
import { restrict, type FactName, type Facts } from '../src/derive/index.ts';
import type { EvaluationContext } from '../src/gather/artifacts.ts';
import type { Message, MessageTable } from './messages.ts';
import type { ProbeNeed } from './probe-needs.ts';

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

/** A rule as its file writes it: `evaluate` is given only the artifacts and facts named in `needs`. */
export interface IndicatorSpec<N extends FactName> {
  id: string;
  /** The artifacts and derived facts (src/derive) the rule reads; nothing else reaches `evaluate`. */
  needs: readonly N[];
  /** The indicator's reasons and evidence notes in Spanish and English (namespace = id). */
  messages: MessageTable;
  evaluate(input: Pick<Facts, N>, context: EvaluationContext): Outcome;
  /**
   * For a rule that reads what file probes find: the files whose probes could decide its verdict, read from the
   * site's pages before any file is probed, and when the probing is settled (probe-needs.ts). The crawl probes
   * only files some rule needs.
   */
  probes?(input: Pick<Facts, N>, context: EvaluationContext): ProbeNeed[];
}

/** A registered rule: it takes a site's facts and reads only what it declared. */
export interface IndicatorDefinition {
  id: string;
  needs: readonly FactName[];
  messages: MessageTable;
  evaluate(facts: Facts, context: EvaluationContext): Outcome;
  probes?(facts: Facts, context: EvaluationContext): ProbeNeed[];
}

/**
 * Reading an input the rule did not declare does not compile (`Pick<Facts, N>`), and, should a cast get
 * past the compiler, throws when the rule runs.
 */
export function defineIndicator<const N extends FactName>(spec: IndicatorSpec<N>): IndicatorDefinition {
  if (spec.messages.namespace !== spec.id) throw new Error(`indicator ${spec.id} declares the messages of ${spec.messages.namespace}`);
  const { probes } = spec;
  return {
    ...spec,
    evaluate: (facts, context) => spec.evaluate(restrict(facts, spec.needs, `indicator ${spec.id}`), context),
    ...(probes ? { probes: (facts: Facts, context: EvaluationContext) => probes(restrict(facts, spec.needs, `indicator ${spec.id}`), context) } : {}),
  };
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
