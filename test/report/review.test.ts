import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { toJson } from '../../src/report/export.ts';
import { renderMunicipalityPage } from '../../src/report/html/municipality-page.ts';
import type { MunicipalityResult, RankingReport } from '../../src/report/model.ts';
import { buildReport, SCRIPT_PAYLOAD } from './fixture.ts';

/** Zapopan with mobile-app reviewed from unknown to pass, and open-data-section from pass to fail without evidence. */
function reviewedReport(): { report: RankingReport; zapopan: MunicipalityResult } {
  const report = buildReport();
  const zapopan = report.municipalities.find((m) => m.inegi_code === '14120')!;
  zapopan.indicators = zapopan.indicators.map((r) => {
    if (r.id === 'mobile-app')
      return { ...r, verdict: 'pass', points: r.max_points, review: { automatic_verdict: 'unknown', reviewer: 'Ana López', date: '2025-06-02', note: 'La app está en la tienda oficial.', evidence_url: 'https://apps.example/zapopan', state: 'applied', reviewed_verdict: 'pass', answered_verdict: 'unknown' } };
    if (r.id === 'open-data-section')
      return { ...r, verdict: 'fail', points: 0, review: { automatic_verdict: 'pass', reviewer: `Luis ${SCRIPT_PAYLOAD}`, date: '2025-06-03', note: null, evidence_url: null, state: 'applied', reviewed_verdict: 'fail', answered_verdict: 'pass' } };
    return r;
  });
  return { report, zapopan };
}

describe('reviewed verdicts on the municipality page', () => {
  it('shows the reviewed verdict as the verdict and a line with the reviewer, date, both verdicts, note and evidence', () => {
    const { report, zapopan } = reviewedReport();
    const $ = load(renderMunicipalityPage(zapopan, report, aidh2016, 'es'));
    const app = $('#ind-mobile-app');
    expect(app.find('.resultado .veredicto').text()).toContain('Cumple');
    expect(app.find('.revision').text()).toBe(
      'Revisado por Ana López el 2025-06-02: veredicto automático Indeterminado → Cumple. La app está en la tienda oficial. Evidencia de la revisión',
    );
    expect(app.find('.revision a').attr('href')).toBe('https://apps.example/zapopan');

    const section = $('#ind-open-data-section');
    expect(section.find('.resultado .veredicto').text()).toContain('No cumple');
    expect(section.find('.revision').text()).toBe(`Revisado por Luis ${SCRIPT_PAYLOAD} el 2025-06-03: veredicto automático Cumple → No cumple.`);
    expect(section.find('.revision script')).toHaveLength(0);
    expect(section.find('.revision a')).toHaveLength(0);

    expect($('.revision')).toHaveLength(2); // unreviewed indicators carry no line
  });

  it('a review the scoring did not apply says "por revisar de nuevo" and keeps the automatic verdict', () => {
    const report = buildReport();
    const zapopan = report.municipalities.find((m) => m.inegi_code === '14120')!;
    const app = zapopan.indicators.find((r) => r.id === 'mobile-app')!;
    app.review = {
      automatic_verdict: app.verdict, reviewer: 'Ana López', date: '2025-06-02', note: 'La app está en la tienda oficial.', evidence_url: null,
      state: 'verdict-changed', reviewed_verdict: 'pass', answered_verdict: 'unknown',
    };
    app.verdict = 'fail';
    app.review.automatic_verdict = 'fail';
    const es = load(renderMunicipalityPage(zapopan, report, aidh2016, 'es'));
    expect(es('#ind-mobile-app .resultado .veredicto').text()).toContain('No cumple');
    expect(es('#ind-mobile-app .revision.revision-pendiente').text()).toBe(
      'Por revisar de nuevo: Ana López decidió «Cumple» el 2025-06-02 cuando el veredicto automático era Indeterminado; ahora es No cumple, así que cuenta el veredicto automático. La app está en la tienda oficial.',
    );
    app.review.state = 'pages-changed';
    const en = load(renderMunicipalityPage(zapopan, report, aidh2016, 'en'));
    expect(en('#ind-mobile-app .revision').text()).toBe(
      'To review again: Ana López decided “Meets” on 2025-06-02 about pages that have changed since, so the automatic verdict counts. La app está en la tienda oficial.',
    );
  });

  it('writes the line in English on the English page', () => {
    const { report, zapopan } = reviewedReport();
    const $ = load(renderMunicipalityPage(zapopan, report, aidh2016, 'en'));
    expect($('#ind-mobile-app .revision').text()).toBe(
      'Reviewed by Ana López on 2025-06-02: automatic verdict Unknown → Meets. La app está en la tienda oficial. Review evidence',
    );
  });

  it('exports the review in JSON only for reviewed indicators', () => {
    const { report } = reviewedReport();
    const exported = JSON.parse(toJson(report)) as RankingReport;
    const indicators = exported.municipalities.find((m) => m.inegi_code === '14120')!.indicators;
    expect(indicators.find((i) => i.id === 'mobile-app')!.review).toEqual({
      automatic_verdict: 'unknown', reviewer: 'Ana López', date: '2025-06-02', note: 'La app está en la tienda oficial.', evidence_url: 'https://apps.example/zapopan',
      state: 'applied', reviewed_verdict: 'pass', answered_verdict: 'unknown',
    });
    expect(indicators.filter((i) => 'review' in i).map((i) => i.id)).toEqual(['open-data-section', 'mobile-app']);
  });
});
