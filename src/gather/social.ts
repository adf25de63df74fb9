/**
 * Social gatherer: links, iframes and embed markup pointing to social networks, video platforms
 * and app stores, classified from the URL alone (profile vs share button vs single video…), with
 * the surrounding text so indicators can tell the mayor's account from the government's.
 */
import type { Element } from 'domhandler';
import { classifySocialUrl, type SocialTarget } from '../platforms/social-urls.ts';
import type { SocialLinkArtifact } from './artifacts.ts';
import { collapse, contextText, cssSelector, hasAncestor, isElement, labelText, regionOf, type ParsedPage } from './dom.ts';
import type { Anchor } from './links.ts';
import { isAncestor, plainPostElements, SINGLE_EMBED_SELECTOR, TIMELINE_SELECTOR } from './post-elements.ts';
import { resolveUrl } from './url.ts';
import { EMBED_CLASS_PLATFORMS, SOCIAL_HOSTS, type SocialPlatform } from '../vocabulary/platforms.ts';

/** Embedded timelines/posts: markup that the platform's script turns into an embed. */
export function embedPlatform(el: Element): SocialPlatform | null {
  const classes = el.attribs.class ?? '';
  for (const [pattern, platform] of EMBED_CLASS_PLATFORMS) if (pattern.test(classes)) return platform;
  return null;
}

/** Timelines as embed code and rendered pages leave them, and single-post embeds. */

/** Platform and account of a timeline or embed: its class, data attributes, or its link. */
export function embedOwner(parsed: ParsedPage, container: Element): { platform: SocialPlatform | null; accountId: string | null } {
  const attrs = container.attribs;
  const raw = attrs['data-href'] ?? attrs.href ?? attrs['data-instgrm-permalink'] ?? attrs.cite ?? attrs['data-url'] ?? '';
  const href = raw ? resolveUrl(raw, parsed.baseUrl) : null;
  const classified = href ? classifySocialUrl(href) : null;
  const named = (attrs['data-timeline'] ?? attrs['data-platform'] ?? attrs['data-network'] ?? '').toLowerCase();
  const platform = embedPlatform(container) ?? classified?.platform ?? platformFromName(named);
  const accountId = classified?.accountId ?? attrs['data-screen-name'] ?? attrs['data-account'] ?? null;
  return { platform, accountId: accountId ? accountId.replace(/^@/, '') : null };
}

function platformFromName(name: string): SocialPlatform | null {
  if (!name) return null;
  if (name === 'x') return 'twitter';
  for (const [, platform] of SOCIAL_HOSTS) if (platform === name) return platform;
  return null;
}

const embedsOf = new WeakMap<ParsedPage, Set<Element>>();

/**
 * The nearest timeline or single-post embed `el` sits in, or null. The page's embeds are listed once: asking each
 * account link's ancestors to match the embed selectors (a site's header links its accounts on every page) was
 * a tenth of gathering.
 */
function embedAround(parsed: ParsedPage, el: Element): Element | null {
  let embeds = embedsOf.get(parsed);
  if (!embeds) {
    embeds = new Set(parsed.$(`${TIMELINE_SELECTOR}, ${SINGLE_EMBED_SELECTOR}`).toArray() as Element[]);
    embedsOf.set(parsed, embeds);
  }
  if (embeds.size === 0) return null;
  for (let node = el.parent; node && isElement(node); node = node.parent) if (embeds.has(node)) return node;
  return null;
}

/**
 * An account link in the body of an embedded post or timeline that is not the embed's own account: a
 * mention ("@jorge_izcalli Hola Jorge…"), a commenter, the author of a reply. It is that post's content,
 * not an account the portal links. The embed's own accounts are the one it names and the authors of its
 * post permalinks; when it names none, a link inside the post text (a paragraph) is a mention.
 */
function isEmbeddedPostContent(parsed: ParsedPage, el: Element, target: SocialTarget): boolean {
  if (target.kind !== 'profile' && target.kind !== 'channel') return false;
  const container = embedAround(parsed, el) ?? plainPostElements(parsed).find((p) => isAncestor(p, el));
  if (!container || !isElement(container)) return false;
  const own = new Set<string>();
  const owner = embedOwner(parsed, container).accountId;
  if (owner) own.add(owner.toLowerCase());
  parsed.$(container).find('a[href]').each((_, a) => {
    const href = resolveUrl((a as Element).attribs.href ?? '', parsed.baseUrl);
    const linked = href ? classifySocialUrl(href) : null;
    if (linked?.kind === 'post' && linked.accountId) own.add(linked.accountId.toLowerCase());
  });
  if (own.size > 0) return !own.has((target.accountId ?? '').toLowerCase());
  for (let node = el.parent; node && node !== container; node = node.parent) if (isElement(node) && node.name === 'p') return true;
  return false;
}

export function gatherSocialLinks(parsed: ParsedPage, anchors: Anchor[]): SocialLinkArtifact[] {
  const { $ } = parsed;
  const out: SocialLinkArtifact[] = [];
  const seen = new Set<string>();
  const add = (el: Element, href: string, text: string, embedded: boolean, classified: SocialTarget | null): void => {
    if (!classified) return;
    const key = `${href}|${embedded}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      pageUrl: parsed.page.url,
      href,
      ...classified,
      text,
      contextText: contextText(el, text),
      region: regionOf(parsed, el),
      selector: cssSelector(parsed, el),
      embedded,
    });
  };

  for (const anchor of anchors) {
    if (!anchor.href) continue;
    // <a class="twitter-timeline" href="…"> becomes the embedded timeline.
    const embedded = hasAncestor(anchor.el, (el) => embedPlatform(el) !== null);
    const classified = classifySocialUrl(anchor.href);
    if (classified && isEmbeddedPostContent(parsed, anchor.el, classified)) continue;
    add(anchor.el, anchor.href, anchor.text, embedded, classified);
  }
  $('iframe, embed').each((_, node) => {
    const el = node as Element;
    const src = resolveUrl(el.attribs.src ?? el.attribs['data-src'] ?? '', parsed.baseUrl);
    if (src) add(el, src, collapse(el.attribs.title ?? ''), true, classifySocialUrl(src));
  });
  $('[data-href], blockquote[cite], [data-instgrm-permalink]').each((_, node) => {
    const el = node as Element;
    if (el.name === 'a') return;
    const platform = embedPlatform(el);
    if (!platform) return;
    const raw = el.attribs['data-href'] ?? el.attribs['data-instgrm-permalink'] ?? el.attribs.cite ?? '';
    const href = resolveUrl(raw, parsed.baseUrl);
    if (href) add(el, href, labelText($, el).slice(0, 200), true, classifySocialUrl(href));
  });
  return out;
}
