/**
 * Files: every link extension Mirador knows in ONE table — what the crawler does with a link ending in it
 * (probe a file, crawl a page, skip an asset) and the format the gatherer reads from it — plus served
 * content types, link texts that name a format, catalogue facets and API endpoints, and the formats
 * that count as open. Sources: docs/shared research on real municipal portals (§3 vocabulary, §4 quirks)
 * and the operational definitions in shared/methodology/aidh-2016.md (open-format-download).
 */
/** What a file is, as the gatherers and rules tell formats apart. */
export type FileFormat =
  | 'csv' | 'xls' | 'xlsx' | 'ods' | 'json' | 'xml' | 'geojson' | 'kml' | 'zip'
  | 'pdf' | 'doc' | 'docx' | 'odt' | 'ppt' | 'pptx' | 'txt' | 'image' | 'other';

// ── Extensions ──────────────────────────────────────────────────────────────────────────────────

/** What a link's extension is to the crawler: a file probed with HEAD, a page crawled, an asset never fetched. */
export type ExtensionKind = 'file' | 'page' | 'asset';

/**
 * Each extension once: [kind, format the gatherer gives a link ending in it]. The crawler's
 * FILE/PAGE/ASSET_EXTENSIONS and the gatherer's FORMAT_BY_EXTENSION are read from here, so an extension
 * cannot be a file to one and a page to the other (.kmz once was: fetched as a page, listed as KML).
 */
const EXTENSIONS: Record<string, readonly [ExtensionKind, FileFormat?]> = {
  // Linked files probed with HEAD instead of being crawled as pages.
  csv: ['file', 'csv'], xls: ['file', 'xls'], xlsx: ['file', 'xlsx'], ods: ['file', 'ods'], json: ['file', 'json'],
  xml: ['file', 'xml'], geojson: ['file', 'geojson'], kml: ['file', 'kml'], kmz: ['file', 'kml'], zip: ['file', 'zip'],
  pdf: ['file', 'pdf'], doc: ['file', 'doc'], docx: ['file', 'docx'], odt: ['file', 'odt'], ppt: ['file', 'ppt'],
  pptx: ['file', 'pptx'], txt: ['file', 'txt'],
  // Server-side pages (Lotus Domino's .nsf included); anything else unknown is also tried as a page.
  html: ['page'], htm: ['page'], xhtml: ['page'], shtml: ['page'], php: ['page'], asp: ['page'], aspx: ['page'],
  jsp: ['page'], jspx: ['page'], cfm: ['page'], do: ['page'], action: ['page'], cgi: ['page'], pl: ['page'],
  nsf: ['page'],
  // Assets that are neither pages nor data: never fetched. The gatherer still lists images and RAR/7z
  // archives as file links, by extension.
  jpg: ['asset', 'image'], jpeg: ['asset', 'image'], png: ['asset', 'image'], gif: ['asset', 'image'],
  svg: ['asset', 'image'], webp: ['asset', 'image'], bmp: ['asset', 'image'], ico: ['asset'], tif: ['asset', 'image'],
  tiff: ['asset', 'image'],
  css: ['asset'], js: ['asset'], mjs: ['asset'], map: ['asset'], woff: ['asset'], woff2: ['asset'], ttf: ['asset'],
  eot: ['asset'], otf: ['asset'],
  mp3: ['asset'], wav: ['asset'], ogg: ['asset'], mp4: ['asset'], m4v: ['asset'], avi: ['asset'], mov: ['asset'],
  wmv: ['asset'], flv: ['asset'], swf: ['asset'], webm: ['asset'],
  exe: ['asset'], msi: ['asset'], dmg: ['asset'], apk: ['asset'], iso: ['asset'],
  rar: ['asset', 'zip'], '7z': ['asset', 'zip'], gz: ['asset'], tar: ['asset'],
  rss: ['asset'], atom: ['asset'], ics: ['asset'],
};

function extensionsOf(kind: ExtensionKind): ReadonlySet<string> {
  return new Set(Object.keys(EXTENSIONS).filter((extension) => EXTENSIONS[extension]![0] === kind));
}

/** Linked files probed with HEAD instead of being crawled as pages. */
export const FILE_EXTENSIONS = extensionsOf('file');
/** Extensions of server-side pages; anything else unknown is also tried as a page. */
export const PAGE_EXTENSIONS = extensionsOf('page');
/** Assets that are neither pages nor data: never fetched. */
export const ASSET_EXTENSIONS = extensionsOf('asset');
/** Extension → the format the gatherer gives a link ending in it. */
export const FORMAT_BY_EXTENSION: Record<string, FileFormat> = Object.fromEntries(
  Object.entries(EXTENSIONS).flatMap(([extension, [, format]]) => (format ? [[extension, format]] : [])),
);
/** Extensions of server scripts: a link text may name the format they return (descarga.php?id=4 "Formato Excel"). */
export const SCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(['', 'php', 'asp', 'aspx', 'cfm', 'jsp', 'ashx', 'do', 'web']);

// ── Open formats ────────────────────────────────────────────────────────────────────────────────

/** File formats a reuser can extract and analyse without retyping (open-format-download). */
export const OPEN_FORMATS = ['csv', 'xls', 'xlsx', 'ods', 'json', 'xml', 'geojson', 'kml'] as const;
/** Extensions of files in an open format (.kmz is KML). */
export const OPEN_FORMAT_EXTENSIONS: ReadonlySet<string> = new Set(
  [...FILE_EXTENSIONS].filter((extension) => (OPEN_FORMATS as readonly string[]).includes(FORMAT_BY_EXTENSION[extension]!)),
);

// ── Content types, format hints, catalogues and APIs ────────────────────────────────────────────

/** Served content types, most specific first (matched as prefix of the type without parameters). */
export const CONTENT_TYPES: [string, FileFormat][] = [
  ['text/csv', 'csv'], ['application/csv', 'csv'], ['text/comma-separated-values', 'csv'],
  ['application/vnd.ms-excel', 'xls'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml', 'xlsx'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/geo+json', 'geojson'], ['application/vnd.geo+json', 'geojson'],
  ['application/json', 'json'], ['text/json', 'json'], ['application/ld+json', 'json'],
  ['application/vnd.google-earth.kml', 'kml'], ['application/vnd.google-earth.kmz', 'kml'],
  ['application/xml', 'xml'], ['text/xml', 'xml'], ['application/rss+xml', 'xml'], ['application/atom+xml', 'xml'],
  ['application/zip', 'zip'], ['application/x-zip', 'zip'], ['application/x-rar', 'zip'], ['application/vnd.rar', 'zip'],
  ['application/x-7z', 'zip'],
  ['application/pdf', 'pdf'],
  ['application/msword', 'doc'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml', 'docx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.ms-powerpoint', 'ppt'],
  ['application/vnd.openxmlformats-officedocument.presentationml', 'pptx'],
  ['text/plain', 'txt'],
  ['image/', 'image'],
  ['text/html', 'other'], ['application/xhtml', 'other'],
];
/** Content types that say nothing about the format: fall back to the extension. */
export const UNINFORMATIVE_CONTENT_TYPES = ['application/octet-stream', 'binary/octet-stream', 'application/force-download', 'application/download', 'application/x-download'];
/**
 * Link texts naming a format ("CSV", "( xlsx )", "Formato Excel") for links whose URL has no
 * extension (download.php?id=4). Matched on the normalised text as whole words.
 */
export const FORMAT_TEXT_HINTS: [RegExp, FileFormat][] = [
  [/\bcsv\b/, 'csv'],
  [/\bxlsx\b/, 'xlsx'],
  [/\bxls\b/, 'xls'],
  [/\b(formato )?excel\b/, 'xlsx'],
  [/\bods\b/, 'ods'],
  [/\bgeojson\b/, 'geojson'],
  [/\bjson\b/, 'json'],
  [/\bxml\b/, 'xml'],
  [/\bkmz?\b/, 'kml'],
  [/\bzip\b/, 'zip'],
  [/\bpdf\b/, 'pdf'],
  [/\bdocx\b/, 'docx'],
  [/\b(doc|word)\b/, 'doc'],
];
/**
 * A catalogue's filter (facet) link names a format but leads to an HTML listing, not a file: DKAN
 * "/dataset?f[0]=res_format:csv" "csv (15)", CKAN "/dataset?res_format=CSV". Query keys that filter a
 * listing, and the result count a facet shows after its label.
 */
export const FACET_QUERY_PATTERN = /(?:^\?|&)(?:f\[\d*\]|res_format|tags|groups|organization|license_id|sort)=/i;
export const FACET_COUNT_TEXT = /\(\s*\d[\d.,]*\s*\)\s*$/;
/** API endpoints count as structured data (json). */
export const API_PATH_PATTERN = /\/api(?:\/|$|\?)|\/api\/3\/action\//i;
export const API_TEXT_PATTERN = /(^|[^\p{L}])api([^\p{L}]|$)/iu;
