/** The review queue (list, CSV, page), the human-review section of a municipality page and the preliminary notice. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { renderIndexPage } from '../../src/report/html/index-page.ts';
import { renderMunicipalityPage } from '../../src/report/html/municipality-page.ts';
import { renderReviewPage } from '../../src/report/html/review-page.ts';
import { queueCsv, reviewQueue } from '../../src/report/review-queue.ts';
import { readCsvRecords } from '../../src/seeds/csv-records.ts';
import { parseReviewsFile } from '../../src/seeds/reviews-file.ts';
import { contestedReport } from './fixture.ts';

describe('review queue', () => {
  it('lists every unknown verdict of an evaluated site, every review to look at again and every contested verdict', () => {
    const items = reviewQueue(contestedReport(), aidh2016);
    expect(items.map((i) => [i.municipality.inegi_code, i.result.id, i.reasons])).toEqual([
      ['14120', 'search-tool', ['review-again']],
      ['14120', 'video-channel', ['contested']],
      ['14120', 'mobile-app', ['unknown']],
    ]);
  });

  it('a contested verdict leaves the queue once a review decided it on or after the day of the contest', () => {
    const report = contestedReport();
    const video = report.municipalities.find((m) => m.inegi_code === '14120')!.indicators.find((i) => i.id === 'video-channel')!;
    const review = { automatic_verdict: video.verdict, reviewer: 'Luis', note: 'Visto', evidence_url: null, state: 'applied' as const, reviewed_verdict: 'pass' as const, answered_verdict: video.verdict };
    video.review = { ...review, date: '2025-06-04' }; // decided before the contest: the contest still waits
    expect(reviewQueue(report, aidh2016).map((i) => i.result.id)).toContain('video-channel');
    video.review = { ...review, date: '2025-06-05' };
    expect(reviewQueue(report, aidh2016).map((i) => i.result.id)).not.toContain('video-channel');
  });

  it('writes a reviews file: a filled copy imports back, the lines left blank are skipped', () => {
    const csv = queueCsv(reviewQueue(contestedReport(), aidh2016), aidh2016);
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header!.startsWith('\uFEFF')).toBe(true);
    expect(header!.slice(1).split(',').slice(0, 7)).toEqual(['inegi_code', 'indicator', 'verdict', 'reviewer', 'date', 'note', 'evidence_url']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('14120,video-channel,,,,,,Zapopan,Jalisco,');
    expect(rows[1]).toContain('impugnado,fail,');
    expect(rows[1]).toContain(',pass,Unidad de Transparencia de Zapopan (2025-06-05): El canal está en el pie de página');
    const filled = csv.replace('14120,video-channel,,,,,', '14120,video-channel,pass,Luis,2025-06-06,Canal en el pie de página,');
    const parsed = parseReviewsFile(filled, 'cola.csv');
    expect(parsed.reviews.map((r) => [r.inegiCode, r.indicator, r.verdict, r.reviewer])).toEqual([['14120', 'video-channel', 'pass', 'Luis']]);
    expect(parsed.unfilled).toEqual([2, 4]);
  });

  it('neutralises what a spreadsheet would run as a formula, and the filled queue, BOM and all, imports back as written', () => {
    const report = contestedReport();
    const contest = report.contests![0]!;
    contest.filed_by = '=HYPERLINK("http://x.example/","Transparencia")';
    const zapopan = report.municipalities.find((m) => m.inegi_code === '14120')!;
    zapopan.indicators.find((i) => i.id === 'mobile-app')!.reason = '-2+3 enlaces a tiendas';
    const csv = queueCsv(reviewQueue(report, aidh2016), aidh2016);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example/"",""Transparencia"") (2025-06-05): El canal está en el pie de página"`);
    expect(csv).toContain(",'-2+3 enlaces a tiendas,");
    // As a file: the BOM's bytes first; a reviewer's note that looks like a formula, as Mirador would have written it.
    const filled = Buffer.from(csv.replace('14120,video-channel,,,,,', "14120,video-channel,pass,Luis,2025-06-06,'-- canal en el pie,"), 'utf8');
    expect(filled.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { records } = readCsvRecords(filled, ['inegi_code']);
    expect(records.find((r) => r.record.indicator === 'video-channel')!.record.impugnacion).toBe(
      '=HYPERLINK("http://x.example/","Transparencia") (2025-06-05): El canal está en el pie de página',
    );
    expect(records.find((r) => r.record.indicator === 'mobile-app')!.record.razon).toBe('-2+3 enlaces a tiendas');
    expect(parseReviewsFile(filled, 'cola.csv').reviews).toMatchObject([{ indicator: 'video-channel', reviewer: 'Luis', note: '-- canal en el pie' }]);
  });

  it('the queue page links each verdict to its criterion on the municipality page, the portal and the municipality’s own verdict', () => {
    const $ = load(renderReviewPage(contestedReport(), aidh2016, 'es'));
    const rows = $('tbody tr');
    expect(rows).toHaveLength(3);
    const contested = rows.eq(1);
    expect(contested.find('th a').first().attr('href')).toBe('municipios/14120.html#ind-video-channel');
    expect(contested.find('th a').eq(1).attr('href')).toBe('https://www.zapopan.gob.mx/inicio/');
    expect(contested.text()).toContain('impugnado');
    expect(contested.find('td').last().text()).toContain('Cumple');
    expect(contested.find('td').last().text()).toContain('Impugnación de Unidad de Transparencia de Zapopan (2025-06-05): El canal está en el pie de página');
    expect($('a[download]').attr('href')).toBe('cola-revision.csv');
    const en = load(renderReviewPage(contestedReport(), aidh2016, 'en'));
    expect(en('h1').text()).toBe('Review queue');
    expect(en('a[download]').attr('href')).toBe('../cola-revision.csv');
    expect(en('tbody tr').eq(0).text()).toContain('to review again');
  });

  it('the municipality page shows automatic against reviewed verdicts, who decided and why, and the contest', () => {
    const report = contestedReport();
    const zapopan = report.municipalities.find((m) => m.inegi_code === '14120')!;
    const $ = load(renderMunicipalityPage(zapopan, report, aidh2016, 'es'));
    const section = $('section[aria-labelledby="titulo-revision"]');
    expect(section.find('h2').text()).toBe('Revisión humana');
    const cells = section.find('tbody tr').map((_, tr) => [$(tr).find('th, td').map((__, c) => $(c).text().trim()).get()]).get() as string[][];
    expect(cells.map((c) => c.slice(3))).toEqual([
      ['por revisar de nuevo: el veredicto automático cambió', 'Ana López, 2025-06-02', 'El buscador no responde'],
      ['impugnado, sin revisar', '—', ''],
    ]);
    expect(section.find('.impugnacion').text()).toBe(
      'Impugnación de Unidad de Transparencia de Zapopan (2025-06-05): El canal está en el pie de página Adjuntó su resultado de «mirador check» (zapopan-check.json).',
    );
    // A municipality nobody reviewed or contested has no such section.
    const other = report.municipalities.find((m) => m.inegi_code === '05002')!;
    expect(load(renderMunicipalityPage(other, report, aidh2016, 'es'))('#titulo-revision')).toHaveLength(0);
  });

  it('a run open to contest says so on the ranking and municipality pages, in each language; a final run does not', () => {
    const report = contestedReport();
    const zapopan = report.municipalities.find((m) => m.inegi_code === '14120')!;
    expect(load(renderIndexPage(report, aidh2016, 'es'))('.preliminar')).toHaveLength(0);
    report.run.contestUntil = '2025-07-01';
    const index = load(renderIndexPage(report, aidh2016, 'es'));
    expect(index('.preliminar').text()).toMatch(/^Resultados preliminares: los municipios pueden impugnar un veredicto hasta el 1 de julio de 2025;/);
    expect(index('.preliminar a').attr('href')).toBe('revision.html');
    const page = load(renderMunicipalityPage(zapopan, report, aidh2016, 'en'));
    expect(page('.preliminar').text()).toMatch(/^Preliminary results: municipalities can contest a verdict until July 1, 2025;/);
    expect(page('.preliminar a').attr('href')).toBe('../revision.html');
  });
});
