import { SECTION_URL, buildArtifacts, link, runIndicatorCases, sectionPage } from './build-artifacts.ts';

runIndicatorCases('processed-data', [
  { name: 'pass: a chart on the landing page', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage({ visualisationHints: ['canvas.chartjs-render-monitor'] })] }) },
  {
    name: 'pass: a link to a Power BI dashboard in the section body',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Tablero de obra pública', href: 'https://app.powerbi.com/view?r=abc', external: true })] }),
  },
  { name: 'decoy: “Mapa del sitio”', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], links: [link({ pageUrl: SECTION_URL, text: 'Mapa del sitio', href: 'https://www.municipio.gob.mx/mapa' })] }) },
  { name: 'decoy: a chart on a page outside the section', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage(), sectionPage({ url: 'https://www.municipio.gob.mx/covid', visualisationHints: ['svg chart'] })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
]);
