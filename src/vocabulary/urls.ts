/**
 * URLs: query parameters that only track the visitor, schemes that are not web pages, domain suffixes
 * shared by many owners, and the parameters and path words of endless calendars. Kept as data so a
 * portal quirk seen in the wild is a one-line change here, not a new regex somewhere in the crawler.
 */

/** Query parameters that only track the visitor; two URLs differing in them are the same page. */
export const TRACKING_PARAM_PREFIXES = ['utm_'] as const;
export const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  // Session ids: PHP, Java, ASP and generic CMS names seen on municipal portals.
  'phpsessid',
  'jsessionid',
  'aspsessionid',
  'sid',
  'sessionid',
  'session_id',
  'cfid',
  'cftoken',
]);


/** Schemes that are links but not web pages. */
export const NON_WEB_SCHEMES = ['mailto:', 'tel:', 'javascript:', 'data:', 'sms:', 'whatsapp:', 'ftp:', 'file:'];

/**
 * Suffixes under which each label is a different owner. A seed on one of these (never expected,
 * but seeds are hand-edited) must not make every *.gob.mx site "the same site".
 */
export const SHARED_SUFFIXES = new Set([
  'mx',
  'gob.mx',
  'com.mx',
  'org.mx',
  'edu.mx',
  'net.mx',
  'cdmx.gob.mx',
  'com',
  'org',
  'net',
  'gob',
]);

/** Query parameters that make a URL one page of an endless calendar. */
export const CALENDAR_PARAMS = new Set([
  'date',
  'fecha',
  'day',
  'dia',
  'month',
  'mes',
  'year',
  'anio',
  'año',
  'ano',
  'week',
  'semana',
  'cal',
  'calendar',
  'tribe-bar-date',
  'ical',
  'outlook-ical',
]);

/** Path words of calendar/agenda pages, followed by a date in the path. */
export const CALENDAR_PATH_WORDS = ['calendar', 'calendario', 'agenda', 'eventos', 'events', 'event', 'evento'];
