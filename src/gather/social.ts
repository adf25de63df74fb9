/**
 * Social gatherer: links, iframes and embed markup pointing to social networks, video platforms
 * and app stores, classified from the URL alone (profile vs share button vs single video…), with
 * the surrounding text so indicators can tell the mayor's account from the government's.
 */
import type { Element } from 'domhandler';
import type { SocialLinkArtifact, SocialLinkKind, SocialPlatform } from './artifacts.ts';
import { collapse, contextText, cssSelector, hasAncestor, isElement, labelText, regionOf, type ParsedPage } from './dom.ts';
import type { Anchor } from './links.ts';
import { resolveUrl } from './url.ts';
import { EMBED_CLASS_PLATFORMS, RESERVED_PATHS, SHARE_SERVICE_HOSTS, SOCIAL_HOSTS } from '../vocabulary/platforms.ts';

export interface SocialTarget {
  platform: SocialPlatform;
  kind: SocialLinkKind;
  accountId: string | null;
}

function platformOfHost(host: string): SocialPlatform | null {
  const bare = host.replace(/^(www|m|mobile|web|es-la|es|mx|business)\./, '');
  for (const [domain, platform] of SOCIAL_HOSTS) {
    if (bare === domain || bare.endsWith(`.${domain}`)) return platform;
  }
  return null;
}

const target = (platform: SocialPlatform, kind: SocialLinkKind, accountId: string | null = null): SocialTarget => ({ platform, kind, accountId });

/** Classify a URL; null when it is not a social/video/app-store URL. */
export function classifySocialUrl(href: string): SocialTarget | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const first = segments[0] ?? '';
  const lowerFirst = first.toLowerCase();
  const q = url.searchParams;

  if (SHARE_SERVICE_HOSTS.some((d) => host === d || host.endsWith(`.${d}`))) {
    // addtoany.com/add_to/facebook?linkurl=…, addthis …&s=twitter
    const named = (segments[0] === 'add_to' ? segments[1] : null) ?? q.get('s') ?? q.get('service') ?? '';
    const platform = platformOfHost(`${named.toLowerCase()}.com`);
    return platform ? target(platform, 'share') : null;
  }

  const platform = platformOfHost(host);
  if (!platform) return null;
  const reserved = RESERVED_PATHS[platform] ?? [];
  const account = (name: string | undefined): string | null => (name && !reserved.includes(name.toLowerCase()) ? name : null);

  switch (platform) {
    case 'facebook': {
      if (/^(sharer|share)(\.php)?$/.test(lowerFirst) || (lowerFirst === 'dialog' && /^(share|feed|send)$/.test(segments[1] ?? ''))) return target(platform, 'share');
      if (lowerFirst === 'plugins') {
        // Page plugin iframes: the page is in ?href=
        const inner = q.get('href');
        const innerTarget = inner ? classifySocialUrl(inner) : null;
        if (innerTarget) return { ...innerTarget, kind: /video/.test(segments[1] ?? '') ? 'video' : innerTarget.kind };
        return target(platform, 'profile');
      }
      if (lowerFirst === 'profile.php') return target(platform, 'profile', q.get('id'));
      if (lowerFirst === 'people' || lowerFirst === 'pages') return target(platform, 'profile', segments[2] ?? segments[1] ?? null);
      if (lowerFirst === 'groups' || lowerFirst === 'pg') return target(platform, 'profile', segments[1] ?? null);
      if (lowerFirst === 'watch' || host.endsWith('fb.watch')) return target(platform, 'video');
      if (lowerFirst === 'story.php' || lowerFirst === 'permalink.php' || lowerFirst === 'photo.php' || lowerFirst === 'photo') return target(platform, 'post', q.get('id'));
      if (/^(videos|reel)$/.test(segments[1] ?? '')) return target(platform, 'video', account(first));
      if (/^(posts|photos|events)$/.test(segments[1] ?? '')) return target(platform, 'post', account(first));
      if (lowerFirst === 'reel' || lowerFirst === 'share') return target(platform, 'post');
      return target(platform, 'profile', account(first));
    }
    case 'twitter': {
      if (lowerFirst === 'intent' || lowerFirst === 'share' || (lowerFirst === 'home' && q.has('status'))) return target(platform, 'share');
      if ((segments[1] ?? '') === 'status') return target(platform, 'post', account(first));
      return target(platform, 'profile', account(first)?.replace(/^@/, '') ?? null);
    }
    case 'instagram': {
      if (/^(p|reel|reels|tv)$/.test(lowerFirst)) return target(platform, 'post');
      return target(platform, 'profile', account(first));
    }
    case 'youtube': {
      if (host.endsWith('youtu.be')) return target(platform, 'video');
      if (lowerFirst === 'embed') {
        if (segments[1] === 'live_stream') return target(platform, 'video', q.get('channel'));
        if (segments[1] === 'videoseries') return target(platform, 'video');
        return target(platform, 'video');
      }
      if (lowerFirst === 'watch' || lowerFirst === 'shorts' || lowerFirst === 'live' || lowerFirst === 'playlist') return target(platform, 'video');
      let id: string | null = null;
      if (first.startsWith('@')) id = first;
      else if (/^(channel|user|c)$/.test(lowerFirst)) id = segments[1] ?? null;
      else id = account(first);
      const rest = first.startsWith('@') ? segments[1] : segments[2];
      if (rest === 'live' || rest === 'streams') return target(platform, 'video', id);
      return target(platform, 'channel', id);
    }
    case 'vimeo': {
      if (host.startsWith('player.') || /^\d+$/.test(first)) return target(platform, 'video');
      if (lowerFirst === 'channels' || lowerFirst === 'showcase') return target(platform, 'channel', segments[1] ?? null);
      if (lowerFirst === 'event') return target(platform, 'video');
      return target(platform, 'channel', account(first));
    }
    case 'dailymotion': {
      if (host.endsWith('dai.ly') || lowerFirst === 'video' || lowerFirst === 'embed') return target(platform, 'video');
      return target(platform, 'channel', account(first));
    }
    case 'tiktok': {
      const handle = first.startsWith('@') ? first.slice(1) : null;
      if (segments[1] === 'video') return target(platform, 'video', handle);
      if (lowerFirst === 'embed') return target(platform, 'video');
      return target(platform, 'profile', handle ?? account(first));
    }
    case 'flickr':
      return target(platform, 'profile', lowerFirst === 'photos' || lowerFirst === 'people' ? segments[1] ?? null : null);
    case 'linkedin': {
      if (/^(shareArticle|sharing|cws)$/i.test(first)) return target(platform, 'share');
      if (/^(company|in|school|showcase)$/.test(lowerFirst)) return target(platform, 'profile', segments[1] ?? null);
      if (lowerFirst === 'posts' || lowerFirst === 'feed') return target(platform, 'post');
      return target(platform, 'profile');
    }
    case 'whatsapp': {
      // wa.me/?text=… and api.whatsapp.com/send?text=… without a phone are share buttons.
      if (host.endsWith('wa.me')) {
        if (!first) return target(platform, q.has('text') ? 'share' : 'profile');
        return target(platform, q.has('text') && !/^\d+$/.test(first) ? 'share' : 'profile', first);
      }
      if (lowerFirst === 'send') {
        const phone = q.get('phone');
        return phone ? target(platform, 'profile', phone) : target(platform, 'share');
      }
      if (lowerFirst === 'channel') return target(platform, 'profile', segments[1] ?? null);
      return target(platform, 'profile');
    }
    case 'telegram': {
      if (lowerFirst === 'share') return target(platform, 'share');
      if (segments.length >= 2 && /^\d+$/.test(segments[1]!)) return target(platform, 'post', first);
      return target(platform, 'profile', first || null);
    }
    case 'threads': {
      if ((segments[1] ?? '') === 'post') return target(platform, 'post', first.replace(/^@/, ''));
      return target(platform, 'profile', first.startsWith('@') ? first.slice(1) : account(first));
    }
    case 'google-play': {
      if (lowerFirst === 'store' && segments[1] === 'apps' && segments[2] === 'details') return target(platform, 'app', q.get('id'));
      return target(platform, 'app');
    }
    case 'app-store': {
      const idSegment = segments.find((s) => /^id\d+$/.test(s));
      return target(platform, 'app', idSegment ? idSegment.slice(2) : null);
    }
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Embedded timelines/posts: markup that the platform's script turns into an embed. */
export function embedPlatform(el: Element): SocialPlatform | null {
  const classes = el.attribs.class ?? '';
  for (const [pattern, platform] of EMBED_CLASS_PLATFORMS) if (pattern.test(classes)) return platform;
  return null;
}

/** Timelines as embed code and rendered pages leave them, and single-post embeds. */
export const TIMELINE_SELECTOR = '.twitter-timeline, .fb-page, .fb-like-box, [data-timeline], .social-feed, .instagram-feed';
export const SINGLE_EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, .fb-post';

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

/**
 * An account link in the body of an embedded post or timeline that is not the embed's own account: a
 * mention ("@jorge_izcalli Hola Jorge…"), a commenter, the author of a reply. It is that post's content,
 * not an account the portal links. The embed's own accounts are the one it names and the authors of its
 * post permalinks; when it names none, a link inside the post text (a paragraph) is a mention.
 */
function isEmbeddedPostContent(parsed: ParsedPage, el: Element, target: SocialTarget): boolean {
  if (target.kind !== 'profile' && target.kind !== 'channel') return false;
  const container = parsed.$(el).parent().closest(`${TIMELINE_SELECTOR}, ${SINGLE_EMBED_SELECTOR}`).get(0);
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
