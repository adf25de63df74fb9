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

/** Words stripped from file-link texts and names to find the series a file belongs to (five-collections). */
export const SERIES_NOISE_WORDS = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic',
  'trimestre', 'trim', 'semestre', 'bimestre', 'cuatrimestre', 'mes', 'mensual', 'anual', 'periodo', 'ejercicio',
  'fiscal', 'primer', 'primero', 'segundo', 'tercer', 'tercero', 'cuarto', 'er', 'do', 'to', 'o', 'de', 'del', 'la',
  'el', 'al', 'y', 'a', 'pdf', 'xls', 'xlsx', 'csv', 'ods', 'json', 'xml', 'doc', 'docx', 'zip', 'excel', 'word',
  'formato', 'descarga', 'descargar', 'archivo', 'version', 'kb', 'mb', 'actualizado', 'actualizacion',
] as const;
