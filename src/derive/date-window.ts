/** The evaluation windows of the methodology (a week, a month, six months before as-of), by calendar day. */
import { subDays, subMonths } from 'date-fns';

function parseDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  // Noon, so that DST changes at midnight can never move the day.
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** First day of a window ending at `asOf`: `{ months: 6 }` from 2016-05-20 is 2015-11-20. */
export function windowStart(asOf: string, span: { months?: number; days?: number }): string {
  let date = parseDay(asOf);
  if (span.months) date = subMonths(date, span.months);
  if (span.days) date = subDays(date, span.days);
  return formatDay(date);
}

/** `date` (YYYY-MM-DD or ISO date-time) lies in [start, asOf]; future dates never count. */
export function inWindow(date: string, start: string, asOf: string): boolean {
  const day = date.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= start && day <= asOf.slice(0, 10);
}

export function isFuture(date: string, asOf: string): boolean {
  return date.slice(0, 10) > asOf.slice(0, 10);
}
