/**
 * Link texts and headings that say nothing about their subject: generic link texts ("aquí", "ver más"),
 * headings that name the page or its chrome, and the words stripped from file-link texts to find the
 * series a file belongs to. Source: section 3.2 of shared/research/real_portals.md.
 */

/** Headings and labels that name the page or its chrome, never a topic. */
export const GENERIC_HEADINGS = [
  'datos abiertos',
  'inicio',
  'bienvenid*',
  'menu',
  'contacto',
  'buscar',
  'busqueda',
  'resultados',
  'navegacion',
  'transparencia',
  'gobierno abierto',
  'enlaces',
  'redes sociales',
  'siguenos',
  'mapa del sitio',
  'aviso de privacidad',
  'ver todos',
  'ver todas',
  'todos',
  'todas',
  'ver mas',
] as const;

/** Link texts that say nothing about what they link to (real_portals 3.2). */
export const GENERIC_LINK_TEXTS = [
  'aqui',
  'ver',
  'ver mas',
  'consultar',
  'consulta',
  'link',
  'liga',
  'liga directa al formato',
  'liga directa',
  'informacion',
  'documento',
  'archivo',
  'detalle',
  'descarga',
  'descargar',
  'descarga aqui',
  'descarga de archivo',
  'ingresa aqui',
  'clic aqui',
  'de clic aqui',
  'click aqui',
  'file_download',
  'sin titulo',
  'enlace',
  'leer mas',
  'mas informacion',
  'bases',
  'formato',
] as const;

/**
 * Words that name the period a file of a series covers, never its subject: months and their abbreviations
 * ("ene-feb"), period lengths in every form portals write them ("1ra quincena", "Trimestre I", "bimestral",
 * "semana 12", "al 31 de marzo"), ordinal words in both genders ("primera quincena", "5ta sesión" is
 * written "quinta" too) and year words ("Ejercicio fiscal 2016"). Digits, "1ra"/"2do"/"4to" and roman
 * numerals are told apart by their shape (NUMBER_OR_ORDINAL, ROMAN_NUMERAL), not listed.
 */
export const PERIOD_WORDS = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sep', 'sept', 'set', 'oct', 'nov', 'dic',
  'semana', 'semanas', 'semanal', 'quincena', 'quincenas', 'quincenal', 'qna', 'mes', 'meses', 'mensual', 'bimestre',
  'bimestres', 'bimestral', 'trimestre', 'trimestres', 'trimestral', 'trim', 'cuatrimestre', 'cuatrimestres',
  'cuatrimestral', 'semestre', 'semestres', 'semestral', 'anual', 'ano', 'anos', 'anio', 'periodo', 'periodos',
  'ejercicio', 'ejercicios', 'fiscal', 'corte', 'primer', 'primera', 'primero', 'segundo', 'segunda', 'tercer',
  'tercera', 'tercero', 'cuarto', 'cuarta', 'quinto', 'quinta', 'sexto', 'sexta', 'septimo', 'septima', 'octavo',
  'octava', 'noveno', 'novena', 'decimo', 'decima',
] as const;

/** "1", "2016", "1ra", "2da", "3er", "4to", "10mo", "1ª": a number or an ordinal (one normalised token), never a subject. */
export const NUMBER_OR_ORDINAL = /^\d+\p{L}{0,3}$/u;

/** "ii", "iv", "xii" (one normalised token): a roman numeral up to 39, as periods are numbered ("Trimestre IV"). */
export const ROMAN_NUMERAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/** Words that name a file's format or its download, never its subject. */
export const FORMAT_WORDS = [
  'pdf', 'xls', 'xlsx', 'csv', 'ods', 'json', 'xml', 'geojson', 'kml', 'kmz', 'shp', 'txt', 'doc', 'docx', 'odt', 'zip',
  'rar', 'excel', 'word', 'formato', 'formatos', 'descarga', 'descargar', 'archivo', 'archivos', 'version', 'kb', 'mb',
] as const;

/** Words stripped from file-link texts and names to find the series a file belongs to (five-collections). */
export const SERIES_NOISE_WORDS = [
  ...PERIOD_WORDS,
  ...FORMAT_WORDS,
  // What is left of "1.er", "2.do", "4.to" once the dot splits them.
  'er', 'do', 'to', 'o',
  'de', 'del', 'la', 'las', 'el', 'los', 'al', 'y', 'a', 'actualizado', 'actualizacion',
] as const;

/** File names that say nothing of the data (normalised): catalogue exports put the dataset in the folder (/api/views/nomina/rows.csv). */
export const GENERIC_FILE_STEMS: ReadonlySet<string> = new Set(['rows', 'data', 'datos', 'download', 'descarga', 'descargar', 'file', 'archivo', 'export', 'exportar', 'index', 'resource', 'recurso']);

/**
 * Icon fonts drawn from ligatures: the element's text is the icon's name ("description", "visibility"), not
 * words for a person, so a link named only by such an icon takes its aria-label or title.
 */
export const ICON_LIGATURE_CLASS = /(?:^|\s)(?:material-icons(?:-[a-z]+)?|material-symbols-[a-z]+)(?:\s|$)/;
