import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { renderChangesPage } from '../../src/report/html/changes-page.ts';
import type { PreviousRun, SiteChange } from '../../src/report/model.ts';
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

  it('lists the biggest changes first, by criterion name, with positions and what changed each verdict', () => {
    const report = buildReport();
    const [first, second, third] = report.municipalities.filter((m) => m.score !== null);
    const unreachable = report.municipalities.find((m) => m.status === 'unreachable')!;
    const site = (m: typeof first, change: Partial<SiteChange>): SiteChange => ({
      inegi_code: m!.inegi_code, previous_score: m!.score, score: m!.score, delta: 0, previous_rank: m!.rank, rank: m!.rank, rank_change: 0,
      previous_status: 'ok', status: 'ok', verdicts: [], ...change,
    });
    const point = 100 / 22;
    const previous: PreviousRun = {
      id: 7,
      asOf: '2016-01-15',
      softwareVersion: 'v1',
      sites: [
        site(first, { delta: 4.5, previous_rank: 3, rank: 1, rank_change: 2, verdicts: [{ indicator_id: 'search-tool', previous_verdict: 'fail', verdict: 'pass', points_delta: point, cause: 'portal', reviewer: null }] }),
        site(second, { delta: -9.1, previous_rank: 1, rank: 2, rank_change: -1, verdicts: [
          { indicator_id: 'open-data-section', previous_verdict: 'pass', verdict: 'fail', points_delta: -point, cause: 'rules', reviewer: null },
          { indicator_id: 'mobile-app', previous_verdict: 'pass', verdict: 'unknown', points_delta: -point, cause: 'review', reviewer: 'Ana López' },
        ] }),
        site(third, {}),
        site(unreachable, { previous_score: null, score: null, delta: null, previous_rank: null, rank: null, rank_change: null, previous_status: 'unreachable', status: 'unreachable' }),
      ],
    };
    const $ = load(renderChangesPage({ ...report, previous }, aidh2016));
    const rows = $('section[aria-labelledby="titulo-anterior"] tbody tr');
    expect(rows.map((_, tr) => $(tr).find('th').text()).get()).toEqual([second!.name, first!.name, third!.name, unreachable.name]);
    expect(rows.eq(0).find('td').eq(1).text()).toBe('−9.1');
    expect(rows.eq(0).find('td').eq(2).text()).toBe('1 → 2 (baja 1)');
    expect(rows.eq(0).text()).toContain('Sección de datos abiertos: Cumple → No cumple (−4.5) · cambiaron las reglas (mismas páginas)');
    expect(rows.eq(0).text()).toContain('Aplicación móvil: Cumple → Indeterminado (−4.5) · decisión de un revisor (Ana López)');
    expect(rows.eq(1).text()).toContain('Buscador en la sección: No cumple → Cumple (+4.5) · cambió el portal');
    expect(rows.eq(1).find('td').eq(2).text()).toBe('3 → 1 (sube 2)');
    expect(rows.eq(2).text()).toContain('sin cambios');
    expect(rows.eq(3).text()).not.toContain('sin cambios');
    expect(rows.eq(3).text()).toContain('No evaluado en ninguna de las dos ejecuciones');
    expect(rows.text()).not.toMatch(/open-data-section|search-tool|mobile-app/);
    // Each cell says its column's name, for the one-card-per-row layout of a phone.
    expect(rows.eq(0).find('td').map((_, td) => $(td).attr('data-etiqueta')).get()).toEqual(['Puntaje (antes → ahora)', 'Diferencia', 'Posición (antes → ahora)', 'Qué cambió']);
    expect($('p').text()).toContain('n.º 7');
    expect($('p').text()).toContain('mirador score --run 7');
  });
});
