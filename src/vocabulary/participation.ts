/**
 * Participation: the names of participation mechanisms, the words that show a page explains one, the
 * URL shapes of news items (a news report about a mechanism is not a page describing it), channels and
 * platforms for citizens to contribute data or proposals, and citizen evaluation instruments. Sources:
 * section 3.4 of shared/research/real_portals.md and the operational definitions in
 * shared/methodology/aidh-2016.md.
 */
import { withNumberVariants } from './text.ts';

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

/**
 * What an explanation of a mechanism says, sentence by sentence (the participation-pages fact): who takes
 * part, when or where, and how. A sentence under the mechanism's heading that says none of these (a list of
 * names, a menu label, a file) explains nothing. Normal form; `*` makes a prefix.
 */
export const PARTICIPATION_WHO = [
  'vecino*',
  'vecina*',
  'ciudadano*',
  'ciudadana*',
  'ciudadania',
  'habitante*',
  'colono*',
  'residente*',
  'persona*',
  'organizacion*',
  'sociedad civil',
  'mayor de edad',
  'mayores de edad',
  'jovenes',
  'mujeres',
  'beneficiario*',
  'integrante*',
  'representante*',
  'miembro*',
  'comerciantes',
  'padres de familia',
] as const;

export const PARTICIPATION_WHEN_WHERE = [
  'cada ano',
  'cada mes',
  'cada semana',
  'cada dos',
  'cada tres',
  'cada seis',
  'cada colonia',
  'cada delegacion',
  'cada localidad',
  'al ano',
  'al mes',
  'por ano',
  'una vez',
  'dos veces',
  'anual*',
  'mensual*',
  'semanal*',
  'bimestral*',
  'trimestral*',
  'semestral*',
  'todos los lunes',
  'todos los martes',
  'todos los miercoles',
  'todos los jueves',
  'todos los viernes',
  'los lunes',
  'los martes',
  'los miercoles',
  'los jueves',
  'los viernes',
  'los sabados',
  'de lunes a',
  'en la colonia',
  'en su colonia',
  'en tu colonia',
  'en las colonias',
  'en una colonia',
  'en el barrio',
  'en su barrio',
  'salon de cabildo',
  'sala de cabildo',
  'palacio municipal',
  'presidencia municipal',
  'delegacion*',
  'agencia*',
  'localidad*',
  'en asamblea',
  'en las asambleas',
  'en la plaza',
  'en las oficinas',
  'en la oficina',
  'en la sede',
  'en linea',
  'en esta pagina',
  'en el portal',
  'por internet',
  'casilla*',
  'urna*',
  'fecha*',
  'horario*',
  'plazo*',
] as const;

/** Taking part: the verbs (any form) and the steps of a procedure. */
export const PARTICIPATION_HOW = [
  'vot*',
  'propon*',
  'propuesta*',
  'propus*',
  'inscrib*',
  'inscripcion*',
  'registr*',
  'asist*',
  'acud*',
  'present*',
  'elig*',
  'elegi*',
  'elegir',
  'eleccion*',
  'solicit*',
  'participa',
  'participan',
  'participas',
  'participar',
  'participen',
  'opin*',
  'decid*',
  'decision*',
  'reun*',
  'sesion*',
  'convoca*',
  'requisito*',
  'credencial*',
  'formato*',
  'expon*',
  'hablar',
  'uso de la voz',
  'preguntar',
  'pregunta*',
  'vigil*',
  'supervis*',
  'denunci*',
  'forma parte',
  'formar parte',
  'integra*',
] as const;

/**
 * Finite verbs that carry an explanation: the copula and auxiliaries (what a mechanism is, what one can or
 * must do) and the present of the verbs of taking part. A sentence with none (besides "se …", an impersonal
 * "se elige", "se reúne") is a label, a name or a list, not a sentence that explains.
 */
export const FINITE_VERBS = [
  'es', 'son', 'esta', 'estan', 'hay', 'sera', 'seran', 'existe', 'existen',
  'puede', 'pueden', 'puedes', 'podra', 'podran', 'podras', 'debe', 'deben', 'debes', 'tiene', 'tienen', 'tienes',
  'basta', 'necesitas', 'necesita', 'consiste', 'consisten', 'sirve', 'sirven', 'permite', 'permiten', 'funciona', 'funcionan',
  'trata', 'busca', 'buscan', 'va', 'van', 'hace', 'hacen', 'da', 'dan',
  'vota', 'votan', 'votas', 'votamos', 'propone', 'proponen', 'propones', 'decide', 'deciden', 'decides', 'elige', 'eligen', 'eliges', 'elegimos',
  'presenta', 'presentan', 'presentas', 'participa', 'participan', 'participas', 'asiste', 'asisten', 'asistes', 'acude', 'acuden', 'acudes',
  'inscribe', 'inscriben', 'inscribes', 'registra', 'registran', 'registras', 'solicita', 'solicitan', 'solicitas', 'opina', 'opinan', 'opinas',
  'reune', 'reunen', 'sesiona', 'sesionan', 'integra', 'integran', 'forman', 'compone', 'componen', 'vigila', 'vigilan', 'revisa', 'revisan',
  'escucha', 'escuchan', 'atiende', 'atienden', 'recibe', 'reciben', 'convoca', 'convocan', 'realiza', 'realizan', 'celebra', 'celebran',
  'representa', 'representan', 'trabaja', 'trabajan', 'publica', 'publican', 'entrega', 'entregan', 'llena', 'llenas', 'pide', 'piden', 'pides',
] as const;

/** The preterite a news report narrates in ("entregó", "asistieron", "dijo"): the irregular forms; -ó, -aron, -ieron are found by ending. */
export const NARRATIVE_VERBS = ['dijo', 'hizo', 'fue', 'fueron', 'dio', 'dieron', 'estuvo', 'estuvieron', 'tuvo', 'hubo', 'vino', 'puso', 'pudo'] as const;

/** How a definition begins when the heading is its subject ("Es una sesión…", "Lo forman…", "¿Qué es?"). */
export const DEFINITION_STARTS = [
  'que es', 'que son', 'en que consiste', 'es un', 'es una', 'es el', 'es la', 'son los', 'son las', 'son grupos', 'son organos',
  'consiste', 'sirve', 'se trata', 'lo forman', 'lo integran', 'la forman', 'la integran', 'los forman', 'los integran', 'lo componen',
  'esta formad*', 'esta integrad*', 'estan formad*', 'estan integrad*', 'se forma', 'se integra',
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
  'plataforma de propuestas',
  'tu idea para',
  'hackathon',
  'dataton',
  'reto ciudadano',
  'retos publicos',
  'laboratorio ciudadano',
] as const;

/**
 * A form heading or field that asks which data the citizen wants or proposes (normalised): a word of asking or
 * proposing and a word for data, in either order, within a few words — "¿Qué conjunto de datos te gustaría que
 * publicáramos?", "Datos que solicitas", "Sugerencia de base de datos". Information requests ("solicitud de
 * información") are a legal right, not collaboration on data: the data word is never "información".
 */
export const DATA_REQUEST_PATTERN =
  /\b(?:solicit\w*|propon\w*|propuesta|sugier\w*|suger\w*|gustaria|necesitas|quieres|te interesa\w*|publiquemos|publicaramos|pides)\b(?:\s+\S+){0,6}?\s+(?:conjuntos? de datos|bases? de datos|datos|datasets?)\b|\b(?:conjuntos? de datos|bases? de datos|datos|datasets?)\s+(?:\S+\s+){0,3}?(?:que\s+)?(?:solicit\w*|propon\w*|sugier\w*|necesitas|quieres|te gustaria)\b/;

/**
 * A form's free-text field that takes a citizen's proposal or idea (its label or name, normalised): "Tu idea",
 * "Título de la propuesta", name="propuesta". What makes a proposals form, whatever its heading says; a
 * complaint's "queja o sugerencia" field is not one.
 */
export const PROPOSAL_FIELD_WORDS = ['propuesta', 'propuestas', 'tu propuesta', 'idea', 'ideas', 'tu idea', 'proyecto que propones', 'propon'] as const;

/** Words of a complaints box's message field ("Tu queja, sugerencia o propuesta"): not a proposals form. */
export const COMPLAINT_FIELD_WORDS = ['queja', 'quejas', 'denuncia', 'reporte', 'sugerencia', 'sugerencias', 'comentario', 'comentarios', 'inconformidad'] as const;

/** Hosts of citizen-proposal platforms (Decidim, Consul). Matched against the link's host. */
export const COLLABORATION_HOST_PATTERNS: readonly RegExp[] = [/(^|\.)decidim\./, /(^|\.)decide\./, /(^|\.)consul\./];

/** Citizen evaluation instruments (citizen-evaluation). */
/**
 * A heading that reports how citizens rated the government (normalised, whole words): "Así calificaron los
 * ciudadanos los servicios", "Así nos calificaste", "Esto opinaron los vecinos". Published results when the page
 * shows them in a table of figures (citizen-evaluation).
 */
export const RATING_RESULT_WORDS = ['calificaron', 'nos calificaste', 'nos calificaron', 'opinaron', 'evaluaron', 'nos evaluaste', 'nos evaluaron'] as const;

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
