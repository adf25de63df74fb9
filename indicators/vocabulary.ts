/**
 * Indicator-level matching vocabulary, as data. Phrases are written lower case and without accents:
 * they are matched against text passed through `normalise` (shared.ts), on word boundaries. A phrase
 * ending in `*` matches as a prefix ("propon*" matches "propón", "propongas", "proponer").
 * Sources: section 3 of shared/research/real_portals.md (wording seen on real portals) and the
 * operational definitions in shared/methodology/aidh-2016.md.
 */

/**
 * Every singular/plural combination of each phrase: headings say "Comités de Vecinos", "Consejo Ciudadano",
 * "Consultas públicas" for the same mechanism, so a list written in one number must match the others.
 */
function withNumberVariants(phrases: readonly string[]): string[] {
  const singular = (w: string) => (/[^aeiou]es$/.test(w) && /[lrndj]$/.test(w.slice(0, -2)) ? w.slice(0, -2) : w.replace(/(?<!s)s$/, ''));
  const plural = (w: string) => (/[aeiou]$/.test(w) ? `${w}s` : /[lrndj]$/.test(w) ? `${w}es` : w.endsWith('s') ? w : `${w}s`);
  const forms = (w: string) => (w.length < 4 ? [w] : [...new Set([w, singular(w), plural(singular(w))])]);
  const variants = (words: string[]): string[] =>
    words.length === 0 ? [''] : forms(words[0]!).flatMap((f) => variants(words.slice(1)).map((rest) => (rest ? `${f} ${rest}` : f)));
  return [...new Set(phrases.flatMap((p) => variants(p.split(' '))))];
}

/** Participation mechanisms (real_portals 3.4), in both numbers. Used in headings/titles, never in bare running text. */
export const PARTICIPATION_MECHANISMS: readonly string[] = withNumberVariants([
  'participacion ciudadana',
  'participacion social',
  'mecanismo de participacion',
  'instrumento de participacion',
  'presupuesto participativo',
  'consulta publica',
  'consulta popular',
  'consulta ciudadana',
  'cabildo abierto',
  'ratificacion de mandato',
  'revocacion de mandato',
  'plebiscito',
  'referendum',
  'iniciativa ciudadana',
  'iniciativa popular',
  'consejo ciudadano',
  'consejo consultivo',
  'consejo municipal de participacion',
  'comite vecinal',
  'comite ciudadano',
  'comite de vecinos',
  'comite de colonos',
  'comite de barrio',
  'junta vecinal',
  'asociacion vecinal',
  'contraloria social',
  'contralor ciudadano',
  'audiencia publica',
  'miercoles ciudadano',
]);

/** Words that show a page explains a mechanism (what it is, how to take part) rather than naming it. */
export const PARTICIPATION_EXPLANATION_CUES = [
  'que es',
  'que son',
  'es un',
  'es una',
  'es el',
  'es la',
  'consiste en',
  'tiene por objeto',
  'como participar',
  'como puedo participar',
  'participa',
  'puedes',
  'podran',
  'pueden participar',
  'requisitos',
  'convocatoria',
  'registrate',
  'inscribete',
  'registro',
  'vota',
  'votacion',
  'propon*',
  // How one takes part: who elects, where to register, how it is convened (real_portals 3.4).
  'pueden',
  'puede',
  'elige',
  'eligen',
  'se elige*',
  'elegid*',
  'electo*',
  'eleccion',
  'asamblea*',
  'convoca*',
  'inscrib*',
  'inscripcion*',
  'registra*',
  'votan',
  'votar',
  'acude',
  'sesiona*',
  'se integra*',
] as const;

/**
 * URL shapes of news items (participation-info: a news report about a mechanism is not a page describing it):
 * /noticias/…, ?seccion=noticias&id=214, /boletines/…, /comunicados/…, /sala-de-prensa/…, /blog/…, WordPress
 * posts (?p=312) and date permalinks (/2016/05/…). Not Joomla articles or WordPress pages (?page_id=): portals
 * put their participation pages there.
 */
export const NEWS_URL_PATTERNS: readonly RegExp[] = [
  /[/=_-]noticias?(?=[/&._?-]|$)/i,
  /[/=_-]boletin(?:es)?(?=[/&._?-]|$)/i,
  /[/=_-]comunicados?(?=[/&._?-]|$)/i,
  /[/=_-]prensa(?=[/&._?-]|$)/i,
  /\/blog\//i,
  /[?&]p=\d+(?:&|$)/,
  /\/\d{4}\/\d{2}\/(?:\d{2}\/)?[^/?#]+/,
];

/** The dateline under a news headline, normalised: "09/05/2016", "publicado el 9 de mayo de 2016 en noticias". */
export const PUBLICATION_DATE_LINE =
  /^(?:publicado(?: el)?:?\s*|fecha(?: de publicacion)?:?\s*)?(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\s*)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+de\s+[a-z]+\s+(?:de|del)\s+\d{4}|[a-z]+\s+\d{1,2},?\s+\d{4})/;

/** How quoted law text begins, normalised: "Artículo 5.- Son mecanismos…", "Fracción XXXVII.", "Ley de…". */
export const LAW_TEXT_START = /^(?:art(?:iculo|\.)\s*\d|fraccion\s|fr\.\s*[ivxlc]|inciso\s|numeral\s|ley\s|reglamento\s|codigo\s)/;

/**
 * Offices whose contact is not a participation strategy's (participation-contact): the Unidad de Transparencia's
 * address closing a regulation page is for information requests.
 */
export const OTHER_OFFICE_WORDS = [
  'unidad de transparencia',
  'transparencia',
  'acceso a la informacion',
  'solicitudes de informacion',
  'oficialia de partes',
  'tesoreria',
  'catastro',
  'registro civil',
  'proteccion civil',
  'seguridad publica',
  'comunicacion social',
] as const;

/** Words that announce a contact (real_portals 3.5); a phone number must follow one of them. */
export const CONTACT_CUES = [
  'tel',
  'tels',
  'telefono',
  'telefonos',
  'conmutador',
  'ext',
  'extension',
  'extensiones',
  'whatsapp',
  'llamanos',
  'llama al',
  'marca al',
  'lada',
  'celular',
] as const;

/** Link labels on the home page that name a citizen-communication system (contact-tool-home). */
export const CONTACT_TOOL_LABELS = [
  'reporte ciudadano',
  'reportes ciudadanos',
  'reporta',
  'reportar un problema',
  'quejas y denuncias',
  'quejas y sugerencias',
  'quejas',
  'denuncia ciudadana',
  'buzon ciudadano',
  'buzon de quejas',
  'buzon de sugerencias',
  'atencion ciudadana',
  'atencion a la ciudadania',
  'contacto',
  'contactanos',
  'escribenos',
  'peticiones',
  'solicitud de servicio',
  'solicita un servicio',
  'linea ciudadana',
  'chat',
  'chatea con nosotros',
  'asistente virtual',
] as const;

export const CHAT_LABELS = ['chat', 'chatea*', 'chatbot', 'asistente virtual', 'chat en linea'] as const;

/** Forms that take free text but are not a channel to write to the government. */
export const NON_CONTACT_FORM_PURPOSES = [
  'suscrib*',
  'suscripcion',
  'boletin',
  'newsletter',
  'iniciar sesion',
  'inicio de sesion',
  'inicia sesion',
  'login',
  'contrasena',
  'password',
] as const;

/** Channels for citizens to contribute data or propose datasets/uses (citizen-collaboration). */
export const COLLABORATION_CHANNELS = [
  'propuestas ciudadanas',
  'propuesta ciudadana',
  // Exact "propón" (imperative), not "propone": news headlines say "Regidor propone…".
  'propon',
  'propon tu',
  'propon un',
  'proponer un conjunto de datos',
  'envia tu propuesta',
  'envianos tu propuesta',
  'comparte tu propuesta',
  'haz tu propuesta',
  'registra tu propuesta',
  'solicita un conjunto de datos',
  'solicitar un conjunto de datos',
  'solicita datos',
  'solicitud de datos',
  'solicitud de conjuntos de datos',
  'sugiere un conjunto de datos',
  'sugiere datos',
  'que datos te gustaria',
  'mapa colaborativo',
  'mapeo colaborativo',
  'mapa ciudadano',
  'co-creacion',
  'co creacion',
  'cocreacion',
  'sube tu',
  'sube tus',
  'comparte tus datos',
  'aporta datos',
  'aporta informacion',
  'colabora con datos',
  'ideas ciudadanas',
  'banco de ideas',
  'buzon de ideas',
  'buzon de propuestas',
  'hackathon',
  'dataton',
  'reto ciudadano',
  'retos publicos',
  'laboratorio ciudadano',
] as const;

/** Link texts naming a regulation or law about a mechanism, not the mechanism itself. */
export const REGULATION_WORDS = [
  'reglamento',
  'ley',
  'lineamientos',
  'codigo',
  'manual',
  'decreto',
  'gaceta',
  'fraccion',
  'articulo',
] as const;

/** Hosts of citizen-proposal platforms (Decidim, Consul). Matched against the link's host. */
export const COLLABORATION_HOST_PATTERNS: readonly RegExp[] = [/(^|\.)decidim\./, /(^|\.)decide\./, /(^|\.)consul\./];

/** Citizen evaluation instruments (citizen-evaluation). */
export const EVALUATION_INSTRUMENTS = [
  'encuesta de satisfaccion',
  'encuestas de satisfaccion',
  'encuesta ciudadana',
  'encuesta de calidad',
  'encuesta de opinion',
  'evalua el servicio',
  'evalua nuestro servicio',
  'evalua nuestros servicios',
  'evalua la atencion',
  'evalua a tu gobierno',
  'evalua el tramite',
  'evaluacion ciudadana',
  'evaluacion del servicio',
  'califica',
  'calificanos',
  'califica el servicio',
  'califica la atencion',
  'califica el tramite',
  'como te atendimos',
  'como fue tu experiencia',
  'tu opinion cuenta',
  'indice de satisfaccion',
  'satisfaccion ciudadana',
  'resultados de la encuesta',
] as const;

/** Substantive government-action topics (decision-useful). */
export const DECISION_TOPICS = [
  'presupuesto',
  'presupuesto de egresos',
  'ley de ingresos',
  'ingresos',
  'egresos',
  'gasto',
  'gastos',
  'gasto publico',
  'obra publica',
  'obras publicas',
  'obra',
  'obras',
  'contrato',
  'contratos',
  'licitacion',
  'licitaciones',
  'adquisiciones',
  'compras',
  'proveedores',
  'nomina',
  'nominas',
  'plantilla',
  'sueldos',
  'salarios',
  'remuneraciones',
  'viaticos',
  'deuda',
  'deuda publica',
  'cuenta publica',
  'estados financieros',
  'informe financiero',
  'avance de gestion',
  'programas sociales',
  'programa social',
  'padron de beneficiarios',
  'beneficiarios',
  'subsidios',
  'apoyos',
  'indicadores',
  'servicios publicos',
  'recaudacion',
  'predial',
  'seguridad publica',
  'incidencia delictiva',
  'delitos',
  'agua potable',
  'recoleccion de basura',
  'residuos',
  'alumbrado',
  'multas',
  'licencias',
  'permisos',
] as const;

/** Topic names a catalogue groups datasets under (thematic-categories): decision topics plus broad themes. */
export const TOPIC_NAMES = [
  ...DECISION_TOPICS,
  'finanzas',
  'finanzas publicas',
  'hacienda',
  'tesoreria',
  'economia',
  'desarrollo economico',
  'empleo',
  'salud',
  'educacion',
  'seguridad',
  'proteccion civil',
  'medio ambiente',
  'ecologia',
  'movilidad',
  'transporte',
  'desarrollo social',
  'bienestar',
  'desarrollo urbano',
  'urbanismo',
  'catastro',
  'territorio',
  'vivienda',
  'infraestructura',
  'poblacion',
  'demografia',
  'servicios',
  'agua',
  'cultura',
  'deporte',
  'turismo',
  'justicia',
  'gobierno',
  'administracion',
  'recursos humanos',
  'participacion ciudadana',
  'igualdad de genero',
  'mujeres',
  'juventud',
] as const;

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

/** Charts, maps, dashboards named in link texts (processed-data). */
export const VISUALISATION_LABELS = [
  'tablero',
  'tableros',
  'dashboard',
  'infografia',
  'infografias',
  'grafica',
  'graficas',
  'grafico',
  'graficos',
  'visualizacion',
  'visualizaciones',
  'mapa',
  'mapas',
  'mapa interactivo',
  'estadisticas',
] as const;

/** "Mapa del sitio" and location maps are not data visualisations. */
export const NOT_VISUALISATION_LABELS = ['mapa del sitio', 'mapa de sitio', 'mapa web', 'como llegar', 'ubicacion', 'mapa de ubicacion'] as const;

/**
 * Search boxes that only search the news (search-tool): WordPress sidebars carry a "Buscar en Boletines" widget
 * whose results are press releases, not the section's information. Matched in the form's heading, labels and
 * button; NEWS_SEARCH_PATHS on the first path segment of its action (/boletines/).
 */
export const NEWS_SEARCH_LABELS = [
  'buscar en boletines', 'buscar boletines', 'buscar en noticias', 'buscar noticias', 'buscar en comunicados',
  'buscar comunicados', 'buscar en prensa', 'buscar en la sala de prensa', 'buscar en el blog', 'busqueda de noticias',
  'busqueda de boletines', 'busqueda de comunicados', 'buscador de noticias', 'buscador de boletines',
] as const;
export const NEWS_SEARCH_PATHS = ['boletines', 'boletin', 'noticias', 'comunicados', 'prensa', 'sala-de-prensa', 'blog'] as const;

/** Live streams and video channels named in link texts (video-channel). */
export const LIVE_VIDEO_LABELS = [
  'transmision en vivo',
  'transmisiones en vivo',
  'transmision en directo',
  'en vivo',
  'en directo',
  'sesiones de cabildo en vivo',
  'sesion de cabildo en vivo',
  'sesiones en vivo',
  'canal de video',
  'canal de youtube',
  'videos de las sesiones',
] as const;

/**
 * The mayor. "Presidencia municipal" is deliberately absent: many governments name their own
 * Facebook page "Presidencia Municipal de …", and "Alcaldía" is a CDMX borough government, not its head.
 */
export const MAYOR_WORDS = [
  'presidente municipal',
  'presidenta municipal',
  'presidente constitucional',
  'presidenta constitucional',
  'mensaje del presidente',
  'mensaje de la presidenta',
  'alcalde',
  'alcaldesa',
  'alcadesa',
  'primer edil',
  'primera edil',
  'municipe',
] as const;

/**
 * Words that name the municipal government in a social link's text, handle ("AyuntamientoZitacuaro",
 * "GobIrapuato") or label. Not "gobierno" alone: "Gobierno del Estado" is another government.
 */
export const GOVERNMENT_ACCOUNT_WORDS = [
  'ayuntamiento',
  'ayto',
  'gob',
  'gobierno municipal',
  'municipio',
  'presidencia municipal',
  'alcaldia',
  'delegacion',
  'cabildo',
] as const;

/**
 * Other governments and parties whose accounts municipal portals show (social-account): the State's
 * "Gobierno del Estado de México" box with @Edomex, the federal government, a party. Not "gobernador":
 * posts of the municipality's own timeline often mention the governor.
 */
/** Names of the governments above the municipality, which promote their own accounts and apps on municipal portals. */
const OTHER_GOVERNMENTS = ['gobierno del estado', 'gobierno estatal', 'gobierno de la republica', 'gobierno federal'] as const;

export const OTHER_GOVERNMENT_ACCOUNT_WORDS = [
  ...OTHER_GOVERNMENTS,
  'presidencia de la republica',
  'congreso del estado',
  'diputado',
  'diputada',
  'morena',
  'partido accion nacional',
  'partido revolucionario institucional',
  'partido de la revolucion democratica',
  'partido verde',
  'partido del trabajo',
  'movimiento ciudadano',
  'nueva alianza',
  'encuentro social',
] as const;

/** Publishers that are not the government (mobile-app decoys: a citizens' observatory app). */
export const NON_GOVERNMENT_PUBLISHERS = [
  'observatorio',
  'observatorio ciudadano',
  'asociacion civil',
  'a.c.',
  'a. c.',
  'organizacion de la sociedad civil',
  'sociedad civil',
  'osc',
  'ong',
  'fundacion',
  'colectivo',
  'camara de comercio',
  'coparmex',
] as const;

/**
 * Other governments that publish apps municipal portals promote (mobile-app): the state's procedures app in a
 * sidebar ("Aplicación del Gobierno del Estado de México"), a federal one. Not the municipality's.
 */
export const OTHER_GOVERNMENT_PUBLISHERS = [
  ...OTHER_GOVERNMENTS,
  'tramites estatales',
  'gobierno de mexico',
  'administracion publica federal',
] as const;

/** Company forms in a publisher line ("desarrollada por Travesías del Centro, S.A. de C.V."): a private app. */
export const COMPANY_PUBLISHERS = [
  's.a. de c.v.',
  's.a de c.v.',
  's. a. de c. v.',
  'sa de cv',
  's. de r.l.',
  's. de r. l.',
  's de rl',
  's.a.p.i.',
  'sapi de cv',
  'sociedad anonima',
] as const;

/** The municipal government named as the app's owner or client ("desarrollada para el H. Ayuntamiento"). */
export const MUNICIPAL_PUBLISHER_WORDS = [
  'ayuntamiento',
  'gobierno municipal',
  'presidencia municipal',
  'administracion municipal',
] as const;

/**
 * Store app-id segments of state governments (mx.gob.edomex.appedomex, mx.gob.jalisco.…): the segment after
 * "gob" names the publisher. A state name is also a capital's name (mx.gob.puebla.app on Puebla's portal), so
 * mobile-app counts such an id as another government's only when it is not the municipality's own name.
 */
export const STATE_APP_ID_SEGMENTS = [
  'aguascalientes', 'ags', 'bajacalifornia', 'bc', 'bajacaliforniasur', 'bcs', 'campeche', 'coahuila', 'colima',
  'chiapas', 'chihuahua', 'cdmx', 'df', 'durango', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'edomex',
  'estadodemexico', 'michoacan', 'morelos', 'nayarit', 'nuevoleon', 'nl', 'oaxaca', 'puebla', 'queretaro',
  'quintanaroo', 'qroo', 'sanluispotosi', 'slp', 'sinaloa', 'sonora', 'tabasco', 'tamaulipas', 'tlaxcala',
  'veracruz', 'yucatan', 'zacatecas',
] as const;

/**
 * Well-known apps that are nobody's municipal app (a "descarga Adobe Reader para ver los PDF" badge, WhatsApp,
 * social networks, maps): Google Play package prefixes and App Store numeric ids.
 */
export const GENERIC_APP_PACKAGE_PREFIXES = [
  'com.adobe.', 'com.whatsapp', 'com.facebook.', 'com.instagram.', 'com.twitter.', 'com.google.android.',
  'com.microsoft.', 'org.telegram.', 'com.zhiliaoapp.', 'com.waze', 'com.ubercab', 'com.spotify.', 'com.dropbox.',
] as const;
export const GENERIC_APP_STORE_IDS = [
  '469337564', // Adobe Acrobat Reader
  '310633997', // WhatsApp Messenger
  '284882215', // Facebook
  '454638411', // Messenger
  '333903271', // X / Twitter
  '389801252', // Instagram
  '544007664', // YouTube
  '585027354', // Google Maps
  '686449807', // Telegram
  '835599320', // TikTok
  '323229106', // Waze
  '327630330', // Dropbox
] as const;

/** Legal citations used as labels ("Art. 8 Fr. V inciso c", "Fracción XXXVII", "LTAIPEJ"). Match normalised text. */
export const LEGAL_CITATION_PATTERNS: readonly RegExp[] = [
  /\bart(?:iculo|iculos|s?\.)\s*\d+/,
  /\bfr(?:acciones|accion|acc?\.|\.)\s*[ivxlc]+\b/,
  /\binciso\s+[a-z]\b/,
  /\bnumeral\s+\d+/,
  /\b(?:lgtaip|ltaip[a-z]*|lgcg|lgt)\b/,
];

/** File formats a reuser can extract and analyse without retyping (open-format-download). */
export const OPEN_FORMATS = ['csv', 'xls', 'xlsx', 'ods', 'json', 'xml', 'geojson', 'kml'] as const;

/** How update stamps and file metadata begin (normalised): plain-language leaves such sentences out of the prose. */
export const METADATA_SENTENCE_STARTS = [
  'fecha de actualizacion', 'fecha de publicacion', 'fecha de validacion', 'fecha de creacion', 'fecha de corte',
  'ultima actualizacion', 'proxima actualizacion', 'periodo de actualizacion', 'actualizacion', 'actualizado',
  'informacion vigente', 'vigencia', 'publicado', 'area responsable', 'formato',
] as const;
