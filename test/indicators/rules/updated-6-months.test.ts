import { SECTION_URL, buildArtifacts, date, fileLink, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { datasetTable, sectionSite, sipotStamp } from '../html-fixtures.ts';

const DATASETS = `
        <h2>Catálogo de datos abiertos</h2>
        <p>Descarga los conjuntos de datos que publica el Gobierno Municipal.</p>
${datasetTable([
  ['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-egresos-2016.csv', 'CSV'],
  ['Padrón de proveedores', '/datos-abiertos/archivos/padron-proveedores.xlsx', 'Excel'],
])}`;
/** A clock widget at the top of the landing page: the day of the crawl, not an update. */
const CLOCK = `
        <div id="fecha-hoy" class="fecha-actual">Hoy es viernes 20 de mayo de 2016</div>`;

/**
 * The sidebar's news widget: each item links to a news page and carries its dateline ("Publicado el 17 de mayo de
 * 2016"), when that news item came out, not when the catalogue changed.
 */
const NEWS_WIDGET = `
          <div class="widget"><h3 class="widget-title">Últimas noticias</h3>
            <ul>
              <li><a href="/noticias/inauguran-parque-lineal">Inauguran el parque lineal de Las Pintas</a><br><span class="fecha">Publicado el 17 de mayo de 2016</span></li>
              <li><a href="/noticias/arranca-programa-de-bacheo-en-40-colonias">Arranca programa de bacheo en 40 colonias</a><br><span class="fecha">Publicado el 12 de mayo de 2016</span></li>
            </ul>
          </div>`;

const pages = [sectionPage()];

runIndicatorCases('updated-6-months', [
  { name: 'pass: “Fecha de actualización” two months ago', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-03-15', text: 'Fecha de actualización: 15/03/2016' })] }) },
  { name: 'pass: window start (2015-11-20) is included', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ date: '2015-11-20' })] }) },
  { name: 'pass: Last-Modified of a data file in the section', expected: 'pass', artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ lastModified: '2016-02-01T10:00:00Z' })] }) },
  { name: 'pass: sitemap lastmod of a section page', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ source: 'sitemap', labelledAsUpdate: false, date: '2016-01-10', text: '2016-01-10' })] }) },
  { name: 'fail: the newest update is a year old', expected: 'fail', reason: /es 2015-04-30, que no cae en los 6 meses anteriores a la fecha de evaluación \(2015-11-20 a 2016-05-20\)/, artifacts: buildArtifacts({ pages, dates: [date({ date: '2015-04-30' }), date({ date: '2014-01-31' })] }) },
  { name: 'fail: window start minus a day (2015-11-19)', expected: 'fail', artifacts: buildArtifacts({ pages, dates: [date({ date: '2015-11-19' })] }) },
  {
    name: 'decoy: copyright year and clock widget',
    expected: 'fail',
    artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-05-20', text: '© 2016', decoy: true }), date({ date: '2015-01-31' })] }),
  },
  {
    name: 'decoy: a recent date on a page outside the section',
    expected: 'fail',
    artifacts: buildArtifacts({ pages, dates: [date({ pageUrl: 'https://www.municipio.gob.mx/noticias', date: '2016-05-10' }), date({ date: '2015-02-28' })] }),
  },
  {
    name: 'decoy: a coverage period “vigente de enero a diciembre 2015” is not an update, and the files are a year old',
    expected: 'fail',
    reason: /es 2015-05-02/,
    artifacts: buildArtifacts({
      pages,
      dates: [date({ date: '2015-12-31', text: 'enero a diciembre 2015', labelledAsUpdate: false, period: true })],
      fileLinks: [fileLink({ lastModified: '2015-05-02T10:00:00Z' })],
    }),
  },
  {
    name: 'unknown: a coverage period alone gives no date of update (not an unlabelled recent date either)',
    expected: 'unknown',
    reasonId: 'shared.no-dates',
    artifacts: buildArtifacts({ pages, dates: [date({ date: '2015-12-31', text: 'enero a diciembre 2015', labelledAsUpdate: false, period: true })] }),
  },
  { name: 'decoy: a future “Próxima actualización” only', expected: 'unknown', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-12-31', text: 'Próxima Actualización 31-12-2016' })] }) },
  {
    name: 'unknown: only an unlabelled recent date (maybe an event)',
    expected: 'unknown',
    artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-04-02', text: '02/04/2016', labelledAsUpdate: false })] }),
  },
  { name: 'fail: no open-data section', expected: 'fail', reason: /No se encontró una sección de datos abiertos/, reasonId: 'shared.no-section', artifacts: buildArtifacts({ section: null, dates: [date()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [], dates: [date({ pageUrl: SECTION_URL })] }) },
  {
    name: 'pass: html — Bootstrap catalogue with a SIPOT stamp “Fecha de actualización: 15/03/2016”',
    expected: 'pass',
    html: sectionSite({
      style: 'bootstrap',
      landing: DATASETS + sipotStamp(['Periodo de actualización: Trimestral', '<strong>Fecha de actualización:</strong> 15/03/2016', 'Fecha de validación: 15/03/2016', 'Área responsable: Dirección de Gobierno Abierto']),
    }),
  },
  {
    name: 'decoy: html — a “Hoy es …” clock and the © 2016 footer, while the stamp says 30/04/2015',
    expected: 'fail',
    reason: /es 2015-04-30/,
    html: sectionSite({
      style: 'wordpress',
      landing: CLOCK + DATASETS + sipotStamp(['Periodo de actualización: Trimestral', 'Fecha de actualización: 30/04/2015', 'Área responsable: Tesorería Municipal']),
    }),
  },
  {
    name: 'decoy: html — table layout, “Fecha de actualización: Información vigente de enero a diciembre 2015” is a coverage period, validated in 2015',
    expected: 'fail',
    html: sectionSite({
      style: 'table',
      landing: DATASETS + sipotStamp(['Fecha de actualización: "Información vigente de enero a diciembre 2015"', 'Fecha de validación: 14/04/2015']),
    }),
  },
  {
    name: 'pass: html — table layout, a cut-off stamp “Datos con corte a abril 2016” (the data brought up to date then)',
    expected: 'pass',
    html: sectionSite({ style: 'table', landing: DATASETS + sipotStamp(['Datos con corte a abril 2016', 'Área responsable: Tesorería Municipal']) }),
  },
  {
    name: 'pass: html — Bootstrap catalogue “Corte al 31/03/2016”',
    expected: 'pass',
    html: sectionSite({ style: 'bootstrap', landing: DATASETS + sipotStamp(['Periodo de actualización: Trimestral', 'Corte al 31/03/2016']) }),
  },
  {
    name: 'decoy: html — the sidebar’s “Últimas noticias” datelines (May 2016) date news items; the catalogue’s stamp says 30/04/2015',
    expected: 'fail',
    reason: /es 2015-04-30/,
    html: sectionSite({
      style: 'wordpress',
      landing: DATASETS + sipotStamp(['Periodo de actualización: Trimestral', 'Fecha de actualización: 30/04/2015']),
      landingOptions: { aside: NEWS_WIDGET },
    }),
  },
  {
    name: 'decoy: html — table layout, the right column’s news datelines are not the catalogue’s update, and it has no stamp',
    expected: 'unknown',
    reasonId: 'shared.no-dates',
    html: sectionSite({ style: 'table', landing: DATASETS, landingOptions: { aside: NEWS_WIDGET } }),
  },
]);
