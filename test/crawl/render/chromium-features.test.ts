import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES, SYSTEM_CHROMIUM } from '../../../src/crawl/render/browser.ts';

const browsers: Browser[] = [];
async function launch(args: string[]): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, headless: true, args });
  browsers.push(browser);
  return browser;
}

/** The --disable-features the running browser was given, read from chrome://version (the last one given counts). */
async function disabledFeatures(browser: Browser): Promise<string[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('chrome://version');
  const commandLine = (await page.locator('#command_line').textContent()) ?? '';
  const all = [...commandLine.matchAll(/--disable-features=(\S+)/g)];
  return all.at(-1)![1]!.split(',');
}

afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

describe("Chromium's features", () => {
  it("repeats every feature Playwright disables, since ours replaces Playwright's --disable-features", async () => {
    const playwrights = await disabledFeatures(await launch(['--no-sandbox', '--disable-gpu']));
    const ours = await disabledFeatures(await launch(CHROMIUM_ARGS));
    expect(PLAYWRIGHT_DISABLED_FEATURES.slice().sort()).toEqual(playwrights.slice().sort());
    for (const feature of playwrights) expect(ours).toContain(feature);
  });

  it('builds no omnibox popup for a context: only pages are targets', async () => {
    const browser = await launch(CHROMIUM_ARGS);
    for (let i = 0; i < 2; i++) await (await browser.newContext()).newPage();
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    expect(targetInfos.filter((t) => t.type !== 'page').map((t) => t.url)).toEqual([]);
  });
});
