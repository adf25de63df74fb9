/**
 * estilo.css, kept as a module so the report needs no file lookup at run time. System fonts, no remote
 * resources; colours meet WCAG AA contrast on white (verdict colours are paired with a symbol and a word).
 */

/**
 * Map fills for the states page: tono-0 is "no data", tono-1…5 the score bands from low to high (a sequential
 * blue scale; band 5 is dark enough for the white state borders).
 */
const TONES = ['#e6e8eb', '#deebf7', '#9ecae1', '#6baed6', '#2f7ebc', '#08458a'];
const toneClasses = TONES.map((colour, i) => `.tono-${i}{fill:${colour};background:${colour}}`).join('\n');
/** The legend's swatches in print, drawn as a border filling the box: borders print when backgrounds do not. */
const printSwatches = TONES.map((colour, i) => `.muestra.tono-${i}{border:0.5rem solid ${colour};outline:1px solid #cfd6de}`).join('\n  ');

/** Score-bar widths as classes (w0…w100): the CSP allows no inline `style` attributes. */
const barWidths = Array.from({ length: 101 }, (_, i) => `.w${i}{width:${i}%}`).join('\n');

export const STYLESHEET = `:root {
  --texto: #1b1f24;
  --tenue: #4a5360;
  --fondo: #ffffff;
  --fondo-suave: #f3f5f7;
  --borde: #cfd6de;
  --enlace: #0b57a4;
  --foco: #c25100;
  --cumple: #1d6b31;
  --no-cumple: #a1261b;
  --indeterminado: #6b5300;
  --barra: #2e6fb7;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.5;
  color: var(--texto);
  background: var(--fondo);
}
main, .encabezado, .pie { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
main { padding-bottom: 2rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--borde); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0 0 0.25rem; }
a { color: var(--enlace); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--foco); outline-offset: 2px; border-radius: 2px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; background: var(--fondo-suave); padding: 0 0.2em; border-radius: 3px; }
.url, .evidencia-texto, code, dd { overflow-wrap: anywhere; }
/* Names come from seeds and crawled pages; a long unbroken one must wrap rather than widen a phone page. */
h1, h2, h3, h4, .migas, .razon, .revision, li { overflow-wrap: anywhere; }

.saltar { position: absolute; left: -999rem; }
.saltar:focus { left: 1rem; top: 0.5rem; background: var(--fondo); padding: 0.5rem; z-index: 1; }
.encabezado { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; border-bottom: 1px solid var(--borde); }
.marca { margin: 0; font-weight: 700; }
.encabezado nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.idioma { margin-left: auto; }
.encabezado nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--texto); }
.pie { color: var(--tenue); font-size: 0.875rem; border-top: 1px solid var(--borde); padding-top: 0.5rem; }
.subtitulo { color: var(--tenue); margin-top: 0; }
.migas { margin-top: 1rem; font-size: 0.9rem; }
.estado-nombre { display: block; font-size: 1rem; font-weight: 400; color: var(--tenue); }
.nota { color: var(--tenue); font-size: 0.9rem; }
.aviso { border-left: 4px solid var(--foco); background: #fff4e5; padding: 0.5rem 0.75rem; }

.ficha { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 1rem 0; }
.ficha dt { font-weight: 600; }
.ficha dd { margin: 0; }
@media (max-width: 30rem) {
  .ficha { grid-template-columns: 1fr; }
  .ficha dd { margin-bottom: 0.5rem; }
}

.tabla { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; border: 1px solid var(--borde); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; min-width: 36rem; }
table.dimensiones { min-width: 0; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--borde); }
thead th { background: var(--fondo-suave); white-space: nowrap; }
tbody tr:last-child th, tbody tr:last-child td { border-bottom: 0; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--borde); border-bottom: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th[scope="row"] { font-weight: 600; }
/* Inside a scrolling table a URL stays on one line; elsewhere it may break anywhere to fit a phone. */
td .url { overflow-wrap: normal; white-space: nowrap; }

.puntaje { display: flex; align-items: center; gap: 0.5rem; min-width: 9rem; }
.puntaje .valor { font-variant-numeric: tabular-nums; font-weight: 700; min-width: 2.5rem; text-align: right; }
.barra { flex: 1; min-width: 4rem; max-width: 10rem; height: 0.75rem; background: var(--fondo-suave); border: 1px solid var(--borde); border-radius: 999px; overflow: hidden; }
.relleno { display: block; height: 100%; background: var(--barra); }
dd .puntaje { display: inline-flex; }

.estado-sitio { color: var(--no-cumple); }
.estado-sitio.estado-ok { color: var(--cumple); }
.estado-sitio.estado-pending { color: var(--indeterminado); }

.veredicto { font-weight: 700; white-space: nowrap; }
.veredicto-pass { color: var(--cumple); }
.veredicto-fail { color: var(--no-cumple); }
.veredicto-unknown { color: var(--indeterminado); }
.indicador, .criterio { border: 1px solid var(--borde); border-radius: 4px; padding: 0.75rem; margin: 0 0 0.75rem; }
.resultado { margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; }
.puntos { font-variant-numeric: tabular-nums; }
.razon { margin: 0.25rem 0; color: var(--tenue); }
.revision { margin: 0.25rem 0; padding-left: 0.5rem; border-left: 3px solid currentColor; }
.revision-pendiente { border-left-style: dashed; font-style: italic; }
.evidencias { list-style: none; padding: 0; margin: 0.5rem 0 0; }
.evidencia { border-top: 1px dashed var(--borde); padding: 0.5rem 0 0; margin-top: 0.5rem; }
.evidencia p { margin: 0.25rem 0; }
.evidencia-texto { margin: 0.25rem 0; padding: 0.25rem 0.75rem; border-left: 3px solid var(--borde); background: var(--fondo-suave); }
.evidencia-selector { font-size: 0.875rem; color: var(--tenue); }
.evidencia-nota { font-size: 0.9375rem; }
.captura { display: inline-block; margin-top: 0.25rem; }
.captura img { display: block; max-width: min(100%, 20rem); height: auto; border: 1px solid var(--borde); }
.como-ganar li { margin-bottom: 0.5rem; }
.marca-url { position: relative; color: var(--tenue); cursor: help; }
.solo-lector { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.puntos-disponibles { white-space: nowrap; }

/*
 * Phones: tables marked .tarjetas (ranking, not evaluated, states, changes) become one card per row, each value
 * under its column's name (data-etiqueta), so no column is dropped and nothing scrolls sideways; long URLs wrap.
 * A sortable table keeps its headings as a row of sort buttons above the cards once report.js has made them.
 */
@media (max-width: 30rem) {
  table { font-size: 0.875rem; }
  th, td { padding: 0.4rem 0.5rem; }
  th[scope="row"] { hyphens: auto; }
  .puntaje { flex-direction: column; align-items: stretch; gap: 0.25rem; min-width: 4rem; }
  .puntaje .valor { text-align: left; }
  .barra { flex: none; min-width: 0; width: 100%; }
  table.tarjetas { min-width: 0; }
  table.tarjetas thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.tarjetas thead:has(.ordenar) { position: static; width: auto; height: auto; overflow: visible; clip: auto; display: block; }
  table.tarjetas thead tr { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0.4rem 0.5rem; background: var(--fondo-suave); border-bottom: 1px solid var(--borde); }
  table.tarjetas thead th { display: block; padding: 0; border: 0; background: none; }
  table.tarjetas thead th:not([data-orden]) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.tarjetas tbody { display: block; }
  table.tarjetas tbody tr { display: block; border-bottom: 1px solid var(--borde); padding: 0.25rem 0; }
  table.tarjetas tbody tr:last-child { border-bottom: 0; }
  table.tarjetas tbody th, table.tarjetas tbody td { display: block; border: 0; text-align: left; padding: 0.1rem 0.5rem; }
  table.tarjetas td[data-etiqueta]::before { content: attr(data-etiqueta) ": "; font-weight: 600; }
  table.tarjetas td .url { white-space: normal; overflow-wrap: anywhere; }
  table.tarjetas .puntaje { display: inline-flex; flex-direction: row; align-items: center; vertical-align: middle; min-width: 0; }
  table.tarjetas .barra { width: 6rem; }
  /* The ranking's card: the position beside the name, the other values under it. */
  table.ranking.tarjetas tbody tr { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: 0.25rem; }
  table.ranking.tarjetas td.posicion { grid-row: 1 / span 4; font-size: 1.1rem; font-weight: 700; }
  table.ranking.tarjetas td.posicion::before { content: none; }
  table.ranking.tarjetas tbody tr > :not(.posicion) { grid-column: 2; }
  /* The states' card: the counts and averages two by two, best and worst across. */
  table.estados.tarjetas tbody tr { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); }
  table.estados.tarjetas tbody th, table.estados.tarjetas tbody td:nth-of-type(n + 5) { grid-column: 1 / -1; }
}
.cambios-criterio { margin: 0; padding-left: 1.1rem; }
.causa, .movimiento { color: var(--tenue); }

/* Ranking filters and sort buttons (report.js shows them; without it the table stays in rank order). */
.filtros { border: 1px solid var(--borde); border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0 1rem; background: var(--fondo-suave); }
.filtros h3 { margin: 0 0 0.5rem; font-size: 1rem; }
.filtros .campos { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr)); gap: 0.5rem 1rem; }
.filtros .campo-ancho { grid-column: 1 / -1; }
.filtros label { display: block; font-weight: 600; font-size: 0.9rem; }
.filtros input, .filtros select, .filtros button { font: inherit; width: 100%; max-width: 100%; padding: 0.3rem 0.4rem; border: 1px solid var(--tenue); border-radius: 3px; background: var(--fondo); color: var(--texto); }
.filtros button { width: auto; cursor: pointer; }
.filtros p { margin: 0.5rem 0 0; }
input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid var(--foco); outline-offset: 2px; }
button.ordenar { font: inherit; font-weight: 700; color: var(--enlace); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; text-align: left; }
[hidden] { display: none !important; }

/* States page: the map scales to the page width; the table scrolls inside its box. */
.mapa { margin: 1rem 0; }
.mapa svg { display: block; width: 100%; height: auto; max-width: 48rem; }
.mapa .estado { stroke: #ffffff; stroke-width: 0.8; }
.mapa a { cursor: pointer; }
.mapa a:hover .estado { stroke: var(--foco); stroke-width: 2; }
.leyenda-titulo { font-weight: 600; margin: 0.5rem 0 0.25rem; }
.leyenda { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.leyenda li { display: flex; align-items: center; gap: 0.35rem; }
.muestra { display: inline-block; width: 1rem; height: 1rem; border: 1px solid var(--borde); }
.sin-datos { color: var(--tenue); font-style: italic; }
table.estados td .puntos { color: var(--tenue); white-space: nowrap; }

/* Indicators page: one small SVG bar chart per indicator. */
.grafica { display: block; width: 100%; max-width: 32rem; height: auto; margin-top: 0.5rem; }
.grafica text { font-size: 10px; fill: var(--texto); font-family: inherit; }
.grafica .fila-total text { font-weight: 700; }
.grafica .fondo-barra { fill: var(--fondo-suave); stroke: var(--borde); stroke-width: 0.5; }
.grafica .barra-cumple { fill: var(--barra); }
.grafica .fila-total .barra-cumple { fill: var(--cumple); }
table.resumen-indicadores { min-width: 0; }
.conteos { margin: 0.25rem 0; }
.conteo-pass strong { color: var(--cumple); }
.conteo-fail strong { color: var(--no-cumple); }
.conteo-unknown strong { color: var(--indeterminado); }
.listas-veredicto { margin-top: 0.5rem; }
.municipios-veredicto summary { cursor: pointer; font-weight: 600; padding: 0.15rem 0; }
.municipios-veredicto ul { columns: 14rem; column-gap: 1.5rem; margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }
.municipios-veredicto li { break-inside: avoid; }
.municipios-pass summary { color: var(--cumple); }
.municipios-fail summary { color: var(--no-cumple); }
.municipios-unknown summary { color: var(--indeterminado); }
.estado-de { color: var(--tenue); }

@media print {
  .encabezado nav, .saltar, .filtros { display: none; }
  .tabla { overflow: visible; border: 0; }
  a { color: inherit; }
  /*
   * Browsers print without background colours unless told ("background graphics" is off by default), which would
   * leave every score bar and legend swatch empty on paper. print-color-adjust asks to keep them; where it is not
   * honoured, the bar's fill and the swatches are also drawn as borders, which always print. The map and the charts
   * are SVG fills, which print as they are.
   */
  .barra, .relleno, .muestra, .mapa .estado, .grafica rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .relleno { border-top: 1rem solid var(--barra); }
  ${printSwatches}
}

${toneClasses}
${barWidths}
`;
