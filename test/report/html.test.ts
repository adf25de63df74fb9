import { load, type CheerioAPI } from 'cheerio';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { defineMethodology } from '../../indicators/methodology.ts';
import { writeHtmlReport } from '../../src/report/html/index.ts';
import type { RankingReport } from '../../src/report/model.ts';
import { ATTRIBUTE_PAYLOAD, buildReport, SCRIPT_PAYLOAD } from './fixture.ts';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const text = ($: CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();
/** The page's fact sheet as label → value. */
const card = ($: CheerioAPI) =>
  Object.fromEntries($('.ficha dt').map((_, dt) => [[$(dt).text(), $(dt).next('dd').text().replace(/\s+/g, ' ').trim()]]).get());
/** A table section's rows as arrays of cell texts. */
const cells = ($: CheerioAPI, selector: string) =>
  $(selector).map((_, tr) => [$(tr).children('th,td').map((_, c) => $(c).text().trim()).get()]).get();

let outDir: string;
let written: { indexPath: string; files: string[] };
const pages = new Map<string, string>();
const page = (relative: string) => load(pages.get(relative) ?? '');

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mirador-report-'));
  written = await writeHtmlReport(buildReport(), aidh2016, outDir);
  for (const file of written.files) pages.set(file.slice(outDir.length + 1), await readFile(file, 'utf8'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('files', () => {
  it('writes ranking, states, indicators, methodology and one page per municipality in Spanish and English, plus CSS and JS', async () => {
    expect(written.indexPath).toBe(join(outDir, 'index.html'));
    const perLanguage = [
      'cambios.html',
      'estados.html',
      'index.html',
      'indicadores.html',
      'metodologia.html',
      'municipios/05002.html',
      'municipios/11001.html',
      'municipios/14120.html',
      'municipios/20067.html',
      'revision.html',
    ];
    expect([...pages.keys()].sort()).toEqual(
      [...perLanguage.map((f) => `en/${f}`), 'estilo.css', ...perLanguage, 'report.js', 'descargas/ranking.csv', 'descargas/ranking.json', 'cola-revision.csv'].sort(),
    );
    expect((await readdir(join(outDir, 'municipios'))).length).toBe(4);
    expect((await readdir(join(outDir, 'en', 'municipios'))).length).toBe(4);
  });

  it('every page is UTF-8, phone-sized, CSP-locked, with no inline script or style, linking the shared stylesheet', () => {
    for (const [name, content] of pages) {
      if (!name.endsWith('.html')) continue;
      const $ = load(content);
      const depth = name.split('/').length - 1;
      expect($('html').attr('lang'), name).toBe(name.startsWith('en/') ? 'en' : 'es');
      expect($('meta[charset]').attr('charset'), name).toBe('utf-8');
      expect($('meta[name="viewport"]').attr('content'), name).toBe('width=device-width, initial-scale=1');
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content'), name).toBe(CSP);
      // The only script is the report's own file, on the pages with sortable tables; no inline code, no event-handler attributes.
      const scripts = $('script');
      expect(scripts.length, name).toBe(/(index|estados)\.html$/.test(name) ? 1 : 0);
      scripts.each((_, el) => {
        expect($(el).attr('src'), name).toBe(`${'../'.repeat(depth)}report.js`);
        expect($(el).html(), name).toBe('');
      });
      const handlers = $('*')
        .toArray()
        .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => a.startsWith('on')));
      expect(handlers, name).toEqual([]);
      expect($('[style]').length, name).toBe(0);
      expect($('link[rel="stylesheet"]').attr('href'), name).toBe(`${'../'.repeat(depth)}estilo.css`);
      expect(content, name).not.toMatch(/(src|href)="(https?:)?\/\/(?!([a-z]+\.)?(example|zapopan|villa|abasolo|municipiodeoaxaca)\.)/);
    }
  });

  it('the stylesheet has score-bar widths, focus styles and scrolling tables', () => {
    const css = pages.get('estilo.css')!;
    expect(css).toContain('.w86{width:86%}');
    expect(css).toContain(':focus-visible');
    expect(css).toMatch(/\.tabla \{[^}]*overflow-x: auto/);
    expect(css).not.toMatch(/@import|url\(/);
    expect(css.split('{').length, 'balanced braces').toBe(css.split('}').length);
  });

  it('refuses a report scored with another methodology', async () => {
    const other: RankingReport = { ...buildReport(), run: { ...buildReport().run, methodologyId: 'cimtra-2019' } };
    await expect(writeHtmlReport(other, aidh2016, outDir)).rejects.toThrow(/cimtra-2019/);
  });

  it('refuses an INEGI code that is not a plain file name', async () => {
    const report = buildReport();
    report.municipalities[0]!.inegi_code = '../../etc/x';
    await expect(writeHtmlReport(report, aidh2016, outDir)).rejects.toThrow(/file name/);
  });
});

describe('index.html', () => {
  it('states the run: as-of date, methodology, version, run id', () => {
    const $ = page('index.html');
    expect(card($)).toEqual({
      'Datos al': '31 de mayo de 2025',
      Metodología: aidh2016.title.es,
      'Versión de Mirador': '0.1.0',
      Ejecución: 'n.º 7 (puntuación 3)',
      Sitios: '3 evaluados de 4',
    });
  });

  it('ranks by position with shared tie ranks and a score bar', () => {
    const $ = page('index.html');
    expect($('table.ranking thead th').map((_, th) => $(th).text()).get()).toEqual(['Posición', 'Municipio', 'Estado', 'Puntaje', 'Sitio']);
    const rows = $('table.ranking tbody tr')
      .map((_, tr) => [[$(tr).find('td').first().text(), $(tr).find('th a').text(), $(tr).find('.valor').text()]])
      .get();
    expect(rows).toEqual([
      ['1', 'Zapopan', '86.4'],
      ['2', 'Abasolo', '50.0'],
      ['2', `Villa ${SCRIPT_PAYLOAD}`, '50.0'],
    ]);
    expect($('table.ranking tbody tr').first().find('td[data-etiqueta="Estado"]').text()).toBe('Jalisco');
    expect($('table.ranking tbody tr').first().find('.barra .relleno').hasClass('w86')).toBe(true);
    expect($('table.ranking tbody tr').first().find('th a').attr('href')).toBe('municipios/14120.html');
  });

  it('lists unreachable sites after the ranking with their reason, never as 0', () => {
    const $ = page('index.html');
    expect(text($, 'table.ranking')).not.toContain('Oaxaca de Juárez');
    const row = $('table.no-evaluados tbody tr');
    expect(row.length).toBe(1);
    expect(text($, 'table.no-evaluados tbody')).toContain('Oaxaca de Juárez');
    expect(text($, 'table.no-evaluados tbody')).toContain('Sitio inaccesible: tiempo de espera agotado tras 3 intentos');
    expect(row.find('.valor').length).toBe(0);
    const index = pages.get('index.html')!;
    expect(index.indexOf('<table class="ranking')).toBeGreaterThan(-1);
    expect(index.indexOf('<table class="ranking')).toBeLessThan(index.indexOf('<table class="no-evaluados'));
  });
});

describe('escaping crawled text', () => {
  it('never lets a payload out as markup, on any page', () => {
    for (const [name, content] of pages) {
      if (!name.endsWith('.html')) continue; // the CSV and JSON downloads carry the data as it is
      expect(content.replace(/<script src="(\.\.\/)*report\.js" defer><\/script>/, ''), name).not.toContain('<script');
      expect(content, name).not.toContain(ATTRIBUTE_PAYLOAD);
      expect(content, name).not.toContain('<img src=x');
      expect(content, name).not.toMatch(/href="\s*javascript:/i);
      expect(content, name).not.toMatch(/src="https?:\/\/evil/);
    }
  });

  it('links the CSV and JSON downloads from the ranking in both languages, and they hold the report’s data', () => {
    expect(page('index.html')('a[href="descargas/ranking.csv"]').length).toBe(1);
    expect(page('en/index.html')('a[href="../descargas/ranking.json"]').length).toBe(1);
    expect(page('index.html')('a[href$="mirador.sqlite"]').length).toBe(0);
    expect(JSON.parse(pages.get('descargas/ranking.json')!).municipalities).toHaveLength(4);
    expect(pages.get('descargas/ranking.csv')!.split('\r\n')[0]).toMatch(/^\uFEFFrank,inegi_code,name,state,url,url_confidence,status,score,open-data-section/);
  });

  it('shows the payloads as text', () => {
    const $ = page('municipios/05002.html');
    expect($('h1').text()).toContain(`Villa ${SCRIPT_PAYLOAD}`);
    expect($('.estado-nombre').text()).toBe(`Coahuila${ATTRIBUTE_PAYLOAD}`);
    const evidence = $('#ind-open-data-section .evidencia').first();
    expect(evidence.find('.evidencia-texto').text()).toBe(`Datos abiertos ${SCRIPT_PAYLOAD}`);
    expect(evidence.find('code').text()).toBe(`a[title="${ATTRIBUTE_PAYLOAD}"]`);
    expect(evidence.find('.evidencia-nota').text()).toBe(`nota ${SCRIPT_PAYLOAD}`);
    expect($('#ind-open-data-section .razon').text()).toBe('found <img src=x onerror=alert(1)>');
  });

  it('shows a reason stored before reasons were localised as it was, in both languages', () => {
    for (const file of ['municipios/05002.html', 'en/municipios/05002.html']) {
      const $ = page(file);
      expect($('#ind-open-data-section .razon').text(), file).toBe('found <img src=x onerror=alert(1)>');
      const old = $('#ind-open-data-section .evidencia').eq(1);
      expect(old.find('.evidencia-texto').text(), file).toBe('Datos, "abiertos" (label “datos abiertos”)');
      expect(old.find('.evidencia-nota').length, file).toBe(0);
    }
    expect(page('en/municipios/05002.html')('#ind-open-data-section .evidencia-nota').first().text()).toBe(`note ${SCRIPT_PAYLOAD}`);
  });

  it('shows a javascript: URL as plain text, not a link', () => {
    const $ = page('municipios/05002.html');
    const first = $('#ind-open-data-section .evidencia').first().find('.evidencia-url');
    expect(first.find('a').length).toBe(0);
    expect(first.text()).toBe('javascript:alert(1)');
    expect($('a[href^="javascript"]').length).toBe(0);
    expect(card($)['URL final']).toBe('javascript:alert(1)'); // as text
  });
});

describe('municipality page', () => {
  it('shows the site card: URLs, status, score, rank, pages, published 2016 result', () => {
    const $ = page('municipios/14120.html');
    expect($('h1').text()).toContain('Zapopan');
    expect(card($)).toEqual({
      Estado: 'Jalisco',
      'Clave INEGI': '14120',
      Sitio: 'https://www.zapopan.gob.mx/',
      'Confianza en la URL': 'alta: URL verificada',
      'URL final': 'https://www.zapopan.gob.mx/inicio/',
      Situación: 'Evaluado',
      Puntaje: '86.4 de 100',
      Posición: '1 de 3 sitios evaluados',
      'Posición en su estado': '1 de 1 en Jalisco',
      'Páginas rastreadas': '58',
      'Resultado publicado en 2016': '91.0 puntos, posición 1',
    });
    expect($('.ficha a[href="https://www.zapopan.gob.mx/inicio/"]').length).toBe(1);
  });

  it('lists all 22 indicators grouped by dimension, with verdicts, points and evidence links', () => {
    const $ = page('municipios/14120.html');
    const blocks = $('article.indicador');
    expect(blocks.length).toBe(22);
    expect(blocks.map((_, a) => $(a).attr('id')).get()).toEqual(aidh2016.indicators.map((i) => `ind-${i.id}`));
    expect($('section.dimension').length).toBe(aidh2016.dimensions.length);
    expect(text($, 'section.dimension:first-of-type h3')).toBe(aidh2016.dimensions[0]!.name.es);
    const first = $('#ind-open-data-section');
    expect(first.find('h4').text()).toBe(aidh2016.indicators[0]!.criterion.es);
    expect(text($, '#ind-open-data-section .veredicto')).toBe('✔ Cumple');
    expect(text($, '#ind-open-data-section .puntos')).toBe('4.5 / 4.5 puntos');
    expect(first.find('.evidencia a').attr('href')).toBe('https://example.gob.mx/open-data-section');
    expect(text($, '#ind-video-channel .veredicto')).toBe('✘ No cumple');
    expect(text($, '#ind-video-channel .puntos')).toBe('0.0 / 4.5 puntos');
    expect(text($, '#ind-video-channel .razon')).toBe('Se revisaron 12 páginas; nada coincide para video-channel');
    expect(text($, '#ind-mobile-app .veredicto')).toBe('? Indeterminado');
  });

  it('shows reasons and evidence notes in the page’s language, and the quoted page text verbatim in both', () => {
    const es = page('municipios/14120.html');
    const en = page('en/municipios/14120.html');
    expect(text(en, '#ind-video-channel .razon')).toBe('checked 12 pages; nothing matched for video-channel');
    expect(text(es, '#ind-open-data-section .evidencia-nota')).toBe('coincide con “datos”');
    expect(text(en, '#ind-open-data-section .evidencia-nota')).toBe('matches “datos”');
    for (const $ of [es, en]) expect(text($, '#ind-open-data-section .evidencia-texto')).toBe('Evidencia de open-data-section');
  });

  it('has per-dimension subtotals and a total', () => {
    const $ = page('municipios/14120.html');
    expect(cells($, 'table.dimensiones tbody tr')).toEqual([
      [aidh2016.dimensions[0]!.name.es, '2 de 2', '9.1 / 9.1'],
      ['Actualización', '2 de 2', '9.1 / 9.1'],
      ['Disponibilidad', '3 de 3', '13.6 / 13.6'],
      ['Claridad', '2 de 2', '9.1 / 9.1'],
      ['Utilidad', '3 de 3', '13.6 / 13.6'],
      ['Participación ciudadana', '4 de 4', '18.2 / 18.2'],
      [aidh2016.dimensions[6]!.name.es, '3 de 6', '13.6 / 27.3'],
    ]);
    expect(cells($, 'table.dimensiones tfoot tr')).toEqual([['Total', '19 de 22', '86.4 / 100.0']]);
  });

  it('shows screenshot thumbnails from relative paths only', () => {
    const $ = page('municipios/05002.html');
    const imgs = $('img');
    expect(imgs.length).toBe(1);
    expect(imgs.attr('src')).toBe('../capturas/villa%20home.png');
    expect(imgs.attr('alt')).toBeTruthy();
    expect(text($, '#ind-open-data-section')).toContain('Captura no mostrada');
  });

  it('"Cómo ganar puntos" lists failed and unknown indicators with their hint', () => {
    const $ = page('municipios/14120.html');
    const items = $('ol.como-ganar li');
    expect(items.length).toBe(3); // 2 failed + 1 unknown
    expect(items.map((_, li) => $(li).find('a').attr('href')).get()).toEqual(['#ind-mayor-social', '#ind-video-channel', '#ind-mobile-app']);
    expect(items.first().text()).toContain(aidh2016.indicators.find((i) => i.id === 'mayor-social')!.howToMeet.es);
  });

  it('marks an unverified seed URL in the ranking, with a legend, and says how sure it is on the site page', () => {
    const $ = page('index.html');
    const marked = $('#tabla-ranking tbody tr').filter((_, tr) => $(tr).find('.marca-url').length > 0);
    expect(marked.map((_, tr) => $(tr).find('th a').attr('href')).get().sort()).toEqual(['municipios/05002.html', 'municipios/11001.html']);
    expect(marked.find('.marca-url .solo-lector').first().text()).toMatch(/URL de confianza (media|baja), sin verificar/);
    expect($('section[aria-labelledby="titulo-ranking"] .nota').text()).toContain('2 de 4 están así');
    expect(card(page('municipios/05002.html'))['Confianza en la URL']).toMatch(/^media: /);
  });

  it('for an unreachable site, explains why and shows no score or indicators', () => {
    const $ = page('municipios/20067.html');
    expect(text($, '.aviso')).toContain('Sitio inaccesible: tiempo de espera agotado tras 3 intentos');
    expect(card($)).toMatchObject({ Puntaje: 'Sin puntaje (no evaluado)', Posición: 'Sin posición', 'URL final': 'No se llegó a ninguna página' });
    expect($('article.indicador').length).toBe(0);
  });
});

describe('"Cómo ganar puntos" order', () => {
  it('puts the indicators with the most points available first', async () => {
    const methodology = defineMethodology({
      ...aidh2016,
      id: 'weighted',
      indicators: aidh2016.indicators.slice(0, 4).map((i, n) => ({ ...i, points: [10, 20, 40, 30][n]! })),
    });
    const report = buildReport();
    report.run.methodologyId = 'weighted';
    const site = report.municipalities.find((m) => m.inegi_code === '14120')!;
    site.indicators = methodology.indicators.map((i, n) => ({
      id: i.id,
      verdict: n === 0 ? 'pass' : n === 3 ? 'unknown' : 'fail',
      points: n === 0 ? 10 : 0,
      max_points: i.points,
      reason: null,
      evidence: [],
    }));
    report.municipalities = [site];
    const dir = await mkdtemp(join(tmpdir(), 'mirador-report-weighted-'));
    try {
      await writeHtmlReport(report, methodology, dir);
      const $ = load(await readFile(join(dir, 'municipios/14120.html'), 'utf8'));
      const items = $('ol.como-ganar li');
      expect(items.map((_, li) => $(li).find('a').attr('href')).get()).toEqual([
        `#ind-${methodology.indicators[2]!.id}`,
        `#ind-${methodology.indicators[3]!.id}`,
        `#ind-${methodology.indicators[1]!.id}`,
      ]);
      expect(items.map((_, li) => $(li).find('.puntos-disponibles').text()).get()).toEqual(['+40.0 puntos', '+30.0 puntos', '+20.0 puntos']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a site without its open-data section', () => {
  it('puts the section first in "Cómo ganar puntos", with the criteria judged within it, and splits what could not be read', async () => {
    const report = buildReport();
    const site = report.municipalities.find((m) => m.inegi_code === '14120')!;
    const failing = new Set(['open-data-section', 'search-tool', 'mobile-app']);
    site.indicators = aidh2016.indicators.map((i) => ({
      id: i.id,
      verdict: failing.has(i.id) ? 'fail' : 'pass',
      points: failing.has(i.id) ? 0 : i.points,
      max_points: i.points,
      reason: null,
      evidence: [],
    }));
    site.url = 'http://www.zapopan.gob.mx/';
    site.final_url = 'https://www.zapopan.gob.mx/';
    site.crawl_problems = [
      { url: 'https://datos.zapopan.gob.mx/catalogo', kind: 'http', message: 'HTTP 404', status: 404 },
      { url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1', kind: 'timeout', message: 'timeout after 20s (3 attempts)', status: null },
    ];
    report.municipalities = [site];
    const dir = await mkdtemp(join(tmpdir(), 'mirador-report-prerequisite-'));
    try {
      await writeHtmlReport(report, aidh2016, dir);
      const $ = load(await readFile(join(dir, 'municipios/14120.html'), 'utf8'));
      const items = $('ol.como-ganar li');
      expect(items.map((_, li) => $(li).find('a').first().attr('href')).get()).toEqual(['#ind-open-data-section', '#ind-mobile-app']);
      expect(items.first().find('.puntos-disponibles').text()).toBe('+9.1 puntos');
      expect(items.first().text()).toContain('De este criterio dependen 1 más');
      expect(items.first().find('a[href="#ind-search-tool"]').text()).toBe('Buscador en la sección');
      expect($('#problemas-propios').next().find('tbody tr').map((_, tr) => $(tr).find('td').eq(1).text()).get()).toEqual(['La página no existe (HTTP 404)']);
      expect($('#problemas-externos').next().find('tbody td').first().text()).toBe('https://www.youtube.com/feeds/videos.xml?channel_id=UC1');
      expect($('#titulo-problemas').parent().text()).not.toContain('Error del servidor');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('metodologia.html', () => {
  it('lists every criterion with points and definition', () => {
    const $ = page('metodologia.html');
    expect($('article.criterio').length).toBe(22);
    for (const indicator of aidh2016.indicators) {
      const block = $(`article#${indicator.id}`);
      expect(block.find('h3').text()).toBe(indicator.criterion.es);
      expect(block.text()).toContain(indicator.definition.es);
      expect(block.find('.puntos').text()).toBe('4.5 puntos');
    }
  });

  it('calls an undecided verdict «indeterminado» on every Spanish page, never by another word', () => {
    const spanish = [...pages.keys()].filter((file) => file.endsWith('.html') && !file.startsWith('en/'));
    expect(spanish.length).toBeGreaterThan(5);
    for (const file of spanish) expect(page(file).text(), file).not.toMatch(/desconocid|sin determinar|no determinad/i);
    expect(text(page('metodologia.html'), 'body')).toMatch(/indeterminado/);
  });

  it('says the weights are provisional and the crawl limits that bound "not found", in both editions', () => {
    const es = text(page('metodologia.html'), 'section.limites');
    expect(es).toContain('Pesos provisionales: los 22 criterios valen lo mismo');
    expect(es).toContain('leyó hasta 60 páginas por sitio, a no más de 4 clics de la página de inicio, y comprobó hasta 30 archivos enlazados');
    expect(es).toContain('«No se encontró» quiere decir no encontrado dentro de esos límites');
    expect(page('metodologia.html')('section.limites p.aviso').length).toBe(1);
    const en = text(page('en/metodologia.html'), 'section.limites');
    expect(en).toContain('Provisional weights: the 22 criteria are worth the same');
    expect(en).toContain('read up to 60 pages per site, no more than 4 clicks from the home page');
  });

  it('says when pages came from a web archive, and when the limits are not recorded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mirador-limits-'));
    try {
      const wayback = buildReport();
      wayback.run.crawlLimits = { maxPages: 40, maxDepth: 3, maxFiles: 30, render: false, wayback: { asOf: '2016-05-01', windowDays: 183 } };
      const [methodologyPage] = (await writeHtmlReport(wayback, aidh2016, dir)).files.filter((f) => f.endsWith(`${dir}/metodologia.html`));
      expect(text(load(await readFile(methodologyPage!, 'utf8')), 'section.limites')).toContain('dentro de los 183 días anteriores al');
      const unknown = buildReport();
      unknown.run.crawlLimits = null;
      await writeHtmlReport(unknown, aidh2016, dir);
      expect(text(load(await readFile(join(dir, 'metodologia.html'), 'utf8')), 'section.limites')).toContain('no constan en la base de datos');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
