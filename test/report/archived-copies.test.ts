import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { archivedCopyPath, writeArchivedCopies } from '../../src/report/archived-copies.ts';
import { buildReport } from './fixture.ts';

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
    expect(copy.startsWith('<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')).toBe(true);
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
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
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
});
