import { SECTION_URL, SITE, buildArtifacts, fileLink, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { sectionSite, url } from '../html-fixtures.ts';

/** Six datasets of six offices, listed as a WordPress page. */
const SIX_DATASETS = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Descarga la información del municipio en formatos abiertos. Cada conjunto de datos indica la dependencia que lo genera.</p>
            <ul class="lista-datos">
              <li><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">Presupuesto de egresos 2016</a> (CSV, 24 KB) · Tesorería</li>
              <li><a href="${url('/wp-content/uploads/datos/nomina-abril-2016.xlsx')}">Nómina de servidores públicos, abril 2016</a> (XLSX) · Recursos Humanos</li>
              <li><a href="${url('/wp-content/uploads/datos/obra-publica-2016.csv')}">Obra pública contratada 2016</a> (CSV) · Obras Públicas</li>
              <li><a href="${url('/wp-content/uploads/datos/padron-proveedores.xlsx')}">Padrón de proveedores</a> (XLSX) · Proveeduría</li>
              <li><a href="${url('/wp-content/uploads/datos/licencias-construccion-2015.csv')}">Licencias de construcción 2015</a> (CSV) · Ordenamiento Territorial</li>
              <li><a href="${url('/wp-content/uploads/datos/reportes-ciudadanos-2016.csv')}">Reportes ciudadanos atendidos</a> (CSV) · Atención Ciudadana</li>
            </ul>`;

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const nominaRow = (month: string, year: number) =>
  `            <tr><td>Nómina ${month} ${year}</td><td><a href="${url(`/datos-abiertos/nomina/nomina_${month}_${year}.xlsx`)}">Descargar</a></td><td><a href="${url(`/datos-abiertos/nomina/nomina_${month}_${year}.csv`)}">Descargar</a></td></tr>`;
/** Sixteen months of one payroll, each in Excel and CSV: 32 files, one collection. */
const ONE_SERIES = `
        <h2>Nómina</h2>
        <p>Nómina quincenal de los servidores públicos del Ayuntamiento, por mes.</p>
        <table class="table table-bordered">
          <thead><tr><th>Mes</th><th>Excel</th><th>CSV</th></tr></thead>
          <tbody>
${[...MONTHS.slice(0, 4).map((m) => nominaRow(m, 2016)), ...MONTHS.map((m) => nominaRow(m, 2015))].join('\n')}
          </tbody>
        </table>`;

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
  { name: 'pass: html — WordPress list of six datasets from six offices', expected: 'pass', html: sectionSite({ style: 'wordpress', landing: SIX_DATASETS }) },
  {
    name: 'decoy: html — 32 “Descargar” links that are one payroll month by month, in Excel and CSV',
    expected: 'fail',
    reason: /1 colección distinta .*“nomina”/,
    html: sectionSite({ style: 'bootstrap', landing: ONE_SERIES }),
  },
]);
