/**
 * What an archive's answer says beyond its status: whether it is the capture itself or the archive
 * speaking (Memento-Datetime, RFC 7089 §2.1.1, is sent only with a memento), the portal's own headers
 * (the Internet Archive sends them as `X-Archive-Orig-*`), and an access exclusion.
 */

const ORIGINAL_PREFIX = 'x-archive-orig-';
/**
 * Original headers that described the portal's bytes on the wire, not the replayed ones (the replay
 * has its own length and encoding): they keep their prefix, as the WARC writer keeps ours.
 */
const WIRE_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * The portal's response headers as the capture recorded them: `X-Archive-Orig-Last-Modified` becomes
 * `last-modified` again (update indicators read it), taking precedence over a header of the archive's
 * own with that name. pywb's identity replay sends them unprefixed, and they pass as they are.
 */
export function originalHeaders(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith(ORIGINAL_PREFIX)) result[name] ??= value;
  }
  for (const [name, value] of Object.entries(headers)) {
    const original = name.startsWith(ORIGINAL_PREFIX) ? name.slice(ORIGINAL_PREFIX.length) : null;
    if (original && !WIRE_HEADERS.has(original)) result[original] = value;
  }
  return result;
}

/** True when the answer is a memento: the archive's own redirects and errors carry no Memento-Datetime. */
export function isMemento(headers: Record<string, string>): boolean {
  return Boolean(headers['memento-datetime']);
}

/**
 * The archive's exclusion, read from a 403 (the Wayback Machine names the Java exception behind it:
 * `AdministrativeAccessControlException` for an owner's or the archive's exclusion,
 * `RobotAccessControlException` for one by robots.txt), or null.
 */
export function exclusionOf(status: number | null, body: string): string | null {
  if (status !== 403) return null;
  const named = /(AdministrativeAccessControlException|RobotAccessControlException|AccessControlException)/.exec(body);
  if (!named) return null;
  const why = named[1] === 'RobotAccessControlException' ? "by the site's robots.txt" : 'by its access policy';
  return `the web archive excludes this URL from access ${why} (${named[1]})`;
}
