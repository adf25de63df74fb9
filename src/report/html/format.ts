/** Display formats; es-MX and en-US both write decimals with a dot (86.4), like the published study. */
import type { Lang } from './i18n.ts';

const LOCALES: Record<Lang, string> = { es: 'es-MX', en: 'en-US' };
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number, lang: Lang = 'es'): string {
  const key = `${lang}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Indicator points always show one decimal (4.5 / 4.5), whatever the score's rounding. */
export function formatPoints(value: number, lang: Lang = 'es'): string {
  return formatNumber(value, 1, lang);
}

/** A share 0…1 as a whole percentage: "45 %" in Spanish, "45%" in English. */
export function formatPercent(share: number, lang: Lang = 'es'): string {
  const value = formatNumber(Math.round(share * 100), 0, lang);
  return lang === 'es' ? `${value} %` : `${value}%`;
}

const longDates: Record<Lang, Intl.DateTimeFormat> = {
  es: new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** "2025-05-31" → "31 de mayo de 2025" (or "May 31, 2025"); anything else is shown as given. */
export function formatAsOf(isoDate: string, lang: Lang = 'es'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : longDates[lang].format(date);
}

/** A fetch time "2025-05-31T10:03:12.000Z" → "31 de mayo de 2025, 10:03 UTC"; anything else is shown as given. */
export function formatFetchedAt(isoTime: string, lang: Lang = 'es'): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(isoTime);
  return match ? `${formatAsOf(match[1]!, lang)}, ${match[2]} UTC` : isoTime;
}
