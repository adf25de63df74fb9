/**
 * Dates: Spanish month and weekday names, the labels that make a date an update or publication date
 * (and those that do not: a future update, a copyright line, a clock widget), `<meta>` date names, and
 * the datelines and metadata stamps indicators recognise. Sources: docs/shared research on real
 * municipal portals (§3 vocabulary, §4 quirks) and section 3 of shared/research/real_portals.md.
 */

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
/** English month names and abbreviations: Twitter's embed code dates a tweet "March 16, 2017". */
export const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
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
/**
 * A cut-off stamp: the words right before the date (normalised) say the data is as of that date, which is when
 * it was last brought up to date ("Corte al 30/04/2016", "Información al 30 de abril de 2016", "Datos con corte a
 * abril 2016", "Cifras al 31/03/2016"). Only right before the date: "información" and "datos" alone label nothing,
 * and "Información del 1 al 30 de abril" (the days covered) is not a stamp.
 */
export const CUT_OFF_BEFORE_DATE = /(?<![\p{L}\d])(?:corte|informacion|datos|cifras)(?: (?:actualizad[oa]s?|disponibles?))? (?:al?|hasta(?: el)?)(?: (?:dia|mes de))? ?:? ?$/u;
/** "Próxima actualización 31-12-2023" announces a future update: not a date of update. */
export const UPDATE_LABEL_NEGATIONS = ['proxima actualizacion', 'siguiente actualizacion', 'proxima fecha de actualizacion', 'proximo corte', 'siguiente corte'];
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

/**
 * The dateline under a news headline, normalised: "09/05/2016", "publicado el 9 de mayo de 2016 en noticias", and
 * the article-info lines of CMS templates: Joomla's "Detalles · Categoría: Noticias · Publicado: 09 Mayo 2016",
 * "Escrito por Administrador · Lunes, 09 Mayo 2016 10:30", Drupal's "Enviado por admin el Lun, 09/05/2016".
 */
const MONTH_NAME = `(?:${Object.keys(MONTHS).join('|')})`;
export const PUBLICATION_DATE_LINE = new RegExp(
  String.raw`^(?:(?:detalles|categoria:? \S+(?: \S+)?|escrito por \S+(?: \S+)?|enviado por \S+(?: el)?|por \S+(?: \S+)?)[\s|·:-]*)*` +
    String.raw`(?:(?:publicado|creado|actualizado)(?: el)?:?\s*|fecha(?: de publicacion)?:?\s*)?` +
    String.raw`(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|lun|mar|mie|jue|vie|sab|dom),?\s*)?` +
    String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+(?:de\s+)?` + MONTH_NAME + String.raw`\.?\s+(?:de\s+|del\s+)?\d{4}|` + MONTH_NAME + String.raw`\s+\d{1,2},?\s+\d{4})`,
);

/** How update stamps and file metadata begin (normalised): plain-language leaves such sentences out of the prose. */
export const METADATA_SENTENCE_STARTS = [
  'fecha de actualizacion', 'fecha de publicacion', 'fecha de validacion', 'fecha de creacion', 'fecha de corte',
  'ultima actualizacion', 'proxima actualizacion', 'periodo de actualizacion', 'actualizacion', 'actualizado',
  'informacion vigente', 'vigencia', 'publicado', 'area responsable', 'formato',
] as const;

/**
 * Dates of news items, events and posts a page lists (a sidebar's "Últimas noticias", "Próximos eventos"): they say
 * when that item was published or happens, not when the page they sit on changed (updated-1-month and
 * updated-6-months). Headings of such widgets, normalised phrases (see vocabulary/match.ts).
 */
export const NEWS_WIDGET_HEADINGS = [
  'noticia*', 'evento*', 'agenda', 'comunicado*', 'boletin*', 'prensa', 'entradas recientes', 'ultimas entradas',
  'publicaciones recientes', 'blog',
] as const;
/** Class/id words of a news or event card ("noticia", "evento", WordPress "recent-posts"…): one item of such a listing. */
export const NEWS_ITEM_CLASS_HINTS = /(?:^|[\s_-])(noticias?|news|eventos?|events?|agenda|boletin|comunicado|recent-posts|recentposts)(?:$|[\s_-])/i;
/** URLs of event pages (news pages: NEWS_URL_PATTERNS in vocabulary/participation.ts): /eventos/…, /agenda/…. */
export const EVENT_URL_PATTERNS: readonly RegExp[] = [/[/=_-]eventos?(?=[/&._?-]|$)/i, /[/=_-]agenda(?=[/&.?]|$)/i];
