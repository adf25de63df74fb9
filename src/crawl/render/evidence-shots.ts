import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LARGE_HTML_CHARS } from '../html-guard.ts';
import type { BrowserPool } from './browser.ts';

/** An element of a stored page to photograph: the page's HTML as crawled and a CSS selector in it. */
export interface EvidenceShotRequest {
  pageUrl: string;
  html: string;
  selector: string;
  /** PNG written here (directories created). */
  outPath: string;
}

export type EvidenceShotResult =
  | { outPath: string; taken: true }
  | { outPath: string; taken: false; reason: string };

const SHOT_TIMEOUT_MS = 5000;

/**
 * Element screenshots of stored pages, offline: each page is loaded at its own URL (so relative
 * links and <base> behave) from the stored HTML, with JavaScript off and every other request
 * aborted, so a shot shows what the crawl saw and costs no request to the portal. Shots that
 * cannot be taken are skipped with the reason; this never throws for one item.
 */
export async function shootEvidence(pool: BrowserPool, items: readonly EvidenceShotRequest[]): Promise<EvidenceShotResult[]> {
  if (items.length === 0) return [];
  const lease = await pool.lease('offline');
  try {
    const results: EvidenceShotResult[] = [];
    let loaded: { page: Page; pageUrl: string; html: string } | null = null;
    for (const item of items) {
      if (item.html.length > LARGE_HTML_CHARS) {
        // Chromium drew a 9.5 MB page with a gigabyte (issue 13); the evidence is in the text either way.
        results.push({ outPath: item.outPath, taken: false, reason: `stored ${item.pageUrl} has ${item.html.length} characters, more than a shot is taken of` });
        continue;
      }
      if (!loaded || loaded.pageUrl !== item.pageUrl || loaded.html !== item.html) {
        await loaded?.page.close();
        loaded = null;
        try {
          loaded = { page: await loadStored(lease.context.newPage(), item.pageUrl, item.html), pageUrl: item.pageUrl, html: item.html };
        } catch (error) {
          results.push({ outPath: item.outPath, taken: false, reason: `could not load stored ${item.pageUrl}: ${messageOf(error)}` });
          continue;
        }
      }
      results.push(await shoot(loaded.page, item));
    }
    return results;
  } finally {
    await lease.release();
  }
}

async function loadStored(opening: Promise<Page>, pageUrl: string, html: string): Promise<Page> {
  const page = await opening;
  let served = false;
  await page.route('**/*', async (route, request) => {
    if (!served && request.isNavigationRequest() && request.frame().parentFrame() === null) {
      served = true;
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  await page.goto(pageUrl, { waitUntil: 'load', timeout: SHOT_TIMEOUT_MS });
  return page;
}

async function shoot(page: Page, item: EvidenceShotRequest): Promise<EvidenceShotResult> {
  const skip = (reason: string): EvidenceShotResult => ({ outPath: item.outPath, taken: false, reason });
  let element;
  try {
    element = await page.$(item.selector);
  } catch (error) {
    return skip(`invalid selector ${item.selector}: ${messageOf(error)}`);
  }
  if (!element) return skip(`selector ${item.selector} not found in ${item.pageUrl}`);
  const box = await element.boundingBox();
  if (!box || box.width < 1 || box.height < 1) return skip(`selector ${item.selector} is not visible in ${item.pageUrl}`);
  try {
    await mkdir(path.dirname(item.outPath), { recursive: true });
    await element.scrollIntoViewIfNeeded({ timeout: SHOT_TIMEOUT_MS });
    await element.screenshot({ path: item.outPath, type: 'png', timeout: SHOT_TIMEOUT_MS });
  } catch (error) {
    return skip(`screenshot of ${item.selector} in ${item.pageUrl} failed: ${messageOf(error)}`);
  }
  return { outPath: item.outPath, taken: true };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
