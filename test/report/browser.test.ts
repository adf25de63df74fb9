/**
 * The generated report in a real browser (Chromium via playwright-core, file:// URLs, the report's own CSP):
 * sorting and filtering by report.js, the map's fills from estilo.css, the English twin, phone width, and
 * crawled payloads that must stay inert. One browser for the file; screenshots go to test-output/report/.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { writeHtmlReport } from '../../src/report/html/index.ts';
import type { MunicipalityResult, RankingReport } from '../../src/report/model.ts';
import { buildReport, indicatorResults } from './fixture.ts';

const SCREENSHOTS = resolve('test-output/report');
const ids = aidh2016.indicators.map((i) => i.id);

function site(code: string, name: string, state: string, score: number, rank: number, passCount: number): MunicipalityResult {
  return {
    inegi_code: code,
    name,
    state,
    url: `https://${code}.gob.mx/`,
    url_confidence: null,
    final_url: null,
    status: 'ok',
    status_reason: null,
    pages_crawled: 3,
    home_screenshot: null,
    crawl_problems: [],
    score,
    rank,
    published_2016: null,
    indicators: indicatorResults(ids.slice(0, passCount)),
  };
}

/** The shared fixture plus a site whose name, evidence and URLs try to run script in the reader's browser. */
function browserReport(): RankingReport {
  const report = buildReport();
  const pwn = site('15999', 'Pwn <script>window.pwned=1</script>', 'México', 20, 7, 4);
  pwn.final_url = 'javascript:window.pwned=1';
  pwn.crawl_problems = [{ url: 'javascript:window.pwned=1', kind: 'http', message: '<img src=x onerror="window.pwned=1">', status: 500 }];
  pwn.indicators = pwn.indicators.map((r, i) =>
    i === 0
      ? {
          ...r,
          reason: '<img src=x onerror="window.pwned=1">',
          evidence: [
            { url: 'javascript:window.pwned=1', text: '<img src=x onerror="window.pwned=1"> <script>window.pwned=1</script>', selector: '"><svg onload="window.pwned=1">', screenshot: null },
          ],
        }
      : r,
  );
  report.municipalities.push(
    site('14039', 'Guadalajara', 'Jalisco', 45.5, 4, 10),
    site('09015', 'Cuauhtémoc', 'Ciudad de México', 40.9, 5, 9),
    site('30193', 'Veracruz', 'Veracruz de Ignacio de la Llave', 31.8, 6, 7),
    pwn,
  );
  // A long unbroken address, as seeds have: it must wrap on a phone, not widen the page or hide a column.
  report.municipalities.find((m) => m.inegi_code === '30193')!.url =
    'https://www.heroica-ciudad-y-puerto-de-veracruz.gob.mx/transparencia/obligaciones-comunes/articulo-70-fraccion-XXXVI/';
  report.run.sitesTotal = report.municipalities.length;
  return report;
}

let browser: Browser;
let outDir: string;
const url = (relative: string) => pathToFileURL(join(outDir, relative)).href;

/** A page that records dialogs and script errors; the test fails if any happened. */
async function open(relative: string, width = 1024, query = ''): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url(relative) + query);
  return { page, dialogs, errors };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mirador-browser-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeHtmlReport(browserReport(), aidh2016, outDir);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
});

const names = (page: Page) => page.locator('#tabla-ranking tbody tr:not([hidden]) th a').allTextContents();

describe('ranking page in a browser', () => {
  it('sorts by clicking a column heading and filters by state, with report.js under the CSP', async () => {
    const { page, dialogs, errors } = await open('index.html');
    await expect.poll(() => page.locator('#filtros').isVisible()).toBe(true); // report.js ran
    expect(await names(page)).toEqual(['Zapopan', 'Abasolo', 'Villa <script>alert(1)</script>', 'Guadalajara', 'Cuauhtémoc', 'Veracruz', 'Pwn <script>window.pwned=1</script>']);

    const byName = page.getByRole('button', { name: 'Municipio' });
    await byName.click();
    expect(await names(page)).toEqual(['Abasolo', 'Cuauhtémoc', 'Guadalajara', 'Pwn <script>window.pwned=1</script>', 'Veracruz', 'Villa <script>alert(1)</script>', 'Zapopan']);
    expect(await page.locator('th[data-orden="nombre"]').getAttribute('aria-sort')).toBe('ascending');
    await byName.click();
    expect((await names(page))[0]).toBe('Zapopan');
    expect(await page.locator('th[data-orden="nombre"]').getAttribute('aria-sort')).toBe('descending');

    await page.getByLabel('Estado', { exact: true }).selectOption('Jalisco');
    expect((await names(page)).sort()).toEqual(['Guadalajara', 'Zapopan']);
    await expect.poll(() => page.locator('#conteo').textContent()).toBe('2 de 7 municipios');

    await page.getByLabel('Estado', { exact: true }).selectOption('');
    await page.getByLabel('Puntaje desde').fill('45');
    expect((await names(page)).sort()).toEqual(['Abasolo', 'Guadalajara', 'Villa <script>alert(1)</script>', 'Zapopan']);
    await page.getByLabel('Puntaje desde').fill('');
    await page.getByLabel('Indicador', { exact: true }).selectOption(ids[11]!);
    expect((await names(page)).sort()).toEqual(['Abasolo', 'Zapopan']);
    await page.getByLabel('Resultado del indicador').selectOption('no');
    expect(await names(page)).toHaveLength(5);
    await page.getByLabel('Resultado del indicador').selectOption('si');
    await page.getByLabel('Buscar municipio').fill('cuauhtemoc');
    expect(await names(page)).toEqual([]);
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect.poll(() => names(page).then((n) => n.length)).toBe(7);
    await page.getByLabel('Buscar municipio').fill('cuauhtemoc');
    expect(await names(page)).toEqual(['Cuauhtémoc']);

    await shoot(page, 'index-filtered');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the ranking’s view in the address', () => {
  it('keeps filters and order in the query string: shared, reloaded, carried to the other language, back again', async () => {
    const { page, errors } = await open('index.html');
    await expect.poll(() => page.locator('#filtros').isVisible()).toBe(true);
    await page.getByLabel('Estado', { exact: true }).selectOption({ label: 'Jalisco' });
    expect(new URL(page.url()).search).toBe('?estado=jal');
    await page.getByLabel('Buscar municipio').fill('zap');
    await page.getByRole('button', { name: 'Puntaje' }).click();
    expect(new URL(page.url()).search).toBe('?buscar=zap&estado=jal&orden=-puntaje');
    expect(await page.locator('a.idioma').getAttribute('href')).toBe('en/index.html?buscar=zap&estado=jal&orden=-puntaje');

    await page.reload();
    await expect.poll(() => names(page)).toEqual(['Zapopan']);
    expect(await page.getByLabel('Buscar municipio').inputValue()).toBe('zap');
    expect(await page.getByLabel('Estado', { exact: true }).inputValue()).toBe('jal');
    expect(await page.locator('th[data-orden="puntaje"]').getAttribute('aria-sort')).toBe('descending');

    // Leaving for a municipality and coming back finds the same view.
    await page.getByRole('link', { name: 'Zapopan', exact: true }).click();
    await page.waitForURL(/municipios\/14120\.html$/);
    await page.goBack();
    await expect.poll(() => names(page)).toEqual(['Zapopan']);
    expect(await page.getByLabel('Buscar municipio').inputValue()).toBe('zap');

    await page.locator('a.idioma').click();
    await page.waitForURL(/\/en\/index\.html\?/);
    await expect.poll(() => names(page)).toEqual(['Zapopan']);
    expect(await page.getByLabel('State', { exact: true }).locator('option:checked').textContent()).toBe('Jalisco');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?orden=-puntaje');
    await page.getByRole('button', { name: 'Score' }).click();
    await page.getByRole('button', { name: 'Position' }).click();
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared address with its filters applied, and ignores values it does not offer', async () => {
    const { page, errors } = await open('index.html', 1024, `?indicador=${ids[11]}&cumple=no&min=40`);
    await expect.poll(() => names(page)).toEqual(['Villa <script>alert(1)</script>', 'Guadalajara', 'Cuauhtémoc']);
    expect(await page.getByLabel('Resultado del indicador').inputValue()).toBe('no');
    await page.goto(`${url('index.html')}?estado=atlantida&orden=nada`);
    await expect.poll(() => names(page).then((n) => n.length)).toBe(7);
    expect(await page.getByLabel('Estado', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('th[data-orden="posicion"]').getAttribute('aria-sort')).toBe('ascending');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('states table and map in a browser', () => {
  const states = (page: Page) => page.locator('#tabla-estados tbody tr th').allTextContents();

  it('sorts the table by a column, with the mouse or the keyboard, leaving states with no data last', async () => {
    const { page, errors } = await open('estados.html');
    await expect.poll(() => page.locator('th[data-orden="nombre"]').getAttribute('aria-sort')).toBe('ascending');
    expect((await states(page)).slice(0, 3)).toEqual(['Aguascalientes', 'Baja California', 'Baja California Sur']);
    await page.getByRole('button', { name: 'Promedio' }).click();
    expect(await page.locator('th[data-orden="promedio"]').getAttribute('aria-sort')).toBe('descending');
    expect((await states(page)).slice(0, 6)).toEqual(['Jalisco', 'Coahuila', 'Guanajuato', 'Ciudad de México', 'Veracruz', 'México']);
    // Pressing Enter on the focused heading sorts the other way; "sin datos" stays at the end either way.
    await page.getByRole('button', { name: 'Promedio' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-orden="promedio"]').getAttribute('aria-sort')).toBe('ascending');
    expect((await states(page)).slice(0, 6)).toEqual(['México', 'Veracruz', 'Ciudad de México', 'Coahuila', 'Guanajuato', 'Jalisco']);
    expect(await page.locator('#tabla-estados tbody tr').last().locator('td').nth(1).textContent()).toBe('sin datos');
    await page.getByRole('button', { name: 'Evaluados', exact: true }).press('Space');
    expect((await states(page))[0]).toBe('Jalisco');
    expect(await page.locator('th[data-orden="nombre"]').getAttribute('aria-sort')).toBe('none');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a state’s row and its map region lead to its municipalities in the ranking', async () => {
    const { page, errors } = await open('estados.html');
    await page.locator('#estado-jal th a').click();
    await page.waitForURL(/\/index\.html\?estado=jal$/);
    await expect.poll(() => names(page)).toEqual(['Zapopan', 'Guadalajara']);
    expect(await page.getByLabel('Estado', { exact: true }).inputValue()).toBe('jal');
    await page.goBack();
    await page.locator('#mapa-gua').click();
    await page.waitForURL(/\/index\.html\?estado=gua$/);
    await expect.poll(() => names(page)).toEqual(['Abasolo']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('states map in a browser', () => {
  it('fills every state path from a tone class', async () => {
    const { page, errors } = await open('estados.html');
    const fills = await page.locator('svg path.estado').evaluateAll((paths) =>
      paths.map((p) => ({ tone: [...p.classList].find((c) => c.startsWith('tono-')), fill: getComputedStyle(p).fill })),
    );
    expect(fills).toHaveLength(32);
    const byTone = new Map<string, Set<string>>();
    for (const { tone, fill } of fills) {
      expect(tone).toMatch(/^tono-[0-5]$/);
      expect(fill).toMatch(/^rgb\(/);
      expect(fill).not.toBe('rgb(0, 0, 0)'); // the stylesheet loaded: black is SVG's default fill
      byTone.set(tone!, (byTone.get(tone!) ?? new Set()).add(fill));
    }
    for (const set of byTone.values()) expect(set.size).toBe(1); // one colour per tone
    expect(new Set(fills.map((f) => f.fill)).size).toBe(byTone.size);
    await shoot(page, 'estados');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('printing', () => {
  it('keeps the score bars and the legend’s swatches on paper, as kept colours and as borders', async () => {
    const { page, errors } = await open('index.html');
    const bar = page.locator('#tabla-ranking .relleno').first();
    const style = () => bar.evaluate((el) => {
      const s = getComputedStyle(el);
      return { adjust: s.printColorAdjust, border: s.borderTopWidth, colour: s.borderTopColor, fill: s.backgroundColor };
    });
    expect((await style()).border).toBe('0px'); // on screen the fill is the background
    await page.emulateMedia({ media: 'print' });
    const printed = await style();
    expect(printed.adjust).toBe('exact');
    expect(printed.border).not.toBe('0px');
    expect(printed.colour).toBe(printed.fill);
    expect(await page.locator('#filtros').isVisible()).toBe(false);
    await page.goto(url('estados.html'));
    const swatches = await page.locator('.leyenda .muestra').evaluateAll((spans) =>
      spans.map((el) => ({ adjust: getComputedStyle(el).printColorAdjust, border: getComputedStyle(el).borderTopColor, width: getComputedStyle(el).borderTopWidth, fill: getComputedStyle(el).backgroundColor })),
    );
    expect(swatches).toHaveLength(6);
    for (const swatch of swatches) {
      expect(swatch.adjust).toBe('exact');
      expect(swatch.border).toBe(swatch.fill);
      expect(parseFloat(swatch.width)).toBeGreaterThanOrEqual(8); // half of the 1rem box: the border fills it
    }
    expect(await page.locator('path.estado').first().evaluate((p) => getComputedStyle(p).printColorAdjust)).toBe('exact');
    await page.pdf({ path: join(SCREENSHOTS, 'estados-print.pdf') }); // a print-layout render that must not fail
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('English', () => {
  it('the language link switches to the English twin and back', async () => {
    const { page, errors } = await open('index.html');
    expect(await page.locator('h1').textContent()).toBe('Ranking de gobierno abierto municipal');
    await page.locator('a.idioma').click();
    await page.waitForURL(/\/en\/index\.html$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Municipal open-government ranking');
    expect(await page.locator('h2').first().textContent()).toBe('Ranking');
    await expect.poll(() => page.locator('#filtros').isVisible()).toBe(true); // ../report.js loads from en/
    await page.getByRole('link', { name: 'States' }).click();
    expect(await page.locator('h1').textContent()).toBe('Results by state');
    await shoot(page, 'en-estados');
    await page.locator('a.idioma').click();
    expect(await page.locator('h1').textContent()).toBe('Resultados por estado');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('phone width (375 px)', () => {
  it.each(['index.html', 'estados.html', 'indicadores.html', 'municipios/15999.html', 'en/municipios/14120.html'])('%s has no horizontal page scroll', async (relative) => {
    const { page, errors } = await open(relative, 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shoot(page, `375-${relative.replace(/\//g, '-').replace(/\.html$/, '')}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('tables at phone width (375 px)', () => {
  it.each(['index.html', 'en/index.html', 'estados.html', 'en/estados.html'])('%s shows every column of every row, with nothing wider than the screen', async (relative) => {
    const { page, errors } = await open(relative, 375);
    await expect.poll(() => page.locator('button.ordenar').count()).toBeGreaterThan(0); // report.js ran
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
    const tables = await page.locator('.tabla').evaluateAll((boxes) =>
      boxes.map((box) => {
        const table = box.querySelector('table')!;
        const columns = table.tHead!.rows[0]!.cells.length;
        const hidden: string[] = [];
        for (const th of Array.from(table.tHead!.rows[0]!.cells)) if (getComputedStyle(th).display === 'none') hidden.push(`heading ${th.textContent}`);
        for (const row of Array.from(table.tBodies[0]!.rows)) {
          if (row.cells.length !== columns) hidden.push(`row ${row.rowIndex} has ${row.cells.length} cells`);
          for (const cell of Array.from(row.cells)) {
            const rect = cell.getBoundingClientRect();
            if (!cell.checkVisibility() || rect.width === 0 || rect.height === 0) hidden.push(`row ${row.rowIndex}: ${cell.textContent}`);
            else if (rect.right > 375 || rect.left < 0) hidden.push(`row ${row.rowIndex} overflows: ${cell.textContent} (${rect.left}–${rect.right})`);
          }
        }
        return { table: table.className, scrolls: box.scrollWidth > box.clientWidth, hidden };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t, t.table).toEqual({ table: t.table, scrolls: false, hidden: [] });
    await shoot(page, `375-tablas-${relative.replace(/\//g, '-').replace(/\.html$/, '')}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the ranking’s cards keep state and site in view, with the headings as sort buttons', async () => {
    const { page, errors } = await open('index.html', 375);
    const veracruz = page.locator('#tabla-ranking tbody tr', { hasText: 'Veracruz' });
    expect(await veracruz.locator('td[data-etiqueta="Estado"]').isVisible()).toBe(true);
    const site = veracruz.locator('td[data-etiqueta="Sitio"] a');
    expect(await site.isVisible()).toBe(true);
    expect((await site.boundingBox())!.height).toBeGreaterThan(30); // the long address wrapped
    await page.getByRole('button', { name: 'Puntaje' }).click();
    expect((await names(page))[0]).toBe('Zapopan');
    await page.getByRole('button', { name: 'Puntaje' }).click();
    expect((await names(page))[0]).toBe('Pwn <script>window.pwned=1</script>');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('crawled payloads stay inert', () => {
  it.each(['municipios/15999.html', 'en/municipios/15999.html', 'index.html', 'estados.html', 'municipios/05002.html'])('%s runs none of them', async (relative) => {
    const { page, dialogs, errors } = await open(relative);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    if (relative.endsWith('15999.html')) {
      expect(await page.locator('h1').textContent()).toContain('<script>window.pwned=1</script>');
      expect(await page.locator('.evidencia-texto').first().textContent()).toContain('<img src=x onerror="window.pwned=1">');
      await shoot(page, `payloads-${relative.replace(/\//g, '-').replace(/\.html$/, '')}`);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('municipality page in a browser', () => {
  it('shows the evidence with its screenshot thumbnail, which opens full size', async () => {
    // A real PNG (1×1) where the fixture's evidence says its screenshot is.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await mkdir(join(outDir, 'capturas'), { recursive: true });
    await writeFile(join(outDir, 'capturas', 'villa home.png'), png);
    const { page, errors } = await open('municipios/05002.html');
    const evidence = page.locator('#ind-open-data-section .evidencia').first();
    expect(await evidence.locator('.evidencia-texto').textContent()).toContain('Datos abiertos');
    const thumbnail = evidence.locator('a.captura img');
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    const full = await evidence.locator('a.captura').getAttribute('href');
    expect(full).toBe('../capturas/villa%20home.png');
    await shoot(page, 'municipality-evidence');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('screenshots', () => {
  it('saves the remaining pages', async () => {
    for (const relative of ['indicadores.html', 'metodologia.html', 'municipios/14120.html']) {
      const { page } = await open(relative);
      await shoot(page, relative.replace(/\//g, '-').replace(/\.html$/, ''));
      await page.close();
    }
  });
});
