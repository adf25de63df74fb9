/**
 * The shared first step of every CSV Mirador reads (seeds, reviews): parse with line numbers, lower-case
 * the header, and check the required columns. Row validation stays with each file's own zod schema.
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

export function readCsvRecords(text: string, requiredColumns: readonly string[]): CsvRecords {
  // Refused whole: a value with a NUL in it would reach URLs, file names and SQLite as something nobody typed.
  const bad = text.split('\n').flatMap((line, i) => (CONTROL.test(line) ? [i + 1] : []));
  if (bad.length > 0) {
    const nul = text.includes('\u0000');
    const lines = bad.slice(0, MAX_LINES_NAMED).join(', ') + (bad.length > MAX_LINES_NAMED ? ` and ${bad.length - MAX_LINES_NAMED} more` : '');
    return {
      records: [],
      problems: [
        `not a text CSV: control characters${nul ? ' (NUL bytes)' : ''} on line(s) ${lines}${nul ? '; was it saved as UTF-16 or as a spreadsheet file? Save it as CSV UTF-8' : ''}`,
      ],
    };
  }
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text.replace(/^\uFEFF/, ''), {
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
  return { records: parsed.map(({ record, info }) => ({ record, line: info.lines })), problems: [] };
}
