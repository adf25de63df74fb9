import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/score/rank.ts';
import { isRanked, reportOrder, SITE_STATUS_LABELS, statusNote, VERDICT_LABELS } from '../../src/report/ranking.ts';
import { buildReport } from './fixture.ts';

describe('competitionRanks', () => {
  it.each([
    { scores: [], ranks: [] },
    { scores: [50], ranks: [1] },
    { scores: [90, 80, 80, 70], ranks: [1, 2, 2, 4] },
    { scores: [70, 80, 90, 80], ranks: [4, 2, 1, 2] },
    { scores: [10, 10, 10], ranks: [1, 1, 1] },
    { scores: [0, 100, 0], ranks: [2, 1, 2] },
  ])('$scores → $ranks', ({ scores, ranks }) => {
    expect(competitionRanks(scores)).toEqual(ranks);
  });

  it('gives unscored sites no rank and no place', () => {
    expect(competitionRanks([null, 80, 90, null, 80])).toEqual([null, 2, 1, null, 2]);
  });

  it('rejects NaN and infinities', () => {
    expect(() => competitionRanks([1, Number.NaN])).toThrow(/index 1/);
    expect(() => competitionRanks([Infinity])).toThrow();
  });
});

describe('labels', () => {
  it('has Spanish labels for every verdict and status', () => {
    expect(VERDICT_LABELS.pass).toEqual({ symbol: '✔', label: 'Cumple' });
    expect(VERDICT_LABELS.fail).toEqual({ symbol: '✘', label: 'No cumple' });
    expect(VERDICT_LABELS.unknown).toEqual({ symbol: '?', label: 'Indeterminado' });
    expect(Object.keys(SITE_STATUS_LABELS).sort()).toEqual(['blocked-by-robots', 'ok', 'pending', 'refused', 'unreachable']);
  });

  it('prefixes the reason with the status label', () => {
    expect(statusNote({ status: 'unreachable', status_reason: 'DNS no resuelve', score: null })).toBe('Sitio inaccesible: DNS no resuelve');
    expect(statusNote({ status: 'pending', status_reason: null, score: null })).toBe('Evaluación pendiente');
  });
});

describe('reportOrder', () => {
  it('lists ranked sites by rank, ties by name, then the unranked', () => {
    const ordered = reportOrder(buildReport().municipalities);
    expect(ordered.map((m) => [m.rank, m.name.slice(0, 5)])).toEqual([
      [1, 'Zapop'],
      [2, 'Abaso'],
      [2, 'Villa'],
      [null, 'Oaxac'],
    ]);
    expect(ordered.map(isRanked)).toEqual([true, true, true, false]);
  });
});
