import { HOME, SECTION_URL, SITE, buildArtifacts, fileLink, homePage, link, page, runIndicatorCases, section, sectionPage } from '../build-artifacts.ts';
import { datasetTable, sectionSite, url } from '../html-fixtures.ts';

const PLAIN_LANDING = `
        <h1>Datos Abiertos</h1>
        <p>Aquí puedes bajar la información del gobierno de tu municipio. Los archivos están en formatos que abres con cualquier hoja de cálculo.</p>
        <p>Puedes usar los datos como quieras. Solo te pedimos que digas de dónde los tomaste. Si encuentras un error, avísanos para corregirlo.</p>
        <p>Cada mes subimos datos nuevos. Si no encuentras lo que buscas, escríbenos y te ayudamos a buscarlo.</p>
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-2016.csv', 'CSV'], ['Obras públicas 2016', '/datos-abiertos/archivos/obras-2016.csv', 'CSV']])}`;

const CITATIONS = ['Art. 8 Fr. V inciso a)', 'Art. 8 Fr. V inciso b)', 'Art. 8 Fr. V inciso c)', 'Art. 8 Fr. V inciso d)', 'Art. 8 Fr. VI inciso a)', 'Art. 8 Fr. VI inciso b)', 'Art. 15 Fr. XXV'];
/** A table-layout "Datos Abiertos" page: each row a bare citation beside an xls.png icon. */
const BARE_CITATIONS = `
      <p><b>DATOS ABIERTOS</b></p>
      <table width="100%" border="1" cellpadding="4" cellspacing="0">
        <tr><th>Fundamento</th><th>Archivo</th></tr>
${CITATIONS.map((c, i) => `        <tr><td>${c}</td><td><a href="${url(`/datos-abiertos/docs/art8-${i}.xls`)}"><img src="${url('/imagenes/xls.png')}" alt="xls"></a></td></tr>`).join('\n')}
      </table>`;
/** Two more pages of the same table layout, so its menu and footer show as the site's template. */
const MORE_PAGES = {
  '/gobierno': { title: 'Gobierno', main: '<p><b>GOBIERNO</b></p><p>El Ayuntamiento se integra por el Presidente Municipal, el Síndico y los Regidores electos para el periodo 2015-2018.</p>' },
  '/contacto': { title: 'Contacto', main: '<p><b>CONTACTO</b></p><p>Visítanos en Presidencia Municipal de lunes a viernes de 9:00 a 15:00 horas.</p>' },
};

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

/** An old table layout (zacatecas): no header/nav/footer markup, so menu, clock, sidebar and footer are running text of every page. */
const MENU = 'Inicio | Ayuntamiento | Transparencia | Datos Abiertos | Noticias | Turismo | Contacto';
const TOP = [MENU, 'Hoy es viernes 20 de mayo de 2016', 'Enlaces', 'Plan Municipal de Desarrollo', 'Trámites y servicios', 'Turismo en la ciudad'];
const BOTTOM = [
  'H. Ayuntamiento · Av. Hidalgo No. 201, Centro Histórico, C.P. 98000 · Tel. (492) 923 9421',
  'Escríbenos: presidencia@municipio.gob.mx',
  'Todos los derechos reservados © 2016 · Fecha de impresión: 20/05/2016',
];
const tablePage = (url: string, own: string[]) => page({ url, textBlocks: [...TOP, ...own, ...BOTTOM], text: [...TOP, ...own, ...BOTTOM].join(' ') });
const CODED_ROWS = [
  ['LTAIPEZ Art. 11 Fr. XIX inc. a)', 'PEE-2015 Cap. 1000-6000'],
  ['LTAIPEZ Art. 11 Fr. XIX inc. b)', 'EEG-2015 1T-3T'],
  ['LTAIPEZ Art. 11 Fr. XXI', 'OP-FISM/FORTAMUN-2015'],
  ['LTAIPEZ Art. 11 Fr. XXIII', 'PP-2015 (RFC/Giro)'],
  ['LTAIPEZ Art. 11 Fr. XIV', 'SAO-DS-2015'],
];
const tableLayoutSite = (rows: string[][], intro: string) => {
  const turismo = `${SITE}/index.php?seccion=turismo`;
  const sidebar = (pageUrl: string) => [
    link({ pageUrl, href: turismo, text: 'Turismo en la ciudad', region: 'unknown' }),
    link({ pageUrl, href: `${SITE}/index.php?seccion=tramites`, text: 'Trámites y servicios', region: 'unknown' }),
  ];
  const pages = [
    tablePage(HOME, ['Bienvenidos al portal del municipio.']),
    tablePage(SECTION_URL, ['Datos Abiertos', intro, 'Fundamento', 'Clave', 'Archivo', ...rows.flatMap((r) => [...r, 'XLS']), 'Última actualización: 20-sep-2015']),
    tablePage(turismo, ['Turismo', 'La ciudad te espera con su catedral, su cerro y su teleférico. Ven a conocerla.', 'Pago del impuesto predial', 'Licencia de funcionamiento']),
    tablePage(`${SITE}/index.php?seccion=tramites`, ['Trámites', 'Pago del impuesto predial', 'Licencia de funcionamiento', 'Permiso de construcción']),
  ];
  return buildArtifacts({
    pages,
    links: pages.flatMap((p) => sidebar(p.url)),
    fileLinks: rows.map((_, i) => fileLink({ text: 'XLS', href: `${SITE}/archivos/datos/${i}.xls` })),
    section: section({ pageUrls: [SECTION_URL, turismo] }),
  });
};
const LEGAL_INTRO =
  'Conjuntos de datos publicados en cumplimiento de los artículos 4, 9 y 11 de los Lineamientos para la Publicación de Datos Abiertos del Municipio, en relación con el artículo 11 de la LTAIPEZ y demás disposiciones aplicables, por conducto de la Unidad de Enlace, en términos del Acuerdo de Cabildo AC/SO-42/2014.';

/** A 100-word legal preamble, one sentence with its citations in prose: what a reader meets first on some landing pages. */
const PREAMBLE =
  'Con fundamento en los artículos 6 y 16 de la Constitución Política de los Estados Unidos Mexicanos, 4 y 9 de la Constitución Política del Estado, ' +
  'Art. 8 Fr. V de la Ley de Transparencia y Acceso a la Información Pública del Estado y sus Municipios, así como en los Lineamientos Generales ' +
  'para la Publicación y Actualización de la Información Fundamental emitidos por el Instituto de Transparencia, Información Pública y Protección ' +
  'de Datos Personales, y en cumplimiento de las obligaciones establecidas en el Reglamento de Transparencia de la Administración Pública Municipal, ' +
  'se publica la información fundamental correspondiente al ejercicio fiscal en curso, en formatos abiertos que permiten su reutilización, ' +
  'redistribución y aprovechamiento por parte de la ciudadanía y de los sujetos interesados.';
/** Sub-pages in everyday Spanish, one per dataset: each a few short sentences a neighbour would write. */
const PLAIN_SUB_PAGES: Record<string, { title: string; label: string; text: string[] }> = {
  '/datos-abiertos/presupuesto': {
    title: 'Presupuesto',
    label: 'Art. 8 Fr. V inciso a) Presupuesto de egresos del año',
    text: ['Aquí ves cuánto dinero tiene el municipio este año. También ves en qué lo gasta cada área. Baja el archivo y ábrelo en Excel.', 'Si tienes dudas, llámanos o escríbenos. Te contestamos en una semana.'],
  },
  '/datos-abiertos/obras': {
    title: 'Obras',
    label: 'Art. 8 Fr. V inciso b) Obras públicas del año',
    text: ['Estas son las obras del año. Para cada una ves el lugar, lo que cuesta y cuánto va. Cada mes ponemos los datos nuevos.', 'Si ves una obra que no está en la lista, avísanos.'],
  },
  '/datos-abiertos/nomina': {
    title: 'Nómina',
    label: 'Art. 8 Fr. V inciso c) Sueldos del personal',
    text: ['Aquí está lo que gana cada puesto del gobierno. El dato es de la tesorería y se cambia cada mes.', 'Puedes usar los datos como quieras. Solo di de dónde los tomaste.'],
  },
};
/** A landing page that opens with `intro` and links its sub-pages, each labelled by a citation that then names the data. */
const landingWithSubPages = (style: 'bootstrap' | 'table', intro: string, subPages: Record<string, { title: string; label: string; text: string[] }>) =>
  sectionSite({
    style,
    landing: `
        <h1>Datos Abiertos</h1>
        ${intro}
        <ul>
${Object.entries(subPages).map(([path, p]) => `          <li><a href="${url(path)}">${p.label}</a></li>`).join('\n')}
        </ul>
${datasetTable([['Art. 8 Fr. V inciso d) Padrón de proveedores', '/datos-abiertos/archivos/proveedores.csv', 'CSV']])}`,
    pages: {
      ...Object.fromEntries(Object.entries(subPages).map(([path, p]) => [path, { title: p.title, main: `<h1>${p.title}</h1>\n${p.text.map((t) => `<p>${t}</p>`).join('\n')}` }])),
      ...(style === 'table' ? MORE_PAGES : {}),
    },
  });
/** One sub-page in legal Spanish: the law's wording of what the dataset is. */
const LEGAL_SUB_PAGE = {
  '/datos-abiertos/marco-juridico': { title: 'Marco jurídico', label: 'Art. 8 Fr. I Marco jurídico de la información', text: [`${LEGAL}.`, `${LEGAL_INTRO}`] },
};
const PLAIN_INTRO = `
        <p>Aquí puedes bajar los datos del gobierno de tu municipio. Están en archivos que abres con Excel o con cualquier hoja de cálculo.</p>
        <p>Puedes usarlos como quieras. Solo te pedimos que digas de dónde los tomaste. Si ves un error, avísanos.</p>`;

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
    reason: /etiquetas de la sección son citas legales o claves sin explicación/,
    artifacts: buildArtifacts({
      pages: [sectionPage({ text: PLAIN, headings: ['Art. 8 Fr. V inciso c)'] })],
      links: ['Art. 8 Fr. V inciso a)', 'Art. 8 Fr. V inciso b)', 'Art. 8 Fr. VI'].map((text) => link({ pageUrl: SECTION_URL, text })),
      fileLinks: [fileLink({ text: 'LTAIPEJ Art. 8 Fr. V inciso d)' })],
    }),
  },
  {
    name: 'decoy: table rows labelled only by citations beside “PDF” links',
    expected: 'fail',
    reason: /etiquetas de la sección son citas legales o claves sin explicación/,
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
  {
    name: 'decoy: datasets labelled only by citations and codes, in a table layout whose menu and footer repeat on every page (zacatecas)',
    expected: 'fail',
    reason: /etiquetas de la sección son citas legales o claves sin explicación/,
    artifacts: tableLayoutSite(CODED_ROWS, LEGAL_INTRO),
  },
  {
    name: 'pass: codes beside a plain name of the dataset, in the same table layout',
    expected: 'pass',
    artifacts: tableLayoutSite(
      [
        ['Presupuesto de egresos', 'Cuánto gasta cada área en el año. Clave PEE-2015.'],
        ['Obra pública', 'Obras del año: lugar, costo y avance. Clave OP-2015.'],
        ['Padrón de proveedores', 'Empresas que venden bienes o servicios al municipio.'],
      ],
      'En esta sección puedes descargar en Excel la información del municipio para consultarla y usarla libremente.',
    ),
  },
  { name: 'unknown: too little text to score', expected: 'unknown', artifacts: buildArtifacts({ pages: [sectionPage({ text: 'Datos abiertos. Descarga.' })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  { name: 'pass: html — Bootstrap landing that talks to the reader in short sentences', expected: 'pass', html: sectionSite({ style: 'bootstrap', landing: PLAIN_LANDING }) },
  {
    name: 'decoy: html — table layout whose datasets are labelled only “Art. 8 Fr. V inciso a)”… beside xls icons',
    expected: 'fail',
    reasonId: 'plain-language.bare-citations',
    html: sectionSite({ style: 'table', landing: BARE_CITATIONS, pages: MORE_PAGES }),
  },
  {
    name: 'decoy: html — WordPress landing written in bureaucratic Spanish (long words, two long sentences)',
    expected: 'fail',
    reasonId: 'plain-language.score-too-low',
    html: sectionSite({
      style: 'wordpress',
      landing: `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>La publicación de información en formatos abiertos constituye una herramienta fundamental para la consolidación de la transparencia gubernamental, la rendición de cuentas y la participación corresponsable de la ciudadanía en la administración pública municipal.</p>
            <p>De conformidad con las disposiciones normativas aplicables, la Administración Pública Municipal implementa mecanismos institucionales orientados a la sistematización, estandarización y divulgación proactiva de la información gubernamental susceptible de reutilización.</p>
${datasetTable([['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-2016.csv', 'CSV']])}`,
    }),
  },
  {
    name: 'decoy: html — Bootstrap landing that is one 100-word legal preamble, over plain sub-pages (a reader meets the preamble first)',
    expected: 'fail',
    reasonId: 'plain-language.landing-score-too-low',
    html: landingWithSubPages('bootstrap', `<p>${PREAMBLE}</p>`, PLAIN_SUB_PAGES),
  },
  {
    name: 'pass: html — Bootstrap landing in short sentences, one sub-page quoting the law',
    expected: 'pass',
    html: landingWithSubPages('bootstrap', PLAIN_INTRO, { ...PLAIN_SUB_PAGES, ...LEGAL_SUB_PAGE }),
  },
  {
    name: 'decoy: html — table-layout landing that is one 100-word legal preamble, over plain sub-pages',
    expected: 'fail',
    reasonId: 'plain-language.landing-score-too-low',
    html: landingWithSubPages('table', `<p>${PREAMBLE}</p>`, PLAIN_SUB_PAGES),
  },
  {
    name: 'pass: html — table-layout landing in short sentences, one sub-page quoting the law',
    expected: 'pass',
    html: landingWithSubPages('table', PLAIN_INTRO, { ...PLAIN_SUB_PAGES, ...LEGAL_SUB_PAGE }),
  },
  {
    name: 'decoy: html — a Joomla catalogue whose every file is named only by its row’s citation (“Art. 15 Fr. XXXVIII · CSV · PDF”), amid search and filter labels',
    expected: 'fail',
    reasonId: 'plain-language.bare-citations',
    html: sectionSite({
      style: 'bootstrap',
      landing: `<h1>Datos abiertos</h1><p>Bienvenido.</p>
            <form role="search" action="${url('/datos-abiertos')}"><label for="q">Encuentra datos</label> <input type="search" id="q" name="q"> <button type="submit">Ir</button></form>
            <p>Ver por tipo de archivo: <a href="${url('/datos-abiertos?formato=csv')}">CSV</a> | <a href="${url('/datos-abiertos?formato=pdf')}">PDF</a></p>
            <table class="datos"><thead><tr><th>Fracción</th><th>Descarga</th><th>Fecha de actualización</th></tr></thead><tbody>
            <tr><td>Art. 15 Fr. XXXVIII</td><td><a href="${url('/images/d/a.csv')}">CSV</a> · <a href="${url('/images/d/a.pdf')}">PDF</a></td><td>2016-04-01</td></tr>
            <tr><td>Art. 15 Fr. XX</td><td><a href="${url('/images/d/b.csv')}">CSV</a></td><td>2016-04-02</td></tr>
            <tr><td>Art. 15 Fr. XXVI</td><td><a href="${url('/images/d/c.xlsx')}">XLSX</a></td><td>2016-03-02</td></tr>
            <tr><td>Art. 15 Fr. XXVIII</td><td><a href="${url('/images/d/d.xls')}">XLS</a></td><td>2016-02-02</td></tr>
            </tbody></table>
            <p><a href="${url('/datos-abiertos/solicitud')}">Solicita un conjunto de datos</a></p><p><a href="${url('/datos-abiertos/acerca')}">Acerca de los datos abiertos</a></p>`,
    }),
  },
]);
