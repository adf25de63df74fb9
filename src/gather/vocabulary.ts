/**
 * The words and URL shapes gatherers look for, in one place. Texts are matched after `normalise()`
 * (lower case, accents removed, whitespace collapsed), so entries here are written that way.
 * Sources: docs/shared research on real municipal portals (§3 vocabulary, §4 quirks).
 */
import type { SocialPlatform } from '../platforms/vocabulary.ts';
import type { FileFormat, PageRegion } from './artifacts.ts';

// ── Page regions ────────────────────────────────────────────────────────────────────────────────

/** Tags and ARIA roles that name a region outright. */
export const REGION_BY_TAG: Record<string, PageRegion> = {
  header: 'header',
  nav: 'nav',
  footer: 'footer',
  aside: 'aside',
  main: 'main',
  article: 'main',
};
export const REGION_BY_ROLE: Record<string, PageRegion> = {
  banner: 'header',
  navigation: 'nav',
  menubar: 'nav',
  contentinfo: 'footer',
  complementary: 'aside',
  main: 'main',
};
/**
 * Class/id word hints (a class token is split on - and _; "pie-de-pagina" → pie). Checked in this
 * order, so "footer-menu" is footer and "header-menu" is nav.
 */
export const REGION_CLASS_HINTS: [PageRegion, readonly string[]][] = [
  ['footer', ['footer', 'pie', 'piedepagina', 'piepagina', 'foot', 'copyright', 'creditos']],
  ['nav', ['menu', 'navbar', 'nav', 'navigation', 'navegacion', 'menubar', 'megamenu', 'mainmenu', 'topmenu']],
  ['header', ['header', 'cabecera', 'encabezado', 'masthead', 'topbar']],
  ['aside', ['sidebar', 'aside', 'lateral']],
  ['main', ['main', 'content', 'contenido', 'contenidos', 'principal']],
];

/** Bootstrap tab/pill lists sit inside content (category tabs of a data section): not menus. */
export const CONTENT_NAV_CLASSES = /(^|\s)(nav-tabs|nav-pills|tab-content|nav-justified)(\s|$)/i;

// ── Text normalisation helpers shared by the vocabulary ─────────────────────────────────────────

/** Lower case, accents removed, whitespace collapsed: the form every vocabulary entry is written in. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────

/** Spanish month names and the abbreviations portals use (15-mar-2016, Sept. 2019). */
export const MONTHS: Record<string, number> = {
  enero: 1, ene: 1,
  febrero: 2, feb: 2,
  marzo: 3, mar: 3,
  abril: 4, abr: 4,
  mayo: 5, may: 5,
  junio: 6, jun: 6,
  julio: 7, jul: 7,
  agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, sept: 9, sep: 9, set: 9,
  octubre: 10, oct: 10,
  noviembre: 11, nov: 11,
  diciembre: 12, dic: 12,
};
export const WEEKDAYS = ['lunes', 'martes', 'miercoles', 'miércoles', 'jueves', 'viernes', 'sabado', 'sábado', 'domingo'];

/**
 * Words near a date (normalised) that say it is when the information was updated or published. "Vigente al
 * 30/04/2016" is a cut-off date; "Vigencia: 15 abril 2018" is when validity ends, not an update.
 */
export const UPDATE_LABELS = [
  'actualiza', // actualización, actualizado, actualizada
  'publicado', 'publicada', 'publicacion', 'fecha de corte', 'vigente al',
  'ultima modificacion', 'modificado', 'modificada', 'modificacion', 'lastmod', 'last modified',
  'updated', 'published',
];
/** "Próxima actualización 31-12-2023" announces a future update: not a date of update. */
export const UPDATE_LABEL_NEGATIONS = ['proxima actualizacion', 'siguiente actualizacion', 'proxima fecha de actualizacion'];
/** Classes of elements whose dates are update/publication stamps (WordPress `time.entry-date.updated`…). */
export const UPDATE_CLASS_HINTS = /(?:^|[\s_-])(updated|modified|published|lastmod|last-modified|entry-date|post-date|fecha-?actualizacion|fecha-?publicacion|actualizado)(?:$|[\s_-])/i;
/** A copyright line: its year or date is never an update. */
export const COPYRIGHT_MARKERS = ['©', '(c)', '&copy;', 'copyright', 'derechos reservados', 'todos los derechos'];
/** Clock/"today" widgets print the current date; class/id hints of such elements. */
export const CLOCK_CLASS_HINTS = /(?:^|[\s_-])(clock|reloj|today|fecha-?hoy|fecha-?actual|date-?today|current-?date|fechahoy|fechaactual|time-?now)(?:$|[\s_-])/i;
/** Text just before a date that says it is today's date. */
export const TODAY_MARKERS = ['hoy es', 'hoy:', 'fecha actual', 'fecha de hoy', 'today is'];
/** `<meta>` names/properties that carry a page's modification/publication date. */
export const META_DATE_NAMES = [
  'article:modified_time', 'article:published_time', 'og:updated_time', 'last-modified', 'dc.date.modified',
  'dcterms.modified', 'dc.date', 'date', 'revised',
];

// ── Forms ───────────────────────────────────────────────────────────────────────────────────────

/** Field names (normalised, compared as whole name or name parts) that make a form a search form. */
export const SEARCH_FIELD_NAMES = ['q', 's', 'search', 'buscar', 'busqueda', 'query', 'searchword', 'keys', 'search_api_fulltext', 'term', 'buscador'];
/** Words in placeholder/label/submit/class that say "search". */
export const SEARCH_WORDS = ['buscar', 'busqueda', 'buscador', 'search', 'busca', 'buscar:'];
/** Form actions of data catalogues (CKAN /dataset) and search endpoints. */
export const SEARCH_ACTION_PATTERN = /\/(dataset|datasets|search|buscar|busqueda|buscador)(?:[/?#]|$)/i;
/** Input names/labels that hold short personal data, not a free-text message. */
export const NON_FREE_TEXT_FIELD_WORDS = [
  'nombre', 'name', 'apellido', 'email', 'e-mail', 'correo', 'mail', 'telefono', 'tel', 'phone', 'celular', 'movil',
  'curp', 'rfc', 'codigo postal', 'cp', 'zip', 'colonia', 'edad', 'fecha', 'usuario', 'user', 'login', 'password',
  'contrasena', 'captcha', 'ciudad', 'municipio', 'estado', 'numero', 'folio', 'ine',
];
/** Input types that never hold free text. */
export const NON_TEXT_INPUT_TYPES = new Set([
  'hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'email', 'tel', 'number', 'date',
  'datetime-local', 'month', 'week', 'time', 'password', 'url', 'color', 'range',
]);
export const SUBMIT_WORDS = ['enviar', 'send', 'submit', 'buscar', 'search', 'aceptar', 'registrar', 'guardar', 'ir'];

// ── Files ───────────────────────────────────────────────────────────────────────────────────────

export const FILE_EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv', xls: 'xls', xlsx: 'xlsx', ods: 'ods', json: 'json', xml: 'xml', geojson: 'geojson', kml: 'kml',
  kmz: 'kml', zip: 'zip', rar: 'zip', '7z': 'zip', pdf: 'pdf', doc: 'doc', docx: 'docx', odt: 'odt', ppt: 'ppt',
  pptx: 'pptx', txt: 'txt', jpg: 'image', jpeg: 'image', png: 'image', gif: 'image', webp: 'image', svg: 'image',
  tif: 'image', tiff: 'image', bmp: 'image',
};
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

// ── Social networks ─────────────────────────────────────────────────────────────────────────────

/** Classes of embedded timelines/posts (the markup widgets.js/sdk.js turn into iframes). */
export const EMBED_CLASS_PLATFORMS: [RegExp, SocialPlatform][] = [
  [/(^|\s)(twitter-timeline|twitter-tweet|twitter-follow-button)(\s|$)/, 'twitter'],
  [/(^|\s)(fb-page|fb-post|fb-video|fb-like-box|fb-follow)(\s|$)/, 'facebook'],
  [/(^|\s)instagram-media(\s|$)/, 'instagram'],
  [/(^|\s)tiktok-embed(\s|$)/, 'tiktok'],
];
/** Words near a link that mark a reply to someone (in embedded posts). */
export const REPLY_MARKERS = ['en respuesta a @', 'respondiendo a @', 'replying to @', 'in reply to @'];
export const REPLY_CLASS_HINTS = /(?:^|[\s_-])(reply|respuesta|is-reply|in-reply-to)(?:$|[\s_-])/i;

// ── Visualisations (processed-data) ─────────────────────────────────────────────────────────────

/** Script URLs of chart/map libraries: [pattern on src, hint name]. */
export const CHART_SCRIPT_SOURCES: [RegExp, string][] = [
  [/chart(\.umd)?(\.min)?\.js|chartjs/i, 'chart.js'],
  [/highcharts|highstock|highmaps/i, 'highcharts'],
  [/(^|\/)d3(\.v\d+)?(\.min)?\.js|d3js\.org|\/d3@/i, 'd3'],
  [/leaflet/i, 'leaflet'],
  [/gstatic\.com\/charts|google\.com\/jsapi|loader\.js.*charts/i, 'google-charts'],
  [/plotly/i, 'plotly'],
  [/echarts/i, 'echarts'],
  [/apexcharts/i, 'apexcharts'],
  [/amcharts/i, 'amcharts'],
  [/mapbox-gl|api\.mapbox\.com/i, 'mapbox'],
  [/openlayers|(^|\/)ol(\.min)?\.js/i, 'openlayers'],
  [/maps\.googleapis\.com\/maps\/api\/js/i, 'google-maps'],
  [/arcgis/i, 'arcgis'],
  [/(^|\/)c3(\.min)?\.js/i, 'c3'],
  [/morris(\.min)?\.js/i, 'morris'],
  [/flot/i, 'flot'],
  [/vega(-lite|-embed)?/i, 'vega'],
];
/** Inline script calls that draw charts/maps. */
export const CHART_SCRIPT_CALLS: [RegExp, string][] = [
  [/new\s+Chart\s*\(/, 'chart.js'],
  [/Highcharts\.(chart|mapChart|stockChart)\s*\(/, 'highcharts'],
  [/google\.visualization\./, 'google-charts'],
  [/\bL\.map\s*\(/, 'leaflet'],
  [/d3\.select/, 'd3'],
  [/echarts\.init/, 'echarts'],
  [/Plotly\.(newPlot|plot)/, 'plotly'],
  [/new\s+ApexCharts/, 'apexcharts'],
  [/new\s+google\.maps\.Map/, 'google-maps'],
  [/new\s+mapboxgl\.Map/, 'mapbox'],
];
/** Classes left by chart/map libraries or used for chart containers (matched on class tokens). */
export const CHART_CLASS_HINTS: [RegExp, string][] = [
  [/^highcharts/i, 'highcharts'],
  [/^leaflet-container$/i, 'leaflet'],
  [/^(chartjs|chart-js)/i, 'chart.js'],
  [/^apexcharts/i, 'apexcharts'],
  [/^amcharts/i, 'amcharts'],
  [/^echarts/i, 'echarts'],
  [/^(plotly|js-plotly-plot)/i, 'plotly'],
  [/^gm-style$/i, 'google-maps'],
  [/^mapboxgl-map$/i, 'mapbox'],
  [/^ol-viewport$/i, 'openlayers'],
  [/^google-visualization/i, 'google-charts'],
  [/^(chart|charts|grafica|graficas|grafico|graficos|dashboard|tablero)([-_].*)?$/i, 'chart-container'],
];
/** Iframe hosts/paths of maps, BI dashboards and chart services. */
export const VISUALISATION_IFRAMES: [RegExp, string][] = [
  [/app\.powerbi\.com|powerbi\.microsoft\.com/i, 'power-bi'],
  [/tableau/i, 'tableau'],
  [/datastudio\.google\.com|lookerstudio\.google\.com/i, 'looker-studio'],
  [/google\.[a-z.]+\/maps|maps\.google\.|mapsengine\.google/i, 'google-maps'],
  [/arcgis\.com|esri\.com/i, 'arcgis'],
  [/datawrapper\.dwcdn\.net|datawrapper\.de/i, 'datawrapper'],
  [/flourish\.studio/i, 'flourish'],
  [/infogram\.com|e\.infogram/i, 'infogram'],
  [/carto\.com|cartodb/i, 'carto'],
  [/umap\.openstreetmap|openstreetmap\.org\/export\/embed/i, 'openstreetmap'],
  [/mapbox\.com/i, 'mapbox'],
  [/kepler\.gl/i, 'kepler'],
  [/docs\.google\.com\/spreadsheets\/.*(chart|pubchart)/i, 'google-sheets-chart'],
  [/metabase|grafana|superset|qlik|kibana/i, 'dashboard'],
];
/** Heading words (normalised) that announce processed data. "mapa del sitio" is a site map, not a map. */
export const VISUALISATION_HEADING_WORDS = [
  'tablero', 'infografia', 'visualizacion', 'grafica', 'grafico', 'dashboard', 'mapa interactivo', 'georreferenc',
  'indicadores de gestion', 'estadisticas',
];
export const VISUALISATION_HEADING_EXCLUSIONS = ['mapa del sitio', 'mapa de sitio'];
/**
 * What a picture called "infografía" or "gráfica" shows when it is only a list drawn as an image (normalised
 * description): a directory, a calendar or agenda, an organisation chart, opening hours, requirements.
 * Information, but not data processed for citizens ("Infografía: Directorio de dependencias municipales").
 */
export const LISTING_SUBJECT_PATTERN = /\b(directorio|calendario|agenda|organigrama|horarios?|listado|padron|telefonos|requisitos)\b/;
/**
 * A block that says the charts are not there (normalised): CKAN's empty showcase ("Aún no hay aplicaciones ni
 * visualizaciones publicadas"), its resource views ("Aún no se han creado vistas de gráfica", "Este recurso no
 * tiene vista de mapa"), "Próximamente", "Sin resultados".
 */
export const EMPTY_NOTICE_PATTERN =
  /\b(?:aun no (?:hay|se ha|existe)|todavia no (?:hay|se ha)|no hay (?:\S+ ){0,4}(?:publicad|disponible|registrad)|no se han? (?:creado|publicado|generado)|no tiene vistas?\b|sin resultados\b|no se encontraron\b|proximamente\b)/;

// ── Open-data section ───────────────────────────────────────────────────────────────────────────

/** Labels (normalised, matched as contained phrases) that name an open-data / focused-transparency section. */
export const SECTION_LABELS = [
  'datos abiertos', 'dato abierto', 'open data', 'opendata', 'transparencia focalizada', 'transparencia proactiva',
  'informacion proactiva', 'gobierno abierto', 'portal de datos', 'catalogo de datos', 'datos publicos abiertos',
  'open government',
];
/** First host label of a data-catalogue subdomain (datos.tlajomulco.gob.mx). */
export const CATALOGUE_HOST_LABELS = ['datos', 'datosabiertos', 'datos-abiertos', 'opendata', 'open-data', 'gobiernoabierto', 'gobierno-abierto', 'transparenciaproactiva'];
/** Path segments of an open-data section on the main host. */
export const SECTION_PATH_PATTERN = /\/(datos[-_]?abiertos|open[-_]?data|gobierno[-_]?abierto|transparencia[-_]?(proactiva|focalizada))(?:[/.?#]|$)/i;
/**
 * A section landing page that announces it is not there yet (normalised text): "La sección … se encuentra
 * en construcción. Próximamente…", "Página en mantenimiento".
 */
export const UNDER_CONSTRUCTION_PATTERN =
  /\b(?:(?:se encuentra|esta|estamos|pagina|seccion|sitio|portal|modulo)\b[^.]{0,60}\ben (?:construccion|mantenimiento|desarrollo))\b|\bproximamente\b|\bunder construction\b|\bcoming soon\b/;
/**
 * Law text (normalised): the legal framework open-data pages quote ("Ley General de Transparencia…,
 * Artículo 3, fracción VI", "Art. 24 fr. X") and links to laws and regulations, which are not data.
 */
export const LAW_TEXT_PATTERN =
  /\b(?:ley(?:es)? (?:general|federal|estatal|organica|municipal|de transparencia)|art(?:iculo|iculos|s?\.)\s*\d+|fracc?(?:ion|\.)\s*[ivxlc]+\b|lgtaip|ltaip\w*|reglamento|lineamientos|marco (?:juridico|normativo|legal)|diario oficial|periodico oficial)/;

/**
 * Why a home-page link is not the open-data section, as a code the open-data-section indicator words in
 * Spanish and English (its messages table).
 */
export type MandatoryTransparencyCode =
  | 'transparency-listing'
  | 'transparency-law-article'
  | 'national-transparency-platform'
  | 'infomex'
  | 'national-data-portal';
/**
 * The mandated transparency listing (and the national platform): not an open-data section by
 * itself, however prominent (methodology: open-data-section). [normalised phrase, reason code].
 * Whole-text matches are marked with ^…$.
 */
export const MANDATORY_TRANSPARENCY_LABELS: [RegExp, MandatoryTransparencyCode][] = [
  [/^transparencia( municipal)?( \(?pnt\)?)?$/, 'transparency-listing'],
  [/^portal de transparencia$|^modulo de transparencia$/, 'transparency-listing'],
  [/\bart(iculo|\.)? ?\d+\b/, 'transparency-law-article'],
  [/obligaciones (comunes )?de transparencia/, 'transparency-listing'],
  [/informacion fundamental/, 'transparency-listing'],
  [/informacion publica (de oficio|obligatoria)|informacion minima de oficio/, 'transparency-listing'],
  [/plataforma nacional de transparencia|\bpnt\b|\bsipot\b/, 'national-transparency-platform'],
  [/infomex/, 'infomex'],
];
/** Hosts of the national transparency platform and request systems. */
export const MANDATORY_TRANSPARENCY_HOSTS: [RegExp, MandatoryTransparencyCode][] = [
  [/(^|\.)plataformadetransparencia\.org\.mx$/, 'national-transparency-platform'],
  [/infomex/, 'infomex'],
];
/** National catalogues: a link to them is not the municipality's own section. */
export const NATIONAL_DATA_HOSTS: [RegExp, MandatoryTransparencyCode][] = [
  [/^(www\.)?datos\.gob\.mx$/, 'national-data-portal'],
];

// ── Contacts (participation-contact) ────────────────────────────────────────────────────────────

/** A labelled phone: "Tel.", "Teléfono:", "Conmutador", "WhatsApp" followed by digits. */
export const PHONE_LABELLED = /(?:tel(?:e|é)fonos?|tels?\.?|conmutador|cel(?:ular)?\.?|whats ?app|lada sin costo|llámanos|llamanos|fax)\s*[:.]?\s*((?:\+?52\s*)?(?:\(\d{2,3}\)\s*){0,2}\d[\d\s().-]{5,}\d)/giu;
/** An unlabelled phone with area code in brackets: "(324)241 1254", "(01)(81) 8130-63-81". */
export const PHONE_BRACKETED = /(?:\(\d{2,3}\)\s*){1,2}\d{3,4}[\s.-]?\d{2}[\s.-]?\d{2,4}/g;
export const EMAIL_PATTERN = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/** A street address: label or street type, then text with a number or "s/n". */
export const ADDRESS_PATTERN = /(?:(?:domicilio|direcci[oó]n|ubicaci[oó]n|oficinas?)\s*:\s*|\b(?:calle|av\.|avenida|blvd\.?|boulevard|bulevar|calzada|carretera|privada|andador|prolongaci[oó]n|circuito)\s+)[^\n]{2,100}?(?:\bs\/n\b|\d{1,5}|c\.\s?p\.\s?\d{5})[^\n]{0,60}/giu;
