/** `mirador check --compare`: what changed since a previous `--json` output of the same portal. */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { formatAsOf, formatNumber, formatPoints } from '../report/html/format.ts';
import { type Lang, reasonIn } from '../report/html/i18n.ts';
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
  /** The same in English (a URL is the same in both). */
  detailEn: string | null;
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
    const url = now?.verdict === 'pass' ? now.evidence[0]?.url : undefined;
    const detail = url ?? now?.reason ?? null;
    const detailEn = url ?? (now ? reasonIn('en', now) : null);
    changes.push({ id, from, to, detail, detailEn });
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

const WORDS = {
  es: {
    title: (asOf: string) => `Cambios desde la revisión anterior (fecha de evaluación ${asOf})`,
    otherMethodology: (before: string, now: string) => `  Aviso: la revisión anterior usó la metodología ${before}, no ${now}; los puntajes no son del todo comparables.`,
    noScore: 'sin puntaje',
    score: 'Puntaje',
    none: '  Ningún criterio cambió de resultado.',
  },
  en: {
    title: (asOf: string) => `Changes since the previous check (evaluation date ${asOf})`,
    otherMethodology: (before: string, now: string) => `  Note: the previous check used methodology ${before}, not ${now}; the scores are not wholly comparable.`,
    noScore: 'no score',
    score: 'Score',
    none: '  No criterion changed its result.',
  },
} as const;

export function formatComparison(comparison: CheckComparison, methodology: Methodology, palette: Palette = plainPalette, lang: Lang = 'es'): string {
  const words = WORDS[lang];
  const lines = [palette.heading(words.title(formatAsOf(comparison.previousAsOf, lang)))];
  if (!comparison.sameMethodology) lines.push(words.otherMethodology(comparison.previousMethodologyId, methodology.id));
  const score = (s: number | null) => (s === null ? words.noScore : formatScore(s, methodology, lang));
  const delta = comparison.scoreDelta === null ? '' : ` (${signed(comparison.scoreDelta, methodology.scoreDecimals)})`;
  lines.push(`  ${words.score}: ${score(comparison.previousScore)} → ${score(comparison.currentScore)}${delta}`);
  if (comparison.changes.length === 0) lines.push(words.none);
  for (const change of comparison.changes) {
    const criterion = methodology.indicators.find((i) => i.id === change.id);
    const text = (lang === 'en' ? change.detailEn : change.detail) ?? criterion?.criterion[lang] ?? '';
    const points = criterion && change.to === 'pass' ? ` +${formatPoints(criterion.points, lang)} pts` : criterion && change.from === 'pass' ? ` −${formatPoints(criterion.points, lang)} pts` : '';
    const label = criterion ? criterionLabel(criterion, lang) : change.id;
    lines.push(`  ${verdictSymbol(change.from, palette)} → ${verdictSymbol(change.to, palette)} ${label}:${points}${text ? ` ${text}` : ''}`);
  }
  return lines.join('\n');
}
