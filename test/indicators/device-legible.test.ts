import { SECTION_URL, buildArtifacts, runIndicatorCases, sectionPage } from './build-artifacts.ts';

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
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
]);
