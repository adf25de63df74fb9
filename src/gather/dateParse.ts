/**
 * Spanish date parsing, pure and clock-free. Targeted patterns handle the shapes seen on Mexican
 * portals (always day before month: 04/05/2016 is 4 May). chrono-node's Spanish parser used to catch the
 * remaining prose forms; on the 2,770 corpus, demo and generated pages it found one form the patterns missed
 * ("mayo, 2016"), now a pattern. Only dates with an explicit year are returned: "07 Julio" or "el sábado"
 * say nothing about when content was updated. Month-only dates resolve to the month's last day,
 * and month ranges ("de enero a diciembre 2015") to the end of the range, marked as a period.
 */
import { ENGLISH_MONTHS, MONTHS, WEEKDAYS } from '../vocabulary/dates.ts';

export interface DateMatch {
  /** Offset of the match in the text. */
  index: number;
  /** The matched text, as written. */
  text: string;
  /** YYYY-MM-DD. */
  date: string;
  /** A span of months ("de enero a diciembre 2015"), dated at its end: what information covers, not when it changed. */
  period?: true;
}

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_ALT = WEEKDAYS.join('|');
/** Not preceded by a letter or digit (\b is ASCII-only and misses "sábado"). */
const L = '(?<![\\p{L}\\d])';
/** Numeric starts only need no digit before: adjacent inline elements glue text ("gratuito3 de mayo de 2016"). */
const LD = '(?<!\\d)';
/** Not followed by a letter or digit. */
const R = '(?![\\p{L}\\d])';
const MONTH = `(${MONTH_ALT})\\.?`;

/** Ordered: earlier patterns claim their span first. */
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => string | null; period?: true }[] = [
  // ISO, with optional time: 2015-10-08, 2018-02-12 10:44:17
  {
    re: new RegExp(`${LD}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${R}`, 'gu'),
    build: (m) => ymd(+m[1]!, +m[2]!, +m[3]!),
  },
  // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (Mexican order)
  {
    re: new RegExp(`${LD}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${R}`, 'gu'),
    build: (m) => ymd(+m[4]!, +m[3]!, +m[1]!),
  },
  // dd/mm/yy: two-digit years only with slashes (dots and dashes are versions and phone numbers)
  {
    re: new RegExp(`${LD}(\\d{1,2})/(\\d{1,2})/(\\d{2})${R}`, 'gu'),
    build: (m) => ymd(twoDigitYear(+m[3]!), +m[2]!, +m[1]!),
  },
  // [Jueves] 16 de Marzo de 2017, 3 de mayo del 2016, 24 enero 2023, 15-mar-2016, 22-Diciembre-2010, 1° de enero de 2020
  {
    re: new RegExp(
      `(?:${L}(?:${WEEKDAY_ALT}),?\\s+|${LD})(\\d{1,2})(?:º|°|o|ro|er)?\\.?(?:\\s+de\\s+|\\s*[-/.]\\s*|\\s+)${MONTH}(?:\\s+de(?:l)?\\s+|\\s*[-/.,]\\s*|\\s+)(\\d{4})${R}`,
      'giu',
    ),
    build: (m) => ymd(+m[3]!, monthNumber(m[2]!), +m[1]!),
  },
  // enero a diciembre 2015, ENERO-AGOSTO 2019, de octubre a diciembre de 2018 → end of range
  {
    re: new RegExp(`${L}${MONTH}\\s*(?:a|al|-|–|y|hasta)\\s*${MONTH}(?:\\s+de(?:l)?\\s+|\\s*[-/,]?\\s*)(\\d{4})${R}`, 'giu'),
    build: (m) => endOfMonth(+m[3]!, monthNumber(m[2]!)),
    period: true,
  },
  // mayo 3, 2016 (English order, seen in press widgets)
  {
    re: new RegExp(`${L}${MONTH}\\s+(\\d{1,2}),\\s*(\\d{4})${R}`, 'giu'),
    build: (m) => ymd(+m[3]!, monthNumber(m[1]!), +m[2]!),
  },
  // mayo 2016, DICIEMBRE 2023, marzo de 2017, mayo, 2016 → last day of month
  {
    re: new RegExp(`${L}${MONTH}(?:\\s+de(?:l)?\\s+|\\s*[-/,]\\s*|\\s+)(\\d{4})${R}`, 'giu'),
    build: (m) => endOfMonth(+m[2]!, monthNumber(m[1]!)),
  },
];

export function parseSpanishDates(text: string): DateMatch[] {
  if (!/\d/.test(text)) return [];
  const matches: DateMatch[] = [];
  const claimed: [number, number][] = [];
  const free = (start: number, end: number): boolean => claimed.every(([s, e]) => end <= s || start >= e);

  for (const { re, build, period } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const date = build(m);
      claimed.push([start, end]); // an invalid date (31/02/2016) still claims its text: a later pattern must not reread it
      if (date) matches.push({ index: start, text: m[0], date, ...(period && { period }) });
    }
  }

  return matches.sort((a, b) => a.index - b.index);
}

const ENGLISH_MONTH = `(${Object.keys(ENGLISH_MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** March 16, 2017 · Mar 16 2017 · 16 March 2017 */
const ENGLISH_DATE = new RegExp(`${L}(?:${ENGLISH_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${ENGLISH_MONTH},?\\s+(\\d{4}))${R}`, 'iu');

/** The first English date with day, month and year in `text` (Twitter's embed code), as YYYY-MM-DD. */
export function parseEnglishDate(text: string): string | null {
  const m = ENGLISH_DATE.exec(text);
  if (!m) return null;
  const month = (word: string) => ENGLISH_MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
  return m[1] ? ymd(+m[3]!, month(m[1]), +m[2]!) : ymd(+m[6]!, month(m[5]!), +m[4]!);
}

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD, or null when the date does not exist (31/02) or the year is implausible. */
export function ymd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return ymd(year, month, daysInMonth(year, month));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO date/time attribute (`<time datetime>`, meta tags, JSON-LD) as YYYY-MM-DD, as written (no time-zone shift). */
export function isoAttributeDate(value: string | undefined | null): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? ymd(+m[1]!, +m[2]!, +m[3]!) : null;
}
