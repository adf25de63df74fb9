/**
 * The terminal scorecard of `mirador check`, in Spanish: the score, the 22 criteria by dimension with their
 * evidence or reason, and what to fix first. Pure functions over one result and the methodology.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology, MethodologyIndicator } from '../../indicators/methodology.ts';
import { problemCause, problemDetail, splitProblems } from '../report/crawl-problems.ts';
import { criterionRows, fixPlan, type FixStep } from '../report/fix-plan.ts';
import { formatAsOf, formatNumber, formatPoints } from '../report/html/format.ts';
import type { CrawlProblem, IndicatorResult } from '../report/model.ts';
import { statusNote, VERDICT_LABELS } from '../report/ranking.ts';
import type { CheckResult } from './check-result.ts';
import { type Palette, plainPalette } from './palette.ts';

/** Lines are wrapped to this width when the output is not a terminal that says its own (a CI log, a file). */
export const DEFAULT_WIDTH = 100;

/** Failed, unknown and missing criteria in the order to fix them (src/report/fix-plan.ts, as on the report page). */
export function fixList(result: Pick<CheckResult, 'indicators'>, methodology: Methodology): FixStep[] {
  return fixPlan(criterionRows(result.indicators, methodology));
}

/** The criterion as a web officer reads it, with the id the report and the JSON use. */
export function criterionLabel(indicator: Pick<MethodologyIndicator, 'id' | 'name'>): string {
  return `${indicator.name.es} (${indicator.id})`;
}

/**
 * Words of `text` on lines of at most `width` characters, each line after `indent`. A word longer than a line (a
 * URL) gets a line of its own rather than being cut, so it can still be copied whole.
 */
export function wrap(text: string, width: number, indent: string): string[] {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
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

/** What follows one criterion's line: where it was seen (pass), or why it was not. */
function detail(result: IndicatorResult | null): string {
  if (!result) return 'sin resultado en esta evaluación';
  const url = result.evidence[0]?.url;
  if (result.verdict === 'pass') return url ?? result.reason ?? '';
  const reason = result.reason ?? 'sin motivo registrado';
  return url ? `${reason} (${url})` : reason;
}

export interface ScorecardOptions {
  palette?: Palette;
  /** Characters per line; the terminal's width when it has one. */
  width?: number;
}

export function formatScorecard(result: CheckResult, methodology: Methodology, options: ScorecardOptions = {}): string {
  const palette = options.palette ?? plainPalette;
  const width = options.width ?? DEFAULT_WIDTH;
  const lines: string[] = [];
  lines.push(palette.heading(`Mirador · revisión de ${result.name}`));
  lines.push(...wrap(`Sitio: ${result.url}${result.final_url && result.final_url !== result.url ? ` → ${result.final_url}` : ''}`, width, ''));
  lines.push(
    ...wrap(`Metodología: ${methodology.id} · fecha de evaluación: ${formatAsOf(result.as_of)} · páginas leídas: ${result.pages_crawled}`, width, ''),
  );
  lines.push('');
  if (result.status !== 'ok' || result.score === null) {
    lines.push(...wrap(`Sin puntaje: ${statusNote(result)}`, width, '').map(palette.fail));
    return lines.join('\n');
  }
  const rows = criterionRows(result.indicators, methodology);
  const passed = rows.filter((r) => r.result?.verdict === 'pass').length;
  lines.push(
    palette.heading(`Puntaje: ${formatScore(result.score, methodology)} / ${formatNumber(maxScore(methodology), 0)}`) +
      `  (${passed} de ${rows.length} criterios cumplidos)`,
  );

  // Points line up in a column when the longest label leaves room for them and a few words of detail.
  const labelWidth = Math.max(...rows.map((r) => criterionLabel(r.indicator).length));
  const aligned = 4 + labelWidth + 2 + 11 <= width;
  for (const dimension of methodology.dimensions) {
    const inDimension = rows.filter((r) => r.indicator.dimension === dimension.id);
    if (inDimension.length === 0) continue;
    const earned = inDimension.reduce((sum, r) => sum + (r.result?.points ?? 0), 0);
    const max = inDimension.reduce((sum, r) => sum + (r.result?.max_points ?? r.indicator.points), 0);
    lines.push('');
    lines.push(palette.heading(`${dimension.id} ${dimension.name.es}`) + palette.dim(`  ${formatPoints(earned)} / ${formatPoints(max)}`));
    for (const { indicator, result: r } of inDimension) {
      const points = `${formatPoints(r?.points ?? 0)} / ${formatPoints(r?.max_points ?? indicator.points)}`;
      const label = criterionLabel(indicator);
      lines.push(`  ${verdictSymbol(r?.verdict ?? null, palette)} ${aligned ? label.padEnd(labelWidth) : label}  ${points}`);
      lines.push(...wrap(detail(r), width, '      ').map(palette.dim));
    }
  }

  lines.push('');
  lines.push(palette.heading('Qué corregir primero'));
  const steps = fixList(result, methodology);
  if (steps.length === 0) lines.push('  Nada: el portal cumple todos los criterios.');
  steps.forEach((step, i) => lines.push(...fixLines(step, i + 1, width, palette)));
  lines.push(...crawlProblems(result, width, palette));
  return lines.join('\n');
}

function fixLines(step: FixStep, number: number, width: number, palette: Palette): string[] {
  const indent = '       ';
  const waiting = step.dependents.length
    ? ` — ${step.dependents.length} ${step.dependents.length === 1 ? 'criterio depende' : 'criterios dependen'} de este`
    : '';
  const lines = [`${`${number}.`.padStart(4)} +${formatPoints(step.total)} pts  ${verdictSymbol(step.verdict, palette)} ${criterionLabel(step.indicator)}${waiting}`];
  lines.push(...wrap(step.indicator.criterion.es, width, indent));
  lines.push(...wrap(`Cómo cumplirlo: ${step.indicator.howToMeet.es}`, width, indent));
  if (step.reason) lines.push(...wrap(`Lo que vio Mirador: ${step.reason}`, width, indent).map(palette.dim));
  if (step.dependents.length) {
    const names = step.dependents.map((d) => `${criterionLabel(d.indicator)} ${verdictSymbol(d.verdict, plainPalette)}`).join(', ');
    lines.push(...wrap(`Se evalúan dentro de él, después: ${names}.`, width, indent));
  }
  return lines;
}

const PROBLEMS_SHOWN = 5;

/**
 * Addresses Mirador could not read: what they hold counts for no criterion. The portal's own come first, as the
 * ones its staff can fix; outside platforms' are listed apart, since the municipality cannot fix those.
 */
function crawlProblems(result: CheckResult, width: number, palette: Palette): string[] {
  if (result.crawl_problems.length === 0) return [];
  const { own, outside } = splitProblems(result.crawl_problems, [result.url, result.final_url]);
  const lines: string[] = [];
  const group = (title: string, problems: readonly CrawlProblem[]) => {
    if (problems.length === 0) return;
    lines.push('', palette.heading(title));
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) {
      const technical = problemDetail(problem);
      lines.push(`  ${problem.url}`);
      lines.push(...wrap(`${problemCause(problem, 'es')}${technical ? ` (${technical})` : ''}`, width, '      ').map(palette.dim));
    }
    if (problems.length > PROBLEMS_SHOWN)
      lines.push(palette.dim(`  … y ${problems.length - PROBLEMS_SHOWN} más (la lista completa está en el informe de --out)`));
  };
  group('Direcciones del portal que no se pudieron leer', own);
  group('Direcciones de plataformas externas que no se pudieron leer', outside);
  return lines;
}
