import { SECTION_URL, buildArtifacts, fileLink, link, runIndicatorCases, sectionPage } from './build-artifacts.ts';

const PLAIN =
  'Aquí puedes ver en qué gasta el dinero tu municipio. Cada mes subimos los pagos a proveedores. ' +
  'También hay datos de las obras de la ciudad y de la nómina. Los archivos se abren en Excel. ' +
  'Si no encuentras un dato, escríbenos y lo buscamos. Los datos son de la tesorería y de obras públicas. ' +
  'Cada tabla dice cuándo se hizo el último cambio.';
const LEGAL =
  'En cumplimiento de lo dispuesto por las disposiciones normativas aplicables en materia de transparencia y acceso a la información pública gubernamental, ' +
  'los sujetos obligados deberán poner a disposición del público y mantener actualizada la información correspondiente a las obligaciones comunes establecidas ' +
  'en la legislación aplicable, considerando los lineamientos técnicos generales emitidos por el sistema nacional de transparencia para la homologación ' +
  'y estandarización de la información de las obligaciones establecidas en el título quinto y en la fracción cuarta del artículo treinta y uno';

runIndicatorCases('plain-language', [
  { name: 'pass: short everyday sentences', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage({ text: PLAIN })] }) },
  {
    name: 'pass: citations followed by an explanation are fine',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: PLAIN })],
      fileLinks: [fileLink({ text: 'Fracción V. Presupuesto de egresos del municipio' }), fileLink({ text: 'Fracción VI. Nómina del personal' })],
    }),
  },
  { name: 'fail: one long legal sentence', expected: 'fail', reason: /Fernández-Huerta .*se requiere al menos 60/, artifacts: buildArtifacts({ pages: [sectionPage({ text: LEGAL })] }) },
  {
    name: 'decoy: readable intro but every label is a bare citation',
    expected: 'fail',
    reason: /etiquetas de la sección son citas legales sin explicación/,
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: PLAIN, headings: ['Art. 8 Fr. V inciso c)'] })],
      links: ['Art. 8 Fr. V inciso a)', 'Art. 8 Fr. V inciso b)', 'Art. 8 Fr. VI'].map((text) => link({ pageUrl: SECTION_URL, text })),
      fileLinks: [fileLink({ text: 'LTAIPEJ Art. 8 Fr. V inciso d)' })],
    }),
  },
  {
    name: 'decoy: table rows labelled only by citations beside “PDF” links',
    expected: 'fail',
    reason: /etiquetas de la sección son citas legales sin explicación/,
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: PLAIN, textBlocks: [PLAIN, 'Rubro', 'Documento', 'Art. 70 Fr. XXI inciso b)', 'PDF', 'Art. 70 Fr. IX', 'PDF', 'Art. 70 Fr. XV inciso c)', 'PDF'] })],
      fileLinks: [fileLink({ text: 'PDF' })],
    }),
  },
  {
    name: 'pass: update stamps are metadata, not prose, and do not sink the score',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: PLAIN, textBlocks: [PLAIN, 'Fecha de actualización: 30/04/2016. Información vigente de enero a diciembre 2015. Próxima actualización: 30/07/2016.', 'Presupuesto de egresos (Actualización 5 abril 2016)'] })],
    }),
  },
  { name: 'unknown: too little text to score', expected: 'unknown', artifacts: buildArtifacts({ pages: [sectionPage({ text: 'Datos abiertos. Descarga.' })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
]);
