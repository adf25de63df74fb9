/**
 * municipios/<inegi_code>.html: one site's result, its subtotals per dimension, what it could do to gain
 * points, and every indicator with its verdict, reason and evidence.
 */
import type { Methodology, MethodologyIndicator } from '../../../indicators/methodology.ts';
import type { IndicatorResult, MunicipalityResult, RankingReport } from '../model.ts';
import { CRAWL_PROBLEM_LABELS, isRanked, SITE_STATUS_LABELS, statusNote, VERDICT_LABELS } from '../ranking.ts';
import { evidenceList, externalLink, scoreWithBar, screenshotSrc, scrollableTable, verdictBadge } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatNumber, formatPoints } from './format.ts';
import { page } from './layout.ts';

const DEPTH = 1;

interface Row {
  indicator: MethodologyIndicator;
  /** null when the scoring has no result for this indicator (shown as "Sin resultado"). */
  result: IndicatorResult | null;
}

/** What a site could still gain, largest first (ties in methodology order): failed, unknown and missing indicators. */
export function pointsToGain(rows: readonly Row[]): { indicator: MethodologyIndicator; available: number }[] {
  return rows
    .filter((r) => r.result?.verdict !== 'pass')
    .map((r, order) => ({
      indicator: r.indicator,
      available: r.result ? r.result.max_points - r.result.points : r.indicator.points,
      order,
    }))
    .filter((g) => g.available > 0)
    .sort((a, b) => b.available - a.available || a.order - b.order)
    .map(({ indicator, available }) => ({ indicator, available }));
}

export function renderMunicipalityPage(m: MunicipalityResult, report: RankingReport, methodology: Methodology): string {
  const results = new Map(m.indicators.map((r) => [r.id, r]));
  const rows: Row[] = methodology.indicators.map((indicator) => ({ indicator, result: results.get(indicator.id) ?? null }));
  const ranked = isRanked(m);
  const rankedCount = report.municipalities.filter(isRanked).length;
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);

  const body = html`<nav class="migas" aria-label="Ruta"><a href="../index.html">Ranking</a> › <span>${m.name}</span></nav>
<h1>${m.name} <span class="estado-nombre">${m.state}</span></h1>
<dl class="ficha">
<dt>Estado</dt><dd>${m.state}</dd>
<dt>Clave INEGI</dt><dd>${m.inegi_code}</dd>
<dt>Sitio</dt><dd>${externalLink(m.url)}</dd>
<dt>URL final</dt><dd>${m.final_url ? externalLink(m.final_url) : 'No se llegó a ninguna página'}</dd>
<dt>Situación</dt><dd class="estado-sitio estado-${m.status}">${m.status === 'ok' ? SITE_STATUS_LABELS.ok : statusNote(m)}</dd>
<dt>Puntaje</dt><dd>${ranked && m.score !== null ? html`${scoreWithBar(m.score, maxScore, methodology.scoreDecimals)} de ${formatNumber(maxScore, 0)}` : 'Sin puntaje (no evaluado)'}</dd>
<dt>Posición</dt><dd>${ranked ? `${m.rank} de ${rankedCount} sitios evaluados` : 'Sin posición'}</dd>
<dt>Páginas rastreadas</dt><dd>${m.pages_crawled}</dd>
${
  m.published_2016
    ? html`<dt>Resultado publicado en 2016</dt><dd>${formatNumber(m.published_2016.score, 1)} puntos${
        m.published_2016.position === null ? '' : `, posición ${m.published_2016.position}`
      }</dd>`
    : ''
}
</dl>
${homeScreenshot(m)}
${ranked ? evaluatedSections(rows, methodology) : html`<p class="aviso">Este sitio no fue evaluado (${statusNote(m)}), por lo que no tiene puntaje ni posición; no equivale a un puntaje de 0.</p>`}
${crawlProblems(m)}`;

  return page({ title: `${m.name}, ${m.state} · Mirador`, depth: DEPTH, run: report.run, body });
}

function evaluatedSections(rows: readonly Row[], methodology: Methodology): SafeHtml {
  return html`${dimensionTable(rows, methodology)}
${howToGain(rows)}
<section aria-labelledby="titulo-indicadores">
<h2 id="titulo-indicadores">Indicadores</h2>
${methodology.dimensions.map((dimension) => {
  const inDimension = rows.filter((r) => r.indicator.dimension === dimension.id);
  return inDimension.length
    ? html`<section class="dimension" aria-labelledby="dim-${dimension.id}">
<h3 id="dim-${dimension.id}">${dimension.name.es}</h3>
${inDimension.map(indicatorBlock)}
</section>`
    : '';
})}
</section>`;
}

function dimensionTable(rows: readonly Row[], methodology: Methodology): SafeHtml {
  const subtotal = (subset: readonly Row[]) => ({
    passed: subset.filter((r) => r.result?.verdict === 'pass').length,
    count: subset.length,
    earned: subset.reduce((sum, r) => sum + (r.result?.points ?? 0), 0),
    max: subset.reduce((sum, r) => sum + (r.result?.max_points ?? r.indicator.points), 0),
  });
  const line = (label: SafeHtml | string, s: ReturnType<typeof subtotal>, header = false) =>
    html`<tr${header ? html` class="total"` : ''}><th scope="row">${label}</th><td class="num">${s.passed} de ${s.count}</td><td class="num">${formatPoints(s.earned)} / ${formatPoints(s.max)}</td></tr>`;
  return html`<section aria-labelledby="titulo-dimensiones">
<h2 id="titulo-dimensiones">Puntaje por dimensión</h2>
${scrollableTable(
  'titulo-dimensiones',
  html`<table class="dimensiones">
<thead><tr><th scope="col">Dimensión</th><th scope="col">Cumplidos</th><th scope="col">Puntos</th></tr></thead>
<tbody>
${methodology.dimensions.map((d) => line(html`<a href="#dim-${d.id}">${d.name.es}</a>`, subtotal(rows.filter((r) => r.indicator.dimension === d.id))))}
</tbody>
<tfoot>${line('Total', subtotal(rows), true)}</tfoot>
</table>`,
)}
</section>`;
}

function howToGain(rows: readonly Row[]): SafeHtml {
  const gains = pointsToGain(rows);
  return html`<section aria-labelledby="titulo-como-ganar">
<h2 id="titulo-como-ganar">Cómo ganar puntos</h2>
${
  gains.length
    ? html`<p>Criterios no cumplidos o indeterminados, de más a menos puntos disponibles.</p>
<ol class="como-ganar">
${gains.map(
  (g) => html`<li><strong class="puntos-disponibles">+${formatPoints(g.available)} puntos</strong> · <a href="#ind-${g.indicator.id}">${g.indicator.criterion.es}</a><br>${g.indicator.howToMeet.es}</li>`,
)}
</ol>`
    : html`<p>Este sitio cumple todos los criterios.</p>`
}
</section>`;
}

function indicatorBlock({ indicator, result }: Row): SafeHtml {
  return html`<article class="indicador" id="ind-${indicator.id}">
<h4>${indicator.criterion.es}</h4>
<p class="resultado">${
    result
      ? html`${verdictBadge(result.verdict)} <span class="puntos">${formatPoints(result.points)} / ${formatPoints(result.max_points)} puntos</span>`
      : html`<span class="veredicto veredicto-unknown"><span aria-hidden="true">${VERDICT_LABELS.unknown.symbol}</span> Sin resultado</span> <span class="puntos">${formatPoints(0)} / ${formatPoints(indicator.points)} puntos</span>`
  } <a class="definicion" href="../metodologia.html#${indicator.id}">Definición</a></p>
${result?.reason ? html`<p class="razon">${result.reason}</p>` : ''}
${result ? evidenceList(result.evidence, DEPTH) : ''}
</article>`;
}

function homeScreenshot(m: MunicipalityResult): SafeHtml | string {
  const src = m.home_screenshot === null ? null : screenshotSrc(m.home_screenshot, 1);
  if (!src) return '';
  return html`<figure class="captura-inicio"><a class="captura" href="${src}"><img src="${src}" alt="Página de inicio de ${m.name} tal como la vio Mirador" loading="lazy"></a>
<figcaption>Página de inicio tal como la mostró el navegador durante el rastreo.</figcaption></figure>`;
}

/** Failed fetches, so the portal's staff can see what Mirador could not read (and fix it). */
function crawlProblems(m: MunicipalityResult): SafeHtml | string {
  if (m.crawl_problems.length === 0) return '';
  return html`<section aria-labelledby="titulo-problemas">
<h2 id="titulo-problemas">Problemas al rastrear el sitio</h2>
<p>Estas direcciones no se pudieron leer; lo que contienen no cuenta para ningún criterio.</p>
${scrollableTable(
  'titulo-problemas',
  html`<table><thead><tr><th scope="col">Dirección</th><th scope="col">Problema</th><th scope="col">Detalle</th></tr></thead>
<tbody>${m.crawl_problems.map(
    (p) => html`<tr><td>${externalLink(p.url)}</td><td>${CRAWL_PROBLEM_LABELS[p.kind] ?? p.kind}</td><td>${p.message}</td></tr>`,
  )}</tbody></table>`,
)}
</section>`;
}
