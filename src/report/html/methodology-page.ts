/** metodologia.html: every criterion of the methodology with its points, operational definition and hint. */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { CrawlLimits, RunSummary } from '../model.ts';
import { html } from './escape.ts';
import { formatAsOf, formatNumber, formatPoints } from './format.ts';
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
<section class="limites" aria-labelledby="pesos-y-limites">
<h2 id="pesos-y-limites">${t(lang, 'weightsAndLimits')}</h2>
<p class="${methodology.weights.provisional ? 'aviso' : 'pesos'}">${methodology.weights.note[lang]}</p>
<p>${limitsText(run.crawlLimits ?? null, lang)}</p>
</section>
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

/**
 * The bounds of the crawl, said where a reader weighs a "no cumple": "not found" means not found within them, and a
 * person browsing further or deeper might have found it.
 */
function limitsText(limits: CrawlLimits | null, lang: Lang): string {
  if (!limits)
    return lang === 'es'
      ? 'Los límites del rastreo de esta ejecución no constan en la base de datos; «no se encontró» quiere decir no encontrado en las páginas que se leyeron.'
      : "This run's crawl limits are not recorded in the database; \"not found\" means not found in the pages that were read.";
  const { maxPages, maxDepth, maxFiles } = limits;
  if (lang === 'es') {
    const source = limits.wayback
      ? `Las páginas se leyeron de un archivo web, en la copia más reciente de cada una dentro de los ${limits.wayback.windowDays} días anteriores al ${formatAsOf(limits.wayback.asOf, lang)}, sin navegador.`
      : limits.render
        ? 'Las páginas que construyen su contenido con JavaScript se abrieron en un navegador.'
        : 'Las páginas se leyeron sin navegador (--no-render): lo que un sitio construye solo con JavaScript no se vio.';
    return `En esta ejecución Mirador leyó hasta ${maxPages} páginas por sitio, a no más de ${maxDepth} ${maxDepth === 1 ? 'clic' : 'clics'} de la página de inicio, y comprobó hasta ${maxFiles} archivos enlazados por sitio. ${source} «No se encontró» quiere decir no encontrado dentro de esos límites: algo publicado más lejos de la página de inicio no se leyó.`;
  }
  const source = limits.wayback
    ? `Pages were read from a web archive, in each one's latest capture within the ${limits.wayback.windowDays} days before ${formatAsOf(limits.wayback.asOf, lang)}, without a browser.`
    : limits.render
      ? 'Pages that build their content with JavaScript were opened in a browser.'
      : 'Pages were read without a browser (--no-render): what a site builds only with JavaScript was not seen.';
  return `In this run Mirador read up to ${maxPages} pages per site, no more than ${maxDepth} ${maxDepth === 1 ? 'click' : 'clicks'} from the home page, and checked up to ${maxFiles} linked files per site. ${source} "Not found" means not found within those limits: what is published further from the home page was not read.`;
}
