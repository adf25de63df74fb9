import { SECTION_URL, SITE, buildArtifacts, fileLink, link, page, runIndicatorCases, section, sectionPage } from '../build-artifacts.ts';

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
]);
