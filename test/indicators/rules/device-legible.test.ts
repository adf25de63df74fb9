import { SECTION_URL, buildArtifacts, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { datasetTable, sectionSite, url } from '../html-fixtures.ts';

const RESPONSIVE = `
        <h1>Datos Abiertos</h1>
        <p>Aquí puedes bajar la información del gobierno de tu municipio. Los archivos están en formatos que abres con cualquier hoja de cálculo o en tu teléfono.</p>
        <div class="table-responsive">
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-2016.csv', 'CSV'], ['Obras públicas 2016', '/datos-abiertos/archivos/obras-2016.csv', 'CSV']])}
        </div>`;
/** An old table layout that added a viewport tag but keeps a 980 px table of figures. */
const WIDE_TABLE = `
      <p><b>DATOS ABIERTOS</b></p>
      <table width="980" border="1" cellpadding="2" cellspacing="0">
        <tr><th>Concepto</th><th>Enero</th><th>Febrero</th><th>Marzo</th><th>Abril</th><th>Total</th></tr>
        <tr><td>Servicios personales</td><td>45,210,000</td><td>44,980,000</td><td>45,600,000</td><td>45,100,000</td><td>180,890,000</td></tr>
        <tr><td>Materiales y suministros</td><td>8,120,000</td><td>7,950,000</td><td>8,300,000</td><td>8,010,000</td><td>32,380,000</td></tr>
      </table>
      <p>Presupuesto de egresos ejercido por capítulo del gasto durante el primer cuatrimestre de 2016, en pesos.</p>`;
/** A responsive WordPress theme showing the budget as scanned pages. */
const SCANS = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p><img src="${url('/wp-content/uploads/2016/03/presupuesto-2016-hoja1.jpg')}" alt="" width="800"></p>
            <p><img src="${url('/wp-content/uploads/2016/03/presupuesto-2016-hoja2.jpg')}" alt="" width="800"></p>
            <p><img src="${url('/wp-content/uploads/2016/03/presupuesto-2016-hoja3.jpg')}" alt="" width="800"></p>
            <p>Presupuesto 2016 (escaneado).</p>`;

const TEXT = 'Conjuntos de datos del municipio: presupuesto, nómina, obras públicas, contratos y padrón de beneficiarios, con su fecha de actualización y formato de descarga.';

runIndicatorCases('device-legible', [
  { name: 'pass: responsive pages with text', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage({ text: TEXT }), sectionPage({ url: `${SECTION_URL}/nomina`, text: TEXT })] }) },
  { name: 'fail: no responsive viewport', expected: 'fail', reason: /no declara un viewport adaptable/, reasonId: 'device-legible.not-legible-landing', artifacts: buildArtifacts({ pages: [sectionPage({ text: TEXT, responsiveViewport: false })] }) },
  {
    name: 'decoy: responsive template around a Flash object',
    expected: 'fail',
    reason: /objetos? incrustados?/,
    artifacts: buildArtifacts({ pages: [sectionPage({ text: 'Datos abiertos', pluginCount: 1 })] }),
  },
  {
    name: 'decoy: scanned images instead of text on most pages',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: TEXT }), sectionPage({ url: `${SECTION_URL}/presupuesto`, text: 'Tabla', imageCount: 4 }), sectionPage({ url: `${SECTION_URL}/nomina`, text: 'Tabla', imageCount: 6 })],
    }),
  },
  {
    name: 'decoy: a viewport tag, but the rendered page scrolls sideways at 375 px',
    expected: 'fail',
    reason: /obliga a desplazarse de lado a 375 px \(el contenido mide 1200 px de ancho\)/,
    artifacts: buildArtifacts({ pages: [sectionPage({ text: TEXT, rendered: true, mobileLayout: { viewportWidth: 375, scrollWidth: 1200, textChars: 900 } })] }),
  },
  {
    name: 'pass: rendered at 375 px within the screen',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage({ text: TEXT, rendered: true, mobileLayout: { viewportWidth: 375, scrollWidth: 375, textChars: 900 } })] }),
  },
  {
    name: 'decoy: a viewport tag, not rendered, and a data grid fixed at 1200 px (ASP.NET GridView)',
    expected: 'fail',
    reason: /un elemento de ancho fijo \(<table style="width:1200px">\) mide 1200 px, más que una pantalla de teléfono de 375 px/,
    reasonId: 'device-legible.not-legible-landing',
    artifacts: buildArtifacts({ pages: [sectionPage({ text: TEXT, fixedWidth: { px: 1200, element: '<table style="width:1200px">' } })] }),
  },
  {
    name: 'pass: not rendered, fixed widths narrower than a phone',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage({ text: TEXT, fixedWidth: { px: 320, element: '<table width="320">' } })] }),
  },
  {
    name: 'pass: rendered within the screen: the measurement decides, not the markup',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: TEXT, rendered: true, mobileLayout: { viewportWidth: 375, scrollWidth: 375, textChars: 900 }, fixedWidth: { px: 1200, element: '<table style="width:1200px">' } })],
    }),
  },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
  { name: 'pass: html — Bootstrap landing with a viewport tag, text and a .table-responsive table', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: RESPONSIVE }) },
  {
    name: 'decoy: html — a viewport tag on a table layout whose data table is width="980"',
    expected: 'fail',
    reason: /<table width="980">/,
    html: sectionSite({ style: 'table', landing: WIDE_TABLE, shared: { viewport: true } }),
  },
  {
    name: 'decoy: html — a responsive theme, but the budget is three scanned images and five words',
    expected: 'fail',
    reason: /imágenes y solo 5 palabras/,
    html: sectionSite({ style: 'wordpress', landing: SCANS }),
  },
  {
    name: 'pass: html — a DKAN-like catalogue whose dataset pages are short (title, date, two downloads) under a logo: short text is still text',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h1>Datos abiertos</h1><p>Todos los conjuntos de datos del municipio, para descargar y usar libremente en tus proyectos.</p><ul><li><a href="${url('/datos-abiertos/alumbrado')}">Alumbrado público</a></li></ul>`,
      pages: {
        '/datos-abiertos/alumbrado': {
          title: 'Alumbrado público',
          main: `<h1>Alumbrado público</h1><p>Actualizado 12 abr 2016</p><ul><li><a href="${url('/files/alumbrado.csv')}">Alumbrado CSV</a></li><li><a href="${url('/files/alumbrado.xlsx')}">Alumbrado XLSX</a></li></ul>`,
        },
      },
    }),
  },
  {
    name: 'decoy: html — a section page that is a scanned table image with a caption',
    expected: 'fail',
    html: sectionSite({ style: 'bootstrap', landing: `<h1>Datos abiertos</h1><p><img src="${url('/img/presupuesto-escaneado.jpg')}" width="900" height="1200" alt="Presupuesto 2016"></p>` }),
  },
]);
