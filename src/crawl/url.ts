import { ASSET_EXTENSIONS, FILE_EXTENSIONS, PAGE_EXTENSIONS } from '../vocabulary/files.ts';
import { NON_WEB_SCHEMES, SHARED_SUFFIXES, TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from '../vocabulary/urls.ts';

/** What a link points to, as far as the crawler cares. */
export type LinkKind = 'page' | 'file' | 'asset';

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The one spelling of a URL used for dedupe and records: absolute http(s), no fragment, default
 * port dropped, lowercase host, tracking and session parameters removed, repeated pairs removed.
 * Returns null for anything that is not a web URL (mailto:, tel:, javascript:, garbage).
 */
export function canonicalUrl(href: string, base?: string | URL): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  const lower = trimmed.toLowerCase();
  if (NON_WEB_SCHEMES.some((scheme) => lower.startsWith(scheme))) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null; // an unparseable href is simply not a link
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // Java/ASP put session ids in the path: /page.jsp;jsessionid=ABC
  url.pathname = url.pathname.replace(/;(jsessionid|phpsessid|sid)=[^/?]*/gi, '');
  if (url.search) {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const pair of url.search.slice(1).split('&')) {
      if (!pair) continue;
      const name = decodeParamName(pair.split('=')[0] ?? '');
      if (isTrackingParam(name) || seen.has(pair)) continue;
      seen.add(pair);
      kept.push(pair);
    }
    url.search = kept.length ? `?${kept.join('&')}` : '';
  }
  return url.href;
}

function decodeParamName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The host name that identifies a site: http/https, port and a leading `www.` do not matter. */
export function siteKey(url: string | URL): string {
  const host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase().replace(/\.$/, '');
  return host.replace(/^www\d*\./, '');
}

/**
 * Same site: same siteKey, or a subdomain of it (seed www.tlajomulco.gob.mx covers
 * datos.tlajomulco.gob.mx). `siteKeys` may hold several keys when the home redirected elsewhere.
 */
export function isSameSite(url: string | URL, siteKeys: string | readonly string[]): boolean {
  let key: string;
  try {
    key = siteKey(url);
  } catch {
    return false;
  }
  const keys = typeof siteKeys === 'string' ? [siteKeys] : siteKeys;
  return keys.some((site) => key === site || (!SHARED_SUFFIXES.has(site) && key.endsWith(`.${site}`)));
}

/** Lowercase extension of the URL's last path segment, or '' when it has none. */
export function urlExtension(url: string | URL): string {
  const path = (typeof url === 'string' ? new URL(url) : url).pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  if (dot <= 0) return '';
  return safeDecode(last.slice(dot + 1)).toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function linkKind(url: string | URL): LinkKind {
  const ext = urlExtension(url);
  if (FILE_EXTENSIONS.has(ext)) return 'file';
  if (ASSET_EXTENSIONS.has(ext)) return 'asset';
  if (!ext || PAGE_EXTENSIONS.has(ext)) return 'page';
  // Unknown extensions are usually dotted slugs (/noticias/informe-1.2) rather than assets.
  return 'page';
}

/** `scheme://host[:port]`, the scope of a robots.txt and of politeness. */
export function originOf(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).origin;
}

/** Port the connection goes to, with the scheme's default filled in. */
export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
