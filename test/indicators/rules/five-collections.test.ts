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

/**
 * Two series only — a fortnightly payroll and the council's ordinary-session minutes — with their periods
 * written every way portals write them: "1ra"/"2da" quincena, "primera"/"segunda", "1a. Qna.", "5ta sesión",
 * "Acta" and "Actas", file names that repeat the ordinals.
 */
const TWO_SERIES_BY_ORDINAL = `
        <h2>Nómina</h2>
        <ul class="list-unstyled">
          <li><a href="${url('/datos-abiertos/nomina/nomina-1ra-quincena-enero-2016.xlsx')}">Nómina 1ra quincena de enero 2016</a></li>
          <li><a href="${url('/datos-abiertos/nomina/nomina-2da-quincena-enero-2016.xlsx')}">Nómina 2da quincena de enero 2016</a></li>
          <li><a href="${url('/datos-abiertos/nomina/nomina-primera-quincena-febrero-2016.xlsx')}">Nómina primera quincena de febrero 2016</a></li>
          <li><a href="${url('/datos-abiertos/nomina/nomina-segunda-quincena-febrero-2016.xlsx')}">Nómina segunda quincena de febrero 2016</a></li>
          <li><a href="${url('/datos-abiertos/nomina/nomina_1a_qna_marzo_2016.csv')}">Nómina 1a. Qna. marzo 2016</a></li>
          <li><a href="${url('/datos-abiertos/nomina/nominas-quincenales-2015.zip')}">Nóminas quincenales 2015</a></li>
        </ul>
        <h2>Actas de sesión ordinaria</h2>
        <ul class="list-unstyled">
          <li><a href="${url('/datos-abiertos/actas/acta-1ra-sesion-ordinaria-2016.pdf')}">Acta de la 1ra sesión ordinaria 2016</a></li>
          <li><a href="${url('/datos-abiertos/actas/acta-2da-sesion-ordinaria-2016.pdf')}">Acta de la 2da sesión ordinaria 2016</a></li>
          <li><a href="${url('/datos-abiertos/actas/acta-3ra-sesion-ordinaria-2016.pdf')}">Acta de la 3ra sesión ordinaria 2016</a></li>
          <li><a href="${url('/datos-abiertos/actas/acta-4ta-sesion-ordinaria-2016.pdf')}">Acta de la 4ta sesión ordinaria 2016</a></li>
          <li><a href="${url('/datos-abiertos/actas/acta-5ta-sesion-ordinaria-2016.pdf')}">Acta de la 5ta sesión ordinaria 2016</a></li>
          <li><a href="${url('/datos-abiertos/actas/actas-sesion-ordinaria-tercera-2015.pdf')}">Actas de sesión ordinaria (tercera), 2015</a></li>
        </ul>`;

/** One financial statement, period by period: roman-numeral quarters, bimesters, "ene-feb", "al 31 de marzo", weeks. */
const ONE_STATEMENT_BY_PERIOD = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Estados financieros del Municipio, publicados al cierre de cada periodo.</p>
            <ul>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-trimestre-i-2016.xlsx')}">Estado de situación financiera Trimestre I 2016</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-trimestre-ii-2016.xlsx')}">Estado de situación financiera Trimestre II 2016</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-iv-trim-2015.xlsx')}">Estado de situación financiera IV Trimestre 2015</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-31-03-2016.xlsx')}">Estado de situación financiera al 31 de marzo de 2016</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-ene-feb-2016.xlsx')}">Estado de situación financiera ene-feb 2016</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-3er-bimestre-2015.xlsx')}">Estado de situación financiera 3er bimestre 2015</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-2do-cuatrimestre-2015.xlsx')}">Estado de situación financiera 2do cuatrimestre 2015</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edo-sit-fin-1er-semestre-2015.xlsx')}">Estado de situación financiera, primer semestre 2015</a></li>
              <li><a href="${url('/wp-content/uploads/datos/edos-sit-fin-semana-12-2016.csv')}">Estados de situación financiera semana 12 (2016)</a></li>
            </ul>`;

/** Six datasets of six subjects, each named with its period: the ordinals must not make them one. */
const SIX_DATASETS_WITH_PERIODS = `
        <h2>Conjuntos de datos</h2>
        <ul class="list-unstyled">
          <li><a href="${url('/datos-abiertos/presupuesto-egresos-1er-trimestre-2016.csv')}">Presupuesto de egresos 1er trimestre 2016</a></li>
          <li><a href="${url('/datos-abiertos/nomina-1ra-quincena-abril-2016.csv')}">Nómina 1ra quincena de abril 2016</a></li>
          <li><a href="${url('/datos-abiertos/acta-5ta-sesion-ordinaria-2016.pdf')}">Acta de la 5ta sesión ordinaria de Cabildo</a></li>
          <li><a href="${url('/datos-abiertos/licitaciones-trimestre-ii-2016.xlsx')}">Licitaciones públicas Trimestre II</a></li>
          <li><a href="${url('/datos-abiertos/padron-beneficiarios-2do-semestre-2015.csv')}">Padrón de beneficiarios, 2do semestre 2015</a></li>
          <li><a href="${url('/datos-abiertos/incidencia-delictiva-semana-12.csv')}">Incidencia delictiva semana 12</a></li>
        </ul>`;

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
    name: 'decoy: html — a Socrata-like catalogue: four datasets, each linked as “XLSX” from the list and by name from its page, are four',
    expected: 'fail',
    reasonId: 'five-collections.too-few',
    html: (() => {
      const datasets = ['alumbrado-publico:Lámparas por colonia', 'agua-potable:Tomas de agua', 'nomina:Plantilla y sueldos', 'reportes:Quejas y reportes atendidos'].map((d) => d.split(':') as [string, string]);
      const rows = datasets.map(([id, title]) => `<tr><td><a href="${url(`/datos-abiertos/d/${id}`)}">${title}</a></td><td><a href="${url(`/api/views/${id}/rows.xlsx`)}">XLSX</a></td></tr>`).join('');
      const pages = Object.fromEntries(
        datasets.map(([id, title]) => [`/datos-abiertos/d/${id}`, { title, main: `<h1>${title}</h1><ul><li><a href="${url(`/api/views/${id}/rows.xlsx`)}">${title} XLSX</a></li></ul>` }]),
      );
      return { ...sectionSite({ style: 'bootstrap', landing: `<h1>Datos abiertos</h1><table>${rows}</table>`, pages }) };
    })(),
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
  {
    name: 'decoy: html — a payroll by fortnight (“1ra”, “2da”, “primera”, “1a. Qna.”) and session minutes “1ra” … “5ta sesión ordinaria” are two series',
    expected: 'fail',
    reason: /2 colecciones distintas .*“nomina”.*“acta sesion ordinaria”/,
    html: sectionSite({ style: 'bootstrap', landing: TWO_SERIES_BY_ORDINAL }),
  },
  {
    name: 'decoy: html — one financial statement by “Trimestre I/II”, “IV Trimestre”, bimester, cuatrimestre, “ene-feb”, “al 31 de marzo”, week',
    expected: 'fail',
    reason: /Se contó 1 colección distinta .*“estado situacion financiera”/,
    html: sectionSite({ style: 'wordpress', landing: ONE_STATEMENT_BY_PERIOD }),
  },
  {
    name: 'pass: html — six subjects each named with its period (“Presupuesto 1er trimestre”, “Nómina 1ra quincena”, “5ta sesión”…)',
    expected: 'pass',
    reason: /6 colecciones distintas/,
    html: sectionSite({ style: 'bootstrap', landing: SIX_DATASETS_WITH_PERIODS }),
  },
  {
    name: 'pass: a legal fraction’s roman numeral names another obligation, not a period (“Fracción I” … “Fracción V”)',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages,
      fileLinks: ['I', 'II', 'III', 'IV', 'V'].map((n) => file(`art8-fr-${n.toLowerCase()}-1er-trimestre`, `Artículo 8 Fracción ${n}, 1er trimestre`, 'pdf')),
    }),
  },
  {
    name: 'decoy: one legal fraction quarter by quarter is one series',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages,
      fileLinks: ['1er', '2do', '3er', '4to', 'IV'].map((q) => file(`art8-fr-v-${q}`, `Artículo 8 Fracción V, ${q} trimestre`, 'pdf')),
    }),
  },
]);
