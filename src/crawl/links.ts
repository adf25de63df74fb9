import type { CheerioAPI } from 'cheerio';
import { loadHtml } from './html-guard.ts';
import type { AnyNode } from 'domhandler';
import { isRouteFragment, parsePostback, postbackBody, postbackForm, postbackUrl, type Postback } from '../platforms/script-links.ts';
import { canonicalUrl } from './url.ts';

/** A menu entry that posts the page's WebForms form back: the request a click sends. */
export interface PostbackLink {
  /** The page it leads to, named by the form's action and the event (platforms/script-links.ts postbackUrl). */
  url: string;
  action: string;
  /** application/x-www-form-urlencoded, the form's fields with `__EVENTTARGET`/`__EVENTARGUMENT` set. */
  body: string;
  postback: Postback;
  /** What a person clicks: the anchor's text, else its image's alt or its title. */
  label: string;
}

/** Where a page leads: what a person clicks, and the documents its frames show as part of it. */
export interface PageLinks {
  /** <a href> and <area href>. */
  links: string[];
  /** <frame src> and <iframe src>. */
  frames: string[];
  /** `javascript:__doPostBack(…)` anchors, one per distinct event, when the page has the form they post. */
  postbacks: PostbackLink[];
  /** Routes of a single-page app (`#/datos`, `#!/transparencia`): the URL with its route, and the link's label. */
  routes: { url: string; label: string }[];
}

/**
 * Link and frame targets for the crawl queue, in document order, canonical and deduped, resolved
 * against <base href>. Same-site filtering is the caller's job (for frames it is what makes an
 * embedded page part of the portal).
 */
export function extractLinks(html: string, pageUrl: string, parsed?: CheerioAPI): PageLinks {
  const $ = parsed ?? loadHtml(html);
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
  return {
    links: collect('a[href], area[href]', 'href'),
    frames: collect('iframe[src], frame[src]', 'src'),
    postbacks: postbackLinks($, base),
    routes: routeLinks($, base),
  };
}

function labelOf($: CheerioAPI, anchor: AnyNode): string {
  const $anchor = $(anchor);
  const label = [$anchor.text(), $anchor.find('img[alt]').first().attr('alt'), $anchor.attr('title')]
    .map((text) => (text ?? '').replace(/\s+/g, ' ').trim())
    .find(Boolean);
  return label ?? '';
}

function routeLinks($: CheerioAPI, base: string): { url: string; label: string }[] {
  const found = new Map<string, string>();
  for (const anchor of $('a[href*="#"]').toArray()) {
    const raw = $(anchor).attr('href') ?? '';
    const route = raw.slice(raw.indexOf('#'));
    const page = isRouteFragment(route) ? canonicalUrl(raw, base) : null;
    if (page && !found.has(`${page}${route}`)) found.set(`${page}${route}`, labelOf($, anchor));
  }
  return [...found].map(([url, label]) => ({ url, label }));
}

function postbackLinks($: CheerioAPI, base: string): PostbackLink[] {
  const anchors = $('a[href^="javascript:" i]').toArray();
  const form = anchors.length > 0 ? postbackForm($, base) : null;
  if (!form) return [];
  const found = new Map<string, PostbackLink>();
  for (const anchor of anchors) {
    const postback = parsePostback($(anchor).attr('href') ?? '');
    if (!postback) continue;
    const url = postbackUrl(form.action, postback);
    if (found.has(url)) continue;
    found.set(url, { url, action: form.action, body: postbackBody(form, postback), postback, label: labelOf($, anchor) });
  }
  return [...found.values()];
}
