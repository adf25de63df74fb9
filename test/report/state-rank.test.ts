import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { renderMunicipalityPage } from '../../src/report/html/municipality-page.ts';
import { buildReport } from './fixture.ts';

describe('municipality page position within its state', () => {
  it('ranks a municipality among the evaluated ones of its state, ties shared', () => {
    const report = buildReport();
    const [first, second] = report.municipalities.filter((m) => m.score !== null);
    const sameState = { ...report, municipalities: report.municipalities.map((m) => (m === second ? { ...m, state: first!.state, score: first!.score, rank: first!.rank } : m)) };
    for (const m of [first!, sameState.municipalities.find((x) => x.inegi_code === second!.inegi_code)!]) {
      const $ = load(renderMunicipalityPage(m, sameState, aidh2016, 'es'));
      const label = $('dt').filter((_, dt) => $(dt).text() === 'Posición en su estado');
      expect(label.next('dd').text()).toBe(`1 de 2 en ${first!.state}`);
    }
  });
});
