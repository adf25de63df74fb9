/**
 * A minimal RFC 4180 writer: fields holding a comma, double quote, CR or LF are quoted, quotes doubled;
 * records end in CRLF (including the last). Empty string for null.
 */
export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecords(records: readonly (readonly CsvValue[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
