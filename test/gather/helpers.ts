/** Build a SiteCrawl from {url, html} pairs: the first page is the home page (depth 0), the rest depth 1. */
import type { FetchedPage, ProbedFile, SiteCrawl, SitemapEntry } from '../../src/crawl/types.ts';

export interface PageSpec {
  url: string;
  html: string;
  requestedUrl?: string;
  headers?: Record<string, string>;
  depth?: number;
  rendered?: boolean;
}

export function siteFrom(pages: PageSpec[], extra: { seedUrl?: string; files?: ProbedFile[]; sitemap?: SitemapEntry[] } = {}): SiteCrawl {
  const fetched: FetchedPage[] = pages.map((p, i) => ({
    url: p.url,
    requestedUrl: p.requestedUrl ?? p.url,
    depth: p.depth ?? (i === 0 ? 0 : 1),
    status: 200,
    headers: p.headers ?? {},
    contentType: 'text/html; charset=utf-8',
    html: p.html,
    fetchedAt: '2016-05-10T12:00:00.000Z',
    rendered: p.rendered ?? false,
  }));
  const home = pages[0]?.url ?? null;
  return {
    seedUrl: extra.seedUrl ?? home ?? 'https://www.municipio.gob.mx/',
    finalUrl: home,
    status: 'ok',
    statusReason: null,
    pages: fetched,
    files: extra.files ?? [],
    sitemap: extra.sitemap ?? [],
    startedAt: '2016-05-10T12:00:00.000Z',
    finishedAt: '2016-05-10T12:05:00.000Z',
  };
}

export const HOME = 'https://www.municipio.gob.mx/';

/** One page (the home page) with this body. */
export function page(body: string, head = ''): SiteCrawl {
  return siteFrom([{ url: HOME, html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>` }]);
}

export function probe(url: string, contentType: string | null, status: number | null = 200, lastModified: string | null = null): ProbedFile {
  return { url, finalUrl: url, status, contentType, contentLength: null, lastModified, error: status === null ? { kind: 'dns', message: 'ENOTFOUND' } : null };
}
