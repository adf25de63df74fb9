/**
 * estados.html: the choropleth of mean scores, then all 32 states with count, mean, median, best and worst. report.js
 * sorts the table by a column; a state's row and its region of the map lead to the ranking filtered to it.
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, RankingReport } from '../model.ts';
import { statesOverview, type StateSummary } from '../summaries.ts';
import { municipalityFile, scrollableTable } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatNumber } from './format.ts';
import { t, type Lang } from './i18n.ts';
import { rankingOfState } from './index-page.ts';
import { page } from './layout.ts';
import { choropleth } from './map.ts';

export function renderStatesPage(report: RankingReport, methodology: Methodology, lang: Lang): string {
  const { states, unmatched } = statesOverview(report.municipalities);
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);
  const decimals = methodology.scoreDecimals;
  const score = (value: number | null) => (value === null ? html`<span class="sin-datos">${t(lang, 'noData')}</span>` : formatNumber(value, decimals, lang));
  const site = (m: MunicipalityResult | null) =>
    m === null ? html`<span class="sin-datos">${t(lang, 'noData')}</span>` : html`<a href="${municipalityFile(m)}">${m.name}</a> <span class="puntos">(${formatNumber(m.score ?? 0, decimals, lang)})</span>`;
  // The count sits beside the mean: a mean of one municipality is not a mean of twenty. data-* are report.js's sort keys.
  const row = (s: StateSummary): SafeHtml => html`<tr id="estado-${s.state.mapId}" class="${s.evaluated.length ? '' : 'fila-sin-datos'}" data-nombre="${s.state.name[lang]}" data-evaluados="${s.evaluated.length}" data-promedio="${s.mean ?? ''}" data-mediana="${s.median ?? ''}" data-no-evaluados="${s.notEvaluated}">
<th scope="row">${s.evaluated.length ? html`<a href="${rankingOfState(s.state)}">${s.state.name[lang]}</a>` : s.state.name[lang]}</th>
<td class="num" data-etiqueta="${t(lang, 'evaluated')}">${s.evaluated.length}</td>
<td class="num" data-etiqueta="${t(lang, 'mean')}">${score(s.mean)}</td>
<td class="num" data-etiqueta="${t(lang, 'median')}">${score(s.median)}</td>
<td class="num" data-etiqueta="${t(lang, 'notEvaluated')}">${s.notEvaluated}</td>
<td data-etiqueta="${t(lang, 'best')}">${site(s.best)}</td>
<td data-etiqueta="${t(lang, 'worst')}">${site(s.worst)}</td>
</tr>`;
  const ordered = [...states].sort((a, b) => a.state.name[lang].localeCompare(b.state.name[lang], lang === 'es' ? 'es-MX' : 'en-US'));

  const body = html`<h1>${t(lang, 'statesTitle')}</h1>
<p class="subtitulo">${methodology.title[lang]}</p>
<p>${t(lang, 'statesIntro')}</p>
<p>${t(lang, 'statesToRanking')}</p>
${choropleth(states, maxScore, decimals, lang)}
<section aria-labelledby="titulo-tabla-estados">
<h2 id="titulo-tabla-estados">${t(lang, 'statesTable')}</h2>
<p class="nota" data-ayuda-de="tabla-estados" hidden>${t(lang, 'sortHint')}</p>
${scrollableTable(
  'titulo-tabla-estados',
  html`<table class="estados tarjetas" id="tabla-estados" data-orden-inicial="nombre">
<thead><tr><th scope="col" data-orden="nombre">${t(lang, 'state')}</th><th scope="col" data-orden="evaluados" data-tipo="numero" data-primero="desc">${t(lang, 'evaluated')}</th><th scope="col" data-orden="promedio" data-tipo="numero" data-primero="desc">${t(lang, 'mean')}</th><th scope="col" data-orden="mediana" data-tipo="numero" data-primero="desc">${t(lang, 'median')}</th><th scope="col" data-orden="no-evaluados" data-tipo="numero" data-primero="desc">${t(lang, 'notEvaluated')}</th><th scope="col">${t(lang, 'best')}</th><th scope="col">${t(lang, 'worst')}</th></tr></thead>
<tbody>
${ordered.map(row)}
</tbody>
</table>`,
)}
<p class="nota">${lang === 'es' ? 'Puntaje sobre' : 'Score out of'} ${formatNumber(maxScore, 0, lang)}.</p>
</section>
${
  unmatched.length
    ? html`<section aria-labelledby="titulo-no-reconocidos">
<h2 id="titulo-no-reconocidos">${t(lang, 'unmatchedStates')}</h2>
<p>${t(lang, 'unmatchedIntro')}</p>
<ul>${unmatched.map((m) => html`<li><a href="${municipalityFile(m)}">${m.name}</a> (${m.state})</li>`)}</ul>
</section>`
    : ''
}`;
  return page({ title: `${t(lang, 'statesTitle')} · Mirador`, lang, path: 'estados.html', run: report.run, current: 'estados', body, script: true });
}
