import { SECTION_URL, SITE, buildArtifacts, fileLink, link, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { probe } from '../../gather/helpers.ts';
import { datasetTable, sectionSite, url } from '../html-fixtures.ts';

const CSV_AND_PDF = `
        <h1>Datos Abiertos</h1>
        <p>Descarga los conjuntos de datos del municipio.</p>
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-egresos-2016.csv', 'CSV'], ['Padrón de proveedores', '/datos-abiertos/archivos/padron-proveedores.pdf', 'PDF']])}`;
/** A table layout offering "Excel" and "CSV": the .xls is served as a PDF, the CSV is gone (404). */
const LYING_EXTENSIONS = `
      <p><b>DATOS ABIERTOS</b></p>
      <table width="100%" border="0" cellpadding="3">
        <tr><td>Presupuesto de egresos 2016</td><td><a href="${url('/datos/presupuesto_2016.xls')}">Descargar en Excel (.xls)</a></td></tr>
        <tr><td>Nómina 2016</td><td><a href="${url('/datos/nomina_2016.csv')}">CSV</a></td></tr>
      </table>`;

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const MONTHLY_SERIES = `
        <h1>Datos Abiertos</h1>
        <p>Nómina mensual del Ayuntamiento.</p>
${datasetTable(MONTHS.map((m) => [`Nómina 2016-${m}`, `/datos/nomina-2016-${m}.csv`, 'CSV']))}`;

const pages = [sectionPage()];

runIndicatorCases('open-format-download', [
  { name: 'pass: a CSV file, not probed', expected: 'pass', artifacts: buildArtifacts({ pages, fileLinks: [fileLink()] }) },
  { name: 'pass: XLSX served as such', expected: 'pass', artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ format: 'xlsx', formatSource: 'content-type', available: true })] }) },
  { name: 'pass: an API link', expected: 'pass', artifacts: buildArtifacts({ pages, links: [link({ pageUrl: SECTION_URL, text: 'API de datos', href: `${SITE}/api/3/action/package_list` })] }) },
  {
    name: 'fail: PDF and Word only',
    expected: 'fail',
    reason: /pdf 1, docx 1/, reasonId: 'open-format-download.no-open-format',
    artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ format: 'pdf', href: `${SITE}/a.pdf` }), fileLink({ format: 'docx', href: `${SITE}/b.docx` })] }),
  },
  { name: 'decoy: the only CSV returns 404', expected: 'fail', reason: /1 archivo en formato abierto no se pudo descargar/, artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ available: false })] }) },
  { name: 'decoy: an .xls extension that serves HTML', expected: 'fail', artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ href: `${SITE}/a.xls`, format: 'other', formatSource: 'content-type', available: true })] }) },
  {
    name: 'decoy: an “Excel” .xls whose bytes are a PDF (read from the file, not its name or content type)',
    expected: 'fail',
    reason: /pdf 2/,
    reasonId: 'open-format-download.no-open-format',
    artifacts: buildArtifacts({
      pages,
      fileLinks: [
        fileLink({ href: `${SITE}/informe.pdf`, format: 'pdf', formatSource: 'content-type', available: true }),
        fileLink({ href: `${SITE}/directorio-funcionarios.xls`, text: 'Directorio de funcionarios (Excel)', format: 'pdf', formatSource: 'content', claimedFormat: 'xls', available: true }),
      ],
    }),
  },
  {
    name: 'decoy: a .csv that downloads an ASP.NET error page (status 200)',
    expected: 'fail',
    artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ href: `${SITE}/LTAIPET-A67FXXI-2016.csv`, format: 'other', formatSource: 'content', claimedFormat: 'csv', available: true })] }),
  },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null, fileLinks: [fileLink()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [], fileLinks: [fileLink()] }) },
  {
    name: 'pass: html — Bootstrap catalogue whose CSV the probe confirms (text/csv)',
    expected: 'pass',
    html: sectionSite({ style: 'bootstrap', landing: CSV_AND_PDF }),
    crawl: { files: [probe(url('/datos-abiertos/archivos/presupuesto-egresos-2016.csv'), 'text/csv; charset=utf-8'), probe(url('/datos-abiertos/archivos/padron-proveedores.pdf'), 'application/pdf')] },
    // The PDF can only be a PDF: its probe decides nothing here.
    probes: [url('/datos-abiertos/archivos/presupuesto-egresos-2016.csv')],
  },
  {
    name: 'pass: html — twelve monthly CSVs of one series, the first confirmed: the others are not probed, and say so',
    expected: 'pass',
    html: sectionSite({ style: 'bootstrap', landing: MONTHLY_SERIES }),
    crawl: { files: [probe(url('/datos/nomina-2016-01.csv'), 'text/csv')] },
    probes: MONTHS.map((m) => url(`/datos/nomina-2016-${m}.csv`)),
  },
  {
    name: 'decoy: html — “Descargar en Excel (.xls)” whose probe says application/pdf, and a CSV link that answers 404',
    expected: 'fail',
    reasonId: 'open-format-download.no-open-format',
    html: sectionSite({ style: 'table', landing: LYING_EXTENSIONS }),
    crawl: { files: [probe(url('/datos/presupuesto_2016.xls'), 'application/pdf'), probe(url('/datos/nomina_2016.csv'), 'text/html', 404)] },
    probes: [url('/datos/presupuesto_2016.xls'), url('/datos/nomina_2016.csv')],
  },
]);
