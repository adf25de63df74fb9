/**
 * Calendar days as YYYY-MM-DD, and the evaluation windows of the methodology (a week, a month, six months before
 * as-of). Plain arithmetic on year, month and day: a calendar day has no time zone, so none can move it.
 */

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** `value` is a day of the calendar written YYYY-MM-DD (2016-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The local calendar day of `date` (default now), as the person running Mirador reads their calendar. */
export function localDay(date: Date = new Date()): string {
  return formatParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * First day of a window ending at `asOf`: `{ months: 6 }` from 2016-05-20 is 2015-11-20. Months go back to the same
 * day, or the month's last when it has fewer (2016-03-31 less a month is 2016-02-29); days after months.
 */
export function windowStart(asOf: string, span: { months?: number; days?: number }): string {
  const [y, m, d] = asOf.slice(0, 10).split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - (span.months ?? 0);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const shifted = Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month))) - (span.days ?? 0) * 86_400_000;
  const date = new Date(shifted);
  return formatParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** `date` (YYYY-MM-DD or ISO date-time) lies in [start, asOf]; future dates never count. */
export function inWindow(date: string, start: string, asOf: string): boolean {
  const day = date.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= start && day <= asOf.slice(0, 10);
}

export function isFuture(date: string, asOf: string): boolean {
  return date.slice(0, 10) > asOf.slice(0, 10);
}
