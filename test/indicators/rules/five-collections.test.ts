import { SECTION_URL, SITE, buildArtifacts, fileLink, runIndicatorCases, sectionPage } from '../build-artifacts.ts';

const pages = [sectionPage()];
const file = (name: string, text: string, format: 'csv' | 'pdf' | 'xlsx' = 'csv') =>
  fileLink({ href: `${SITE}/archivos/${name}.${format}`, text, format });

runIndicatorCases('five-collections', [
  {
    name: 'pass: five distinct datasets',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages,
      fileLinks: [file('presupuesto', 'Presupuesto de egresos'), file('nomina', 'Nómina'), file('obras', 'Obra pública'), file('contratos', 'Contratos'), file('padron', 'Padrón de beneficiarios')],
    }),
  },
  {
    name: 'pass: three series and two data tables',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [sectionPage({ dataTableCount: 2 })],
      fileLinks: [file('presupuesto', 'Presupuesto'), file('nomina', 'Nómina'), file('obras', 'Obras')],
    }),
  },
  {
    name: 'pass: generic link texts fall back to the file name',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages,
      fileLinks: ['presupuesto_2016', 'nomina_2016', 'obra_publica', 'contratos_2016', 'padron_beneficiarios'].map((n) => file(n, 'Descarga aquí')),
    }),
  },
  {
    name: 'decoy: twelve monthly files of one series are one collection',
    expected: 'fail',
    reason: /Se contó 1 colección distinta/,
    reasonId: 'five-collections.too-few',
    artifacts: buildArtifacts({
      pages,
      fileLinks: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'].map((m) =>
        file(`nomina-${m}-2015`, `Nómina ${m} 2015`, 'xlsx'),
      ),
    }),
  },
  {
    name: 'decoy: files linked outside the section do not count',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages,
      fileLinks: ['a', 'b', 'c', 'd', 'e'].map((n) => fileLink({ pageUrl: `${SITE}/noticias`, href: `${SITE}/archivos/${n}.pdf`, text: `Boletín ${n}` })),
    }),
  },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [], fileLinks: [fileLink({ pageUrl: SECTION_URL })] }) },
]);
