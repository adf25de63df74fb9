/**
 * The terminal scorecard of `mirador check`, in Spanish (English with --lang en): the score, the 22 criteria by
 * dimension with their evidence or reason, and what to fix first. Pure functions over one result and the methodology.
 */
import type { Verdict } from '../../indicators/define.ts';
import type { Methodology, MethodologyIndicator } from '../../indicators/methodology.ts';
import { problemCause, problemDetail, splitProblems } from '../report/crawl-problems.ts';
import { criterionRows, fixPlan, type FixStep } from '../report/fix-plan.ts';
import { formatAsOf, formatNumber, formatPoints } from '../report/html/format.ts';
import { type Lang, reasonIn, statusNoteIn } from '../report/html/i18n.ts';
import type { CrawlProblem, IndicatorResult } from '../report/model.ts';
import { VERDICT_LABELS } from '../report/ranking.ts';
import type { CheckResult } from './check-result.ts';
import { type Palette, plainPalette } from './palette.ts';

/** Lines are wrapped to this width when the output is not a terminal that says its own (a CI log, a file). */
export const DEFAULT_WIDTH = 100;

/** Failed, unknown and missing criteria in the order to fix them (src/report/fix-plan.ts, as on the report page). */
export function fixList(result: Pick<CheckResult, 'indicators'>, methodology: Methodology): FixStep[] {
  return fixPlan(criterionRows(result.indicators, methodology));
}

/** The criterion as a web officer reads it, with the id the report and the JSON use. */
export function criterionLabel(indicator: Pick<MethodologyIndicator, 'id' | 'name'>, lang: Lang = 'es'): string {
  return `${indicator.name[lang]} (${indicator.id})`;
}

const WORDS = {
  es: {
    title: (name: string) => `Mirador · revisión de ${name}`,
    site: 'Sitio',
    header: (id: string, asOf: string, pages: number) => `Metodología: ${id} · fecha de evaluación: ${asOf} · páginas leídas: ${pages}`,
    noScore: 'Sin puntaje',
    score: 'Puntaje',
    passed: (n: number, of: number) => `(${n} de ${of} criterios cumplidos)`,
    noResult: 'sin resultado en esta evaluación',
    noReason: 'sin motivo registrado',
    fixFirst: 'Qué corregir primero',
    nothing: '  Nada: el portal cumple todos los criterios.',
    waiting: (n: number) => ` — ${n} ${n === 1 ? 'criterio depende' : 'criterios dependen'} de este`,
    howTo: 'Cómo cumplirlo',
    seen: 'Lo que vio Mirador',
    within: (names: string) => `Se evalúan dentro de él, después: ${names}.`,
    more: (n: number) => `  … y ${n} más (la lista completa está en el informe de --out)`,
    own: 'Direcciones del portal que no se pudieron leer',
    outside: 'Direcciones de plataformas externas que no se pudieron leer',
  },
  en: {
    title: (name: string) => `Mirador · check of ${name}`,
    site: 'Site',
    header: (id: string, asOf: string, pages: number) => `Methodology: ${id} · evaluation date: ${asOf} · pages read: ${pages}`,
    noScore: 'No score',
    score: 'Score',
    passed: (n: number, of: number) => `(${n} of ${of} criteria met)`,
    noResult: 'no result in this evaluation',
    noReason: 'no reason recorded',
    fixFirst: 'What to fix first',
    nothing: '  Nothing: the portal meets every criterion.',
    waiting: (n: number) => ` — ${n} ${n === 1 ? 'criterion depends' : 'criteria depend'} on it`,
    howTo: 'How to meet it',
    seen: 'What Mirador saw',
    within: (names: string) => `Judged within it, afterwards: ${names}.`,
    more: (n: number) => `  … and ${n} more (the full list is in the --out report)`,
    own: "The portal's addresses that could not be read",
    outside: "Outside platforms' addresses that could not be read",
  },
} as const;

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

export function formatScore(score: number, methodology: Methodology, lang: Lang = 'es'): string {
  return formatNumber(score, methodology.scoreDecimals, lang);
}

function maxScore(methodology: Methodology): number {
  return methodology.indicators.reduce((sum, i) => sum + i.points, 0);
}

/** What follows one criterion's line: where it was seen (pass), or why it was not. */
function detail(result: IndicatorResult | null, lang: Lang): string {
  if (!result) return WORDS[lang].noResult;
  const url = result.evidence[0]?.url;
  if (result.verdict === 'pass') return url ?? reasonIn(lang, result) ?? '';
  const reason = reasonIn(lang, result) ?? WORDS[lang].noReason;
  return url ? `${reason} (${url})` : reason;
}

export interface ScorecardOptions {
  palette?: Palette;
  /** Characters per line; the terminal's width when it has one. */
  width?: number;
  lang?: Lang;
}

export function formatScorecard(result: CheckResult, methodology: Methodology, options: ScorecardOptions = {}): string {
  const palette = options.palette ?? plainPalette;
  const width = options.width ?? DEFAULT_WIDTH;
  const lang = options.lang ?? 'es';
  const words = WORDS[lang];
  const lines: string[] = [];
  lines.push(palette.heading(words.title(result.name)));
  lines.push(...wrap(`${words.site}: ${result.url}${result.final_url && result.final_url !== result.url ? ` → ${result.final_url}` : ''}`, width, ''));
  lines.push(
    ...wrap(words.header(methodology.id, formatAsOf(result.as_of, lang), result.pages_crawled), width, ''),
  );
  lines.push('');
  if (result.status !== 'ok' || result.score === null) {
    lines.push(...wrap(`${words.noScore}: ${statusNoteIn(lang, result)}`, width, '').map(palette.fail));
    return lines.join('\n');
  }
  const rows = criterionRows(result.indicators, methodology);
  const passed = rows.filter((r) => r.result?.verdict === 'pass').length;
  lines.push(
    palette.heading(`${words.score}: ${formatScore(result.score, methodology, lang)} / ${formatNumber(maxScore(methodology), 0, lang)}`) +
      `  ${words.passed(passed, rows.length)}`,
  );

  // Points line up in a column when the longest label leaves room for them and a few words of detail.
  const labelWidth = Math.max(...rows.map((r) => criterionLabel(r.indicator, lang).length));
  const aligned = 4 + labelWidth + 2 + 11 <= width;
  for (const dimension of methodology.dimensions) {
    const inDimension = rows.filter((r) => r.indicator.dimension === dimension.id);
    if (inDimension.length === 0) continue;
    const earned = inDimension.reduce((sum, r) => sum + (r.result?.points ?? 0), 0);
    const max = inDimension.reduce((sum, r) => sum + (r.result?.max_points ?? r.indicator.points), 0);
    lines.push('');
    lines.push(palette.heading(`${dimension.id} ${dimension.name[lang]}`) + palette.dim(`  ${formatPoints(earned, lang)} / ${formatPoints(max, lang)}`));
    for (const { indicator, result: r } of inDimension) {
      const points = `${formatPoints(r?.points ?? 0, lang)} / ${formatPoints(r?.max_points ?? indicator.points, lang)}`;
      const label = criterionLabel(indicator, lang);
      lines.push(`  ${verdictSymbol(r?.verdict ?? null, palette)} ${aligned ? label.padEnd(labelWidth) : label}  ${points}`);
      lines.push(...wrap(detail(r, lang), width, '      ').map(palette.dim));
    }
  }

  lines.push('');
  lines.push(palette.heading(words.fixFirst));
  const steps = fixList(result, methodology);
  if (steps.length === 0) lines.push(words.nothing);
  steps.forEach((step, i) => lines.push(...fixLines(step, i + 1, width, palette, lang)));
  lines.push(...crawlProblems(result, width, palette, lang));
  return lines.join('\n');
}

function fixLines(step: FixStep, number: number, width: number, palette: Palette, lang: Lang): string[] {
  const words = WORDS[lang];
  const indent = '       ';
  const waiting = step.dependents.length ? words.waiting(step.dependents.length) : '';
  const lines = [`${`${number}.`.padStart(4)} +${formatPoints(step.total, lang)} pts  ${verdictSymbol(step.verdict, palette)} ${criterionLabel(step.indicator, lang)}${waiting}`];
  lines.push(...wrap(step.indicator.criterion[lang], width, indent));
  lines.push(...wrap(`${words.howTo}: ${step.indicator.howToMeet[lang]}`, width, indent));
  const seen = step.result ? reasonIn(lang, step.result) : null;
  if (seen) lines.push(...wrap(`${words.seen}: ${seen}`, width, indent).map(palette.dim));
  if (step.dependents.length) {
    const names = step.dependents.map((d) => `${criterionLabel(d.indicator, lang)} ${verdictSymbol(d.verdict, plainPalette)}`).join(', ');
    lines.push(...wrap(words.within(names), width, indent));
  }
  return lines;
}

const PROBLEMS_SHOWN = 5;

/**
 * Addresses Mirador could not read: what they hold counts for no criterion. The portal's own come first, as the
 * ones its staff can fix; outside platforms' are listed apart, since the municipality cannot fix those.
 */
function crawlProblems(result: CheckResult, width: number, palette: Palette, lang: Lang): string[] {
  if (result.crawl_problems.length === 0) return [];
  const { own, outside } = splitProblems(result.crawl_problems, [result.url, result.final_url]);
  const lines: string[] = [];
  const group = (title: string, problems: readonly CrawlProblem[]) => {
    if (problems.length === 0) return;
    lines.push('', palette.heading(title));
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) {
      const technical = problemDetail(problem, lang);
      lines.push(`  ${problem.url}`);
      lines.push(...wrap(`${problemCause(problem, lang)}${technical ? ` (${technical})` : ''}`, width, '      ').map(palette.dim));
    }
    if (problems.length > PROBLEMS_SHOWN)
      lines.push(palette.dim(WORDS[lang].more(problems.length - PROBLEMS_SHOWN)));
  };
  group(WORDS[lang].own, own);
  group(WORDS[lang].outside, outside);
  return lines;
}
