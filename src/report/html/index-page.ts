/**
 * index.html: the run, then the ranking table, then the sites that could not be evaluated.
 * The table is complete and ordered by position without JavaScript; report.js adds sorting by column, filters
 * (state, score range, an indicator met or not) and a name search, reading the data-* attributes written here.
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, RankingReport } from '../model.ts';
import { isRanked, reportOrder } from '../ranking.ts';
import { findState, type MexicanState } from '../states.ts';
import { externalLink, municipalityFile, scoreWithBar, scrollableTable, seedMark, shortUrl } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatAsOf, formatNumber } from './format.ts';
import { statusNoteIn, t, type Lang } from './i18n.ts';
import { preliminaryNotice } from './review-page.ts';
import { page } from './layout.ts';

/** The state as the filter knows it: the canonical name when recognised, else as written in the seeds. */
function stateLabel(m: MunicipalityResult, lang: Lang): string {
  return findState(m.state, m.inegi_code)?.name[lang] ?? m.state;
}

/**
 * The state's value in the filter and in the address (?estado=jal): the map id when recognised, the same in both
 * languages, so a shared view and the language link keep it; else the name as written in the seeds.
 */
export function stateFilterValue(m: Pick<MunicipalityResult, 'state' | 'inegi_code'>): string {
  return findState(m.state, m.inegi_code)?.mapId ?? m.state;
}

/** The ranking filtered to one state: where a state's row and its region of the map lead. */
export function rankingOfState(state: MexicanState): string {
  return `index.html?estado=${encodeURIComponent(state.mapId)}`;
}

function filters(ranked: readonly MunicipalityResult[], methodology: Methodology, maxScore: number, lang: Lang): SafeHtml {
  const states = [...new Map(ranked.map((m) => [stateFilterValue(m), stateLabel(m, lang)])).entries()].sort(([, a], [, b]) =>
    a.localeCompare(b, lang === 'es' ? 'es-MX' : 'en-US'),
  );
  // Hidden until report.js runs: without JavaScript the controls would do nothing.
  return html`<form class="filtros" id="filtros" hidden aria-labelledby="titulo-filtros">
<h3 id="titulo-filtros">${t(lang, 'filters')}</h3>
<div class="campos">
<div class="campo campo-ancho"><label for="f-buscar">${t(lang, 'search')}</label><input type="search" id="f-buscar" name="buscar" autocomplete="off"></div>
<div class="campo"><label for="f-estado">${t(lang, 'state')}</label><select id="f-estado" name="estado"><option value="">${t(lang, 'allStates')}</option>${states.map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select></div>
<div class="campo"><label for="f-min">${t(lang, 'scoreFrom')}</label><input type="number" id="f-min" name="min" min="0" max="${maxScore}" step="any" inputmode="decimal"></div>
<div class="campo"><label for="f-max">${t(lang, 'scoreTo')}</label><input type="number" id="f-max" name="max" min="0" max="${maxScore}" step="any" inputmode="decimal"></div>
<div class="campo campo-ancho"><label for="f-indicador">${t(lang, 'indicator')}</label><select id="f-indicador" name="indicador"><option value="">${t(lang, 'anyIndicator')}</option>${methodology.indicators.map((i) => html`<option value="${i.id}">${i.criterion[lang]}</option>`)}</select></div>
<div class="campo"><label for="f-cumple">${t(lang, 'indicatorResult')}</label><select id="f-cumple" name="cumple"><option value="si">${t(lang, 'meets')}</option><option value="no">${t(lang, 'doesNotMeet')}</option></select></div>
</div>
<p><button type="reset" id="f-quitar">${t(lang, 'clearFilters')}</button></p>
</form>`;
}

/** Files written beside the report (relative to its root folder), linked from the ranking page. */
export const DOWNLOADS = { csv: 'descargas/ranking.csv', json: 'descargas/ranking.json', sqlite: 'descargas/mirador.sqlite' } as const;

function downloadsSection(lang: Lang, withSqlite: boolean): SafeHtml {
  const prefix = lang === 'es' ? '' : '../';
  return html`<section aria-labelledby="titulo-descargas">
<h2 id="titulo-descargas">${t(lang, 'downloads')}</h2>
<p>${t(lang, 'downloadsIntro')}</p>
<ul>
<li><a href="${prefix}${DOWNLOADS.csv}" download>${t(lang, 'downloadCsv')}</a></li>
<li><a href="${prefix}${DOWNLOADS.json}" download>${t(lang, 'downloadJson')}</a></li>
${withSqlite ? html`<li><a href="${prefix}${DOWNLOADS.sqlite}" download>${t(lang, 'downloadSqlite')}</a></li>` : ''}
</ul>
</section>`;
}

export function renderIndexPage(report: RankingReport, methodology: Methodology, lang: Lang = 'es', withSqlite = false): string {
  const { run } = report;
  const ordered = reportOrder(report.municipalities);
  const ranked = ordered.filter(isRanked);
  const unranked = ordered.filter((m) => !isRanked(m));
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);
  const of = lang === 'es' ? 'de' : 'of';

  const rankedRow = (m: MunicipalityResult) => html`<tr data-nombre="${m.name}" data-estado="${stateLabel(m, lang)}" data-clave-estado="${stateFilterValue(m)}" data-puntaje="${m.score ?? 0}" data-posicion="${m.rank}" data-cumple="${m.indicators
    .filter((r) => r.verdict === 'pass')
    .map((r) => r.id)
    .join(' ')}">
<td class="num posicion" data-etiqueta="${t(lang, 'position')}">${m.rank}</td>
<th scope="row"><a href="${municipalityFile(m)}">${m.name}</a></th>
<td data-etiqueta="${t(lang, 'state')}">${m.state}</td>
<td data-etiqueta="${t(lang, 'score')}">${scoreWithBar(m.score ?? 0, maxScore, methodology.scoreDecimals)}</td>
<td data-etiqueta="${t(lang, 'site')}">${externalLink(m.url, shortUrl(m.url))}${seedMark(m, lang)}</td>
</tr>`;

  const unrankedRow = (m: MunicipalityResult) => html`<tr>
<th scope="row"><a href="${municipalityFile(m)}">${m.name}</a></th>
<td data-etiqueta="${t(lang, 'state')}">${m.state}</td>
<td class="estado-sitio estado-${m.status}" data-etiqueta="${t(lang, 'status')}">${statusNoteIn(lang, m)}</td>
<td data-etiqueta="${t(lang, 'site')}">${externalLink(m.url, shortUrl(m.url))}${seedMark(m, lang)}</td>
</tr>`;
  const unverified = report.municipalities.filter((m) => m.url_confidence === 'medium' || m.url_confidence === 'low').length;
  const seedLegend = unverified ? html`<p class="nota">${t(lang, 'seedLegend', { n: unverified, total: report.municipalities.length })}</p>` : '';

  // data-orden names the data-* attribute report.js sorts a column by; the site column is not sortable.
  const header = html`<tr><th scope="col" data-orden="posicion" data-tipo="numero">${t(lang, 'position')}</th><th scope="col" data-orden="nombre">${t(lang, 'municipality')}</th><th scope="col" data-orden="estado">${t(lang, 'state')}</th><th scope="col" data-orden="puntaje" data-tipo="numero" data-primero="desc">${t(lang, 'score')}</th><th scope="col">${t(lang, 'site')}</th></tr>`;

  const body = html`<h1>${t(lang, 'rankingTitle')}</h1>
<p class="subtitulo">${methodology.title[lang]}</p>
<dl class="ficha">
<dt>${t(lang, 'asOf')}</dt><dd><time datetime="${run.asOf}">${formatAsOf(run.asOf, lang)}</time></dd>
<dt>${t(lang, 'methodology')}</dt><dd><a href="metodologia.html">${methodology.title[lang]}</a></dd>
<dt>${t(lang, 'version')}</dt><dd>${run.softwareVersion}</dd>
<dt>${t(lang, 'run')}</dt><dd>${lang === 'es' ? `n.º ${run.id} (puntuación ${run.scoringId})` : `no. ${run.id} (scoring ${run.scoringId})`}</dd>
<dt>${t(lang, 'sites')}</dt><dd>${lang === 'es' ? `${ranked.length} evaluados de ${report.municipalities.length}` : `${ranked.length} evaluated of ${report.municipalities.length}`}</dd>
</dl>
${run.status === 'finished' ? '' : html`<p class="aviso">${t(lang, run.status === 'running' ? 'runningNotice' : 'interruptedNotice')}</p>`}
${preliminaryNotice(run, lang, 'index.html')}
<section aria-labelledby="titulo-ranking">
<h2 id="titulo-ranking">${t(lang, 'ranking')}</h2>
${
  ranked.length
    ? html`${filters(ranked, methodology, maxScore, lang)}
<p class="nota" data-ayuda-de="tabla-ranking" hidden>${t(lang, 'sortHint')}</p>
<p class="nota" id="conteo" role="status" aria-live="polite" data-plantilla="${lang === 'es' ? '{n} de {total} municipios' : '{n} of {total} municipalities'}"></p>
${scrollableTable(
  'titulo-ranking',
  html`<table class="ranking tarjetas" id="tabla-ranking" data-orden-inicial="posicion">
<thead>${header}</thead>
<tbody>
${ranked.map(rankedRow)}
</tbody>
</table>`,
)}`
    : html`<p>${t(lang, 'noneEvaluated')}</p>`
}
<p class="nota">${
    lang === 'es'
      ? `Puntaje sobre ${formatNumber(maxScore, 0, lang)}. Los empates comparten posición y la siguiente se salta (1, 2, 2, 4).`
      : `Score out of ${formatNumber(maxScore, 0, lang)}. Ties share a position and the next one is skipped (1, 2, 2, 4).`
  }</p>
${seedLegend}
</section>
${
  unranked.length
    ? html`<section aria-labelledby="titulo-no-evaluados">
<h2 id="titulo-no-evaluados">${t(lang, 'unranked')}</h2>
<p>${t(lang, 'unrankedIntro')}</p>
${scrollableTable(
  'titulo-no-evaluados',
  html`<table class="no-evaluados tarjetas">
<thead><tr><th scope="col">${t(lang, 'municipality')}</th><th scope="col">${t(lang, 'state')}</th><th scope="col">${t(lang, 'status')}</th><th scope="col">${t(lang, 'site')}</th></tr></thead>
<tbody>
${unranked.map(unrankedRow)}
</tbody>
</table>`,
)}
</section>`
    : ''
}
${downloadsSection(lang, withSqlite)}`;

  return page({
    title: `${t(lang, 'rankingTitle')} · ${formatAsOf(run.asOf, lang)}`,
    lang,
    path: 'index.html',
    run,
    current: 'ranking',
    body,
    script: ranked.length > 0,
  });
}
