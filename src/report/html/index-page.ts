/** index.html: the run, then the ranking table, then the sites that could not be evaluated. */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, RankingReport } from '../model.ts';
import { isRanked, reportOrder, statusNote } from '../ranking.ts';
import { externalLink, municipalityFile, scoreWithBar, scrollableTable, shortUrl } from './components.ts';
import { html } from './escape.ts';
import { formatAsOf, formatNumber } from './format.ts';
import { page } from './layout.ts';

export function renderIndexPage(report: RankingReport, methodology: Methodology): string {
  const { run } = report;
  const ordered = reportOrder(report.municipalities);
  const ranked = ordered.filter(isRanked);
  const unranked = ordered.filter((m) => !isRanked(m));
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);

  const rankedRow = (m: MunicipalityResult) => html`<tr>
<td class="num">${m.rank}</td>
<th scope="row"><a href="${municipalityFile(m)}">${m.name}</a><span class="estado-en-fila">${m.state}</span></th>
<td class="columna-estado">${m.state}</td>
<td>${scoreWithBar(m.score ?? 0, maxScore, methodology.scoreDecimals)}</td>
<td>${externalLink(m.url, shortUrl(m.url))}</td>
</tr>`;

  const unrankedRow = (m: MunicipalityResult) => html`<tr>
<th scope="row"><a href="${municipalityFile(m)}">${m.name}</a></th>
<td>${m.state}</td>
<td class="estado-sitio estado-${m.status}">${statusNote(m)}</td>
<td>${externalLink(m.url, shortUrl(m.url))}</td>
</tr>`;

  const body = html`<h1>Ranking de gobierno abierto municipal</h1>
<p class="subtitulo">${methodology.title.es}</p>
<dl class="ficha">
<dt>Datos al</dt><dd><time datetime="${run.asOf}">${formatAsOf(run.asOf)}</time></dd>
<dt>Metodología</dt><dd><a href="metodologia.html">${methodology.title.es}</a></dd>
<dt>Versión de Mirador</dt><dd>${run.softwareVersion}</dd>
<dt>Ejecución</dt><dd>n.º ${run.id} (puntuación ${run.scoringId})</dd>
<dt>Sitios</dt><dd>${ranked.length} evaluados de ${report.municipalities.length}</dd>
</dl>
${
  run.status === 'finished'
    ? ''
    : html`<p class="aviso">${
        run.status === 'running'
          ? 'La ejecución seguía en curso al generar este informe: los resultados pueden estar incompletos.'
          : 'La ejecución se interrumpió: los resultados pueden estar incompletos.'
      }</p>`
}
<section aria-labelledby="titulo-ranking">
<h2 id="titulo-ranking">Ranking</h2>
${
  ranked.length
    ? scrollableTable(
        'titulo-ranking',
        html`<table class="ranking">
<thead><tr><th scope="col">Posición</th><th scope="col">Municipio</th><th scope="col" class="columna-estado">Estado</th><th scope="col">Puntaje</th><th scope="col">Sitio</th></tr></thead>
<tbody>
${ranked.map(rankedRow)}
</tbody>
</table>`,
      )
    : html`<p>Ningún sitio fue evaluado en esta ejecución.</p>`
}
<p class="nota">Puntaje sobre ${formatNumber(maxScore, 0)}. Los empates comparten posición y la siguiente se salta (1, 2, 2, 4).</p>
</section>
${
  unranked.length
    ? html`<section aria-labelledby="titulo-no-evaluados">
<h2 id="titulo-no-evaluados">Sitios no evaluados</h2>
<p>Estos sitios no tienen puntaje ni posición: no se pudo revisar su portal, lo que no equivale a un puntaje de 0.</p>
${scrollableTable(
  'titulo-no-evaluados',
  html`<table class="no-evaluados">
<thead><tr><th scope="col">Municipio</th><th scope="col">Estado</th><th scope="col">Situación</th><th scope="col">Sitio</th></tr></thead>
<tbody>
${unranked.map(unrankedRow)}
</tbody>
</table>`,
)}
</section>`
    : ''
}`;

  return page({ title: `Ranking de gobierno abierto municipal · ${formatAsOf(run.asOf)}`, depth: 0, run, current: 'ranking', body });
}
