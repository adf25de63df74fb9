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
