/** Spanish (Mexico) display formats; es-MX writes decimals with a dot (86.4), like the published study. */

const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('es-MX', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** Indicator points always show one decimal (4.5 / 4.5), whatever the score's rounding. */
export function formatPoints(value: number): string {
  return formatNumber(value, 1);
}

const longDate = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });

/** "2025-05-31" → "31 de mayo de 2025"; anything else is shown as given. */
export function formatAsOf(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}
