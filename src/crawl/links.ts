import * as cheerio from 'cheerio';
import { canonicalUrl } from './url.ts';

/** Where a page leads: what a person clicks, and the documents its frames show as part of it. */
export interface PageLinks {
  /** <a href> and <area href>. */
  links: string[];
  /** <frame src> and <iframe src>. */
  frames: string[];
}

/**
 * Link and frame targets for the crawl queue, in document order, canonical and deduped, resolved
 * against <base href>. Same-site filtering is the caller's job (for frames it is what makes an
 * embedded page part of the portal).
 */
export function extractLinks(html: string, pageUrl: string): PageLinks {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && canonicalUrl(baseHref, pageUrl)) || pageUrl;
  const collect = (selector: string, attribute: string): string[] => {
    const found = new Set<string>();
    $(selector).each((_, element) => {
      const raw = $(element).attr(attribute);
      const url = raw ? canonicalUrl(raw, base) : null;
      if (url) found.add(url);
    });
    return [...found];
  };
  return { links: collect('a[href], area[href]', 'href'), frames: collect('iframe[src], frame[src]', 'src') };
}
