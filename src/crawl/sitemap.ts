import * as cheerio from 'cheerio';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from './charset.ts';
import type { FetchFn } from './http-fetch.ts';
import type { FetchRecord, SitemapEntry } from './types.ts';
import { formatMegabytes } from './byte-budget.ts';
import { canonicalUrl } from './url.ts';

export const MAX_SITEMAP_ENTRIES = 5000;
const MAX_TOP_LEVEL_SITEMAPS = 5;
const MAX_CHILD_SITEMAPS = 10;

export interface ParsedSitemap {
  entries: SitemapEntry[];
  /** <sitemapindex> children. */
  sitemaps: string[];
}

export function parseSitemapXml(xml: string): ParsedSitemap {
  const $ = cheerio.load(xml, { xml: true });
  const entries: SitemapEntry[] = [];
  $('urlset > url').each((_, element) => {
    const loc = $(element).children('loc').first().text().trim();
    if (!loc) return;
    const lastmod = $(element).children('lastmod').first().text().trim();
    entries.push({ url: canonicalUrl(loc) ?? loc, lastmod: lastmod || null });
  });
  const sitemaps = $('sitemapindex > sitemap > loc')
    .map((_, element) => $(element).text().trim())
    .get()
    .filter(Boolean);
  return { entries, sitemaps };
}

class SitemapTooLarge extends Error {}

/** A .xml.gz is gzip inside the body (not Content-Encoding), so the fetcher's cap saw only its compressed bytes. */
function bodyText(body: Buffer, contentType: string | null, maxBytes: number): string {
  const isGzip = body[0] === 0x1f && body[1] === 0x8b;
  let bytes = body;
  if (isGzip) {
    try {
      bytes = gunzipSync(body, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new SitemapTooLarge();
      throw error;
    }
  }
  return decodeBody(bytes, contentType).text;
}

/**
 * Fetches the given sitemaps and one level of sitemap-index children. `admit` says which
 * sitemap URLs may be fetched at all (same site, allowed by robots). Each fetch is handed to `report`
 * once it is read, so a sitemap that could not be used carries why in its record. A gzipped sitemap
 * inflates within `maxBytes`, the crawl's budget for any body (below the protocol's own 50 MB, which no
 * municipal sitemap comes near).
 */
export async function readSitemaps(
  topLevel: readonly string[],
  fetch: FetchFn,
  admit: (url: string) => Promise<boolean>,
  maxBytes: number,
  report: (record: FetchRecord) => FetchRecord = (record) => record,
): Promise<SitemapEntry[]> {
  const entries = new Map<string, SitemapEntry>();
  const fetched = new Set<string>();

  const read = async (url: string): Promise<string[]> => {
    fetched.add(url);
    const record = await fetch(url, { method: 'GET', purpose: 'sitemap', depth: 0 });
    if (!record.body || record.error) {
      report(record);
      return [];
    }
    let parsed: ParsedSitemap;
    try {
      parsed = parseSitemapXml(bodyText(record.body, record.contentType, maxBytes));
    } catch (error) {
      // A broken sitemap is just no sitemap; its record says why, so the evidence does not show a clean 200.
      const message =
        error instanceof SitemapTooLarge
          ? `the sitemap inflates past ${formatMegabytes(maxBytes)} (the crawl's byte budget for a body); not read`
          : `the sitemap could not be read as XML: ${(error as Error).message}`;
      report({ ...record, error: { kind: error instanceof SitemapTooLarge ? 'too-large' : 'other', message } });
      return [];
    }
    report(record);
    for (const entry of parsed.entries) {
      if (entries.size >= MAX_SITEMAP_ENTRIES) break;
      if (!entries.has(entry.url)) entries.set(entry.url, entry);
    }
    return parsed.sitemaps;
  };

  let topLevelRead = 0;
  let childrenRead = 0;
  for (const url of unique(topLevel)) {
    if (topLevelRead >= MAX_TOP_LEVEL_SITEMAPS || entries.size >= MAX_SITEMAP_ENTRIES) break;
    if (fetched.has(url) || !(await admit(url))) continue;
    topLevelRead += 1;
    const children = unique((await read(url)).map((child) => canonicalUrl(child) ?? '').filter(Boolean));
    for (const child of children) {
      if (childrenRead >= MAX_CHILD_SITEMAPS || entries.size >= MAX_SITEMAP_ENTRIES) break;
      if (fetched.has(child) || !(await admit(child))) continue;
      childrenRead += 1;
      await read(child); // nested indexes beyond one level are ignored
    }
  }
  return [...entries.values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
