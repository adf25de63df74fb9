import { HOME, SECTION_URL, SITE, buildArtifacts, form, runIndicatorCases, searchForm, sectionPage } from '../build-artifacts.ts';
import { datasetTable, framesetSite, sectionSite, url } from '../html-fixtures.ts';

/** The catalogue's own search box above its table. */
const CATALOGUE_SEARCH = `
        <h1>Datos Abiertos</h1>
        <form class="form-inline buscador-datos" action="${url('/datos-abiertos/buscar')}" method="get">
          <label for="q-datos">Buscar conjuntos de datos</label>
          <input type="text" id="q-datos" name="q" class="form-control" placeholder="Ej. presupuesto, nómina, obras">
          <button type="submit" class="btn btn-primary">Buscar</button>
        </form>
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/finanzas/presupuesto-2016.csv', 'CSV'], ['Padrón de proveedores', '/datos-abiertos/padron-proveedores.xlsx', 'Excel']])}`;

const LANDING = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Descarga la información del municipio en formatos abiertos.</p>
            <ul><li><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">Presupuesto de egresos 2016</a></li></ul>`;
/** A WordPress sidebar widget that searches the press releases only. */
const NEWS_SEARCH_WIDGET = `
          <aside class="widget widget_search"><h3 class="widget-title">Buscar en Boletines</h3>
            <form method="get" action="${url('/boletines/')}"><input type="text" name="buscar" placeholder="Palabra clave"><input type="submit" value="Buscar"></form>
          </aside>`;

runIndicatorCases('search-tool', [
  { name: 'pass: catalogue search in the section body', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, purposeText: 'Buscar conjuntos de datos' })] }) },
  { name: 'pass: site-wide search box in the header of a section page', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'header' })] }) },
  { name: 'decoy: search only on the home page, not on the section', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: HOME })] }) },
  {
    name: 'pass: a sidebar site search that names no scope',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'aside', action: `${SITE}/`, purposeText: 'Buscar en el sitio · Buscar' })] }),
  },
  {
    name: 'decoy: the sidebar “Buscar en Boletines” widget searches press releases only',
    expected: 'fail',
    reason: /solo busca en noticias o boletines/,
    artifacts: buildArtifacts({
      pages: [sectionPage()],
      forms: [searchForm({ pageUrl: SECTION_URL, region: 'aside', action: `${SITE}/boletines/`, purposeText: 'Buscar en Boletines · Buscar boletines de prensa: · Buscar' })],
    }),
  },
  {
    name: 'decoy: a search box whose target is the news listing',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'aside', action: `${SITE}/noticias/`, purposeText: 'Buscar' })] }),
  },
  { name: 'decoy: a contact form in the section is not a search', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [form({ pageUrl: SECTION_URL })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null, forms: [searchForm()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
  { name: 'pass: html — Bootstrap catalogue with its own “Buscar conjuntos de datos” box', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: CATALOGUE_SEARCH }) },
  {
    name: 'decoy: html — the section’s only search is a sidebar “Buscar en Boletines” widget posting to /boletines/',
    expected: 'fail',
    reasonId: 'search-tool.news-search-only',
    html: sectionSite({ style: 'wordpress', landing: LANDING, landingOptions: { aside: NEWS_SEARCH_WIDGET } }),
  },
  {
    name: 'decoy: html — a “Consulta tu predial” box (clave catastral + Buscar) in the section looks up one bill, it searches nothing',
    expected: 'fail',
    reasonId: 'search-tool.record-lookup-only',
    reason: /solo consulta un registro por su clave/,
    html: sectionSite({
      style: 'table',
      landing: `${LANDING}
            <h3>Consulta tu predial</h3>
            <form method="post" action="${url('/tesoreria/predial/consulta.php')}">Clave catastral: <input type="text" name="clave_catastral" size="20"> <input type="submit" value="Buscar"></form>`,
    }),
  },
  {
    name: 'decoy: html — a Drupal “Seguimiento de trámite” box asking for the folio',
    expected: 'fail',
    reasonId: 'search-tool.record-lookup-only',
    html: sectionSite({
      style: 'bootstrap',
      landing: `${LANDING}
            <div class="block block-views"><h2>Seguimiento de solicitudes</h2>
            <form action="${url('/solicitudes/seguimiento')}" method="get"><label for="edit-folio">Número de folio</label><input id="edit-folio" type="text" name="folio"><button type="submit">Buscar</button></form></div>`,
    }),
  },
  {
    name: 'pass: html — the predial lookup next to the catalogue’s own search',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: `${CATALOGUE_SEARCH}
            <form method="post" action="${url('/tesoreria/predial/consulta.php')}">Clave catastral: <input type="text" name="clave_catastral"> <input type="submit" value="Buscar"></form>`,
    }),
  },
  {
    name: 'pass: html — a frameset whose menu frame holds the site search, beside the section shown in the content frame',
    expected: 'pass',
        html: framesetSite(
      `<tr><td><a href="${url('/datos-abiertos')}" target="principal">Datos Abiertos</a></td></tr>
       <tr><td><form name="buscador" method="get" action="${url('/buscar.php')}"><input type="text" name="q" size="15"><input type="submit" value="Buscar"></form></td></tr>`,
      { '/datos-abiertos': { title: 'Datos Abiertos', main: LANDING } },
    ),
  },
  {
    name: 'decoy: html — a year/quarter filter made of selects is not a search',
    expected: 'fail',
    reasonId: 'search-tool.no-search',
    html: sectionSite({
      style: 'wordpress',
      landing: `${LANDING}
            <form method="get" action="${url('/datos-abiertos')}"><label>Ejercicio <select name="anio"><option>2016</option><option>2015</option></select></label> <label>Trimestre <select name="trimestre"><option>1</option><option>2</option></select></label> <input type="submit" value="Filtrar"></form>`,
    }),
  },
]);
