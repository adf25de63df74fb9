/** `mirador check --compare`: what changed since a previous `--json` output of the same portal. */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { formatAsOf, formatNumber, formatPoints } from '../report/html/format.ts';
import type { CheckResult } from './check-result.ts';
import { type Palette, plainPalette } from './palette.ts';
import { criterionLabel, formatScore, verdictSymbol } from './scorecard.ts';

export interface VerdictChange {
  id: string;
  /** null: the criterion had no result in that check. */
  from: Verdict | null;
  to: Verdict | null;
  /** The current reason (why it fails now) or first evidence URL (where it passes now). */
  detail: string | null;
}

export interface CheckComparison {
  previousAsOf: string;
  previousScore: number | null;
  currentScore: number | null;
  /** null when either check has no score (site unreachable). */
  scoreDelta: number | null;
  sameMethodology: boolean;
  previousMethodologyId: string;
  /** In methodology order, then criteria the methodology does not know. */
  changes: VerdictChange[];
}

type Comparable = Pick<CheckResult, 'as_of' | 'methodology_id' | 'score' | 'indicators'>;

/**
 * The score before rounding, from each criterion's points: the difference of two rounded scores would make one
 * criterion of 100/22 points +4.5 in one comparison and +4.6 in another. An older file without points falls back
 * to its score.
 */
function exactPoints(check: Comparable): number {
  const points = check.indicators.map((r) => (r as { points?: unknown }).points);
  return points.every((p) => typeof p === 'number') ? (points as number[]).reduce((sum, p) => sum + p, 0) : check.score ?? 0;
}

export function compareChecks(previous: Comparable, current: Comparable, methodology: Methodology): CheckComparison {
  const before = new Map(previous.indicators.map((r) => [r.id, r]));
  const after = new Map(current.indicators.map((r) => [r.id, r]));
  const known = methodology.indicators.map((i) => i.id);
  const ids = [...new Set([...known, ...after.keys(), ...before.keys()])];
  const changes: VerdictChange[] = [];
  for (const id of ids) {
    const from = before.get(id)?.verdict ?? null;
    const now = after.get(id);
    const to = now?.verdict ?? null;
    if (from === to) continue;
    const detail = now ? (now.verdict === 'pass' ? (now.evidence[0]?.url ?? now.reason) : now.reason) : null;
    changes.push({ id, from, to, detail });
  }
  const scoreDelta = previous.score !== null && current.score !== null ? exactPoints(current) - exactPoints(previous) : null;
  return {
    previousAsOf: previous.as_of,
    previousScore: previous.score,
    currentScore: current.score,
    scoreDelta,
    sameMethodology: previous.methodology_id === current.methodology_id,
    previousMethodologyId: previous.methodology_id,
    changes,
  };
}

function signed(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${formatNumber(Math.abs(rounded), decimals)}`;
}

export function formatComparison(comparison: CheckComparison, methodology: Methodology, palette: Palette = plainPalette): string {
  const lines = [palette.heading(`Cambios desde la revisión anterior (fecha de evaluación ${formatAsOf(comparison.previousAsOf)})`)];
  if (!comparison.sameMethodology)
    lines.push(`  Aviso: la revisión anterior usó la metodología ${comparison.previousMethodologyId}, no ${methodology.id}; los puntajes no son del todo comparables.`);
  const score = (s: number | null) => (s === null ? 'sin puntaje' : formatScore(s, methodology));
  const delta = comparison.scoreDelta === null ? '' : ` (${signed(comparison.scoreDelta, methodology.scoreDecimals)})`;
  lines.push(`  Puntaje: ${score(comparison.previousScore)} → ${score(comparison.currentScore)}${delta}`);
  if (comparison.changes.length === 0) lines.push('  Ningún criterio cambió de resultado.');
  for (const change of comparison.changes) {
    const criterion = methodology.indicators.find((i) => i.id === change.id);
    const text = change.detail ?? criterion?.criterion.es ?? '';
    const points = criterion && change.to === 'pass' ? ` +${formatPoints(criterion.points)} pts` : criterion && change.from === 'pass' ? ` −${formatPoints(criterion.points)} pts` : '';
    const label = criterion ? criterionLabel(criterion) : change.id;
    lines.push(`  ${verdictSymbol(change.from, palette)} → ${verdictSymbol(change.to, palette)} ${label}:${points}${text ? ` ${text}` : ''}`);
  }
  return lines.join('\n');
}
