import { SECTION_URL, SITE, buildArtifacts, fileLink, link, page, runIndicatorCases, section, sectionPage } from '../build-artifacts.ts';
import { datasetTable, sectionSite, url } from '../html-fixtures.ts';

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

const DATASETS = datasetTable([
  ['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-egresos-2016.csv', 'CSV'],
  ['Obra pública 2016', '/datos-abiertos/archivos/obra-publica-2016.xlsx', 'XLSX'],
]);
/** WordPress landing: the datasets, then where the transparency office is (the usual Google Maps embed). */
const HOW_TO_GET_THERE = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Descarga los datos del municipio en formatos abiertos.</p>${DATASETS}
            <h3>Cómo llegar</h3>
            <p>Unidad de Transparencia: Higuera No. 70, Col. Centro, planta alta.</p>
            <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3734.28!2d-103.4439!3d20.4738!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x8428ad2!2sPresidencia%20Municipal!5e0!3m2!1ses-419!2smx!4v1462300000000" width="600" height="450" frameborder="0" style="border:0" allowfullscreen></iframe>`;
/** Bootstrap landing: the office's address beside a map titled "Ubicación", and a "Ver mapa" link to its place. */
const OFFICE_LOCATION = `
        <h1>Datos Abiertos</h1>
        <div class="row">
          <div class="col-md-8">${DATASETS}</div>
          <div class="col-md-4"><h4>Ubicación</h4>
            <div class="embed-responsive embed-responsive-4by3"><iframe class="embed-responsive-item" src="https://maps.google.com/maps?q=Higuera%2070%20Tlajomulco&amp;t=&amp;z=16&amp;ie=UTF8&amp;iwloc=&amp;output=embed" title="Ubicación de la Unidad de Transparencia"></iframe></div>
            <p><a href="https://www.google.com/maps/place/Presidencia+Municipal+de+Tlajomulco/@20.4738,-103.4439,17z">Ver mapa</a></p>
          </div>
        </div>`;
/** WordPress landing: the public works of 2016 drawn from the dataset as a Google My Maps layer. */
const WORKS_MY_MAPS = `
            <h1 class="entry-title">Datos Abiertos</h1>${DATASETS}
            <h2>Mapa de obras públicas 2016</h2>
            <p>Cada punto es una obra del programa anual; al hacer clic se ve su monto y su avance.</p>
            <iframe src="https://www.google.com/maps/d/embed?mid=1a2B3c4D5e6F7g8H9i0JtlajomulcoObras" width="640" height="480"></iframe>`;
/** Bootstrap landing: the works dataset published as a KML layer over Google Maps, in a figure. */
const WORKS_KML = `
        <h1>Datos Abiertos</h1>${DATASETS}
        <figure>
          <div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://maps.google.com/maps?q=${encodeURIComponent(url('/datos-abiertos/archivos/obra-publica-2016.kml'))}&amp;output=embed"></iframe></div>
          <figcaption>Obra pública 2016 por colonia</figcaption>
        </figure>`;

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
  {
    name: 'decoy: a “Ver mapa” link to the office’s place on Google Maps',
    expected: 'fail',
    reasonId: 'processed-data.labels-only',
    artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Ver mapa', href: 'https://www.google.com/maps/place/Palacio+Municipal/@20.47,-103.44,17z', external: true })] }),
  },
  {
    name: 'pass: a “Mapa de obras 2016” link to a Google My Maps layer',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Mapa de obras 2016', href: 'https://www.google.com/maps/d/viewer?mid=1AbCobras', external: true })] }),
  },
  {
    name: 'decoy: html — WordPress landing whose Google Maps embed under “Cómo llegar” shows the transparency office',
    expected: 'fail',
    reasonId: 'processed-data.no-visualisation',
    html: sectionSite({ style: 'wordpress', landing: HOW_TO_GET_THERE }),
  },
  {
    name: 'decoy: html — Bootstrap landing with a map titled “Ubicación” and a “Ver mapa” link to the office’s place',
    expected: 'fail',
    reasonId: 'processed-data.labels-only',
    html: sectionSite({ style: 'bootstrap', landing: OFFICE_LOCATION }),
  },
  {
    name: 'decoy: html — table layout drawing the town hall with the Google Maps JS API, one marker',
    expected: 'fail',
    reasonId: 'processed-data.no-visualisation',
    html: sectionSite({
      style: 'table',
      landing: `<h2>Datos Abiertos</h2><p>Descarga la información del municipio.</p><p><a href="${url('/datos/obras.csv')}">Obras 2016 (CSV)</a></p>
            <h3>Ubicación de la Unidad de Transparencia</h3><div id="map_canvas" style="width:500px;height:300px"></div>
            <script src="https://maps.googleapis.com/maps/api/js?sensor=false"></script>
            <script>var ll = new google.maps.LatLng(20.52, -103.18); var map = new google.maps.Map(document.getElementById('map_canvas'), { zoom: 17, center: ll }); new google.maps.Marker({ position: ll, map: map, title: 'Presidencia Municipal' });</script>`,
    }),
  },
  {
    name: 'pass: html — Bootstrap landing whose Leaflet map places each public work from the data',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h2>Obra pública en tu colonia</h2><div id="mapa-obras" style="height:400px"></div>
            <script src="${url('/js/leaflet.js')}"></script>
            <script>var mapa = L.map('mapa-obras').setView([20.52, -103.18], 13); fetch('/datos/obras.json').then(function (r) { return r.json(); }).then(function (obras) { obras.forEach(function (o) { L.marker([o.lat, o.lng]).bindPopup(o.nombre + ': $' + o.monto).addTo(mapa); }); });</script>`,
    }),
  },
  {
    name: 'pass: html — Bootstrap landing with “El municipio en cifras” indicator boxes (figures set apart with what they count)',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h2>Datos Abiertos</h2><p>Descarga los datos del municipio.</p><p><a href="${url('/datos/reportes.csv')}">Reportes ciudadanos (CSV)</a></p>
            <h3>El municipio en cifras</h3>
            <div class="row indicadores">
              <div class="col-sm-4"><div class="indicador"><strong class="cifra">1,245</strong><p>reportes ciudadanos atendidos en abril</p></div></div>
              <div class="col-sm-4"><div class="indicador"><strong class="cifra">87 %</strong><p>de avance del programa de bacheo</p></div></div>
              <div class="col-sm-4"><div class="indicador"><strong class="cifra">$12.5 mdp</strong><p>invertidos en obra pública este año</p></div></div>
            </div>`,
    }),
  },
  {
    name: 'decoy: html — WordPress landing with three news teasers carrying date badges',
    expected: 'fail',
    reasonId: 'processed-data.no-visualisation',
    html: sectionSite({
      style: 'wordpress',
      landing: `<h1 class="entry-title">Datos Abiertos</h1><p><a href="${url('/datos/obras.csv')}">Obras 2016 (CSV)</a></p>
            <div class="ultimas">
              <article class="nota"><span class="dia">09</span><span class="mes">MAY</span><p>Publicamos el padrón de proveedores</p></article>
              <article class="nota"><span class="dia">12</span><span class="mes">MAY</span><p>Nuevo conjunto de obra pública</p></article>
              <article class="nota"><span class="dia">15</span><span class="mes">MAY</span><p>Actualizamos la nómina</p></article>
            </div>`,
    }),
  },
  { name: 'pass: html — WordPress landing with a Google My Maps layer under “Mapa de obras públicas 2016”', expected: 'pass', html: sectionSite({ style: 'wordpress', landing: WORKS_MY_MAPS }) },
  { name: 'pass: html — Bootstrap landing with the works dataset as a KML layer on Google Maps', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: WORKS_KML }) },
  { name: 'pass: html — Bootstrap landing drawing the citizens’ budget with Highcharts', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: BUDGET_CHART }) },
  {
    name: 'decoy: html — “Infografía: Directorio de dependencias”, a “Mapa del sitio” link and a sidebar visit counter under “Estadísticas”',
    expected: 'fail',
    reasonId: 'processed-data.no-visualisation',
    html: sectionSite({ style: 'wordpress', landing: LISTS_NOT_CHARTS, landingOptions: { aside: VISIT_COUNTER } }),
  },
]);
