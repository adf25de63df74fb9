/** estados.html: the choropleth of mean scores, then all 32 states with count, mean, median, best and worst. */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, RankingReport } from '../model.ts';
import { statesOverview, type StateSummary } from '../summaries.ts';
import { municipalityFile, scrollableTable } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatNumber } from './format.ts';
import { t, type Lang } from './i18n.ts';
import { page } from './layout.ts';
import { choropleth } from './map.ts';

export function renderStatesPage(report: RankingReport, methodology: Methodology, lang: Lang): string {
  const { states, unmatched } = statesOverview(report.municipalities);
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);
  const decimals = methodology.scoreDecimals;
  const score = (value: number | null) => (value === null ? html`<span class="sin-datos">${t(lang, 'noData')}</span>` : formatNumber(value, decimals, lang));
  const site = (m: MunicipalityResult | null) =>
    m === null ? html`<span class="sin-datos">${t(lang, 'noData')}</span>` : html`<a href="${municipalityFile(m)}">${m.name}</a> <span class="puntos">(${formatNumber(m.score ?? 0, decimals, lang)})</span>`;
  const row = (s: StateSummary): SafeHtml => html`<tr id="estado-${s.state.mapId}" class="${s.evaluated.length ? '' : 'fila-sin-datos'}">
<th scope="row">${s.state.name[lang]}</th>
<td class="num">${s.evaluated.length}</td>
<td class="num">${s.notEvaluated}</td>
<td class="num">${score(s.mean)}</td>
<td class="num">${score(s.median)}</td>
<td>${site(s.best)}</td>
<td>${site(s.worst)}</td>
</tr>`;
  const ordered = [...states].sort((a, b) => a.state.name[lang].localeCompare(b.state.name[lang], lang === 'es' ? 'es-MX' : 'en-US'));

  const body = html`<h1>${t(lang, 'statesTitle')}</h1>
<p class="subtitulo">${methodology.title[lang]}</p>
<p>${t(lang, 'statesIntro')}</p>
${choropleth(states, maxScore, decimals, lang)}
<section aria-labelledby="titulo-tabla-estados">
<h2 id="titulo-tabla-estados">${t(lang, 'statesTable')}</h2>
${scrollableTable(
  'titulo-tabla-estados',
  html`<table class="estados">
<thead><tr><th scope="col">${t(lang, 'state')}</th><th scope="col">${t(lang, 'evaluated')}</th><th scope="col">${t(lang, 'notEvaluated')}</th><th scope="col">${t(lang, 'mean')}</th><th scope="col">${t(lang, 'median')}</th><th scope="col">${t(lang, 'best')}</th><th scope="col">${t(lang, 'worst')}</th></tr></thead>
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
  return page({ title: `${t(lang, 'statesTitle')} · Mirador`, lang, path: 'estados.html', run: report.run, current: 'estados', body });
}
