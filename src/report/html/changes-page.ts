/**
 * cambios.html: the run against the AIDH 2016 scores that public sources state, and against the previous
 * run in the same database (who rose, who fell, which criteria changed).
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, PreviousRun, RankingReport, SiteChange, VerdictChange } from '../model.ts';
import { isRanked } from '../ranking.ts';
import { municipalityFile, scrollableTable } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatAsOf, formatNumber } from './format.ts';
import { siteStatusLabel, t, verdictLabel, type Lang } from './i18n.ts';
import { page } from './layout.ts';

function signed(value: number, lang: Lang): string {
  const text = formatNumber(Math.abs(value), 1, lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function nameLink(m: MunicipalityResult): SafeHtml {
  return html`<a href="${municipalityFile(m)}">${m.name}</a>`;
}

function score(value: number | null, lang: Lang): string {
  return value === null ? '—' : formatNumber(value, 1, lang);
}

function versus2016(report: RankingReport, lang: Lang): SafeHtml {
  const known = report.municipalities.filter((m) => m.published_2016 !== null);
  if (known.length === 0) return html`<p>${t(lang, 'no2016')}</p>`;
  const rows = known.map((m) => {
    const before = m.published_2016!;
    const delta = m.score === null ? null : m.score - before.score;
    return html`<tr><th scope="row">${nameLink(m)}</th><td>${m.state}</td><td class="numero">${score(before.score, lang)}</td><td class="numero">${before.position ?? '—'}</td><td class="numero">${score(m.score, lang)}</td><td class="numero">${isRanked(m) ? String(m.rank) : '—'}</td><td class="numero">${delta === null ? '—' : signed(delta, lang)}</td></tr>`;
  });
  return scrollableTable(
    'titulo-2016',
    html`<table><thead><tr><th scope="col">${t(lang, 'municipality')}</th><th scope="col">${t(lang, 'state')}</th><th scope="col">${t(lang, 'score2016')}</th><th scope="col">${t(lang, 'position2016')}</th><th scope="col">${t(lang, 'scoreNow')}</th><th scope="col">${t(lang, 'positionNow')}</th><th scope="col">${t(lang, 'difference')}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** Biggest change first, whichever its sign; then sites that became or stopped being evaluated; then the rest. */
function bySizeOfChange(a: SiteChange, b: SiteChange): number {
  const weight = (c: SiteChange) => (c.delta !== null ? 2 : c.previous_status !== c.status ? 1 : 0);
  return weight(b) - weight(a) || Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) || a.inegi_code.localeCompare(b.inegi_code);
}

function positionCell(change: SiteChange, lang: Lang): SafeHtml {
  const at = (rank: number | null) => (rank === null ? '—' : String(rank));
  const moved =
    change.rank_change === null || change.rank_change === 0
      ? ''
      : html` <span class="movimiento">(${t(lang, change.rank_change > 0 ? 'positionsUp' : 'positionsDown', { n: Math.abs(change.rank_change) })})</span>`;
  return html`${at(change.previous_rank)} → ${at(change.rank)}${moved}`;
}

/** What changed on the site, said for a reader who does not know the criterion ids. */
function whatChanged(change: SiteChange, methodology: Methodology, lang: Lang): SafeHtml | string {
  if (change.previous_status !== 'ok' && change.status !== 'ok')
    return t(lang, 'notEvaluatedEither', { before: siteStatusLabel(lang, change.previous_status), now: siteStatusLabel(lang, change.status) });
  if (change.previous_status !== change.status)
    return t(lang, 'statusChanged', { before: siteStatusLabel(lang, change.previous_status), now: siteStatusLabel(lang, change.status) });
  if (change.verdicts.length === 0) return t(lang, 'noChange');
  const names = new Map(methodology.indicators.map((i) => [i.id, i.name[lang]]));
  return html`<ul class="cambios-criterio">${change.verdicts.map(
    (v) =>
      html`<li>${names.get(v.indicator_id) ?? v.indicator_id}: ${verdictLabel(lang, v.previous_verdict).label} → ${verdictLabel(lang, v.verdict).label}${
        v.points_delta === 0 ? '' : ` (${signed(v.points_delta, lang)})`
      } · <span class="causa">${causeText(v, lang)}</span></li>`,
  )}</ul>`;
}

function causeText(change: VerdictChange, lang: Lang): string {
  if (change.cause === 'review') return change.reviewer ? t(lang, 'causeReviewBy', { reviewer: change.reviewer }) : t(lang, 'causeReview');
  const key = ({ portal: 'causePortal', rules: 'causeRules', 'portal-and-rules': 'causePortalAndRules', 'as-of': 'causeAsOf', outside: 'causeOutside' } as const)[change.cause];
  return t(lang, key);
}

function versusPrevious(report: RankingReport, previous: PreviousRun, methodology: Methodology, lang: Lang): SafeHtml {
  const names = new Map(report.municipalities.map((m) => [m.inegi_code, m]));
  const rows = [...previous.sites].sort(bySizeOfChange).map((change) => {
    const m = names.get(change.inegi_code);
    const name = m ? nameLink(m) : change.inegi_code;
    return html`<tr><th scope="row">${name}</th><td class="numero" data-etiqueta="${t(lang, 'scoreBeforeNow')}">${score(change.previous_score, lang)} → ${score(change.score, lang)}</td><td class="numero" data-etiqueta="${t(lang, 'difference')}">${
      change.delta === null ? '—' : signed(change.delta, lang)
    }</td><td class="numero" data-etiqueta="${t(lang, 'positionBeforeNow')}">${positionCell(change, lang)}</td><td data-etiqueta="${t(lang, 'changedCriteria')}">${whatChanged(change, methodology, lang)}</td></tr>`;
  });
  const rulesChanged = previous.softwareVersion !== report.run.softwareVersion;
  return html`<p>${t(lang, 'previousIntro', { id: previous.id, asOf: formatAsOf(previous.asOf, lang) })}${
    rulesChanged ? html` ${t(lang, 'rulesChangedIntro', { before: previous.softwareVersion, now: report.run.softwareVersion, run: previous.id })}` : ''
  }</p>
<p class="nota">${t(lang, 'exactPointsNote')}</p>
${scrollableTable(
  'titulo-anterior',
  html`<table class="cambios tarjetas"><thead><tr><th scope="col">${t(lang, 'municipality')}</th><th scope="col">${t(lang, 'scoreBeforeNow')}</th><th scope="col">${t(lang, 'difference')}</th><th scope="col">${t(lang, 'positionBeforeNow')}</th><th scope="col">${t(lang, 'changedCriteria')}</th></tr></thead><tbody>${rows}</tbody></table>`,
)}`;
}

export function renderChangesPage(report: RankingReport, methodology: Methodology, lang: Lang = 'es'): string {
  const body = html`<h1>${t(lang, 'changesTitle')}</h1>
<section aria-labelledby="titulo-2016">
<h2 id="titulo-2016">${t(lang, 'versus2016')}</h2>
<p>${t(lang, 'versus2016Intro')}</p>
${versus2016(report, lang)}
</section>
<section aria-labelledby="titulo-anterior">
<h2 id="titulo-anterior">${t(lang, 'versusPrevious')}</h2>
${report.previous ? versusPrevious(report, report.previous, methodology, lang) : html`<p>${t(lang, 'noPrevious')}</p>`}
</section>`;
  return page({ title: `${t(lang, 'changesTitle')} · Mirador`, lang, path: 'cambios.html', run: report.run, current: 'cambios', body });
}
