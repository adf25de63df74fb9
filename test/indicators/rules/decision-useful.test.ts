import { SECTION_URL, SITE, buildArtifacts, fileLink, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { sectionSite, url } from '../html-fixtures.ts';

/** The budget by chapter as a table of figures under a heading that names it, with its CSV. */
const BUDGET_TABLE = `
        <h1>Datos Abiertos</h1>
        <h2>Presupuesto de egresos 2016 por capítulo del gasto</h2>
        <div class="table-responsive"><table class="table table-condensed">
          <thead><tr><th>Capítulo</th><th>Concepto</th><th>Aprobado</th><th>Ejercido a marzo</th></tr></thead>
          <tbody>
            <tr><td>1000</td><td>Servicios personales</td><td>$ 1,245,300,000</td><td>$ 301,220,150</td></tr>
            <tr><td>2000</td><td>Materiales y suministros</td><td>$ 210,450,000</td><td>$ 48,900,310</td></tr>
            <tr><td>6000</td><td>Inversión pública</td><td>$ 512,000,000</td><td>$ 90,115,000</td></tr>
          </tbody>
        </table></div>
        <p><a href="${url('/datos-abiertos/archivos/presupuesto-egresos-2016.csv')}">Descargar en CSV</a></p>`;
/**
 * Open files about nothing a citizen decides with (a directory, a cultural agenda, logos), and the budget and
 * payroll only as PDFs labelled “PDF” beside a citation: the file names say presupuesto, the page does not.
 */
const NOTHING_TO_DECIDE = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Consulta la información de interés general que publica el Ayuntamiento.</p>
            <ul>
              <li><a href="${url('/wp-content/uploads/datos/directorio-dependencias.csv')}">Directorio de dependencias municipales</a> (CSV)</li>
              <li><a href="${url('/wp-content/uploads/datos/agenda-cultural-mayo-2016.xlsx')}">Agenda cultural de mayo</a> (XLSX)</li>
              <li><a href="${url('/wp-content/uploads/datos/escudo-y-logotipos.zip')}">Escudo y logotipos oficiales</a> (ZIP)</li>
            </ul>
            <table>
              <tr><td>Art. 8 Fr. V inciso c)</td><td><a href="${url('/wp-content/uploads/2016/02/presupuesto-2016.pdf')}">PDF</a></td></tr>
              <tr><td>Art. 8 Fr. V inciso d)</td><td><a href="${url('/wp-content/uploads/2016/02/nomina-2016.pdf')}">PDF</a></td></tr>
            </table>
            <h2>Misión</h2><p>Ser un gobierno cercano a la gente.</p>`;

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
  {
    // irapuato: the figures of a year's works are in a paragraph reporting the mayor's statement, not a table or a dataset.
    name: 'decoy: figures only inside an institutional paragraph; documents are a plan, a regulation and a directory',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [sectionPage({ headings: ['Transparencia Proactiva'], text: 'Durante el ejercicio fiscal 2015 la Administración invirtió 312.4 millones de pesos en 148 obras y atendió 21,430 reportes ciudadanos, según lo informado por el Presidente Municipal.' })],
      fileLinks: [
        fileLink({ text: 'Plan Municipal de Desarrollo 2015-2018 (PDF)', href: `${SITE}/f/plan-municipal-de-desarrollo-2015-2018.pdf`, format: 'pdf' }),
        fileLink({ text: 'Reglamento de Transparencia y Acceso a la Información Pública (PDF)', href: `${SITE}/f/reglamento-transparencia.pdf`, format: 'pdf' }),
        fileLink({ text: 'Directorio de funcionarios (Excel)', href: `${SITE}/f/directorio-funcionarios.xls`, format: 'xls' }),
      ],
    }),
  },
  {
    // zitacuaro: the row says "Presupuesto de Egresos del Ejercicio Fiscal 2016", the PDF only says it is "en proceso
    // de cierre". Mirador does not read PDFs, so a PDF counts only when its own link text names the topic.
    name: 'decoy: a “Descargar” PDF in a budget row of a file index',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage()], fileLinks: [fileLink({ text: 'Descargar', href: `${SITE}/archivos/transparencia/presupuesto_egresos_2016.pdf`, format: 'pdf' })] }),
  },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null, fileLinks: [fileLink()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
  // The table passes it: whether the CSV is one changes nothing.
  { name: 'pass: html — Bootstrap table of the 2016 budget by chapter, with its CSV', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: BUDGET_TABLE }), probes: [] },
  {
    name: 'unknown: html — a list of datasets titled in <strong> (“Sueldos del personal — … PDF”), each link saying only its format: the PDFs were not read',
    expected: 'unknown',
    reasonId: 'decision-useful.pdfs-not-read',
    html: sectionSite({
      style: 'wordpress',
      landing: `<h1>Portal de datos abiertos</h1><p>Queremos que sepas qué hace el municipio con tu dinero.</p>
            <h2>Administración municipal</h2>
            <ul class="lista-datos">
              <li><strong>Sueldos del personal</strong> — Los puestos del Ayuntamiento y el sueldo de cada uno. <a href="${url('/wp-content/uploads/datos/n1.pdf')}">PDF</a></li>
              <li><strong>Luminarias reparadas</strong> — Cuántas lámparas se repararon en cada colonia. <a href="${url('/wp-content/uploads/datos/a1.pdf')}">PDF</a></li>
            </ul>`,
    }),
  },
  {
    name: 'pass: html — a table of datasets whose CSV links say only “CSV”, each row titled by its subject (“Plantilla y sueldos”)',
    expected: 'pass',
    html: sectionSite({
      style: 'table',
      landing: `<h2>Datos abiertos</h2><table><tr><td>Plantilla y sueldos</td><td>Los puestos del Ayuntamiento y el sueldo de cada uno.</td><td><a href="${url('/api/views/n/rows.csv')}">CSV</a></td></tr>
            <tr><td>Tomas de agua</td><td>Tomas y consumo por mes.</td><td><a href="${url('/api/views/a/rows.csv')}">CSV</a></td></tr></table>`,
    }),
  },
  {
    name: 'decoy: html — a “Reglamento de Obra Pública” PDF in a list item is law, not data on works',
    expected: 'fail',
    reasonId: 'decision-useful.no-decision-data',
    html: sectionSite({
      style: 'wordpress',
      landing: `<h1>Datos abiertos</h1><p>Marco jurídico de la información.</p>
            <ul><li><strong>Reglamento de Obra Pública del Municipio</strong> <a href="${url('/wp-content/uploads/r1.pdf')}">PDF</a></li>
            <li><strong>Reglamento de Adquisiciones</strong> <a href="${url('/wp-content/uploads/r2.pdf')}">PDF</a></li></ul>`,
    }),
  },
  {
    name: 'decoy: html — the “Obras Públicas” heading over the department’s directory, whose only numbers are phones and extensions',
    expected: 'fail',
    reasonId: 'decision-useful.no-decision-data',
    html: sectionSite({
      style: 'table',
      landing: `<h2>Datos Abiertos</h2><p>Conoce a los responsables de cada área.</p>
            <h3>Obras Públicas</h3>
            <table border="1"><tr><th>Nombre</th><th>Cargo</th><th>Teléfono</th><th>Ext.</th></tr>
            <tr><td>Ing. Luis Pérez Gómez</td><td>Director</td><td>33 3283 4400</td><td>1234</td></tr>
            <tr><td>Arq. Sofía Lara</td><td>Jefa de Proyectos</td><td>33 3283 4400</td><td>1236</td></tr>
            <tr><td>Ing. Raúl Díaz</td><td>Supervisor</td><td>33 3283 4400</td><td>1238</td></tr></table>`,
    }),
  },
  {
    name: 'decoy: html — a directory, a cultural agenda and logos as open files; the budget only as “PDF” beside “Art. 8 Fr. V inciso c)”',
    expected: 'fail',
    reasonId: 'decision-useful.no-decision-data',
    html: sectionSite({ style: 'wordpress', landing: NOTHING_TO_DECIDE }),
  },
]);
