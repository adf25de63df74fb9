/**
 * The review queue and the contest marks in a real browser (Chromium via playwright-core, file:// URLs, the
 * report's CSP), at phone width: a run open to contest, with a contested and a flagged verdict. Screenshots go to
 * test-output/report/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { writeHtmlReport } from '../../src/report/html/index.ts';
import { contestedReport } from './fixture.ts';

const SCREENSHOTS = resolve('test-output/report');
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mirador-review-browser-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  const report = contestedReport();
  report.run.contestUntil = '2025-07-01';
  await writeHtmlReport(report, aidh2016, outDir);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('review queue and contest marks in a browser, 375 px wide', () => {
  it('the ranking says the run is preliminary and leads to the queue, whose rows lead to the contested criterion', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(outDir, 'index.html')).href);
    const notice = page.locator('.preliminar');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('hasta el 1 de julio de 2025');
    await notice.getByRole('link', { name: 'Cola de revisión' }).click();
    expect(page.url()).toMatch(/\/revision\.html$/);
    expect(await page.locator('tbody tr').count()).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(SCREENSHOTS, '375-revision.png'), fullPage: true });

    await page.locator('tbody tr', { hasText: 'impugnado' }).getByRole('link', { name: 'Zapopan', exact: true }).click();
    expect(page.url()).toMatch(/\/municipios\/14120\.html#ind-video-channel$/);
    const section = page.locator('section[aria-labelledby="titulo-revision"]');
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('#ind-search-tool .revision-pendiente').textContent()).toMatch(/^Por revisar de nuevo: Ana López decidió «No cumple»/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(SCREENSHOTS, '375-municipio-revision.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the English edition says the same in English', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(pathToFileURL(join(outDir, 'en', 'revision.html')).href);
    expect(await page.locator('h1').textContent()).toBe('Review queue');
    expect(await page.locator('.preliminar').textContent()).toMatch(/^Preliminary results: municipalities can contest a verdict until July 1, 2025/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
