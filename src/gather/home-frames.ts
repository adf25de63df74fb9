/**
 * A frameset home page shows its menu, contact links and social links in the documents its frames load:
 * a person sees them on the home page, so the rules read them as home-page content. Same for a same-site
 * iframe the home page embeds. The framed documents keep their own URL (evidence points where the
 * element is) and are marked with `framedBy`.
 */
import type { Element } from 'domhandler';
import type { FetchedPage } from '../crawl/types.ts';
import type { PageArtifact } from './artifacts.ts';
import { parsePage, type ParsedPage } from './dom.ts';
import { canonicalKey, isExternal, resolveUrl } from './url.ts';

/** Framesets nest (a frame holding a frameset of menu and body); deeper than this is not a page layout. */
const MAX_FRAME_NESTING = 3;

/**
 * The crawled documents the home page's same-site frames and iframes show, nested framesets included, parsed (as
 * home-page content): finding the nested frames took parsing them, and the gatherers read these same trees.
 */
export function homeFrameDocuments(home: ParsedPage, pages: readonly FetchedPage[], siteHosts: readonly string[]): ParsedPage[] {
  const byKey = new Map<string, FetchedPage>();
  for (const page of pages) for (const url of [page.requestedUrl, page.url]) if (!byKey.has(canonicalKey(url))) byKey.set(canonicalKey(url), page);
  const found: ParsedPage[] = [];
  const visited = new Set<FetchedPage>([home.page]);
  let framing: ParsedPage[] = [home];
  for (let nesting = 0; nesting < MAX_FRAME_NESTING && framing.length > 0; nesting += 1) {
    const next: ParsedPage[] = [];
    for (const parsed of framing) {
      parsed.$('frame[src], iframe[src]').each((_, node) => {
        const src = resolveUrl((node as Element).attribs.src ?? '', parsed.baseUrl);
        const framed = src && !isExternal(src, siteHosts) ? byKey.get(canonicalKey(src)) : undefined;
        if (!framed || visited.has(framed)) return;
        visited.add(framed);
        const parsedFrame = parsePage(framed, true);
        found.push(parsedFrame);
        next.push(parsedFrame);
      });
    }
    framing = next;
  }
  return found;
}

/**
 * Whether a page URL is the home page or a document its frames show: where home-page links, contacts
 * and forms sit. `homeUrl` counts even when the pages at hand were built without `isHome`.
 */
export function isOnHomePage(pages: readonly Pick<PageArtifact, 'url' | 'isHome'>[], homeUrl: string): (pageUrl: string) => boolean {
  const keys = new Set(pages.filter((p) => p.isHome).map((p) => canonicalKey(p.url)));
  keys.add(canonicalKey(homeUrl));
  return (pageUrl) => keys.has(canonicalKey(pageUrl));
}
