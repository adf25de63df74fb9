import { SECTION_URL, SITE, buildArtifacts, fileLink, runIndicatorCases, sectionPage } from './build-artifacts.ts';

runIndicatorCases('decision-useful', [
  { name: 'pass: budget in CSV', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink()] }) },
  {
    name: 'pass: a data table under “Obra pública 2016”',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage({ url: `${SECTION_URL}/presupuesto`, title: 'Obras', headings: ['Obra pública 2016'], dataTableCount: 1 })] }),
  },
  {
    name: 'pass: a spreadsheet whose topic is in the file name only',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'Descarga', href: `${SITE}/f/contratos_2016.xlsx`, format: 'xlsx' })] }),
  },
  {
    name: 'pass: a PDF whose link text names the topic',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'Contratos 2016', href: `${SITE}/f/c16.pdf`, format: 'pdf' })] }),
  },
  {
    name: 'decoy: a PDF behind a legal label, the topic only in its file name',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'PDF', href: `${SITE}/f/art70_fr21_presupuesto.pdf`, format: 'pdf' })] }),
  },
  {
    name: 'decoy: news and institutional text mentioning the budget',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [sectionPage({ headings: ['Noticias', 'Misión y visión'], text: 'El alcalde presentó el presupuesto participativo en rueda de prensa.' })],
      fileLinks: [fileLink({ text: 'Organigrama', href: `${SITE}/f/organigrama.pdf`, format: 'pdf' })],
    }),
  },
  {
    name: 'decoy: a Word document about the budget is not data',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'Presupuesto', href: `${SITE}/f/presupuesto.docx`, format: 'docx' })] }),
  },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null, fileLinks: [fileLink()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
]);
