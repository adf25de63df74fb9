/** metodologia.html: every criterion of the methodology with its points, operational definition and hint. */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { RunSummary } from '../model.ts';
import { html } from './escape.ts';
import { formatNumber, formatPoints } from './format.ts';
import { page } from './layout.ts';

export function renderMethodologyPage(methodology: Methodology, run: RunSummary): string {
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);
  const body = html`<h1>Metodología</h1>
<p class="subtitulo">${methodology.title.es}</p>
<p>Fuente: ${methodology.source}</p>
<p>${methodology.indicators.length} criterios en ${methodology.dimensions.length} dimensiones; puntaje máximo ${formatNumber(maxScore, 0)}. Cada criterio se califica como cumple, no cumple o indeterminado. El puntaje total se redondea a ${methodology.scoreDecimals} ${methodology.scoreDecimals === 1 ? 'decimal' : 'decimales'}.</p>
<nav aria-label="Dimensiones"><ol class="indice">${methodology.dimensions.map((d) => html`<li><a href="#dim-${d.id}">${d.name.es}</a></li>`)}</ol></nav>
${methodology.dimensions.map(
  (d) => html`<section class="dimension" aria-labelledby="dim-${d.id}">
<h2 id="dim-${d.id}">${d.name.es}</h2>
${methodology.indicators
  .filter((i) => i.dimension === d.id)
  .map(
    (i) => html`<article class="criterio" id="${i.id}">
<h3>${i.criterion.es}</h3>
<p class="resultado"><span class="puntos">${formatPoints(i.points)} puntos</span> · <code>${i.id}</code></p>
<p><strong>Definición operativa:</strong> ${i.definition.es}</p>
<p><strong>Cómo cumplir:</strong> ${i.howToMeet.es}</p>
</article>`,
  )}
</section>`,
)}`;
  return page({ title: `Metodología · ${methodology.title.es}`, depth: 0, run, current: 'metodologia', body });
}
