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

const categoryLink = (text: string, slug: string) => link({ pageUrl: SECTION_URL, text, href: `https://datos.municipio.gob.mx/group/${slug}` });

runIndicatorCases('thematic-categories', [
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
]);
