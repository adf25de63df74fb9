/**
 * The shared first step of every CSV Mirador reads (seeds, reviews): decode the bytes as a spreadsheet saved them,
 * find the separator, parse with line numbers, lower-case the header, check the required columns, and undo the
 * formula neutralisation of the files Mirador writes (src/report/csv.ts), whose rule is here so both sides share it.
 * Row validation stays with each file's own zod schema.
 */
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  record: Record<string, string>;
  /** Line number as in an editor (the record's last line). */
  line: number;
}

/** Either the records, or the problems that stop the whole file (unreadable CSV, missing columns). */
export type CsvRecords = { records: CsvRecord[]; problems: [] } | { records: []; problems: string[] };

/** Control characters no text CSV holds (tab, CR and LF aside): a NUL byte means a binary or UTF-16 file. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_LINES_NAMED = 5;

/**
 * Windows-1252 where it differs from Latin-1 (bytes 0x80–0x9F; the five holes stay as they are, as in the WHATWG
 * table). Written out because Node's TextDecoder('windows-1252') decodes these bytes as Latin-1 since 20.18.3
 * (nodejs/node#60888): a “ or – in a name would become an invisible control character.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function namedLines(lines: readonly number[]): string {
  return lines.slice(0, MAX_LINES_NAMED).join(', ') + (lines.length > MAX_LINES_NAMED ? ` and ${lines.length - MAX_LINES_NAMED} more` : '');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    // Not UTF-8 is the answer asked for.
    return false;
  }
}

/**
 * The text of a CSV file's bytes. UTF-8 (with or without the BOM Excel's "CSV UTF-8" writes) is read as is; UTF-16
 * with its BOM (Excel's "Unicode text") is decoded; a file that is not UTF-8 is read as Windows-1252, what Excel's
 * plain "CSV" writes on a Windows in Spanish ("Zúñiga" with ú as the single byte 0xFA). A file whose lines mix
 * UTF-8 and other bytes (two files pasted together) is refused: no single reading of it is right.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; problem: null } | { text: null; problem: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problem: null };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problem: null };
  if (isUtf8(bytes)) return { text: utf8.decode(bytes), problem: null };
  const utf8Lines: number[] = [];
  const otherLines: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const bytesOfLine = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (bytesOfLine.some((b) => b >= 0x80)) (isUtf8(bytesOfLine) ? utf8Lines : otherLines).push(line);
    if (end === -1) break;
    start = end + 1;
  }
  if (utf8Lines.length > 0)
    return {
      text: null,
      problem: `mixed encodings: line(s) ${namedLines(utf8Lines)} are UTF-8 but line(s) ${namedLines(otherLines)} are not (Windows-1252?); save the file again as CSV UTF-8`,
    };
  return { text: decodeWindows1252(bytes), problem: null };
}

/**
 * OWASP's CSV injection: a cell starting with one of these a spreadsheet takes for a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`, `-2+3`), and the files Mirador writes quote text from crawled pages and notes typed by municipalities.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that is just a number ("-4.5", a score written with its decimals) is a number to the sheet, not a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Text as a CSV cell a spreadsheet will not run: a formula-like start gets a leading ' (OWASP's advice). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The text a neutralised cell stood for, so a file Mirador wrote (a reviews export, a filled review queue) imports
 * back as it was: a note "-- revisado" must not come back as "'-- revisado" and be stored as another review.
 */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

const SEPARATORS = [',', ';', '\t'] as const;

/**
 * The separator of the header line: a comma, or the semicolon Excel writes where the comma is the decimal mark
 * (Spanish locales), or the tab of Excel's "Unicode text" — whichever the header has most of (a comma on a tie).
 */
export function csvSeparator(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const count = (separator: string) => header.split(separator).length - 1;
  return SEPARATORS.reduce((best, separator) => (count(separator) > count(best) ? separator : best));
}

/** The records of a CSV given as its bytes (as read from a file) or as text already decoded. */
export function readCsvRecords(input: string | Uint8Array, requiredColumns: readonly string[]): CsvRecords {
  let text: string;
  if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
  else {
    const decoded = decodeCsvBytes(input);
    if (decoded.problem !== null) return { records: [], problems: [decoded.problem] };
    text = decoded.text;
  }
  // Refused whole: a value with a NUL in it would reach URLs, file names and SQLite as something nobody typed.
  const bad = text.split('\n').flatMap((line, i) => (CONTROL.test(line) ? [i + 1] : []));
  if (bad.length > 0) {
    const nul = text.includes('\u0000');
    const lines = namedLines(bad);
    return {
      records: [],
      problems: [
        `not a text CSV: control characters${nul ? ' (NUL bytes)' : ''} on line(s) ${lines}${nul ? '; was it saved as UTF-16 or as a spreadsheet file? Save it as CSV UTF-8' : ''}`,
      ],
    };
  }
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: csvSeparator(text),
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
    });
  } catch (error) {
    return { records: [], problems: [`not a readable CSV: ${(error as Error).message}`] };
  }
  if (parsed.length > 0) {
    const header = Object.keys(parsed[0]!.record);
    const missing = requiredColumns.filter((c) => !header.includes(c));
    if (missing.length) return { records: [], problems: [`missing column(s): ${missing.join(', ')} (header is: ${header.join(',')})`] };
  }
  return {
    records: parsed.map(({ record, info }) => ({
      record: Object.fromEntries(Object.entries(record).map(([column, value]) => [column, restoreFormula(value)])),
      line: info.lines,
    })),
    problems: [],
  };
}
