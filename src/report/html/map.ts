/**
 * The choropleth of Mexico on estados.html, drawn when the report is built from @svg-maps/mexico
 * (Victor Cazanave, CC BY 4.0 — credited under the map). The SVG is inline: the CSP allows it (it is not
 * script), and fills come from classes (.tono-0 … .tono-5 in estilo.css) because inline styles are forbidden.
 */
import mexicoMap from '@svg-maps/mexico';
import { MEXICAN_STATES } from '../states.ts';
import type { StateSummary } from '../summaries.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatNumber } from './format.ts';
import { evaluatedCount, t, type Lang } from './i18n.ts';
import { rankingOfState } from './index-page.ts';

interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

/** The package ships untyped-in-practice data (its .d.ts points at an uninstalled package); check its shape once. */
function loadMap(): SvgMap {
  const map = mexicoMap as unknown as SvgMap;
  if (typeof map?.viewBox !== 'string' || !Array.isArray(map.locations)) throw new Error('report: @svg-maps/mexico has an unexpected shape');
  const ids = new Set(map.locations.map((l) => l.id));
  const missing = MEXICAN_STATES.filter((s) => !ids.has(s.mapId)).map((s) => s.mapId);
  if (missing.length) throw new Error(`report: @svg-maps/mexico has no path for state(s) ${missing.join(', ')}`);
  return map;
}

let cached: SvgMap | undefined;
export function mexicoStatesMap(): SvgMap {
  cached ??= loadMap();
  return cached;
}

/** Fixed score bands, so a colour means the same in every run: tono-0 is "no data", tono-1…5 are 0–20 … 80–100 %. */
export const TONE_BANDS = 5;

export function toneClass(mean: number | null, maxScore: number): string {
  if (mean === null) return 'tono-0';
  const fraction = maxScore > 0 ? Math.min(1, Math.max(0, mean / maxScore)) : 0;
  return `tono-${Math.min(TONE_BANDS, Math.floor(fraction * TONE_BANDS) + 1)}`;
}

function bandLabel(band: number, maxScore: number, lang: Lang): string {
  const from = (maxScore * (band - 1)) / TONE_BANDS;
  const to = (maxScore * band) / TONE_BANDS;
  return `${formatNumber(from, 0, lang)}–${formatNumber(to, 0, lang)}`;
}

export function choropleth(summaries: readonly StateSummary[], maxScore: number, decimals: number, lang: Lang): SafeHtml {
  const map = mexicoStatesMap();
  const byMapId = new Map(summaries.map((s) => [s.state.mapId, s]));
  const pathFor = (location: SvgMap['locations'][number]) => {
    const summary = byMapId.get(location.id);
    if (!summary) return ''; // a path the report has no state for (none today): left out rather than shown as "no data"
    const name = summary.state.name[lang];
    const label =
      summary.mean === null
        ? `${name}: ${t(lang, 'noData')}`
        : `${name}: ${t(lang, 'mean').toLowerCase()} ${formatNumber(summary.mean, decimals, lang)} (${evaluatedCount(lang, summary.evaluated.length)})`;
    const path = html`<path id="mapa-${summary.state.mapId}" class="estado ${toneClass(summary.mean, maxScore)}" data-estado="${summary.state.mapId}" d="${location.path}"><title>${label}</title></path>`;
    // A region with municipalities leads to them, for the pointer; it stays out of the tab order because role="img"
    // makes the map one picture for screen readers, and the table's row links below are the keyboard's way in.
    return summary.evaluated.length ? html`<a href="${rankingOfState(summary.state)}" tabindex="-1">${path}</a>` : path;
  };
  const legend = [
    html`<li><span class="muestra tono-0" aria-hidden="true"></span> ${t(lang, 'noData')}</li>`,
    ...Array.from({ length: TONE_BANDS }, (_, i) => html`<li><span class="muestra tono-${i + 1}" aria-hidden="true"></span> ${bandLabel(i + 1, maxScore, lang)}</li>`),
  ];
  return html`<figure class="mapa">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" role="img" aria-labelledby="mapa-titulo mapa-desc" focusable="false">
<title id="mapa-titulo">${t(lang, 'mapTitle')}</title>
<desc id="mapa-desc">${t(lang, 'mapDesc')}</desc>
${map.locations.map(pathFor)}
</svg>
<figcaption>
<p class="leyenda-titulo">${t(lang, 'legend')}</p>
<ul class="leyenda">${legend}</ul>
<p class="nota">${t(lang, 'mapCredit')}</p>
</figcaption>
</figure>`;
}
