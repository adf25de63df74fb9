import { SECTION_URL, buildArtifacts, runIndicatorCases, sectionPage } from '../build-artifacts.ts';

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
]);
