import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { parseReviews, parseReviewsFile, readReviewsFile, ReviewsError } from '../../src/seeds/reviews-file.ts';

const HEADER = 'inegi_code,indicator,verdict,reviewer,date,note,evidence_url';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

function problemsOf(text: string): string[] {
  try {
    parseReviews(text, 'reviews.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewsError);
    return (error as ReviewsError).problems;
  }
  throw new Error('expected the file to be refused');
}

describe('parseReviews', () => {
  it('skips queue lines nobody filled in (no verdict, reviewer, date, note or URL) and counts them; a half-filled one is refused', () => {
    const text = `${HEADER},municipio,motivo\n14097,mobile-app,,,,,,Tlajomulco,indeterminado\n14097,video-channel,pass,Ana,2025-06-02,Canal enlazado,,Tlajomulco,impugnado\n`;
    const parsed = parseReviewsFile(text, 'cola.csv');
    expect(parsed.unfilled).toEqual([2]);
    expect(parsed.reviews.map((r) => [r.indicator, r.line])).toEqual([['video-channel', 3]]);
    expect(problemsOf(csv('14097,mobile-app,pass,,,,'))).toEqual(['line 2 (14097 mobile-app): reviewer is empty: say who reviewed; date must be a day as YYYY-MM-DD, got ""; note is empty: say why the verdict changes']);
  });

  it('reads a valid file, evidence_url optional, BOM and spaces tolerated', () => {
    const reviews = parseReviews(
      '\uFEFF' +
        csv(
          '14097,open-data-section,pass,Ana López,2025-06-02,"La sección está en /datos, tras el menú ""Más""",https://tlajomulco.gob.mx/datos',
          ' 13048 , mobile-app , fail , Luis , 2025-06-03 , La app ya no existe en la tienda ,',
        ),
    );
    expect(reviews).toEqual([
      { inegiCode: '14097', indicator: 'open-data-section', verdict: 'pass', reviewer: 'Ana López', date: '2025-06-02', note: 'La sección está en /datos, tras el menú "Más"', evidenceUrl: 'https://tlajomulco.gob.mx/datos', line: 2 },
      { inegiCode: '13048', indicator: 'mobile-app', verdict: 'fail', reviewer: 'Luis', date: '2025-06-03', note: 'La app ya no existe en la tienda', evidenceUrl: null, line: 3 },
    ]);
  });

  it('accepts a header-only file as no reviews', () => {
    expect(parseReviews(HEADER)).toEqual([]);
  });

  it.each([
    ['bad verdict', '14097,open-data-section,cumple,Ana,2025-06-02,nota,', /line 2 \(14097 open-data-section\): verdict must be pass, fail or unknown, got "cumple"/],
    ['bad date format', '14097,open-data-section,pass,Ana,02/06/2025,nota,', /line 2 .*date must be a day as YYYY-MM-DD, got "02\/06\/2025"/],
    ['impossible date', '14097,open-data-section,pass,Ana,2025-02-30,nota,', /line 2 .*date must be a day as YYYY-MM-DD, got "2025-02-30"/],
    ['unknown indicator', '14097,datos-abiertos,pass,Ana,2025-06-02,nota,', /line 2 .*indicator "datos-abiertos" is not one of methodology aidh-2016's ids/],
    ['bad inegi code', '1409,open-data-section,pass,Ana,2025-06-02,nota,', /line 2 \(1409 open-data-section\): inegi_code must be 5 digits/],
    ['empty reviewer', '14097,open-data-section,pass,,2025-06-02,nota,', /line 2 .*reviewer is empty/],
    ['empty note', '14097,open-data-section,pass,Ana,2025-06-02,,', /line 2 .*note is empty/],
    ['non-http evidence', '14097,open-data-section,pass,Ana,2025-06-02,nota,javascript:alert(1)', /line 2 .*evidence_url must be an absolute http:\/\/ or https:\/\/ address, got "javascript:alert\(1\)"$/],
    ['evidence without its scheme', '14097,open-data-section,pass,Ana,2025-06-02,nota,datos.tlajomulco.gob.mx', /evidence_url .*; did you mean http:\/\/datos\.tlajomulco\.gob\.mx\/\?$/],
  ])('refuses a line with a %s, naming it', (_case, line, message) => {
    const problems = problemsOf(csv(line));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('names every bad line, not only the first, and keeps the source in the message', () => {
    const text = csv('14097,open-data-section,pass,Ana,2025-06-02,ok,', 'x,open-data-section,pass,Ana,2025-06-02,ok,', '14097,mobile-app,maybe,Ana,2025-06-02,ok,');
    expect(problemsOf(text).map((p) => p.split(':')[0])).toEqual(['line 3 (x open-data-section)', 'line 4 (14097 mobile-app)']);
    expect(() => parseReviews(text, 'reviews.csv')).toThrow(/^reviews\.csv: the reviews file is not valid, no review was applied/);
  });

  it('refuses a file without the required columns and an unreadable CSV', () => {
    expect(problemsOf('inegi_code,indicator,verdict\n14097,open-data-section,pass')).toEqual([
      'missing column(s): reviewer, date, note (header is: inegi_code,indicator,verdict)',
    ]);
    expect(problemsOf(csv('14097,open-data-section,pass,Ana'))[0]).toMatch(/^not a readable CSV/);
  });

  it('keeps the later date when the same municipality and indicator appear twice, whatever the line order', () => {
    const reviews = parseReviews(
      csv(
        '14097,open-data-section,fail,Luis,2025-06-10,revisión posterior,',
        '14097,open-data-section,pass,Ana,2025-06-02,revisión anterior,',
        '14097,mobile-app,pass,Ana,2025-06-02,primera,',
        '14097,mobile-app,unknown,Luis,2025-06-02,misma fecha: gana la línea de más abajo,',
      ),
    );
    expect(reviews.map((r) => [r.indicator, r.verdict, r.reviewer, r.line])).toEqual([
      ['open-data-section', 'fail', 'Luis', 2],
      ['mobile-app', 'unknown', 'Luis', 5],
    ]);
  });

  it('reads a review queue filled in Excel in Spanish: semicolons, Windows-1252, CRLF', () => {
    const bytes = Buffer.from(`${HEADER.replaceAll(',', ';')};municipio\r\n14097;mobile-app;pass;Ana Núñez;2025-06-02;"Sí; la app está en la tienda";;Tlajomulco de Zúñiga\r\n`, 'latin1');
    expect(bytes.includes(0xfa)).toBe(true);
    expect(parseReviews(bytes)).toMatchObject([{ inegiCode: '14097', reviewer: 'Ana Núñez', note: 'Sí; la app está en la tienda', evidenceUrl: null }]);
  });

  it('readReviewsFile names the file it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirador-reviews-'));
    await expect(readReviewsFile(join(dir, 'missing.csv'))).rejects.toThrow(`--reviews ${join(dir, 'missing.csv')}: no such file`);
    await expect(readReviewsFile(join(dir, 'missing.csv'), aidh2016, 'reviews import')).rejects.toThrow(`reviews import ${join(dir, 'missing.csv')}: no such file`);
    writeFileSync(join(dir, 'ok.csv'), csv('14097,open-data-section,pass,Ana,2025-06-02,ok,'));
    expect((await readReviewsFile(join(dir, 'ok.csv'))).reviews).toHaveLength(1);
  });
});
