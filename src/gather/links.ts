/**
 * Links gatherer: every <a>/<area> with a usable href. Anchors are collected once per page and
 * shared with the file, social and contact gatherers (same text, region and selector everywhere).
 */
import type { Element } from 'domhandler';
import type { LinkArtifact, PageRegion } from './artifacts.ts';
import { cssSelector, labelText, regionOf, type ParsedPage } from './dom.ts';
import { isExternal, resolveUrl } from './url.ts';
import { isRouteFragment, parsePostback, postbackForm, postbackUrl, type PostbackForm } from '../platforms/script-links.ts';

export interface Anchor {
  el: Element;
  /** The href attribute as written. */
  rawHref: string;
  /**
   * Absolute http(s) URL without fragment, except the fragment of an app route or a postback's page; null for
   * mailto:, tel:, other javascript:, '#', broken URLs.
   */
  href: string | null;
  text: string;
  region: PageRegion;
  selector: string;
}

/** Placeholders and in-page jumps are not links: "#", "#top", "javascript:void(0)". */
const PLACEHOLDER = /^(#|javascript:)/i;

export function collectAnchors(parsed: ParsedPage): Anchor[] {
  const { $ } = parsed;
  const anchors: Anchor[] = [];
  let form: PostbackForm | null | undefined;
  /** A postback or an app route names the page a click leads to (platforms/script-links.ts), as the crawl fetched it. */
  const scriptTarget = (rawHref: string): string | null => {
    const postback = parsePostback(rawHref);
    if (postback) {
      form ??= postbackForm($, parsed.baseUrl);
      return form ? postbackUrl(form.action, postback) : null;
    }
    const route = rawHref.slice(rawHref.indexOf('#'));
    const page = rawHref.includes('#') && isRouteFragment(route) ? resolveUrl(rawHref, parsed.baseUrl) : null;
    return page ? `${page}${route}` : null;
  };
  $('a[href], area[href]').each((_, node) => {
    const el = node as Element;
    const rawHref = (el.attribs.href ?? '').trim();
    const href = scriptTarget(rawHref) ?? (!rawHref || PLACEHOLDER.test(rawHref) ? null : resolveUrl(rawHref, parsed.baseUrl));
    anchors.push({ el, rawHref, href, text: labelText($, el), region: regionOf(parsed, el), selector: cssSelector(parsed, el) });
  });
  return anchors;
}

export function gatherLinks(parsed: ParsedPage, anchors: Anchor[], siteHosts: readonly string[]): LinkArtifact[] {
  const links: LinkArtifact[] = [];
  for (const anchor of anchors) {
    if (!anchor.href) continue;
    links.push({
      pageUrl: parsed.page.url,
      href: anchor.href,
      text: anchor.text,
      region: anchor.region,
      selector: anchor.selector,
      external: isExternal(anchor.href, siteHosts),
    });
  }
  return links;
}
