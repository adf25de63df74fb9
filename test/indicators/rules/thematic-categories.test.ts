import { SECTION_URL, buildArtifacts, link, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { datasetTable, sectionSite, url } from '../html-fixtures.ts';

/** A Bootstrap catalogue whose datasets sit under topic headings. */
const BY_TOPIC = `
        <h1>Datos Abiertos</h1>
        <p>Consulta los conjuntos de datos agrupados por tema.</p>
        <h2>Finanzas públicas</h2>
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/finanzas/presupuesto-2016.csv', 'CSV'], ['Ley de ingresos 2016', '/datos-abiertos/finanzas/ley-ingresos-2016.csv', 'CSV']])}
        <h2>Obras públicas</h2>
${datasetTable([['Obra pública contratada 2016', '/datos-abiertos/obras/obra-publica-2016.csv', 'CSV']])}
        <h2>Seguridad pública</h2>
${datasetTable([['Incidencia delictiva por colonia', '/datos-abiertos/seguridad/incidencia-2016.csv', 'CSV']])}`;

/** Explanatory headings and a WordPress category widget by year: groups, but no topic. */
const BY_YEAR = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <h2>¿Qué son los datos abiertos?</h2>
            <p>Son datos digitales de carácter público que cualquier persona puede usar, reutilizar y redistribuir.</p>
            <h2>Beneficios</h2>
            <p>Permiten a la ciudadanía conocer y vigilar el uso de los recursos públicos.</p>
            <h2>Consulta por año</h2>
            <ul class="categorias">
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/2016')}">2016 (4)</a></li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/2015')}">2015 (12)</a></li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/2014')}">2014 (9)</a></li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/todos')}">Ver todos</a></li>
            </ul>
            <ul><li><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">Presupuesto de egresos 2016</a></li></ul>`;

/** A DKAN-like catalogue whose only filters are format tags: groups, but by file format. */
const BY_FORMAT = `
        <h1>Datos Abiertos</h1>
        <p>Consulta los conjuntos de datos del municipio por formato de descarga.</p>
        <div class="panel panel-default">
          <div class="panel-heading"><h3 class="panel-title">Formatos</h3></div>
          <ul class="list-group">
            <li class="list-group-item"><a href="${url('/datos-abiertos/etiqueta/csv')}">CSV</a> <span class="badge">14</span></li>
            <li class="list-group-item"><a href="${url('/datos-abiertos/etiqueta/excel')}">Excel</a> <span class="badge">9</span></li>
            <li class="list-group-item"><a href="${url('/datos-abiertos/etiqueta/pdf')}">PDF</a> <span class="badge">21</span></li>
          </ul>
        </div>
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/presupuesto-2016.csv', 'CSV']])}`;

/** A WordPress category widget by fiscal year and quarter, "Sin categoría" and the office hours: no subject. */
const BY_PERIOD = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Información publicada por la Tesorería Municipal en formatos abiertos.</p>
            <ul class="categorias">
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/ejercicio-2016')}">Ejercicio 2016</a> (6)</li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/ejercicio-fiscal-2015')}">Ejercicio fiscal 2015</a> (11)</li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/primer-trimestre')}">Primer trimestre</a> (4)</li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/2do-trimestre')}">2do. Trimestre</a> (3)</li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/trimestre-iv')}">Trimestre IV</a> (2)</li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/sin-categoria')}">Sin categoría</a> (1)</li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/horario')}">Horario de atención</a> lunes a viernes de 9:00 a 15:00 hrs</li>
            </ul>
            <ul><li><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">Presupuesto de egresos 2016</a></li></ul>`;

/** Tags that name subjects beside format and period tags, one of them ("Panteones") not in the topic list. */
const SUBJECTS_AMONG_TAGS = `
        <h1>Datos Abiertos</h1>
        <p>Filtra los conjuntos de datos por tema o por formato.</p>
        <ul class="tags">
          <li><a href="${url('/datos-abiertos/etiqueta/obras-publicas-2016')}">Obras públicas 2016</a></li>
          <li><a href="${url('/datos-abiertos/etiqueta/panteones')}">Panteones (3)</a></li>
          <li><a href="${url('/datos-abiertos/etiqueta/finanzas-1er-trimestre')}">Finanzas 1er trimestre</a></li>
          <li><a href="${url('/datos-abiertos/etiqueta/csv')}">CSV</a></li>
          <li><a href="${url('/datos-abiertos/etiqueta/ejercicio-2016')}">Ejercicio 2016</a></li>
        </ul>
${datasetTable([['Obra pública contratada 2016', '/datos-abiertos/obra-publica-2016.csv', 'CSV']])}`;

/** One subject in several period categories: "Nómina 1ra quincena", "Nómina 2da quincena", "Nómina 2016". */
const ONE_SUBJECT_BY_PERIOD = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <ul class="categorias">
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/nomina-1ra-quincena')}">Nómina 1ra quincena</a></li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/nomina-2da-quincena')}">Nómina 2da quincena</a></li>
              <li class="cat-item"><a href="${url('/datos-abiertos/categoria/nomina-2016')}">Nómina 2016</a></li>
            </ul>
            <ul><li><a href="${url('/wp-content/uploads/datos/nomina-2016.csv')}">Nómina 2016</a></li></ul>`;

const categoryLink = (text: string, slug: string) => link({ pageUrl: SECTION_URL, text, href: `https://datos.municipio.gob.mx/group/${slug}` });

runIndicatorCases('thematic-categories', [
  {
    name: 'pass: html — Bootstrap tabs, one per topic (“Seguridad pública”, “Hacienda municipal”), over dataset cards',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h1>Datos abiertos</h1><ul class="nav nav-tabs" role="tablist"><li class="active"><a href="#tema-seguridad" role="tab" data-toggle="tab">Seguridad pública</a></li><li><a href="#tema-finanzas" role="tab" data-toggle="tab">Hacienda municipal</a></li></ul>
            <div class="tab-content"><div role="tabpanel" class="tab-pane active" id="tema-seguridad"><div class="conjunto"><h3>Delitos denunciados por mes</h3><p>Descargar: <a href="${url('/d/delitos.xlsx')}">XLSX</a></p></div></div>
            <div role="tabpanel" class="tab-pane" id="tema-finanzas"><div class="conjunto"><h3>Presupuesto de egresos por dependencia</h3><p>Descargar: <a href="${url('/d/presupuesto.csv')}">CSV</a></p></div></div></div>`,
    }),
  },
  {
    name: 'decoy: html — a flat list of dataset cards, each titled by its own heading (“Sueldos del personal”, “Ingresos del municipio”)',
    expected: 'fail',
    reasonId: 'thematic-categories.too-few',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h1>Datos abiertos</h1><p>Conjuntos de datos del municipio.</p><div class="conjuntos">
            <div class="conjunto"><h3>Sueldos del personal</h3><p>Cuántas personas trabajan en cada área y cuánto ganan.</p><p>Descargar: <a href="${url('/documents/nomina.csv')}">CSV</a> · <a href="${url('/documents/nomina.pdf')}">PDF</a></p></div>
            <div class="conjunto"><h3>Ingresos del municipio</h3><p>El dinero que entra cada mes.</p><p>Descargar: <a href="${url('/documents/ingresos.csv')}">CSV</a> · <a href="${url('/documents/ingresos.xlsx')}">XLSX</a></p></div>
            <div class="conjunto"><h3>Obra pública</h3><p>Cada obra con su costo.</p><p>Descargar: <a href="${url('/documents/obras.csv')}">CSV</a></p></div></div>`,
    }),
  },
  {
    name: 'pass: html — topic headings over lists whose items carry their own titles',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h1>Datos abiertos</h1><h2>Finanzas públicas</h2><ul><li><strong>Ingresos mensuales</strong> — el dinero que entra. <a href="${url('/d/ingresos.csv')}">CSV</a></li><li><strong>Presupuesto 2016</strong> <a href="${url('/d/presupuesto.csv')}">CSV</a></li></ul>
            <h2>Obra pública</h2><ul><li><strong>Obras en proceso</strong> — costo y avance. <a href="${url('/d/obras.csv')}">CSV</a></li></ul>`,
    }),
  },
  {
    name: 'pass: topic headings on the landing page',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage({ headings: ['Datos abiertos', 'Finanzas públicas', 'Obras públicas', 'Seguridad'] })] }),
  },
  {
    name: 'pass: CKAN group filters with counts',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], links: [categoryLink('Medio ambiente (4)', 'medio-ambiente'), categoryLink('Movilidad (7)', 'movilidad')] }),
  },
  {
    name: 'decoy: explanatory headings are not topics',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage({ headings: ['Datos abiertos', '¿Qué son los datos abiertos?', 'Beneficios', 'Contacto'] })] }),
  },
  {
    name: 'decoy: legal fractions as headings',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage({ headings: ['Artículo 8 Fracción V', 'Artículo 8 Fracción VI'] })] }),
  },
  {
    name: 'decoy: dataset titles on sub-pages are not categories',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [sectionPage(), sectionPage({ url: `${SECTION_URL}/presupuesto`, headings: ['Presupuesto 2016'] }), sectionPage({ url: `${SECTION_URL}/nomina`, headings: ['Nómina'] })],
    }),
  },
  { name: 'fail: one topic only', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage({ headings: ['Finanzas'] })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'pass: html — Bootstrap catalogue with datasets under “Finanzas públicas”, “Obras públicas”, “Seguridad pública”', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: BY_TOPIC }) },
  {
    name: 'decoy: html — “¿Qué son los datos abiertos?”, “Beneficios” and category links that are years (“2016 (4)”, “2015 (12)”)',
    expected: 'fail',
    reason: /0 temas con nombre/,
    html: sectionSite({ style: 'wordpress', landing: BY_YEAR }),
  },
  {
    name: 'decoy: html — format tags /etiqueta/csv “CSV”, /etiqueta/excel “Excel”, /etiqueta/pdf “PDF” are not topics',
    expected: 'fail',
    reason: /0 temas con nombre/,
    html: sectionSite({ style: 'bootstrap', landing: BY_FORMAT }),
  },
  {
    name: 'decoy: html — categories “Ejercicio 2016”, “Primer trimestre”, “Trimestre IV”, “Sin categoría”, “Horario de atención…” are not topics',
    expected: 'fail',
    reason: /0 temas con nombre/,
    html: sectionSite({ style: 'wordpress', landing: BY_PERIOD }),
  },
  {
    name: 'decoy: html — “Nómina 1ra quincena”, “Nómina 2da quincena”, “Nómina 2016” are one topic',
    expected: 'fail',
    reason: /1 tema con nombre/,
    html: sectionSite({ style: 'wordpress', landing: ONE_SUBJECT_BY_PERIOD }),
  },
  {
    name: 'pass: html — subject tags “Obras públicas 2016”, “Panteones (3)”, “Finanzas 1er trimestre” among format and year tags',
    expected: 'pass',
    reason: /3 temas/,
    html: sectionSite({ style: 'bootstrap', landing: SUBJECTS_AMONG_TAGS }),
  },
]);
