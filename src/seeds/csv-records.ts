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

export function readCsvRecords(text: string, requiredColumns: readonly string[]): CsvRecords {
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
