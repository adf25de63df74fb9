/**
 * What a social, video or app-store URL points at (an account, a share button, a single video…), from the URL
 * alone. Shared by the crawl, which follows YouTube channel links to their feeds, and the gatherers, which turn
 * links on pages into social-link artifacts; it reads no page, so it belongs to neither stage.
 */
import { RESERVED_PATHS, SHARE_SERVICE_HOSTS, SOCIAL_HOSTS, type SocialLinkKind, type SocialPlatform } from '../vocabulary/platforms.ts';

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
