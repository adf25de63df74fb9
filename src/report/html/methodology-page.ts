/** metodologia.html: every criterion of the methodology with its points, operational definition and hint. */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { RunSummary } from '../model.ts';
import { html } from './escape.ts';
import { formatNumber, formatPoints } from './format.ts';
import { t, type Lang } from './i18n.ts';
import { page } from './layout.ts';

export function renderMethodologyPage(methodology: Methodology, run: RunSummary, lang: Lang = 'es'): string {
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);
  const n = methodology.scoreDecimals;
  const summary =
    lang === 'es'
      ? `${methodology.indicators.length} criterios en ${methodology.dimensions.length} dimensiones; puntaje máximo ${formatNumber(maxScore, 0, lang)}. Cada criterio se califica como cumple, no cumple o indeterminado. El puntaje total se redondea a ${n} ${n === 1 ? 'decimal' : 'decimales'}.`
      : `${methodology.indicators.length} criteria in ${methodology.dimensions.length} dimensions; maximum score ${formatNumber(maxScore, 0, lang)}. Each criterion is rated as met, not met or unknown. The total score is rounded to ${n} ${n === 1 ? 'decimal' : 'decimals'}.`;
  const body = html`<h1>${t(lang, 'methodology')}</h1>
<p class="subtitulo">${methodology.title[lang]}</p>
<p>${t(lang, 'source')}: ${methodology.source}</p>
<p>${summary}</p>
<nav aria-label="${t(lang, 'dimensions')}"><ol class="indice">${methodology.dimensions.map((d) => html`<li><a href="#dim-${d.id}">${d.name[lang]}</a></li>`)}</ol></nav>
${methodology.dimensions.map(
  (d) => html`<section class="dimension" aria-labelledby="dim-${d.id}">
<h2 id="dim-${d.id}">${d.name[lang]}</h2>
${methodology.indicators
  .filter((i) => i.dimension === d.id)
  .map(
    (i) => html`<article class="criterio" id="${i.id}">
<h3>${i.criterion[lang]}</h3>
<p class="resultado"><span class="puntos">${formatPoints(i.points, lang)} ${t(lang, 'points')}</span> · <code>${i.id}</code></p>
<p><strong>${t(lang, 'operationalDefinition')}:</strong> ${i.definition[lang]}</p>
<p><strong>${t(lang, 'howToMeet')}:</strong> ${i.howToMeet[lang]}</p>
</article>`,
  )}
</section>`,
)}`;
  return page({ title: `${t(lang, 'methodology')} · ${methodology.title[lang]}`, lang, path: 'metodologia.html', run, current: 'metodologia', body });
}
