/**
 * The CSV files Mirador writes for people (the ranking download, the review queue, exported reviews): a minimal
 * RFC 4180 writer — fields holding a comma, double quote, CR or LF are quoted, quotes doubled; records end in CRLF
 * (including the last); empty string for null — with a UTF-8 BOM first, so Excel opens them as UTF-8 rather than
 * in the machine's code page ("Zúñiga" as "ZÃºÃ±iga"), and text that a spreadsheet would run as a formula
 * neutralised (see neutraliseFormula). src/seeds/csv-records.ts reads both back.
 */
import { neutraliseFormula } from '../seeds/csv-records.ts';

export type CsvValue = string | number | null;

const BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  // Only text: a number is data the sheet must read as a number, a negative one included.
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvFile(records: readonly (readonly CsvValue[])[]): string {
  return BOM + records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
