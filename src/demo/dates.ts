/**
 * Dates in the demo portals are written relative to the network's as-of date, so `mirador demo` and the
 * end-to-end tests see "updated 12 days ago" whatever day they run. Portal files carry placeholders
 * such as `{{date:-12d|dd/MM/yyyy}}` or `{{date:-3m|d 'de' MMMM 'de' yyyy|upper}}`, resolved at serve time.
 */

const MONTHS_ES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;
const MONTHS_ES_SHORT = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'] as const;
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'] as const;

const AS_OF = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a YYYY-MM-DD as-of date as midnight UTC; throws on anything else (a demo on a wrong date is useless). */
export function parseAsOf(asOf: string): Date {
  if (!AS_OF.test(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got "${asOf}"`);
  const date = new Date(`${asOf}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== asOf) throw new Error(`asOf is not a real date: "${asOf}"`);
  return date;
}

/**
 * Shifts a date by an offset like `-12d`, `+2w`, `-3m`, `-1y` or `0`. Months and years move on the
 * calendar, clamping the day (31 March − 1m = 28/29 February), as a person counting back would.
 */
export function shiftDate(base: Date, offset: string): Date {
  const match = /^([+-]?\d+)([dwmy]?)$/.exec(offset.trim());
  if (!match) throw new Error(`bad date offset "${offset}" (expected e.g. -12d, -2w, -3m, -1y, 0)`);
  const amount = Number(match[1]);
  const unit = match[2] || 'd';
  const d = new Date(base.getTime());
  if (unit === 'd' || unit === 'w') {
    d.setUTCDate(d.getUTCDate() + amount * (unit === 'w' ? 7 : 1));
    return d;
  }
  const months = unit === 'm' ? amount : amount * 12;
  const targetMonth = d.getUTCMonth() + months;
  const firstOfTarget = new Date(Date.UTC(d.getUTCFullYear(), targetMonth, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return firstOfTarget;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A small date-fns-like formatter with Spanish names: yyyy yy MMMM MMM MM M dd d EEEE, and 'quoted'
 * literals ('' for a quote). Month and weekday names are lower case, as Spanish writes them.
 */
export function formatDate(date: Date, pattern: string): string {
  const tokens = /'(?:[^']|'')*'|yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE/g;
  return pattern.replace(tokens, (token) => {
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    const day = date.getUTCDate();
    const month = date.getUTCMonth();
    switch (token) {
      case 'yyyy': return String(date.getUTCFullYear());
      case 'yy': return pad(date.getUTCFullYear() % 100);
      case 'MMMM': return MONTHS_ES[month]!;
      case 'MMM': return MONTHS_ES_SHORT[month]!;
      case 'MM': return pad(month + 1);
      case 'M': return String(month + 1);
      case 'dd': return pad(day);
      case 'd': return String(day);
      case 'EEEE': return WEEKDAYS_ES[date.getUTCDay()]!;
      default: return token;
    }
  });
}

function applyCase(text: string, modifier: string | undefined): string {
  switch (modifier) {
    case undefined:
    case '':
      return text;
    case 'upper':
      return text.toUpperCase();
    // Capitalise each word except Spanish particles: "Jueves 16 de Marzo de 2017", as real portals print it.
    case 'title':
      return text.replace(/\p{L}+/gu, (w) => (w === 'de' || w === 'del' ? w : w[0]!.toUpperCase() + w.slice(1)));
    default:
      throw new Error(`unknown date modifier "${modifier}" (upper, title)`);
  }
}

/** `{{date:<offset>|<pattern>[|upper|title]}}` */
const DATE_PLACEHOLDER = /\{\{date:([^|}]+)\|([^|}]+)(?:\|([a-z]+))?\}\}/g;

/** Replaces every date placeholder in `text` with the date relative to `asOf`. */
export function resolveDatePlaceholders(text: string, asOf: Date): string {
  return text.replace(DATE_PLACEHOLDER, (_m, offset: string, pattern: string, modifier: string | undefined) =>
    applyCase(formatDate(shiftDate(asOf, offset), pattern), modifier),
  );
}

/** YYYY-MM-DD of `asOf` shifted by `offset`. */
export function isoDate(asOf: Date, offset: string): string {
  return shiftDate(asOf, offset).toISOString().slice(0, 10);
}

/** HTTP-date (RFC 9110) for a Last-Modified header: the shifted day at 10:00 UTC (morning in Mexico). */
export function httpDate(asOf: Date, offset: string): string {
  const d = shiftDate(asOf, offset);
  d.setUTCHours(10, 0, 0, 0);
  return d.toUTCString();
}
