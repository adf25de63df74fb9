/**
 * File-links gatherer: links to data and document files (and API endpoints), with the format the
 * server actually serves when the crawler probed the file. Extensions lie on real portals (`.web`
 * serving XLS, `/pdf` routes serving HTML), so a probe's content type wins over the extension.
 */
import type { ProbedFile } from '../crawl/types.ts';
import type { FileFormat, FileLinkArtifact } from './artifacts.ts';
import type { Element } from 'domhandler';
import { isElement, visibleText, type ParsedPage } from './dom.ts';
import { FORMAT_WORDS } from '../vocabulary/link-texts.ts';
import type { Anchor } from './links.ts';
import { canonicalKey, extensionOf, fileSeriesKey, httpDateToIso } from './url.ts';
import {
  API_PATH_PATTERN, API_TEXT_PATTERN, CONTENT_TYPES, FACET_COUNT_TEXT, FACET_QUERY_PATTERN, FILE_EXTENSIONS, FORMAT_BY_EXTENSION, FORMAT_TEXT_HINTS,
  SCRIPT_EXTENSIONS, UNINFORMATIVE_CONTENT_TYPES,
} from '../vocabulary/files.ts';
import { normalise } from '../vocabulary/text.ts';
const MAX_HINT_TEXT = 80;

export type ProbeIndex = Map<string, ProbedFile>;

export function indexProbes(files: readonly ProbedFile[]): ProbeIndex {
  const index: ProbeIndex = new Map();
  for (const file of files) {
    index.set(canonicalKey(file.url), file);
    if (file.finalUrl && !index.has(canonicalKey(file.finalUrl))) index.set(canonicalKey(file.finalUrl), file);
  }
  return index;
}

export function formatFromContentType(contentType: string | null): FileFormat | null {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!mime || UNINFORMATIVE_CONTENT_TYPES.includes(mime)) return null;
  for (const [prefix, format] of CONTENT_TYPES) if (mime.startsWith(prefix)) return format;
  return null;
}

export function formatFromText(text: string): FileFormat | null {
  const words = normalise(text);
  if (!words || words.length > MAX_HINT_TEXT) return null;
  for (const [pattern, format] of FORMAT_TEXT_HINTS) if (pattern.test(words)) return format;
  return null;
}

/** Formats packed as ZIP (OOXML, OpenDocument, KMZ) and as OLE2 compound files (legacy Office). */
const ZIP_CONTAINERS: ReadonlySet<FileFormat> = new Set(['xlsx', 'ods', 'docx', 'odt', 'pptx', 'kml', 'zip']);
const OLE2_CONTAINERS: ReadonlySet<FileFormat> = new Set(['xls', 'doc', 'ppt']);
const EXCEL_HTML = /urn:schemas-microsoft-com:office:excel|progid"?\s+content="?excel\.sheet/i;

/**
 * What the first bytes of a file say it is, when that contradicts the format it claims: a PDF, an HTML
 * page (an error page served as .csv), an image, a ZIP or OLE2 container that the claimed format is not.
 * Null when the bytes agree with the claim or say nothing (text that may well be CSV or JSON). An HTML
 * table saved from Excel (xmlns:x="urn:schemas-microsoft-com:office:excel", ProgId Excel.Sheet) is a
 * spreadsheet Excel opens, as many portals serve their ".xls": not an error page.
 */
export function formatFromSniff(sniff: string, claimed: FileFormat): FileFormat | null {
  const start = sniff.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  let actual: FileFormat | null = null;
  if (start.startsWith('%PDF-')) actual = 'pdf';
  else if (EXCEL_HTML.test(start)) actual = claimed === 'xls' || claimed === 'xlsx' ? claimed : 'xls';
  else if (/^(<!doctype html|<html|<head|<body)/i.test(start) || (/^<\?xml/i.test(start) && /<html[\s>]/i.test(start))) actual = 'other';
  else if (/^(\x89PNG|\xFF\xD8\xFF|GIF8)/.test(sniff)) actual = 'image';
  else if (sniff.startsWith('PK\x03\x04')) actual = ZIP_CONTAINERS.has(claimed) ? claimed : 'zip';
  else if (sniff.startsWith('\xD0\xCF\x11\xE0')) actual = OLE2_CONTAINERS.has(claimed) ? claimed : 'xls';
  return actual && actual !== claimed ? actual : null;
}

/** 2xx → there; 4xx/5xx or a failed connection → not there; timeouts and unprobed → unknown. */
function availability(probe: ProbedFile | undefined): boolean | null {
  if (!probe) return null;
  if (probe.status !== null) return probe.status >= 200 && probe.status < 300;
  if (!probe.error) return null;
  if (probe.error.kind === 'too-large') return true;
  if (probe.error.kind === 'timeout' || probe.error.kind === 'robots' || probe.error.kind === 'other') return null;
  return false;
}

const ITEM_MAX_DEPTH = 6;
const ITEM_MAX_CHARS = 300;
/** An item says what it lists once this many letters remain beside its links and format words. */
const ITEM_MIN_LETTERS = 12;
const ITEM_TAGS = new Set(['tr', 'li', 'dd', 'dt']);
/** Words beside a download link that name no information: formats, "Descargar", the file's date and size. */
const FORMAT_WORD = new Set<string>([...FORMAT_WORDS, 'actualizacion', 'actualizado', 'actualizada', 'fecha', 'ultima', 'modificado', 'tamano', 'peso', 'de', 'del']);

function lettersBeside(text: string): string {
  return normalise(text).split(' ').filter((w) => !FORMAT_WORD.has(w)).join('').replace(/[^a-zñ]/g, '');
}

/** Link text made only of formats, "Descargar" and the like. */
function saysNothing(text: string): boolean {
  return lettersBeside(text).length < 3;
}

/**
 * The item a file link is listed in — its row, list entry or card: the nearest ancestor whose text, without its
 * links and words such as "Descargar" or "CSV", says something ("Descargar: CSV · PDF" is not yet the item; the
 * card around it, titled "Alumbrado público", is).
 */
function itemText(parsed: ParsedPage, el: Element): string {
  let node = el.parent;
  for (let depth = 0; node && isElement(node) && depth < ITEM_MAX_DEPTH && node.name !== 'body'; depth++, node = node.parent) {
    const text = visibleText(node);
    if (text.length > ITEM_MAX_CHARS) return '';
    let rest = text;
    for (const a of parsed.$(node).find('a').toArray()) rest = rest.replace(visibleText(a), ' ');
    const letters = lettersBeside(rest);
    // A table row or list entry is an item by markup: any word of its own names what it lists.
    if (letters.length >= (ITEM_TAGS.has(node.name) ? 2 : ITEM_MIN_LETTERS)) return text;
  }
  return '';
}

/**
 * The file links of a page as the page presents them: the format its extension, else its text, claims.
 * What the server says of each file is added by withProbes, after the crawl has probed those a verdict needs.
 */
export function gatherFileLinks(parsed: ParsedPage, anchors: Anchor[]): FileLinkArtifact[] {
  const byHref = new Map<string, FileLinkArtifact>();
  for (const anchor of anchors) {
    const href = anchor.href;
    if (!href) continue;
    const extension = extensionOf(href);
    const byExtension = FORMAT_BY_EXTENSION[extension] ?? null;
    const byText = SCRIPT_EXTENSIONS.has(extension) && !isFacetLink(href, anchor.text) ? formatFromText(anchor.text) : null;
    const isApi = API_PATH_PATTERN.test(safePath(href)) || API_TEXT_PATTERN.test(anchor.text);
    let format: FileFormat;
    let formatSource: FileLinkArtifact['formatSource'];
    if (byExtension) [format, formatSource] = [byExtension, 'extension'];
    else if (byText) [format, formatSource] = [byText, 'link-text'];
    else if (isApi) [format, formatSource] = ['json', 'link-text'];
    else continue;

    const existing = byHref.get(href);
    if (existing) {
      if (!existing.text && anchor.text) existing.text = anchor.text;
      continue;
    }
    const artifact: FileLinkArtifact = {
      pageUrl: parsed.page.url,
      href,
      text: anchor.text,
      format,
      formatSource,
      available: null,
      lastModified: null,
      selector: anchor.selector,
    };
    if (isApi) artifact.isApi = true;
    // A link that names its data is its own label; one that says only "CSV" or "Descargar" is named by its item.
    const around = saysNothing(anchor.text) ? itemText(parsed, anchor.el) : '';
    if (around && around !== anchor.text) artifact.contextText = around;
    byHref.set(href, artifact);
  }
  return [...byHref.values()];
}

/**
 * A file link with what its probe found: the served content type wins over the extension, and the first bytes
 * over both (extensions and content types lie: a PDF served as Excel, an HTML error page served as .csv).
 */
export function applyProbe(link: FileLinkArtifact, probe: ProbedFile | undefined): FileLinkArtifact {
  if (!probe) return link;
  const byContentType = formatFromContentType(probe.contentType);
  const [format, formatSource] = byContentType ? [byContentType, 'content-type' as const] : [link.format, link.formatSource];
  const resolved: FileLinkArtifact = { ...link, format, formatSource, available: availability(probe), lastModified: httpDateToIso(probe.lastModified) };
  const sniffed = probe.sniff ? formatFromSniff(probe.sniff, format) : null;
  if (sniffed) Object.assign(resolved, { format: sniffed, formatSource: 'content', claimedFormat: format });
  return resolved;
}

/** A link the crawl would probe rather than fetch as a page: a known file extension (crawl/url.ts's linkKind 'file'). */
export function isProbeable(href: string): boolean {
  return FILE_EXTENSIONS.has(extensionOf(href));
}

/**
 * The site's file links with their probes. A file the crawl could have probed but did not (no verdict needed it,
 * or another file of its series stood for it) says so, with its series: "one of 12 files of the same series; 1
 * probed" is what a reader needs to weigh a verdict that rests on its extension.
 */
export function withProbes(links: readonly FileLinkArtifact[], files: readonly ProbedFile[]): FileLinkArtifact[] {
  const probes = indexProbes(files);
  const resolved = links.map((link) => applyProbe(link, probes.get(canonicalKey(link.href))));
  const series = new Map<string, { files: Set<string>; probed: Set<string> }>();
  for (const link of resolved) {
    if (!isProbeable(link.href)) continue;
    const key = fileSeriesKey(link.href);
    const entry = series.get(key) ?? { files: new Set(), probed: new Set() };
    entry.files.add(canonicalKey(link.href));
    if (probes.has(canonicalKey(link.href))) entry.probed.add(canonicalKey(link.href));
    series.set(key, entry);
  }
  return resolved.map((link) => {
    const entry = isProbeable(link.href) ? series.get(fileSeriesKey(link.href)) : undefined;
    if (!entry || entry.probed.has(canonicalKey(link.href))) return link;
    return { ...link, unprobed: { series: entry.files.size, probed: entry.probed.size } };
  });
}

/**
 * Whether a probe settles that the link is a file of one of `formats` that downloads: there (2xx), and neither
 * its content type nor its first bytes say it is something else. The crawl stops probing on it.
 */
export function probeConfirms(link: FileLinkArtifact, probe: ProbedFile, formats: ReadonlySet<string>): boolean {
  const resolved = applyProbe(link, probe);
  return resolved.available === true && formats.has(resolved.format);
}

/** A catalogue filter ("csv (15)" → /dataset?f[0]=res_format:csv): its text names a format, its target is a listing. */
function isFacetLink(href: string, text: string): boolean {
  let query = '';
  try {
    query = decodeURIComponent(new URL(href).search);
  } catch {
    return false;
  }
  return FACET_QUERY_PATTERN.test(query) || FACET_COUNT_TEXT.test(text);
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
