import { SECTION_URL, SITE, buildArtifacts, fileLink, link, page, runIndicatorCases, section, sectionPage } from '../build-artifacts.ts';
import { sectionSite, url } from '../html-fixtures.ts';

/** A Highcharts chart of the citizens' budget. */
const BUDGET_CHART = `
        <h1>Datos Abiertos</h1>
        <h2>Presupuesto ciudadano 2016</h2>
        <div id="grafica-presupuesto" style="height:320px"></div>
        <script src="${url('/js/highcharts.js')}"></script>
        <script>Highcharts.chart('grafica-presupuesto', { chart: { type: 'pie' }, series: [{ data: [1245, 210, 512] }] });</script>
        <p>La gráfica muestra en qué se gasta cada peso del presupuesto municipal.</p>`;
/** An "infographic" that is a directory, a "Mapa del sitio" link and the sidebar visit counter under "Estadísticas". */
const LISTS_NOT_CHARTS = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Consulta la información del municipio.</p>
            <p><img src="${url('/wp-content/uploads/2016/02/infografia-directorio-dependencias.png')}" alt="Infografía: Directorio de dependencias municipales" width="600" height="900"></p>
            <ul>
              <li><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">Presupuesto de egresos 2016</a></li>
              <li><a href="${url('/mapa-del-sitio')}">Mapa del sitio</a></li>
            </ul>`;
const VISIT_COUNTER = `
          <div class="widget"><h3 class="widget-title">Estadísticas</h3>
            <table><tr><td>Visitas hoy</td><td>152</td></tr><tr><td>Visitas totales</td><td>1,204,331</td></tr></table>
          </div>`;

const SHOWCASE = `${SECTION_URL}/showcase`;

runIndicatorCases('processed-data', [
  { name: 'pass: a chart on the landing page', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage({ visualisationHints: ['canvas.chartjs-render-monitor'] })] }) },
  {
    name: 'pass: a link to a Power BI dashboard in the section body',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Tablero de obra pública', href: 'https://app.powerbi.com/view?r=abc', external: true })] }),
  },
  {
    name: 'pass: a section link to a dashboard page elsewhere on the site that shows a chart',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [sectionPage(), page({ url: `${SITE}/tablero`, visualisationHints: ['svg:chart'] })],
      links: [link({ pageUrl: SECTION_URL, text: 'Tablero de indicadores', href: `${SITE}/tablero` })],
    }),
  },
  {
    name: 'pass: an infographic PDF in the section',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'Infografía: presupuesto ciudadano 2016', href: `${SITE}/archivos/presupuesto-ciudadano.pdf`, format: 'pdf' })] }),
  },
  {
    name: 'decoy: “Aplicaciones y visualizaciones” leads to an empty showcase (CKAN)',
    expected: 'fail',
    reason: /1 enlace la nombra, pero la página a la que lleva no muestra ninguna/,
    reasonId: 'processed-data.labels-only',
    artifacts: buildArtifacts({
      section: section({ pageUrls: [SECTION_URL, SHOWCASE] }),
      pages: [sectionPage({ headings: ['Visualizaciones'] }), sectionPage({ url: SHOWCASE, headings: ['Aplicaciones y visualizaciones'] })],
      links: [link({ pageUrl: SECTION_URL, text: 'Aplicaciones y visualizaciones', href: SHOWCASE })],
    }),
  },
  {
    name: 'decoy: an “infografía” file that is a directory',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'Infografía: Directorio de dependencias municipales', href: `${SITE}/archivos/directorio.pdf`, format: 'pdf' })] }),
  },
  {
    name: 'unknown: the page a “Tablero” link leads to was not fetched',
    expected: 'unknown',
    reasonId: 'processed-data.linked-not-fetched',
    artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Tablero de obra pública', href: `${SECTION_URL}/tablero` })] }),
  },
  { name: 'decoy: “Mapa del sitio”', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Mapa del sitio', href: 'https://www.municipio.gob.mx/mapa' })] }) },
  { name: 'decoy: a chart on a page outside the section', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage(), sectionPage({ url: 'https://www.municipio.gob.mx/covid', visualisationHints: ['svg chart'] })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
  { name: 'pass: html — Bootstrap landing drawing the citizens’ budget with Highcharts', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: BUDGET_CHART }) },
  {
    name: 'decoy: html — “Infografía: Directorio de dependencias”, a “Mapa del sitio” link and a sidebar visit counter under “Estadísticas”',
    expected: 'fail',
    reasonId: 'processed-data.no-visualisation',
    html: sectionSite({ style: 'wordpress', landing: LISTS_NOT_CHARTS, landingOptions: { aside: VISIT_COUNTER } }),
  },
]);
