import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeeds, readSeedsFile, SeedsError, selectSeeds } from '../../src/seeds/seeds.ts';

const HEADER = 'inegi_code,name,state,url';

function problemsOf(text: string | Uint8Array): string[] {
  try {
    parseSeeds(text, 'test.csv');
  } catch (error) {
    if (error instanceof SeedsError) return error.problems;
    throw error;
  }
  return [];
}

describe('seeds', () => {
  it('reads the 204 municipalities of the AIDH 2016 study with their published scores', async () => {
    const seeds = await readSeedsFile('seeds/municipios-aidh2016.csv');
    expect(seeds).toHaveLength(204);
    expect(new Set(seeds.map((s) => s.inegi_code)).size).toBe(204);
    const tlajomulco = seeds.find((s) => s.inegi_code === '14097');
    expect(tlajomulco).toMatchObject({ name: 'Tlajomulco de Zúñiga', state: 'Jalisco', published_score_2016: 91, published_position_2016: 1 });
    expect(seeds.filter((s) => s.published_score_2016 !== null)).toHaveLength(11);
    expect(seeds.every((s) => s.url_confidence !== null)).toBe(true);
  });

  it.each([
    ['a 4-digit code', `${HEADER}\n1409,Tlajomulco,Jalisco,https://tlajomulco.gob.mx/`, /line 2 .*inegi_code must be 5 digits/],
    ['a url without its scheme', `${HEADER}\n14097,Tlajomulco,Jalisco,tlajomulco.gob.mx`, /^line 2 \(14097 Tlajomulco\): url must be an absolute http:\/\/ or https:\/\/ address, got "tlajomulco\.gob\.mx"; did you mean http:\/\/tlajomulco\.gob\.mx\/\?$/],
    ['a url with www. and a path but no scheme', `${HEADER}\n14097,Tlajomulco,Jalisco,www.tlajomulco.gob.mx/inicio`, /got "www\.tlajomulco\.gob\.mx\/inicio"; did you mean http:\/\/www\.tlajomulco\.gob\.mx\/inicio\?$/],
    ['a relative path', `${HEADER}\n14097,Tlajomulco,Jalisco,inicio`, /^line 2 .*absolute http:\/\/ or https:\/\/ address, got "inicio"$/],
    ['an ftp url', `${HEADER}\n14097,Tlajomulco,Jalisco,ftp://tlajomulco.gob.mx/`, /^line 2 .*absolute http:\/\/ or https:\/\/ address, got "ftp:\/\/tlajomulco\.gob\.mx\/"$/],
    ['an empty name', `${HEADER}\n14097,,Jalisco,https://tlajomulco.gob.mx/`, /line 2 .*name is empty/],
    ['a duplicate code', `${HEADER}\n14097,A,Jalisco,https://a.gob.mx/\n14097,B,Jalisco,https://b.gob.mx/`, /line 3: inegi_code 14097 already appears on line 2/],
    ['a bad confidence', `${HEADER},url_confidence\n14097,A,Jalisco,https://a.gob.mx/,sure`, /confidence must be high, medium or low/],
    ['a missing column', 'inegi_code,name,url\n14097,A,https://a.gob.mx/', /missing column\(s\): state/],
    ['a short row', `${HEADER}\n14097,A,Jalisco`, /not a readable CSV/],
    ['no rows', `${HEADER}\n`, /no rows/],
  ])('refuses %s, naming the problem', (_label, text, expected) => {
    const problems = problemsOf(text);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('reports every bad line, not only the first', () => {
    const problems = problemsOf(`${HEADER}\n1,A,S,https://a.gob.mx/\n14097,B,S,https://b.gob.mx/\n2,C,S,https://c.gob.mx/`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line 2/);
    expect(problems[1]).toMatch(/^line 4/);
  });

  it('refuses a file with NUL bytes or other control characters, naming the lines', () => {
    expect(problemsOf(`${HEADER}\n14097,Tlajo\u0000mulco,Jalisco,https://www.tlajomulco.gob.mx/`).join('\n')).toMatch(
      /not a text CSV: control characters \(NUL bytes\) on line\(s\) 2; was it saved as UTF-16/,
    );
    // A UTF-16 file read as UTF-8 has a NUL after every ASCII letter.
    const utf16 = Buffer.from(`${HEADER}\n14097,Tlajomulco,Jalisco,https://www.tlajomulco.gob.mx/`, 'utf16le').toString('utf8');
    expect(problemsOf(utf16).join('\n')).toMatch(/NUL bytes/);
    expect(problemsOf(`${HEADER}\n14097,Tlajomulco\u0007,Jalisco,https://www.tlajomulco.gob.mx/`).join('\n')).toMatch(/control characters on line\(s\) 2$/);
  });

  it('names the missing file with the option that gave it', async () => {
    await expect(readSeedsFile('no/such/seeds.csv')).rejects.toThrow(/^--seeds no\/such\/seeds\.csv: no such file$/);
    await expect(readSeedsFile('seeds')).rejects.toThrow(/^--seeds seeds: is a folder, not a file$/);
  });

  it('selects --only codes and refuses codes not in the file', () => {
    const seeds = parseSeeds(`${HEADER}\n14097,A,Jalisco,https://a.gob.mx/\n13048,B,Hidalgo,https://b.gob.mx/`);
    expect(selectSeeds(seeds, ['13048']).map((s) => s.name)).toEqual(['B']);
    expect(() => selectSeeds(seeds, ['99999'])).toThrow(/not in the seeds file: 99999/);
  });
});

/** Bytes as a spreadsheet writes them: `latin1` turns each character below U+0100 into its one Windows-1252 byte. */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

describe('seeds as spreadsheets save them', () => {
  it('reads Windows-1252, what Excel writes as plain CSV on Windows ("Zúñiga" with ú as the byte 0xFA)', async () => {
    const bytes = Buffer.concat([
      windows1252(`${HEADER},name_official\r\n14097,Tlajomulco de Zúñiga,Jalisco,http://www.tlajomulco.gob.mx/,`),
      // “Municipio – Zúñiga”: curly quotes and an en dash, bytes 0x93, 0x94 and 0x96, which Latin-1 has as controls.
      Buffer.from([0x93]), windows1252('Municipio '), Buffer.from([0x96]), windows1252(' Zúñiga'), Buffer.from([0x94]), windows1252('\r\n'),
    ]);
    expect(bytes.includes(0xfa)).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'mirador-seeds-')), 'seeds.csv');
    writeFileSync(file, bytes);
    expect(await readSeedsFile(file)).toMatchObject([{ inegi_code: '14097', name: 'Tlajomulco de Zúñiga', name_official: '“Municipio – Zúñiga”' }]);
  });

  it('reads semicolons (Excel where the comma is the decimal mark) and tabs, from the header line', () => {
    const semicolons = windows1252('inegi_code;name;state;url;url_source\r\n14097;"Tlajomulco; Zúñiga";Jalisco;http://www.tlajomulco.gob.mx/;"visto en 2016, archivo"\r\n');
    expect(parseSeeds(semicolons)).toMatchObject([{ name: 'Tlajomulco; Zúñiga', state: 'Jalisco', url_source: 'visto en 2016, archivo' }]);
    expect(parseSeeds('inegi_code\tname\tstate\turl\n14097\tTlajomulco, Jal.\tJalisco\thttp://www.tlajomulco.gob.mx/\n')).toMatchObject([{ name: 'Tlajomulco, Jal.' }]);
    expect(problemsOf(`inegi_code;name;state;url;published_score_2016\n14097;Tlajomulco;Jalisco;http://www.tlajomulco.gob.mx/;86,4`)).toEqual([
      'line 2 (14097 Tlajomulco): published_score_2016 must be a number, got "86,4" (write the decimals with a point: 86.4)',
    ]);
  });

  it('accepts the UTF-8 BOM of Excel\'s "CSV UTF-8" and UTF-16 with its BOM (Excel\'s "Unicode text", tab-separated)', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\n14097,Tlajomulco de Zúñiga,Jalisco,http://www.tlajomulco.gob.mx/\n`, 'utf8')]);
    expect(parseSeeds(utf8)).toMatchObject([{ inegi_code: '14097', name: 'Tlajomulco de Zúñiga' }]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('inegi_code\tname\tstate\turl\r\n14097\tTlajomulco de Zúñiga\tJalisco\thttp://www.tlajomulco.gob.mx/\r\n', 'utf16le')]);
    expect(parseSeeds(utf16)).toMatchObject([{ inegi_code: '14097', name: 'Tlajomulco de Zúñiga' }]);
  });

  it('refuses a file whose lines mix UTF-8 and Windows-1252, naming them', () => {
    const mixed = Buffer.concat([
      Buffer.from(`${HEADER}\n14097,Tlajomulco de Zúñiga,Jalisco,http://www.tlajomulco.gob.mx/\n`, 'utf8'),
      windows1252('14039,Guadalajara,Jalisco,https://guadalajara.gob.mx/\n14120,Zapopan Núñez,Jalisco,https://www.zapopan.gob.mx/\n'),
    ]);
    expect(problemsOf(mixed)).toEqual(['mixed encodings: line(s) 2 are UTF-8 but line(s) 4 are not (Windows-1252?); save the file again as CSV UTF-8']);
  });
});
