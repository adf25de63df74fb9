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

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used (e.g. 'windows-1252' for a page labelled iso-8859-1). */
  encoding: string;
}

/**
 * Order: BOM, Content-Type charset, markup declaration, utf-8. The BOM comes first because that
 * is what browsers do (WHATWG encoding sniffing), so a page with a UTF-8 BOM served as
 * iso-8859-1 reads as its visitors see it.
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
  return { text: decoder.decode(body), encoding: decoder.encoding };
}
