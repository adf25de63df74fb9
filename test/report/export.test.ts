import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { csvField, csvFile } from '../../src/report/csv.ts';
import { toCsv, toJson } from '../../src/report/export.ts';
import type { RankingReport } from '../../src/report/model.ts';
import { buildReport, SCRIPT_PAYLOAD } from './fixture.ts';

describe('csv writer', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['dice "hola"', '"dice ""hola"""'],
    ['línea 1\nlínea 2', '"línea 1\nlínea 2"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    [null, ''],
    [86.4, '86.4'],
    // Text a spreadsheet would run as a formula gets a leading ' (OWASP CSV injection); numbers stay numbers.
    ['=HYPERLINK("http://x.example/","clic")', `"'=HYPERLINK(""http://x.example/"",""clic"")"`],
    ['+52 33 3283 4400', "'+52 33 3283 4400"],
    ['-- ver nota', "'-- ver nota"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
    [-4.5, '-4.5'],
    ['-4.5', '-4.5'],
    ['+4.5', '+4.5'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('starts the file with a UTF-8 BOM and ends every record, the last one included, with CRLF', () => {
    expect(csvFile([['a', 'b'], [1, null]])).toBe('\uFEFFa,b\r\n1,\r\n');
    expect(Buffer.from(csvFile([['Zúñiga']]), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('toCsv', () => {
  const report = buildReport();
  const text = toCsv(report, aidh2016);
  const rows: string[][] = parse(text, { bom: true, relax_column_count: false });

  it('has the fixed columns then one verdict column per indicator, in methodology order', () => {
    expect(rows[0]).toEqual(['rank', 'inegi_code', 'name', 'state', 'url', 'url_confidence', 'status', 'score', ...aidh2016.indicators.map((i) => i.id)]);
    expect(rows[0]).toHaveLength(30);
    expect(text.startsWith('\uFEFFrank,inegi_code,name,state,url,url_confidence,status,score,open-data-section,contact-tool-home,')).toBe(true);
  });

  it('lists sites in report order with verdicts, and leaves unscored fields empty', () => {
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5], r[7]])).toEqual([
      ['1', '14120', 'high', '86.4'],
      ['2', '11001', 'low', '50.0'],
      ['2', '05002', 'medium', '50.0'],
      ['', '20067', '', ''],
    ]);
    const zapopan = rows[1]!;
    expect(zapopan[8]).toBe('pass');
    expect(zapopan.at(-1)).toBe('unknown'); // mobile-app
    expect(rows[2]![8]).toBe('fail'); // Abasolo fails open-data-section
    const unreachable = rows[4]!;
    expect(unreachable[6]).toBe('unreachable');
    expect(unreachable.slice(8).every((v) => v === '')).toBe(true);
  });

  it('quotes fields with commas, quotes and newlines so they parse back intact', () => {
    const tricky: RankingReport = buildReport();
    const site = tricky.municipalities.find((m) => m.inegi_code === '05002')!;
    site.name = 'Villa, "la Grande"\nsegunda línea';
    const csv = toCsv(tricky, aidh2016);
    expect(csv).toContain('2,05002,"Villa, ""la Grande""\nsegunda línea",');
    const parsed: string[][] = parse(csv, { bom: true });
    expect(parsed.find((r) => r[1] === '05002')![2]).toBe('Villa, "la Grande"\nsegunda línea');
    expect(parsed.find((r) => r[1] === '05002')![3]).toBe(site.state); // `Coahuila" onmouseover="x`
  });

  it('neutralises a name a spreadsheet would run as a formula, and keeps ranks and scores numbers', () => {
    const hostile: RankingReport = buildReport();
    const site = hostile.municipalities.find((m) => m.inegi_code === '05002')!;
    site.name = '=cmd|" /C calc"!A0';
    const parsed: string[][] = parse(toCsv(hostile, aidh2016), { bom: true });
    expect(parsed.find((r) => r[1] === '05002')!.slice(0, 3)).toEqual(['2', '05002', `'=cmd|" /C calc"!A0`]);
    expect(parsed.find((r) => r[1] === '05002')![7]).toBe('50.0');
  });
});

describe('toJson', () => {
  it('round-trips the RankingReport shape exactly', () => {
    const report = buildReport();
    const json = toJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json).toContain('\n  "run": {\n    "id": 7,'); // pretty-printed
    expect(json).toContain(JSON.stringify(SCRIPT_PAYLOAD).slice(1, -1)); // data, not markup: kept verbatim
  });

  it('drops properties that are not in the model', () => {
    const report = buildReport();
    const loaded = { ...report, extra: 1, municipalities: report.municipalities.map((m) => ({ ...m, db_row_id: 9 })) };
    const parsed = JSON.parse(toJson(loaded));
    expect(Object.keys(parsed)).toEqual(['run', 'municipalities']);
    expect(parsed.municipalities[0]).not.toHaveProperty('db_row_id');
    expect(Object.keys(parsed.municipalities[0].indicators[0] ?? parsed.municipalities[1].indicators[0])).toEqual([
      'id',
      'verdict',
      'points',
      'max_points',
      'reason',
      'reason_en',
      'reason_id',
      'reason_params',
      'evidence',
    ]);
    const withEvidence = parsed.municipalities
      .flatMap((m: { indicators: { evidence: object[] }[] }) => m.indicators)
      .find((i: { evidence: object[] }) => i.evidence.length > 0);
    expect(Object.keys(withEvidence.evidence[0])).toEqual([
      'url',
      'text',
      'note',
      'note_en',
      'note_id',
      'note_params',
      'selector',
      'screenshot',
    ]);
  });
});
