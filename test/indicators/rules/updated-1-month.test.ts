import { buildArtifacts, date, fileLink, runIndicatorCases, sectionPage } from '../build-artifacts.ts';
import { probe } from '../../gather/helpers.ts';
import { datasetTable, sectionSite, sipotStamp, url } from '../html-fixtures.ts';

const DATASETS = `
        <h2>Catálogo de datos abiertos</h2>
        <p>Descarga los conjuntos de datos que publica el Gobierno Municipal.</p>
${datasetTable([
  ['Presupuesto de egresos 2016', '/datos-abiertos/archivos/presupuesto-egresos-2016.csv', 'CSV'],
  ['Reportes ciudadanos atendidos', '/datos-abiertos/archivos/reportes-ciudadanos.csv', 'CSV'],
])}`;

/** A "Próximos eventos" widget in the sidebar: items link to event pages, dated when the event happens or was posted. */
const EVENTS_WIDGET = `
          <h3>Agenda</h3>
          <ul class="list-unstyled">
            <li><a href="/eventos/sesion-de-cabildo-abierto">Sesión de Cabildo abierto</a> <small>Publicado: 16/05/2016</small></li>
            <li><a href="/eventos/feria-del-empleo">Feria del empleo</a> <small>Publicado: 10/05/2016</small></li>
          </ul>`;
/** The sidebar's news widget, as WordPress themes print it: headline link, then the dateline. */
const NEWS_WIDGET = `
          <div class="widget"><h3 class="widget-title">Últimas noticias</h3>
            <ul>
              <li><a href="/noticias/inauguran-parque-lineal">Inauguran el parque lineal de Las Pintas</a><br><span class="fecha">Publicado el 17 de mayo de 2016</span></li>
            </ul>
          </div>`;

const pages = [sectionPage()];

runIndicatorCases('updated-1-month', [
  { name: 'pass: updated ten days ago', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-05-10' })] }) },
  { name: 'pass: window start (2016-04-20) is included', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-04-20' })] }) },
  { name: 'pass: a file modified last week', expected: 'pass', artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ lastModified: '2016-05-13' })] }) },
  {
    name: 'pass: html — no date on the page; the probe of the first CSV says it was modified on 13 May',
    expected: 'pass',
    html: sectionSite({ style: 'bootstrap', landing: DATASETS }),
    crawl: { files: [probe(url('/datos-abiertos/archivos/presupuesto-egresos-2016.csv'), 'text/csv', 200, 'Fri, 13 May 2016 10:00:00 GMT')] },
    probes: [url('/datos-abiertos/archivos/presupuesto-egresos-2016.csv'), url('/datos-abiertos/archivos/reportes-ciudadanos.csv')],
  },
  { name: 'fail: updated two months ago (passes the 6-month rule only)', expected: 'fail', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-03-15' })] }) },
  { name: 'fail: window start minus a day (2016-04-19)', expected: 'fail', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-04-19' })] }) },
  {
    name: 'decoy: the HTML page’s own Last-Modified header (dynamic pages send “now”)',
    expected: 'unknown',
    artifacts: buildArtifacts({ pages, dates: [date({ source: 'last-modified', date: '2016-05-20', text: 'Fri, 20 May 2016 09:00:00 GMT', labelledAsUpdate: false })] }),
  },
  { name: 'decoy: a clock widget printing today', expected: 'unknown', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-05-20', decoy: true, text: 'viernes 20 de mayo de 2016' })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
  {
    name: 'pass: html — Bootstrap catalogue: “Última actualización: jueves 12 de mayo de 2016”',
    expected: 'pass',
    // The page's own date passes it: no file needs probing.
    probes: [],
    html: sectionSite({ style: 'bootstrap', landing: DATASETS + sipotStamp(['Periodo de actualización: Mensual', 'Última actualización: jueves 12 de mayo de 2016', 'Área responsable: Dirección de Gobierno Abierto']) }),
  },
  {
    name: 'decoy: html — updated 29/02/2016 (within six months, not one), a “Próxima actualización: 31/05/2016” and a “Hoy es …” clock',
    expected: 'fail',
    reason: /es 2016-02-29/,
    // No date of the month: each dataset's Last-Modified could still pass it.
    probes: [url('/datos-abiertos/archivos/presupuesto-egresos-2016.csv'), url('/datos-abiertos/archivos/reportes-ciudadanos.csv')],
    html: sectionSite({
      style: 'wordpress',
      landing: `
        <div id="fecha-hoy" class="fecha-actual">Hoy es viernes 20 de mayo de 2016</div>${DATASETS}${sipotStamp(['Periodo de actualización: Trimestral', 'Fecha de actualización: 29/02/2016', 'Próxima actualización: 31/05/2016'])}`,
    }),
  },
  {
    name: 'pass: html — WordPress catalogue with a cut-off “Información al 30 de abril de 2016”',
    expected: 'pass',
    html: sectionSite({ style: 'wordpress', landing: DATASETS + sipotStamp(['Información al 30 de abril de 2016', 'Área responsable: Dirección de Gobierno Abierto']) }),
  },
  {
    name: 'pass: html — table layout “Fecha de corte: 30-abr-2016”',
    expected: 'pass',
    html: sectionSite({ style: 'table', landing: DATASETS + sipotStamp(['Fecha de corte: 30-abr-2016']) }),
  },
  {
    name: 'pass: html — Bootstrap “Actualizado: 30.04.2016” and “Última modificación 2016-04-30”',
    expected: 'pass',
    html: sectionSite({ style: 'bootstrap', landing: DATASETS + sipotStamp(['Actualizado: 30.04.2016', 'Última modificación 2016-04-30']) }),
  },
  {
    name: 'decoy: html — “Últimas noticias” in the sidebar (17 May 2016) dates a news item; the catalogue says “Fecha de actualización: 30/04/2015”',
    expected: 'fail',
    reason: /es 2015-04-30/,
    html: sectionSite({
      style: 'wordpress',
      landing: DATASETS + sipotStamp(['Periodo de actualización: Trimestral', 'Fecha de actualización: 30/04/2015']),
      landingOptions: { aside: NEWS_WIDGET },
    }),
  },
  {
    name: 'decoy: html — Bootstrap sidebar “Agenda” of events posted this month; the catalogue was updated 29/02/2016',
    expected: 'fail',
    reason: /es 2016-02-29/,
    html: sectionSite({
      style: 'bootstrap',
      landing: DATASETS + sipotStamp(['Fecha de actualización: 29/02/2016']),
      landingOptions: { aside: EVENTS_WIDGET },
    }),
  },
]);
