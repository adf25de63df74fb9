/**
 * The terminal scorecard of `mirador check`, in Spanish: the score, the 22 criteria by dimension with their
 * evidence or reason, and what to fix first. Pure functions over one result and the methodology.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology, MethodologyIndicator } from '../../indicators/methodology.ts';
import { formatAsOf, formatNumber, formatPoints } from '../report/html/format.ts';
import { pointsToGain } from '../report/html/municipality-page.ts';
import type { IndicatorResult } from '../report/model.ts';
import { CRAWL_PROBLEM_LABELS, statusNote, VERDICT_LABELS } from '../report/ranking.ts';
import type { CheckResult } from './check-result.ts';
import { type Palette, plainPalette } from './palette.ts';

export interface Fix {
  indicator: MethodologyIndicator;
  /** Points the site would gain by meeting the criterion. */
  available: number;
  /** null when the scoring has no result for the criterion. */
  verdict: Verdict | null;
  reason: string | null;
}

interface Row {
  indicator: MethodologyIndicator;
  result: IndicatorResult | null;
}

function rowsOf(result: Pick<CheckResult, 'indicators'>, methodology: Methodology): Row[] {
  const byId = new Map(result.indicators.map((r) => [r.id, r]));
  return methodology.indicators.map((indicator) => ({ indicator, result: byId.get(indicator.id) ?? null }));
}

/** Failed, unknown and missing criteria, most points available first, ties in methodology order (as on the report page). */
export function fixList(result: Pick<CheckResult, 'indicators'>, methodology: Methodology): Fix[] {
  const rows = rowsOf(result, methodology);
  const byId = new Map(rows.map((r) => [r.indicator.id, r.result]));
  return pointsToGain(rows).map(({ indicator, available }) => {
    const found = byId.get(indicator.id) ?? null;
    return { indicator, available, verdict: found?.verdict ?? null, reason: found?.reason ?? null };
  });
}

export function verdictSymbol(verdict: Verdict | null, palette: Palette = plainPalette): string {
  if (verdict === 'pass') return palette.pass(VERDICT_LABELS.pass.symbol);
  if (verdict === 'fail') return palette.fail(VERDICT_LABELS.fail.symbol);
  return palette.unknown(VERDICT_LABELS.unknown.symbol);
}

export function formatScore(score: number, methodology: Methodology): string {
  return formatNumber(score, methodology.scoreDecimals);
}

function maxScore(methodology: Methodology): number {
  return methodology.indicators.reduce((sum, i) => sum + i.points, 0);
}

/** What the line of one criterion ends with: where it was seen (pass), or why it was not. */
function detail(result: IndicatorResult | null): string {
  if (!result) return 'sin resultado en esta evaluación';
  const url = result.evidence[0]?.url;
  if (result.verdict === 'pass') return url ?? result.reason ?? '';
  const reason = result.reason ?? 'sin motivo registrado';
  return url ? `${reason} (${url})` : reason;
}

export function formatScorecard(result: CheckResult, methodology: Methodology, palette: Palette = plainPalette): string {
  const lines: string[] = [];
  lines.push(palette.heading(`Mirador · revisión de ${result.name}`));
  lines.push(`Sitio: ${result.url}${result.final_url && result.final_url !== result.url ? ` → ${result.final_url}` : ''}`);
  lines.push(`Metodología: ${methodology.id} · fecha de evaluación: ${formatAsOf(result.as_of)} · páginas leídas: ${result.pages_crawled}`);
  lines.push('');
  if (result.status !== 'ok' || result.score === null) {
    lines.push(palette.fail(`Sin puntaje: ${statusNote(result)}`));
    return lines.join('\n');
  }
  const rows = rowsOf(result, methodology);
  const passed = rows.filter((r) => r.result?.verdict === 'pass').length;
  lines.push(
    palette.heading(`Puntaje: ${formatScore(result.score, methodology)} / ${formatNumber(maxScore(methodology), 0)}`) +
      `  (${passed} de ${rows.length} criterios cumplidos)`,
  );

  const idWidth = Math.max(...rows.map((r) => r.indicator.id.length));
  for (const dimension of methodology.dimensions) {
    const inDimension = rows.filter((r) => r.indicator.dimension === dimension.id);
    if (inDimension.length === 0) continue;
    const earned = inDimension.reduce((sum, r) => sum + (r.result?.points ?? 0), 0);
    const max = inDimension.reduce((sum, r) => sum + (r.result?.max_points ?? r.indicator.points), 0);
    lines.push('');
    lines.push(palette.heading(`${dimension.id} ${dimension.name.es}`) + palette.dim(`  ${formatPoints(earned)} / ${formatPoints(max)}`));
    for (const { indicator, result: r } of inDimension) {
      const points = `${formatPoints(r?.points ?? 0)} / ${formatPoints(r?.max_points ?? indicator.points)}`;
      lines.push(`  ${verdictSymbol(r?.verdict ?? null, palette)} ${indicator.id.padEnd(idWidth)}  ${points}  ${palette.dim(detail(r))}`);
    }
  }

  lines.push('');
  lines.push(palette.heading('Qué corregir primero'));
  const fixes = fixList(result, methodology);
  if (fixes.length === 0) lines.push('  Nada: el portal cumple todos los criterios.');
  fixes.forEach((fix, i) => {
    const number = `${i + 1}.`.padStart(4);
    lines.push(`${number} +${formatPoints(fix.available)} pts  ${verdictSymbol(fix.verdict, palette)} ${fix.indicator.id}: ${fix.indicator.criterion.es}`);
    lines.push(`       Cómo cumplirlo: ${fix.indicator.howToMeet.es}`);
    if (fix.reason) lines.push(palette.dim(`       Lo que vio Mirador: ${fix.reason}`));
  });
  lines.push(...crawlProblems(result, palette));
  return lines.join('\n');
}

const PROBLEMS_SHOWN = 5;

/** Addresses Mirador could not read: what they hold counts for no criterion, so they are worth fixing too. */
function crawlProblems(result: CheckResult, palette: Palette): string[] {
  if (result.crawl_problems.length === 0) return [];
  const lines = ['', palette.heading('Direcciones que no se pudieron leer')];
  for (const problem of result.crawl_problems.slice(0, PROBLEMS_SHOWN))
    lines.push(`  ${problem.url}  ${palette.dim(`${CRAWL_PROBLEM_LABELS[problem.kind] ?? problem.kind}: ${problem.message}`)}`);
  if (result.crawl_problems.length > PROBLEMS_SHOWN)
    lines.push(palette.dim(`  … y ${result.crawl_problems.length - PROBLEMS_SHOWN} más (la lista completa está en el informe de --out)`));
  return lines;
}
