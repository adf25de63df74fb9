import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { parseEnglishDate, parseSpanishDates } from '../../src/gather/dateParse.ts';
import { HOME, page, probe, siteFrom } from './helpers.ts';

describe('parseSpanishDates', () => {
  const cases: { text: string; dates: string[] }[] = [
    { text: 'Fecha de actualización: 30/04/2016', dates: ['2016-04-30'] },
    { text: 'Actualización 24/08/17', dates: ['2017-08-24'] },
    { text: 'Actualizado el 3 de mayo de 2016', dates: ['2016-05-03'] },
    { text: 'Última Actualización: Jueves 16 de Marzo de 2017.', dates: ['2017-03-16'] },
    { text: '(Actualización 24 enero 2023)', dates: ['2023-01-24'] },
    { text: 'Publicado: 15-mar-2016', dates: ['2016-03-15'] },
    { text: 'Fecha de Aplicación:   22-Diciembre-2010', dates: ['2010-12-22'] },
    { text: 'Informe mayo 2016', dates: ['2016-05-31'] },
    { text: 'DICIEMBRE 2023', dates: ['2023-12-31'] },
    // the one form chrono-node found on the corpus, demo and generated pages that the patterns had missed
    { text: 'Boletín mayo, 2016', dates: ['2016-05-31'] },
    { text: 'Febrero de 2016', dates: ['2016-02-29'] },
    { text: 'Información vigente de enero a diciembre 2015', dates: ['2015-12-31'] },
    { text: 'ENERO-AGOSTO 2019', dates: ['2019-08-31'] },
    { text: 'Acta 2015-10-08', dates: ['2015-10-08'] },
    { text: 'Cargado 2018-02-12 10:44:17', dates: ['2018-02-12'] },
    { text: '3 de mayo del 2016', dates: ['2016-05-03'] },
    { text: '1° de enero de 2020', dates: ['2020-01-01'] },
    { text: 'León, Guanajuato, a 20 de abril 2023.', dates: ['2023-04-20'] },
    { text: 'Validación: 31 Diciembre 1969', dates: ['1969-12-31'] },
    { text: '14/05/2020 14/05/2020', dates: ['2020-05-14', '2020-05-14'] },
    // day first, always (Mexican order): 04/05 is 4 May, never April 5
    { text: '04/05/2016', dates: ['2016-05-04'] },
    { text: '12/31/2016', dates: [] },
    // invalid and year-less dates are dropped
    { text: '31/02/2016', dates: [] },
    { text: '07 Julio', dates: [] },
    { text: 'Hoy es lunes', dates: [] },
    { text: 'Administración 2021 - 2024', dates: [] },
    { text: 'Tel. 81-30-63 ext 1.12.4', dates: [] },
    // update stamps in other wordings
    { text: 'Fecha de corte: 30-abr-2016', dates: ['2016-04-30'] },
    { text: 'Actualizado: 30.04.2016', dates: ['2016-04-30'] },
    { text: 'Última modificación 2016-04-30', dates: ['2016-04-30'] },
    { text: 'Datos con corte a abril 2016', dates: ['2016-04-30'] },
  ];
  it.each(cases)('$text', ({ text, dates }) => {
    expect(parseSpanishDates(text).map((d) => d.date)).toEqual(dates);
  });
});

describe('parseEnglishDate (Twitter embed dates)', () => {
  it.each([
    { text: '— Gobierno (@gob) March 16, 2017', date: '2017-03-16' },
    { text: 'Mar 16 2017', date: '2017-03-16' },
    { text: '16 March 2017', date: '2017-03-16' },
    { text: 'Sept. 3, 2019', date: '2019-09-03' },
    { text: 'February 30, 2017', date: null },
    { text: 'March 2017', date: null },
    { text: 'Marching 16, 2017', date: null },
  ])('$text', ({ text, date }) => {
    expect(parseEnglishDate(text)).toBe(date);
  });
});

describe('date artifacts from pages', () => {
  type Expected = { date: string; labelledAsUpdate: boolean; decoy: boolean; period?: boolean; belongsTo?: 'news' };
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    {
      name: 'labelled update in the same line across inline markup',
      body: '<p><strong>Fecha de actualización:</strong> <span>30/04/2016</span></p>',
      expected: [{ date: '2016-04-30', labelledAsUpdate: true, decoy: false }],
    },
    {
      name: 'label on the line above (dt/dd)',
      body: '<dl><dt>Última modificación</dt><dd>3 de mayo de 2016</dd></dl>',
      expected: [{ date: '2016-05-03', labelledAsUpdate: true, decoy: false }],
    },
    {
      name: 'column header says Actualización (SIPOT-style table)',
      body: '<table><tr><th>Documento</th><th>Actualización</th></tr><tr><td>Presupuesto</td><td>14/05/2020</td></tr></table>',
      expected: [{ date: '2020-05-14', labelledAsUpdate: true, decoy: false }],
    },
    {
      name: 'unlabelled date in a news item',
      body: '<p>León, Guanajuato, a 20 de abril 2023.</p>',
      expected: [{ date: '2023-04-20', labelledAsUpdate: false, decoy: false }],
    },
    {
      name: 'a coverage period is kept but is no update stamp, even under "Fecha de actualización"',
      body: '<p>Fecha de actualización: "Información vigente de enero a diciembre 2015"</p><p class="vigencia">Actualización: octubre-diciembre 2015.</p>',
      expected: [
        { date: '2015-12-31', labelledAsUpdate: false, decoy: false, period: true },
        { date: '2015-12-31', labelledAsUpdate: false, decoy: false, period: true },
      ],
    },
    {
      name: '"vigente al" is a cut-off date; "Vigencia" is when validity ends',
      body: '<p>Información vigente al 30/04/2016</p><p>Vigencia: 15 Abril 2018</p>',
      expected: [
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2018-04-15', labelledAsUpdate: false, decoy: false },
      ],
    },
    {
      name: 'cut-off stamps in other wordings are update dates',
      body: [
        'Corte al 30/04/2016', 'Información al 30 de abril de 2016', 'Datos con corte a abril 2016', 'Fecha de corte: 30-abr-2016',
        'Actualizado: 30.04.2016', 'Última modificación 2016-04-30', 'Cifras al 31/03/2016', '<dl><dt>Información con corte al</dt><dd>29/02/2016</dd></dl>',
      ].map((t) => `<p>${t}</p>`).join(''),
      expected: [
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2016-04-30', labelledAsUpdate: true, decoy: false },
        { date: '2016-03-31', labelledAsUpdate: true, decoy: false },
        { date: '2016-02-29', labelledAsUpdate: true, decoy: false },
      ],
    },
    {
      name: 'not cut-offs: the days a report covers, a period “con corte”, a future cut-off, “información” far from the date',
      body:
        '<p>Información del 1 al 30 de abril de 2016</p><p>Datos con corte de enero a marzo 2016</p><p>Próximo corte al 30/06/2016</p>' +
        '<p>Información sobre el programa de bacheo, iniciado el 3 de mayo de 2016</p>',
      expected: [
        { date: '2016-04-30', labelledAsUpdate: false, decoy: false },
        { date: '2016-03-31', labelledAsUpdate: false, decoy: false, period: true },
        { date: '2016-06-30', labelledAsUpdate: false, decoy: false },
        { date: '2016-05-03', labelledAsUpdate: false, decoy: false },
      ],
    },
    {
      name: 'a news widget’s datelines date its news items (list items linking to /noticias/…), not the page',
      body:
        '<aside><h3>Últimas noticias</h3><ul><li><a href="/noticias/inauguran-parque-lineal">Inauguran parque lineal</a><br><span class="fecha">Publicado el 17 de mayo de 2016</span></li>' +
        '<li><a href="/2016/05/12/arranca-bacheo/">Arranca bacheo</a> <time class="entry-date published" datetime="2016-05-12T09:00:00-05:00">hace 8 días</time></li></ul></aside>',
      expected: [
        { date: '2016-05-17', labelledAsUpdate: true, decoy: false, belongsTo: 'news' },
        { date: '2016-05-12', labelledAsUpdate: true, decoy: false, belongsTo: 'news' },
      ],
    },
    {
      name: 'dates under a sidebar heading “Próximos eventos” date events, links or not; a news card in the main column links to its news page',
      body:
        '<div class="sidebar"><div class="bloque"><h4>Próximos eventos</h4><p>Sesión de Cabildo abierto, 16/05/2016</p></div></div>' +
        '<main><div class="noticia"><h3><a href="/index.php?seccion=noticias&amp;id=214">Entregan uniformes</a></h3><p>Publicado: 09/05/2016</p></div></main>',
      expected: [
        { date: '2016-05-16', labelledAsUpdate: false, decoy: false, belongsTo: 'news' },
        { date: '2016-05-09', labelledAsUpdate: true, decoy: false, belongsTo: 'news' },
      ],
    },
    {
      name: 'a catalogue’s list items link to datasets and files: their stamps stay the page’s, and so does a sidebar stamp under another heading',
      body:
        '<ul><li><a href="/datos-abiertos/presupuesto">Presupuesto 2016</a> Actualizado: 10/05/2016</li><li><a href="/wp-content/uploads/2016/05/nomina.csv">Nómina (CSV)</a> Actualizado: 11/05/2016</li></ul>' +
        '<aside><h3>Datos abiertos</h3><p>Última actualización del catálogo: 12/05/2016</p></aside>',
      expected: [
        { date: '2016-05-10', labelledAsUpdate: true, decoy: false },
        { date: '2016-05-11', labelledAsUpdate: true, decoy: false },
        { date: '2016-05-12', labelledAsUpdate: true, decoy: false },
      ],
    },
    {
      name: 'copyright line is a decoy',
      body: '<footer><p>© Diciembre 2016 H. Ayuntamiento. Todos los derechos reservados</p></footer>',
      expected: [{ date: '2016-12-31', labelledAsUpdate: false, decoy: true }],
    },
    {
      name: 'copyright and a labelled update on one line: the update counts',
      body: '<footer><p>© 2016 Municipio. Última actualización: 30/04/2016</p></footer>',
      expected: [{ date: '2016-04-30', labelledAsUpdate: true, decoy: false }],
    },
    {
      name: 'clock widget by class is a decoy even when labelled',
      body: '<div id="reloj">Actualizado: Martes 10 de Mayo de 2016</div>',
      expected: [{ date: '2016-05-10', labelledAsUpdate: true, decoy: true }],
    },
    {
      name: '"Hoy es" is a decoy',
      body: '<p>Hoy es 10 de mayo de 2016</p>',
      expected: [{ date: '2016-05-10', labelledAsUpdate: false, decoy: true }],
    },
    {
      name: 'future date is kept and parsed (indicators judge it against as-of)',
      body: '<p>Actualización: 15/08/2031</p>',
      expected: [{ date: '2031-08-15', labelledAsUpdate: true, decoy: false }],
    },
    {
      name: 'próxima actualización is not an update date',
      body: '<p>Próxima Actualización 31-12-2023</p>',
      expected: [{ date: '2023-12-31', labelledAsUpdate: false, decoy: false }],
    },
    {
      name: 'dates inside <script> are decoys',
      body: '<script>var inicio = "01/05/2016";</script>',
      expected: [{ date: '2016-05-01', labelledAsUpdate: false, decoy: true }],
    },
    {
      name: '<time datetime> with relative text; WordPress updated class',
      body: '<time class="entry-date updated" datetime="2016-05-02T10:00:00-05:00">hace 8 días</time>',
      expected: [{ date: '2016-05-02', labelledAsUpdate: true, decoy: false }],
    },
    {
      name: 'invalid date dropped',
      body: '<p>Actualización 31/02/2016</p>',
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    const { dates } = gatherArtifacts(page(body));
    expect(
      dates.map(({ date, labelledAsUpdate, decoy, period, belongsTo }) => ({ date, labelledAsUpdate, decoy, ...(period && { period }), ...(belongsTo && { belongsTo }) })),
    ).toEqual(expected);
    for (const d of dates) expect(d.source).toBe('page-text');
  });

  it('reads meta modified time and JSON-LD', () => {
    const { dates } = gatherArtifacts(page('', '<meta property="article:modified_time" content="2016-04-28T09:00:00+00:00"><script type="application/ld+json">{"dateModified":"2016-04-29"}</script>'));
    expect(dates.map((d) => [d.date, d.labelledAsUpdate, d.decoy])).toEqual([['2016-04-28', true, false], ['2016-04-29', true, false]]);
  });

  it('emits Last-Modified of pages and probed files, and sitemap lastmod mapped to the fetched page', () => {
    const site = siteFrom(
      [
        { url: HOME, html: '<a href="/datos.csv">CSV</a>', headers: { 'Last-Modified': 'Sat, 30 Apr 2016 10:00:00 GMT' } },
        { url: 'https://www.municipio.gob.mx/datos-abiertos/', requestedUrl: 'http://municipio.gob.mx/datos-abiertos', html: '' },
      ],
      {
        files: [probe('https://www.municipio.gob.mx/datos.csv', 'text/csv', 200, 'Mon, 02 May 2016 08:00:00 GMT')],
        sitemap: [{ url: 'http://municipio.gob.mx/datos-abiertos', lastmod: '2016-05-03' }],
      },
    );
    const dates = gatherArtifacts(site).dates;
    expect(dates.filter((d) => d.source !== 'page-text').map((d) => [d.source, d.pageUrl, d.date])).toEqual([
      ['last-modified', HOME, '2016-04-30'],
      ['last-modified', 'https://www.municipio.gob.mx/datos.csv', '2016-05-02'],
      ['sitemap', 'https://www.municipio.gob.mx/datos-abiertos/', '2016-05-03'],
    ]);
  });
});
