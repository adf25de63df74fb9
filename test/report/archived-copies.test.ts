import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { archivedCopyPath, writeArchivedCopies } from '../../src/report/archived-copies.ts';
import type { RankingReport } from '../../src/report/model.ts';
import { buildReport } from './fixture.ts';

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** An evidence URL of the fixture's first evaluated site with evidence, and that site. */
function firstEvidence(report: RankingReport) {
  const m = report.municipalities.find((x) => x.status === 'ok' && x.indicators.some((i) => i.evidence.length))!;
  return { m, url: m.indicators.flatMap((i) => i.evidence)[0]!.url };
}

const HOSTILE = `<html><head><META HTTP-EQUIV="Refresh" CONTENT="0;URL=https://evil.example/"><meta/http-equiv=refresh content="1;url=https://evil.example/2"><meta http-equiv="set-cookie" content="a=b"><base href="javascript:alert(1)//"><script>window.pwned = 1</script></head>
<body><h1>Datos abiertos</h1><img src="x" onerror="window.pwned = 2"><iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/"><input name="q"></form><script src="https://evil.example/x.js"></script></body></html>`;

describe('archived copies of evidence pages', () => {
  it('copies the stored page for each evidence URL and links it, once per page', async () => {
    const report = buildReport();
    const m = report.municipalities.find((x) => x.status === 'ok' && x.indicators.some((i) => i.evidence.length))!;
    const url = m.indicators.flatMap((i) => i.evidence)[0]!.url;
    const out = mkdtempSync(join(tmpdir(), 'mirador-archive-'));
    const result = await writeArchivedCopies(report, out, (code) =>
      code === m.inegi_code ? new Map([[url, { html: HOSTILE, fetchedAt: '2016-05-20T10:00:00Z' }]]) : new Map(),
    );
    const path = archivedCopyPath(m.inegi_code, url);
    const linked = result.municipalities.find((x) => x.inegi_code === m.inegi_code)!.indicators.flatMap((i) => i.evidence).filter((e) => e.url === url);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((e) => e.archived === path)).toBe(true);
    const copy = readFileSync(join(out, path), 'utf8');
    expect(copy.startsWith('<!DOCTYPE html>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(copy).toContain('<h1>Datos abiertos</h1>');
    // CSP does not govern refresh: the page's pragmas are gone however spelled, as a browser's parser reads them.
    const $ = cheerio.load(copy);
    expect($('meta[http-equiv]').map((_, el) => $(el).attr('http-equiv')).get()).toEqual(['Content-Security-Policy']);
  });

  it('runs none of the crawled page’s scripts and loads nothing from outside when opened', async () => {
    const report = buildReport();
    const m = report.municipalities.find((x) => x.status === 'ok' && x.indicators.some((i) => i.evidence.length))!;
    const url = m.indicators.flatMap((i) => i.evidence)[0]!.url;
    const out = mkdtempSync(join(tmpdir(), 'mirador-archive-'));
    await writeArchivedCopies(report, out, () => new Map([[url, { html: HOSTILE, fetchedAt: 'x' }]]));
    const browser = await chromium.launch(LAUNCH);
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      // A request the CSP blocks never reaches the network layer, so it never reaches a route.
      await page.route(/^https?:/, (route) => {
        outside.push(route.request().url());
        return route.abort();
      });
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await page.goto(pathToFileURL(join(out, archivedCopyPath(m.inegi_code, url))).href);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.textContent('h1')).toBe('Datos abiertos');
      expect(dialog).toBe(false);
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('opens in standards mode with a banner saying source, capture date and run, escaped, whatever the page declares', async () => {
    // An old doctype (quirks mode if it came first), its own head and title, and styles that would hide a banner.
    const page = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html lang="es" class="viejo"><head><title>Portal de Villa</title>
<meta http-equiv="refresh" content="0;url=https://evil.example/"><style>div, p, #mirador-copia-archivada { display: none !important; color: white !important } body > *:first-child { visibility: hidden !important }</style></head>
<body class="inicio"><h1>Transparencia</h1></body></html>`;
    const cases = [
      { name: 'old doctype, own head', html: page },
      { name: 'no doctype at all', html: HOSTILE },
    ];
    const browser = await chromium.launch(LAUNCH);
    try {
      for (const { name, html } of cases) {
        const report = buildReport();
        const { m } = firstEvidence(report);
        // The banner quotes the evidence URL, which comes from a crawled page's links.
        const hostileUrl = 'https://villa.gob.mx/datos?"><script>window.pwned=3</script><b a="';
        m.indicators.find((i) => i.evidence.length)!.evidence[0]!.url = hostileUrl;
        const out = mkdtempSync(join(tmpdir(), 'mirador-archive-'));
        await writeArchivedCopies(report, out, () => new Map([[hostileUrl, { html, fetchedAt: '2025-05-31T10:03:12.000Z' }]]));
        const file = join(out, archivedCopyPath(m.inegi_code, hostileUrl));
        const copy = readFileSync(file, 'utf8');
        expect(copy, name).not.toContain('<script>window.pwned=3');
        const $ = cheerio.load(copy);
        expect($('meta[http-equiv]').map((_, el) => $(el).attr('http-equiv')).get(), name).toEqual(['Content-Security-Policy']);

        const tab = await browser.newPage();
        await tab.goto(pathToFileURL(file).href);
        expect(await tab.evaluate(() => document.compatMode), name).toBe('CSS1Compat');
        const banner = tab.locator('#mirador-copia-archivada');
        expect(await banner.isVisible(), name).toBe(true);
        expect(await banner.evaluate((el) => el === document.body.firstElementChild), name).toBe(true);
        expect((await banner.boundingBox())!.height, name).toBeGreaterThan(20);
        const [es, en] = await banner.locator('p').allTextContents();
        expect(es, name).toBe(`Copia archivada por Mirador · Página original: ${hostileUrl} · obtenida el 31 de mayo de 2025, 10:03 UTC · ejecución n.º 7 (datos al 31 de mayo de 2025). Sin scripts ni recursos externos: puede verse distinta del original.`);
        expect(en, name).toBe(`Copy archived by Mirador · Original page: ${hostileUrl} · fetched on May 31, 2025, 10:03 UTC · run no. 7 (data as of May 31, 2025). No scripts or outside resources: it may look different from the original.`);
        expect(await banner.locator('p').first().evaluate((p) => getComputedStyle(p).color), name).toBe('rgb(27, 31, 36)');
        expect(await banner.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), name).toEqual([new URL(hostileUrl).href, new URL(hostileUrl).href]);
        expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned), name).toBeUndefined();
        expect(await tab.locator('h1').first().textContent(), name).toMatch(/^(Transparencia|Datos abiertos)$/);
        if (html === page) {
          // The page's own head and attributes still apply, after the banner.
          expect(await tab.title()).toBe('Portal de Villa');
          expect(await tab.evaluate(() => [document.documentElement.className, document.body.className])).toEqual(['viejo', 'inicio']);
        }
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });
});
