/**
 * The archive's name for "the same document": its CDX index is keyed by a SURT of each URL
 * (Sort-friendly URI Reordering Transform, as the Internet Archive's `surt` package and pywb compute it),
 * so every spelling with the same key gets the same captures back. Mirador asks once per key and keeps
 * one page per key: four spellings of one portal page are one page, not four.
 *
 * The canonicalisation follows IA's: scheme and a leading `www`/`wwwN` label dropped, host labels
 * reversed, default port dropped, the whole key lowercased, a trailing slash after a path segment
 * dropped, an empty query dropped and query arguments sorted, fragment dropped.
 */
export function surtKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.toLowerCase();
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '');
  const reversed = /^\d+(\.\d+){3}$/.test(host) ? host : host.split('.').reverse().join(',');
  const port = parsed.port && !isDefaultPort(parsed) ? `:${parsed.port}` : '';
  let path = parsed.pathname || '/';
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  const query = parsed.search.replace(/^\?/, '').split('&').filter(Boolean).sort().join('&');
  return `${reversed}${port})${path}${query ? `?${query}` : ''}`.toLowerCase();
}

function isDefaultPort(url: URL): boolean {
  return (url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443');
}
