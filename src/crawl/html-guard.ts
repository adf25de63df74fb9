/**
 * Bodies served as text/html that are not pages, and HTML that would stall a parser. Both come
 * from portals in the wild: download scripts that send a PDF with PHP's default text/html header,
 * APIs answering JSON under it, and generated markup nested thousands of levels deep.
 */

import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

/**
 * Above this many characters a page is parsed with htmlparser2 instead of parse5. parse5 builds the tree as a
 * browser does, but grows text a token at a time: a 9.5 MB page held 132 MB live and made hundreds of MB of
 * garbage per parse (issue 13), htmlparser2 parsed it in a sixth of the time with the text as one string. No
 * municipal page measured here comes near (a large WordPress home is well under 1 MB); where one does, its tree can
 * differ from a browser's on broken markup (implied <tbody>, misnested inline tags), never on what the text says.
 */
export const LARGE_HTML_CHARS = 2 * 1024 * 1024;

/** A page's DOM for the crawl and the gatherers (archived copies keep parse5: they are made safe as a browser reads them). */
export function loadHtml(html: string): CheerioAPI {
  return html.length > LARGE_HTML_CHARS ? cheerio.load(underOneRoot(html), { xml: { xmlMode: false, decodeEntities: true } }) : cheerio.load(html);
}

/**
 * htmlparser2 leaves what is outside <html> (a bare fragment, anything after </html>) as siblings at the root,
 * and selecting among root siblings is quadratic in cheerio: 9.5 MB of bare <p> took minutes per selector. parse5
 * puts all of it in <body>; so does this, by closing neither <body> nor <html> and opening them when missing.
 */
function underOneRoot(html: string): string {
  const open = html.replace(/<\/(?:html|body)\s*>/gi, '');
  return /<html[\s>]/i.test(open) ? open : `<html><body>${open}`;
}

/** Leading bytes of formats portals send as text/html by mistake. */
const SIGNATURES: readonly (readonly [string, Buffer])[] = [
  ['a PDF document', Buffer.from('%PDF-')],
  ['a ZIP or Office file', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
  ['an old Office (OLE) file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])],
  ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ['a JPEG image', Buffer.from([0xff, 0xd8, 0xff])],
  ['a GIF image', Buffer.from('GIF8')],
];

/** WHATWG MIME sniffing's "binary data bytes": control characters no text page contains. */
function isBinaryByte(byte: number): boolean {
  return byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
}

/**
 * What a body declared (or assumed) to be HTML really is, e.g. 'a PDF document' or 'JSON'; null
 * when it may well be HTML. Only clear evidence counts: markup-free text is still left as a page.
 */
export function sniffNonHtml(body: Buffer): string | null {
  // UTF-16 text is full of zero bytes; its BOM says so.
  if ((body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe)) return null;
  for (const [name, signature] of SIGNATURES) {
    if (body.subarray(0, signature.length).equals(signature)) return name;
  }
  if (body.subarray(0, 512).some(isBinaryByte)) return 'binary data';
  const first = body.subarray(0, 64).toString('latin1').trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      JSON.parse(body.toString('utf8'));
      return 'JSON';
    } catch {
      return null; // e.g. a PHP notice printed before the page
    }
  }
  return null;
}

/**
 * Chrome stops nesting elements at 512 levels (deeper ones become siblings); parse5, which cheerio
 * uses, walks the stack of open elements for many start tags, so 100,000 nested <div>s take a
 * minute to parse and 2 million take hours.
 */
export const MAX_NESTING_DEPTH = 512;

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
/** Never dropped: they carry the links and the base the crawl and gatherers need. */
const KEPT_TAGS = new Set(['a', 'area', 'base', 'frame', 'iframe', 'form', 'meta', 'title', 'script', 'style']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** End tags often left out; not counted, so a page of unclosed <p> and <li> does not look deep. */
const OPTIONAL_END_TAGS = new Set(['body', 'caption', 'colgroup', 'dd', 'dt', 'head', 'html', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);

function counted(name: string): boolean {
  return !VOID_TAGS.has(name) && !OPTIONAL_END_TAGS.has(name) && !KEPT_TAGS.has(name);
}

/**
 * Removes the start and end tags of elements nested deeper than `maxDepth`, keeping their content
 * (text, links), as a browser's depth limit would. The depth is estimated from tags alone (end
 * tags are not matched by name), which is exact enough for real pages: they never come close to
 * the limit and are returned unchanged.
 */
export function capNesting(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  if (html.length < maxDepth * 4) return html; // too short to hold maxDepth start tags
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (!counted(name)) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[0].endsWith('/>')) deepest = Math.max(deepest, ++depth);
    if (deepest > maxDepth) break;
  }
  if (deepest <= maxDepth) return html;
  depth = 0;
  return html.replace(TAG, (tag: string, slash: string, rawName: string) => {
    if (!counted(rawName.toLowerCase())) return tag;
    if (slash) {
      const deep = depth > maxDepth;
      depth = Math.max(0, depth - 1);
      return deep ? '' : tag;
    }
    if (tag.endsWith('/>')) return tag;
    depth += 1;
    return depth > maxDepth ? '' : tag;
  });
}
