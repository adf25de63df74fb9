/**
 * indicadores.html: for each criterion, the share of evaluated municipalities that meet it, overall and by state,
 * with a small bar chart drawn as inline SVG (sizes are SVG attributes and colours classes: the CSP allows no
 * inline styles); how many pass, fail and are unknown, and who, in lists that open on demand.
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, RankingReport } from '../model.ts';
import { findState } from '../states.ts';
import { indicatorShares, type IndicatorShares, type Share, type VerdictGroups } from '../summaries.ts';
import { municipalityFile, shareWithBar, scrollableTable } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatPercent } from './format.ts';
import { t, verdictLabel, type Lang, type UiKey } from './i18n.ts';
import { page } from './layout.ts';

const CHART = { width: 320, labelWidth: 118, barWidth: 150, rowHeight: 18, barHeight: 12 };

function shareText(share: Share, lang: Lang): string {
  if (share.share === null) return t(lang, 'noData');
  return `${formatPercent(share.share, lang)} (${share.met} ${lang === 'es' ? 'de' : 'of'} ${share.evaluated})`;
}

/** Truncates long state names for the chart's label column; the full name is in the bar's <title>. */
function chartLabel(name: string): string {
  return name.length > 20 ? `${name.slice(0, 19)}…` : name;
}

export function shareChart(item: IndicatorShares, lang: Lang): SafeHtml {
  const rows = [{ label: t(lang, 'overall'), share: item.overall, total: true }, ...item.byState.map((s) => ({ label: s.state.name[lang], share: s.share, total: false }))];
  const height = rows.length * CHART.rowHeight + 4;
  const titleId = `grafica-${item.indicator.id}`;
  const summary = rows.map((r) => `${r.label}: ${shareText(r.share, lang)}`).join('; ');
  return html`<svg class="grafica" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${height}" role="img" aria-labelledby="${titleId} ${titleId}-desc" focusable="false">
<title id="${titleId}">${t(lang, 'byState')}: ${item.indicator.criterion[lang]}</title>
<desc id="${titleId}-desc">${summary}</desc>
${rows.map((r, i) => {
  const y = i * CHART.rowHeight + 2;
  const width = Math.round((r.share.share ?? 0) * CHART.barWidth * 10) / 10;
  return html`<g class="${r.total ? 'fila-total' : 'fila'}"><title>${r.label}: ${shareText(r.share, lang)}</title>
<text x="${CHART.labelWidth - 4}" y="${y + CHART.barHeight - 2}" text-anchor="end">${chartLabel(r.label)}</text>
<rect class="fondo-barra" x="${CHART.labelWidth}" y="${y}" width="${CHART.barWidth}" height="${CHART.barHeight}"></rect>
<rect class="barra-cumple" x="${CHART.labelWidth}" y="${y}" width="${width}" height="${CHART.barHeight}"></rect>
<text x="${CHART.labelWidth + CHART.barWidth + 4}" y="${y + CHART.barHeight - 2}">${r.share.share === null ? '–' : formatPercent(r.share.share, lang)}</text></g>`;
})}
</svg>`;
}

/** The groups as listed under a criterion: the verdict (its symbol and class) and the heading of its count. */
const GROUPS: readonly { key: keyof VerdictGroups; heading: UiKey }[] = [
  { key: 'pass', heading: 'meetCount' },
  { key: 'fail', heading: 'failCount' },
  { key: 'unknown', heading: 'unknownCount' },
  { key: 'none', heading: 'noResult' },
];

/** Pass, fail and unknown are always counted; "no result" only when some site has none (a partial scoring). */
function shownGroups(item: IndicatorShares): typeof GROUPS {
  return GROUPS.filter((g) => g.key !== 'none' || item.sites.none.length > 0);
}

function verdictCounts(item: IndicatorShares, lang: Lang): SafeHtml {
  return html`<p class="conteos"><span class="solo-lector">${t(lang, 'verdictCounts')}: </span>${shownGroups(item).map(
    (g, i) => html`${i ? ' · ' : ''}<span class="conteo-${g.key}">${t(lang, g.heading)}: <strong>${item.sites[g.key].length}</strong></span>`,
  )}</p>`;
}

/**
 * Which municipalities are behind each count, one closed <details> per verdict so 204 names do not bury the page;
 * by name (with the state, as names repeat across states), each leading to the criterion on the municipality's page.
 */
function verdictLists(item: IndicatorShares, lang: Lang): SafeHtml {
  const locale = lang === 'es' ? 'es-MX' : 'en-US';
  const stateOf = (m: MunicipalityResult) => findState(m.state, m.inegi_code)?.name[lang] ?? m.state;
  const list = (g: (typeof GROUPS)[number]) => {
    const sites = [...item.sites[g.key]].sort((a, b) => a.name.localeCompare(b.name, locale) || stateOf(a).localeCompare(stateOf(b), locale));
    if (!sites.length) return '';
    const symbol = g.key === 'none' ? '–' : verdictLabel(lang, g.key).symbol;
    return html`<details class="municipios-veredicto municipios-${g.key}">
<summary><span aria-hidden="true">${symbol}</span> ${t(lang, g.heading)} (${sites.length})</summary>
<ul>${sites.map((m) => html`<li><a href="${municipalityFile(m)}#ind-${item.indicator.id}">${m.name}</a> <span class="estado-de">(${stateOf(m)})</span></li>`)}</ul>
</details>`;
  };
  return html`<div class="listas-veredicto">${shownGroups(item).map(list)}</div>`;
}

export function renderIndicatorsPage(report: RankingReport, methodology: Methodology, lang: Lang): string {
  const shares = indicatorShares(report.municipalities, methodology);
  const of = lang === 'es' ? 'de' : 'of';
  const overviewRow = (s: IndicatorShares) => html`<tr>
<th scope="row"><a href="#ind-${s.indicator.id}">${s.indicator.criterion[lang]}</a></th>
<td class="num">${s.overall.met} ${of} ${s.overall.evaluated}</td>
<td class="num">${s.sites.fail.length}</td>
<td class="num">${s.sites.unknown.length}</td>
<td>${s.overall.share === null ? t(lang, 'noData') : shareWithBar(s.overall.share, lang)}</td>
</tr>`;
  const block = (s: IndicatorShares) => html`<article class="indicador" id="ind-${s.indicator.id}">
<h3>${s.indicator.criterion[lang]}</h3>
<p class="resultado"><span><strong>${t(lang, 'overall')}:</strong> ${shareText(s.overall, lang)}</span> <a class="definicion" href="metodologia.html#${s.indicator.id}">${t(lang, 'definition')}</a></p>
${s.overall.evaluated ? html`${verdictCounts(s, lang)}
${shareChart(s, lang)}
${verdictLists(s, lang)}` : ''}
</article>`;

  const body = html`<h1>${t(lang, 'indicatorsTitle')}</h1>
<p class="subtitulo">${methodology.title[lang]}</p>
<p>${t(lang, 'indicatorsIntro')}</p>
<section aria-labelledby="titulo-resumen">
<h2 id="titulo-resumen">${t(lang, 'overview')}</h2>
${scrollableTable(
  'titulo-resumen',
  html`<table class="resumen-indicadores">
<thead><tr><th scope="col">${t(lang, 'indicator')}</th><th scope="col">${t(lang, 'meetCount')}</th><th scope="col">${t(lang, 'failCount')}</th><th scope="col">${t(lang, 'unknownCount')}</th><th scope="col">${t(lang, 'share')}</th></tr></thead>
<tbody>
${shares.map(overviewRow)}
</tbody>
</table>`,
)}
</section>
${methodology.dimensions.map((d) => {
  const inDimension = shares.filter((s) => s.indicator.dimension === d.id);
  return inDimension.length
    ? html`<section class="dimension" aria-labelledby="dim-${d.id}">
<h2 id="dim-${d.id}">${d.name[lang]}</h2>
${inDimension.map(block)}
</section>`
    : '';
})}`;
  return page({ title: `${t(lang, 'indicatorsTitle')} · Mirador`, lang, path: 'indicadores.html', run: report.run, current: 'indicadores', body });
}
