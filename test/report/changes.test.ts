import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { renderChangesPage } from '../../src/report/html/changes-page.ts';
import { buildReport } from './fixture.ts';

describe('cambios.html', () => {
  it('compares with the published 2016 scores and says when there is no earlier run', () => {
    const report = { ...buildReport(), previous: null };
    const withPublished = report.municipalities.filter((m) => m.published_2016 !== null);
    const $ = load(renderChangesPage(report, aidh2016));
    expect($('#titulo-2016').text()).toBe('Comparación con el ranking AIDH 2016');
    expect($('section[aria-labelledby="titulo-2016"] tbody tr')).toHaveLength(withPublished.length);
    expect($('section[aria-labelledby="titulo-anterior"]').text()).toContain('no tiene una ejecución anterior');
  });

  it('lists who rose and fell since the previous run, with the criteria that changed', () => {
    const report = buildReport();
    const [first, second] = report.municipalities.filter((m) => m.score !== null);
    const previous = {
      id: 7,
      asOf: '2016-01-15',
      municipalities: [
        { inegi_code: first!.inegi_code, score: first!.score! - 10, rank: 2, verdicts: { ...Object.fromEntries(first!.indicators.map((i) => [i.id, i.verdict])), 'open-data-section': 'fail' as const } },
        { inegi_code: second!.inegi_code, score: second!.score! + 5, rank: 1, verdicts: Object.fromEntries(second!.indicators.map((i) => [i.id, i.verdict])) },
      ],
    };
    const $ = load(renderChangesPage({ ...report, previous }, aidh2016));
    const rows = $('section[aria-labelledby="titulo-anterior"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows.eq(0).find('th').text()).toBe(first!.name);
    expect(rows.eq(0).text()).toContain('+10.0');
    expect(rows.eq(1).text()).toContain('−5.0');
    expect(first!.indicators.find((i) => i.id === 'open-data-section')!.verdict).toBe('pass');
    expect(rows.eq(0).text()).toContain('open-data-section: No cumple → Cumple');
    expect(rows.eq(1).text()).toContain('sin cambios');
    expect($('p').text()).toContain('n.º 7');
  });
});
