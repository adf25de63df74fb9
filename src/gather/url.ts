/**
 * URL facts gatherers share: resolving hrefs, which site a URL belongs to, and a canonical key
 * to match a link with the page the crawler fetched (http/https, www, trailing slash, index files).
 */
import { pageFragment } from '../platforms/script-links.ts';
import { MONTHS } from '../vocabulary/dates.ts';

/** Absolute http(s) URL without fragment, or null (mailto:, javascript:, broken). */
export function resolveUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null; // not a URL at all ("http://huehuetan/dondecomer.php" parses; "http://" does not)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function stripWww(host: string): string {
  return host.replace(/^www\d*\./, '');
}

/**
 * The hosts that are "this site": the seed's and the home page's host without www. Subdomains of
 * them (datos.x.gob.mx, transparencia.x.gob.mx) are the same site, since municipal portals spread
 * sections over sibling subdomains.
 */
export function siteHosts(seedUrl: string, finalUrl: string | null): string[] {
  const hosts = [hostOf(seedUrl), finalUrl ? hostOf(finalUrl) : ''].filter(Boolean).map(stripWww);
  return [...new Set(hosts)];
}

export function isExternal(url: string, hosts: readonly string[]): boolean {
  const host = stripWww(hostOf(url));
  if (!host) return true;
  return !hosts.some((site) => host === site || host.endsWith(`.${site}`));
}

const INDEX_FILE = /\/(index|default|inicio)\.(html?|php|aspx?|cfm|jsp)$/i;

/** Key that equates http/https, www/no-www, trailing slash and index files; query kept (sorted), fragment only when it names a page. */
export function canonicalKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = stripWww(parsed.hostname.toLowerCase());
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  let path = parsed.pathname.replace(INDEX_FILE, '/');
  try {
    path = decodeURI(path);
  } catch {
    // keep the encoded form: a malformed escape is still a stable key
  }
  path = path.replace(/\/+$/, '') || '/';
  const params = [...parsed.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  // An app route or a postback is a page of its own at the same path (platforms/script-links.ts).
  return `${host}${port}${path}${query}${pageFragment(parsed.hash)}`;
}

/** Lower-case extension of the URL's last path segment, or ''. */
export function extensionOf(url: string): string {
  try {
    const path = new URL(url).pathname;
    const last = path.split('/').pop() ?? '';
    const dot = last.lastIndexOf('.');
    return dot > 0 ? decodeURIComponent(last.slice(dot + 1)).toLowerCase() : '';
  } catch {
    return '';
  }
}

const MONTH_WORD = new RegExp(`(?<![a-z])(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g');

/**
 * The series a file belongs to: the files one listing publishes again and again under the same name but for
 * the period (nomina-2016-01.xlsx, nomina-2016-02.xlsx; /2015/cuenta-publica.pdf, /2016/cuenta-publica.pdf) are
 * made by the same hands and served by the same server, so one of them stands for the others' format. The key is
 * the URL's key with every run of digits and every month name replaced.
 */
export function fileSeriesKey(url: string): string {
  const key = canonicalKey(url).toLowerCase();
  // The host keeps its digits (www2.x.gob.mx is another server); only the path and query vary by period.
  const slash = key.indexOf('/');
  const host = slash < 0 ? key : key.slice(0, slash);
  const rest = slash < 0 ? '' : key.slice(slash);
  return host + rest.replace(MONTH_WORD, '#').replace(/\d+/g, '#');
}

/** An HTTP date header (RFC 1123, or ISO) as YYYY-MM-DD (UTC), or null. */
export function httpDateToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Header lookup that ignores case (crawlers and archives differ in how they store names). */
export function header(headers: Record<string, string>, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return null;
}
