import { loadHtml } from './html-guard.ts';
import { canonicalUrl } from './url.ts';

/**
 * A browser leaves a page whose refresh fires within this many seconds before anyone reads it: the
 * page is a doorway (`content="0; url=/portal/inicio.php"`), like a 3xx. A longer delay is a page
 * that reloads itself or moves on after it was read, and stays a page.
 */
const MAX_REFRESH_DELAY_S = 10;
/**
 * A page a script sends elsewhere is only a doorway when it shows nearly nothing itself; a full page
 * that assigns location somewhere in its scripts (a language switch, a button handler) is content.
 */
const DOORWAY_MAX_TEXT_CHARS = 200;
const DOORWAY_MAX_LINKS = 1;

/** `location.href = '…'`, `window.location = '…'`, `location.replace('…')`, `location.assign('…')`, literal URLs only. */
const SCRIPT_REDIRECT =
  /\b(?:(?:window|document|top|self)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*(['"])([^'"]+)\1|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(['"])([^'"]+)\3\s*\)/;

export interface RefreshTarget {
  url: string;
  by: 'refresh' | 'script-redirect';
}

/**
 * Where the page sends the browser on its own: a `<meta http-equiv="refresh">` with a URL and a short
 * delay, or an inline-script redirect on an otherwise empty page. Null when it stays (no target, a
 * refresh to itself, a long delay).
 */
export function refreshTarget(html: string, pageUrl: string): RefreshTarget | null {
  // Most pages have neither; skip the parse for them.
  if (!/http-equiv\s*=\s*["']?refresh|location/i.test(html)) return null;
  const $ = loadHtml(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && canonicalUrl(baseHref, pageUrl)) || pageUrl;
  const elsewhere = (raw: string): string | null => {
    const url = canonicalUrl(raw, base);
    return url && url !== canonicalUrl(pageUrl) ? url : null;
  };

  for (const meta of $('meta[http-equiv]').toArray()) {
    if ($(meta).attr('http-equiv')?.trim().toLowerCase() !== 'refresh') continue;
    const parsed = /^\s*(\d+(?:\.\d+)?)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.*?)\2\s*$/i.exec($(meta).attr('content') ?? '');
    if (!parsed || !parsed[3] || Number(parsed[1] ?? 0) > MAX_REFRESH_DELAY_S) continue;
    const url = elsewhere(parsed[3]);
    if (url) return { url, by: 'refresh' };
  }

  const scripts = $('script:not([src])').map((_, script) => $(script).text()).get().join('\n');
  const assigned = SCRIPT_REDIRECT.exec(scripts);
  if (!assigned) return null;
  $('script, style, noscript, template').remove();
  const textChars = $('body').text().replace(/\s+/g, ' ').trim().length;
  if (textChars > DOORWAY_MAX_TEXT_CHARS || $('a[href]').length > DOORWAY_MAX_LINKS) return null;
  const url = elsewhere(assigned[2] ?? assigned[4] ?? '');
  return url ? { url, by: 'script-redirect' } : null;
}
