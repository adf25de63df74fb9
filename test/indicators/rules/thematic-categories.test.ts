import { SECTION_URL, buildArtifacts, link, runIndicatorCases, sectionPage } from '../build-artifacts.ts';

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
]);
