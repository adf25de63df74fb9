/**
 * Turns response bytes into text the way a browser would. Many municipal portals still serve
 * ISO-8859-1/windows-1252 pages, declared in a <meta> tag rather than in Content-Type.
 */

const PRESCAN_BYTES = 4096;

function labelFromContentType(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function labelFromBom(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

/** `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML declaration. */
function labelFromMarkup(body: Buffer): string | null {
  const head = body.subarray(0, PRESCAN_BYTES).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // unknown label: fall through to the next source
  }
}

/**
 * windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five unassigned
 * bytes stay C1 controls, as WHATWG says.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (nodejs/node#56542), turning the
 * curly quotes and dashes of every Word-pasted paragraph into invisible C1 controls. Those
 * code points cannot come out of a correct windows-1252 decode, so mapping them is safe on any version.
 */
function decodeWith(decoder: TextDecoder, body: Buffer): string {
  const text = decoder.decode(body);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used (e.g. 'windows-1252' for a page labelled iso-8859-1). */
  encoding: string;
}

/** The legacy encoding of Spanish-language pages; browsers in es-MX fall back to it too. */
const LEGACY_ENCODING = 'windows-1252';

/**
 * Whether bytes read as UTF-8 are really something else: more invalid sequences than valid
 * non-ASCII characters. A UTF-8 page with a few stray bytes (a pasted Word fragment) stays UTF-8;
 * a latin1 page, where every accent is an invalid sequence, does not.
 */
function isMislabelledUtf8(body: Buffer, text: string): boolean {
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacements += 1;
    else if (code > 0x7f) nonAscii += 1;
  }
  if (replacements === 0) return false;
  // A U+FFFD written in the page itself (bytes EF BF BD) is not a decoding failure.
  const literal = body.toString('latin1').split('\xEF\xBF\xBD').length - 1;
  return replacements - literal > nonAscii;
}

/**
 * Order: BOM, Content-Type charset, markup declaration, utf-8. The BOM comes first because that
 * is what browsers do (WHATWG encoding sniffing), so a page with a UTF-8 BOM served as
 * iso-8859-1 reads as its visitors see it.
 *
 * Unlike a browser, a UTF-8 reading that is mostly invalid (see isMislabelledUtf8) is not kept:
 * servers often add `charset=utf-8` to every response (Apache AddDefaultCharset) in front of old
 * windows-1252 pages, and pages with no declaration at all are usually windows-1252 too. Those
 * bytes are re-read with the page's own <meta> charset when it names another encoding, else as
 * windows-1252, so the text gatherers see is "Información", not "Informaci\uFFFDn".
 */
export function decodeBody(body: Buffer, contentType: string | null): DecodedText {
  const bom = labelFromBom(body);
  if (bom) {
    const decoder = new TextDecoder(bom); // strips the BOM
    return { text: decoder.decode(body), encoding: decoder.encoding };
  }
  let decoder = decoderFor(labelFromContentType(contentType));
  if (!decoder) {
    decoder = decoderFor(labelFromMarkup(body));
    // A page cannot declare itself UTF-16 in ASCII markup; browsers read that as utf-8.
    if (decoder?.encoding.startsWith('utf-16')) decoder = null;
  }
  decoder ??= new TextDecoder('utf-8');
  const text = decodeWith(decoder, body);
  if (decoder.encoding !== 'utf-8' || !isMislabelledUtf8(body, text)) return { text, encoding: decoder.encoding };
  let fallback = decoderFor(labelFromMarkup(body));
  if (!fallback || fallback.encoding === 'utf-8' || fallback.encoding.startsWith('utf-16')) fallback = new TextDecoder(LEGACY_ENCODING);
  return { text: decodeWith(fallback, body), encoding: fallback.encoding };
}
