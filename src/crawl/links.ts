import * as cheerio from 'cheerio';
import { canonicalUrl } from './url.ts';

/**
 * Link targets for the crawl queue, in document order, canonical and deduped: <a>, <area>,
 * <iframe> and <frame>, resolved against <base href>. Same-site filtering is the caller's job
 * (for frames it is what makes an embedded page part of the portal).
 */
export function extractLinks(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && canonicalUrl(baseHref, pageUrl)) || pageUrl;
  const found = new Set<string>();
  $('a[href], area[href], iframe[src], frame[src]').each((_, element) => {
    const raw = $(element).attr('href') ?? $(element).attr('src');
    if (!raw) return;
    const url = canonicalUrl(raw, base);
    if (url) found.add(url);
  });
  return [...found];
}
