/** estados.html, indicadores.html and the English copy, on the shared fixture; plus state-name matching. */
import { load } from 'cheerio';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { writeHtmlReport } from '../../src/report/html/index.ts';
import { toneClass } from '../../src/report/html/map.ts';
import { findState, MEXICAN_STATES } from '../../src/report/states.ts';
import { indicatorShares, median, statesOverview } from '../../src/report/summaries.ts';
import { buildReport, SCRIPT_PAYLOAD } from './fixture.ts';

let outDir: string;
const pages = new Map<string, string>();
const page = (relative: string) => load(pages.get(relative) ?? '');
const ids = aidh2016.indicators.map((i) => i.id);

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mirador-pages-'));
  const { files } = await writeHtmlReport(buildReport(), aidh2016, outDir);
  for (const file of files) pages.set(file.slice(outDir.length + 1), await readFile(file, 'utf8'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('state names', () => {
  it.each([
    ['Jalisco', 'jal'],
    ['Ciudad de México', 'cmx'],
    ['CIUDAD DE MEXICO', 'cmx'],
    ['Distrito Federal', 'cmx'],
    ['México', 'mex'],
    ['Estado de México', 'mex'],
    ['Coahuila de Zaragoza', 'coa'],
    ['Michoacán de Ocampo', 'mic'],
    ['Veracruz de Ignacio de la Llave', 'ver'],
    ['  nuevo   leon ', 'nle'],
    ['Querétaro de Arteaga', 'que'],
    ['Yucatan', 'yuc'],
  ])('%s → %s', (name, mapId) => {
    expect(findState(name)?.mapId).toBe(mapId);
  });

  it('falls back to the INEGI code, and gives up on unknown names with no code', () => {
    expect(findState('Coah.', '05002')?.mapId).toBe('coa');
    expect(findState('Atlantis')).toBeNull();
    expect(findState('Atlantis', 'TEST1')).toBeNull();
  });

  it('lists 32 states with distinct INEGI codes and map ids', () => {
    expect(MEXICAN_STATES.length).toBe(32);
    expect(new Set(MEXICAN_STATES.map((s) => s.inegi)).size).toBe(32);
    expect(new Set(MEXICAN_STATES.map((s) => s.mapId)).size).toBe(32);
  });
});

describe('summaries', () => {
  it('median and per-state mean, best and worst', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    const report = buildReport();
    const extra = structuredClone(report.municipalities.find((m) => m.inegi_code === '14120')!);
    Object.assign(extra, { inegi_code: '14039', name: 'Guadalajara', score: 40, rank: 4 });
    const { states, unmatched } = statesOverview([...report.municipalities, extra]);
    expect(unmatched).toEqual([]);
    const jalisco = states.find((s) => s.state.mapId === 'jal')!;
    expect(jalisco.evaluated.map((m) => m.name)).toEqual(['Zapopan', 'Guadalajara']);
    expect(jalisco.mean).toBeCloseTo(63.2);
    expect(jalisco.median).toBeCloseTo(63.2);
    expect(jalisco.best?.name).toBe('Zapopan');
    expect(jalisco.worst?.name).toBe('Guadalajara');
    const oaxaca = states.find((s) => s.state.mapId === 'oax')!;
    expect(oaxaca).toMatchObject({ mean: null, median: null, best: null, worst: null, notEvaluated: 1 });
  });

  it('indicator shares count only pass verdicts of evaluated sites', () => {
    const shares = indicatorShares(buildReport().municipalities, aidh2016);
    const byId = new Map(shares.map((s) => [s.indicator.id, s]));
    expect(byId.get(ids[0]!)!.overall).toEqual({ met: 2, evaluated: 3, share: 2 / 3 }); // Zapopan + Villa
    expect(byId.get(ids[12]!)!.overall).toEqual({ met: 2, evaluated: 3, share: 2 / 3 }); // Zapopan + Abasolo
    expect(byId.get('mobile-app')!.overall.met).toBe(1); // Zapopan's 'unknown' is not met
    const states = byId.get(ids[0]!)!.byState.map((s) => [s.state.mapId, s.share.met, s.share.evaluated]);
    expect(states).toEqual([
      ['coa', 1, 1],
      ['gua', 0, 1],
      ['jal', 1, 1],
    ]);
  });

  it('tones: fixed bands of the maximum score, tono-0 for no data', () => {
    expect(toneClass(null, 100)).toBe('tono-0');
    expect(toneClass(0, 100)).toBe('tono-1');
    expect(toneClass(19.9, 100)).toBe('tono-1');
    expect(toneClass(50, 100)).toBe('tono-3');
    expect(toneClass(86.4, 100)).toBe('tono-5');
    expect(toneClass(100, 100)).toBe('tono-5');
  });
});

describe('estados.html', () => {
  it('has a row for each of the 32 states, "sin datos" where nothing was evaluated', () => {
    const $ = page('estados.html');
    const rows = $('table.estados tbody tr');
    expect(rows.length).toBe(32);
    const row = (id: string) =>
      $(`#estado-${id}`)
        .children('th,td')
        .map((_, c) => $(c).text().replace(/\s+/g, ' ').trim())
        .get();
    // The count of evaluated municipalities is the column beside the mean.
    expect($('table.estados thead th').map((_, th) => $(th).text()).get().slice(0, 3)).toEqual(['Estado', 'Evaluados', 'Promedio']);
    expect(row('jal')).toEqual(['Jalisco', '1', '86.4', '86.4', '0', 'Zapopan (86.4)', 'Zapopan (86.4)']);
    expect(row('coa')).toEqual(['Coahuila', '1', '50.0', '50.0', '0', `Villa ${SCRIPT_PAYLOAD} (50.0)`, `Villa ${SCRIPT_PAYLOAD} (50.0)`]);
    expect(row('oax')).toEqual(['Oaxaca', '0', 'sin datos', 'sin datos', '1', 'sin datos', 'sin datos']);
    expect(row('zac')).toEqual(['Zacatecas', '0', 'sin datos', 'sin datos', '0', 'sin datos', 'sin datos']);
    expect($('#estado-jal td a').attr('href')).toBe('municipios/14120.html');
  });

  it('leads from a state’s row and its map region to the ranking filtered to it, where it has evaluated municipalities', () => {
    for (const name of ['estados.html', 'en/estados.html']) {
      const $ = page(name);
      expect($('#estado-jal th a').attr('href'), name).toBe('index.html?estado=jal');
      expect($('#estado-oax th a').length, name).toBe(0); // nothing evaluated there: nothing to list
      expect($('#mapa-jal').parent('a').attr('href'), name).toBe('index.html?estado=jal');
      expect($('#mapa-oax').parent('a').length, name).toBe(0);
      // The ranking's state filter offers the same value the links carry, in both languages.
      expect(page(name.replace('estados', 'index'))('#f-estado option[value="jal"]').text(), name).toBe('Jalisco');
    }
    expect(page('en/index.html')('#f-estado option[value="gua"]').text()).toBe('Guanajuato');
  });

  it('draws the map: one path per state with a tone class by mean, a title each, a legend and a credit', () => {
    const $ = page('estados.html');
    const svg = $('figure.mapa svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-labelledby')).toBe('mapa-titulo mapa-desc');
    const paths = svg.find('path.estado');
    expect(paths.length).toBe(32);
    const tone = (id: string) => ($(`#mapa-${id}`).attr('class') ?? '').split(' ').find((c) => c.startsWith('tono-'));
    expect(tone('jal')).toBe('tono-5');
    expect(tone('coa')).toBe('tono-3');
    expect(tone('gua')).toBe('tono-3');
    expect(tone('oax')).toBe('tono-0');
    expect(tone('cmx')).toBe('tono-0');
    paths.each((_, p) => {
      expect($(p).attr('d')).toMatch(/^m /i);
      expect($(p).children('title').text()).toBeTruthy();
    });
    expect($('#mapa-jal title').text()).toBe('Jalisco: promedio 86.4 (1 municipio evaluado)');
    expect($('#mapa-zac title').text()).toBe('Zacatecas: sin datos');
    expect($('.leyenda li').length).toBe(6);
    expect($('figure.mapa').text()).toContain('CC BY 4.0');
    expect(pages.get('estilo.css')).toMatch(/\.tono-5\{fill:#[0-9a-f]{6}/);
  });
});

describe('indicadores.html', () => {
  it('gives every indicator its overall share and a bar chart by state', () => {
    const $ = page('indicadores.html');
    expect($('table.resumen-indicadores tbody tr').length).toBe(22);
    expect($('article.indicador').length).toBe(22);
    const first = $(`#ind-${ids[0]}`);
    expect(first.find('.resultado').text()).toContain('67 % (2 de 3)');
    const chart = first.find('svg.grafica');
    expect(chart.attr('role')).toBe('img');
    expect(chart.find('g').length).toBe(4); // Total + Coahuila, Guanajuato, Jalisco
    expect(chart.find('g title').map((_, t) => $(t).text()).get()).toEqual([
      'Total: 67 % (2 de 3)',
      'Coahuila: 100 % (1 de 1)',
      'Guanajuato: 0 % (0 de 1)',
      'Jalisco: 100 % (1 de 1)',
    ]);
    expect(chart.find('rect.barra-cumple').map((_, r) => $(r).attr('width')).get()).toEqual(['100', '150', '0', '150']);
    expect(text($(`#ind-mobile-app .resultado`).text())).toContain('33 % (1 de 3)');
  });
});

describe('indicadores.html verdicts', () => {
  it('counts pass, fail and unknown per criterion, in the overview and under each criterion', () => {
    const $ = page('indicadores.html');
    expect($('table.resumen-indicadores thead th').map((_, th) => $(th).text()).get()).toEqual(['Indicador', 'Cumplen', 'No cumplen', 'Indeterminado', 'Porcentaje']);
    const overview = $('table.resumen-indicadores tbody tr').filter((_, tr) => $(tr).find('a[href="#ind-mobile-app"]').length > 0);
    expect(overview.children('td').map((_, td) => text($(td).text())).get().slice(0, 3)).toEqual(['1 de 3', '1', '1']);
    expect(text($('#ind-mobile-app .conteos').text())).toBe('Veredictos: Cumplen: 1 · No cumplen: 1 · Indeterminado: 1');
    expect(text($(`#ind-${ids[0]} .conteos`).text())).toBe('Veredictos: Cumplen: 2 · No cumplen: 1 · Indeterminado: 0');
    expect(text(page('en/indicadores.html')('#ind-mobile-app .conteos').text())).toBe('Verdicts: Meet: 1 · Do not meet: 1 · Unknown: 1');
  });

  it('lists who passes, fails and is unknown in closed <details>, by name with the state, linking each to the criterion on its page', () => {
    const $ = page('indicadores.html');
    const lists = (id: string) =>
      $(`#ind-${id} details`)
        .map((_, d) => ({
          open: $(d).attr('open') !== undefined,
          summary: text($(d).children('summary').text()),
          sites: $(d).find('li').map((_, li) => text($(li).text())).get(),
          links: $(d).find('li a').map((_, a) => $(a).attr('href')).get(),
        }))
        .get();
    expect(lists('mobile-app')).toEqual([
      { open: false, summary: '✔ Cumplen (1)', sites: ['Abasolo (Guanajuato)'], links: ['municipios/11001.html#ind-mobile-app'] },
      { open: false, summary: `✘ No cumplen (1)`, sites: [`Villa ${SCRIPT_PAYLOAD} (Coahuila)`], links: ['municipios/05002.html#ind-mobile-app'] },
      { open: false, summary: '? Indeterminado (1)', sites: ['Zapopan (Jalisco)'], links: ['municipios/14120.html#ind-mobile-app'] },
    ]);
    // No unknown verdict: no empty list. The unreachable site is in none (it was not evaluated).
    expect(lists(ids[0]!).map((l) => [l.summary, l.sites])).toEqual([
      ['✔ Cumplen (2)', [`Villa ${SCRIPT_PAYLOAD} (Coahuila)`, 'Zapopan (Jalisco)']],
      ['✘ No cumplen (1)', ['Abasolo (Guanajuato)']],
    ]);
    expect(pages.get('indicadores.html')).not.toContain('20067.html');
    const en = page('en/indicadores.html');
    expect(en('#ind-mobile-app details summary').map((_, s) => text(en(s).text())).get()).toEqual(['✔ Meet (1)', '✘ Do not meet (1)', '? Unknown (1)']);
  });
});

describe('English and navigation', () => {
  it('every page links the five sections and its twin in the other language', () => {
    for (const [name, content] of pages) {
      if (!name.endsWith('.html')) continue;
      const $ = load(content);
      expect($('header nav a').length, name).toBe(5);
      const english = name.startsWith('en/');
      const twin = $('a.idioma').attr('href');
      const depth = name.split('/').length - 1;
      expect(twin, name).toBe(`${'../'.repeat(depth)}${english ? name.slice(3) : `en/${name}`}`);
    }
    const $ = page('municipios/14120.html');
    expect($('header nav a').map((_, a) => $(a).attr('href')).get()).toEqual(['../index.html', '../estados.html', '../indicadores.html', '../cambios.html', '../metodologia.html']);
    expect(page('estados.html')('header nav a[aria-current="page"]').text()).toBe('Estados');
  });

  it('the language link is labelled in the language it leads to (a Spanish page’s says English, and back)', () => {
    const link = (name: string) => {
      const a = page(name)('a.idioma');
      return { label: a.attr('aria-label'), lang: a.attr('lang'), hreflang: a.attr('hreflang'), text: a.text() };
    };
    for (const name of ['index.html', 'municipios/14120.html']) {
      expect(link(name), name).toEqual({ label: 'Read this page in English', lang: 'en', hreflang: 'en', text: 'English' });
      expect(link(`en/${name}`), name).toEqual({ label: 'Leer esta página en español', lang: 'es', hreflang: 'es', text: 'Español' });
    }
  });

  it('English pages use the English texts and keep crawled text as is', () => {
    expect(page('en/index.html')('h1').text()).toBe('Municipal open-government ranking');
    expect(page('en/estados.html')('h1').text()).toBe('Results by state');
    expect(page('en/indicadores.html')('h1').text()).toBe('Compliance by indicator');
    expect(page('en/metodologia.html')('h1').text()).toBe('Methodology');
    const $ = page('en/municipios/05002.html');
    expect($('h1').text()).toContain(`Villa ${SCRIPT_PAYLOAD}`);
    expect($('#ind-open-data-section .veredicto').text()).toContain('Meets');
    expect($('#ind-open-data-section h4').text()).toBe(aidh2016.indicators[0]!.criterion.en);
    expect($('img').attr('src')).toBe('../../capturas/villa%20home.png');
    expect(page('en/estados.html')('#estado-cmx th').text()).toBe('Mexico City');
  });
});

function text(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
