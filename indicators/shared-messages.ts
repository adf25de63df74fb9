/**
 * Messages shared by several indicators (the rules' helpers in indicators/, index.ts's not-crawled wrapper, the scorer's
 * rule-failure fallback). Indicator-specific messages live in each indicator's file.
 */
import type { DateSource } from '../src/gather/artifacts.ts';
import type { SocialLinkKind } from '../src/vocabulary/platforms.ts';
import { defineMessages, type Message } from './messages.ts';

export const sharedMessages = defineMessages('shared', {
  // --------------------------------------------------------------------------------- section scope
  'no-section': {
    es: 'No se encontró una sección de datos abiertos o transparencia focalizada desde la página de inicio; sin ella, este criterio no puede cumplirse',
    en: 'no open-data or focused-transparency section was found from the home page, so this criterion cannot be met',
  },
  'section-not-fetched': {
    es: 'Se encontró la sección de datos abiertos ({url}), pero no se pudo leer ninguna de sus páginas',
    en: 'the open-data section ({url}) was found but none of its pages was fetched',
  },
  'section-landing-page': { es: 'página principal de la sección', en: 'section landing page' },

  // -------------------------------------------------------------------------------------- lists
  'quoted-list-more': { es: '{list} y {more} más', en: '{list} and {more} more' },

  // ------------------------------------------------------------------------------ evidence notes
  /** A vocabulary phrase or a label the rule matched: shown as the reason the evidence counts. */
  matched: { es: 'coincide con “{phrase}”', en: 'matches “{phrase}”' },
  'file-format': { es: 'archivo {format}', en: '{format} file' },
  'file-format-unprobed': { es: 'archivo {format} según su enlace; no se comprobó', en: '{format} file by its link; not checked' },
  'file-format-series-unprobed': {
    es: 'archivo {format} según su enlace; no se comprobó: es uno de {files} archivos de la misma serie y se {probed:comprobó|comprobaron} {probed}',
    en: '{format} file by its link; not checked: one of {files} files of the same series, {probed} checked',
  },
  'file-last-modified': { es: 'archivo modificado el {date} (Last-Modified)', en: 'file last modified {date} (Last-Modified)' },
  'date-found': { es: 'fecha {date}, {source}', en: 'date {date}, {source}' },
  'date-source-page-text': { es: 'en el texto de la página', en: 'in the page text' },
  'date-source-page-text-labelled': { es: 'en el texto de la página, señalada como actualización', en: 'in the page text, labelled as an update' },
  'date-source-sitemap': { es: 'lastmod del mapa del sitio (sitemap)', en: 'sitemap lastmod' },
  'date-source-last-modified': { es: 'cabecera Last-Modified', en: 'Last-Modified header' },
  post: { es: 'publicación de {account} del {date}', en: '{account} post of {date}' },
  account: { es: 'cuenta de {platform} {account}', en: '{platform} account {account}' },
  'social-kind-profile': { es: 'perfil de {platform}', en: '{platform} profile' },
  'social-kind-share': { es: 'botón para compartir en {platform}', en: '{platform} share button' },
  'social-kind-channel': { es: 'canal de {platform}', en: '{platform} channel' },
  'social-kind-video': { es: 'video de {platform}', en: '{platform} video' },
  'social-kind-app': { es: 'ficha de app en {platform}', en: '{platform} app listing' },
  'social-kind-post': { es: 'publicación de {platform}', en: '{platform} post' },

  // ------------------------------------------------------------------------- section freshness
  'window-one-month': {
    es: 'el mes anterior a la fecha de evaluación ({start} a {asOf})',
    en: 'the month before as-of ({start} to {asOf})',
  },
  'window-months': {
    es: 'los {months} meses anteriores a la fecha de evaluación ({start} a {asOf})',
    en: 'the {months} months before as-of ({start} to {asOf})',
  },
  'window-week': {
    es: 'la semana anterior a la fecha de evaluación ({start} a {asOf})',
    en: 'the week before as-of ({start} to {asOf})',
  },
  'update-too-old': {
    es: 'La fecha de actualización más reciente en {pages} {pages:página|páginas} de la sección es {newest}, que no cae en {window}',
    en: 'the newest update date on {pages} section {pages:page|pages} is {newest}, before {window}',
  },
  'only-unlabelled-recent': {
    es: 'Ninguna fecha en {pages} {pages:página|páginas} de la sección está señalada como actualización; {dates} {dates:fecha sin etiqueta cae|fechas sin etiqueta caen} en {window}, pero pueden ser fechas de eventos: hay que revisarlas',
    en: 'no date on {pages} section {pages:page|pages} is labelled as an update; {dates} unlabelled {dates:date falls|dates fall} within {window} but may be event dates — check them',
  },
  'only-unlabelled-old': {
    es: 'No hay fecha de actualización en {pages} {pages:página|páginas} de la sección; incluso la fecha sin etiqueta más reciente ({newest}) no cae en {window}',
    en: 'no update date on {pages} section {pages:page|pages}; even the newest unlabelled date ({newest}) is before {window}',
  },
  'no-dates': {
    es: 'No se pudo leer ninguna fecha de actualización o publicación en {pages} {pages:página|páginas} de la sección ni en sus archivos',
    en: 'no date of update or publication could be read on {pages} section {pages:page|pages} or their files',
  },

  // ---------------------------------------------------------------------------- social accounts
  'no-government-account': {
    es: 'El portal no enlaza ninguna cuenta del gobierno municipal en redes sociales, y no se vio ninguna publicación',
    en: 'the portal links no social-network account of the government, and no post was seen',
  },
  'unattributed-accounts': {
    es: 'El portal enlaza {accounts} {accounts:cuenta|cuentas} en redes sociales que nada en él atribuye al gobierno municipal ni a nadie más; hay que revisar de quién {accounts:es|son}',
    en: 'the portal links {accounts} social-network {accounts:account|accounts} that nothing on it attributes to the government or anyone else; check whose {accounts:it is|they are}',
  },

  // ------------------------------------------------------------------------- site not crawled
  'not-crawled': {
    es: 'El sitio no se rastreó ({status}: {why}), así que no se pudo revisar nada',
    en: 'the site was not crawled ({status}: {why}), so nothing could be checked',
  },
  'not-crawled-unreachable': { es: 'no se pudo acceder al sitio', en: 'the site could not be reached' },
  'not-crawled-refused': { es: 'el sitio rechazó al rastreador', en: 'the site refused the crawler' },
  'not-crawled-blocked-by-robots': { es: 'robots.txt no permite rastrear el sitio', en: 'robots.txt disallows crawling the site' },
  'crawl-status': { es: 'estado del rastreo: {status}', en: 'crawl status: {status}' },

  // ------------------------------------------------------------------------------------ scoring
  'rule-failed': {
    es: 'La regla falló al evaluar este criterio ({error}); queda para revisión humana',
    en: 'the rule failed: {error}',
  },
});

export const sharedMsg = sharedMessages.msg;

const DATE_SOURCES = {
  'page-text': 'date-source-page-text',
  sitemap: 'date-source-sitemap',
  'last-modified': 'date-source-last-modified',
} as const satisfies Record<DateSource, keyof typeof sharedMessages.templates>;

export function dateSourceMessage(source: DateSource, labelledAsUpdate: boolean): Message {
  return sharedMsg(source === 'page-text' && labelledAsUpdate ? 'date-source-page-text-labelled' : DATE_SOURCES[source]);
}

const SOCIAL_KINDS = {
  profile: 'social-kind-profile',
  share: 'social-kind-share',
  channel: 'social-kind-channel',
  video: 'social-kind-video',
  app: 'social-kind-app',
  post: 'social-kind-post',
} as const satisfies Record<SocialLinkKind, keyof typeof sharedMessages.templates>;

/** "perfil de facebook" / "facebook profile". */
export function socialKindMessage(link: { platform: string; kind: SocialLinkKind }): Message {
  return sharedMsg(SOCIAL_KINDS[link.kind], { platform: link.platform });
}
