import { describe, expect, it } from 'vitest';
import { CheckFileError, parseCheckResult } from '../../src/check/check-result.ts';
import { compareChecks, formatComparison } from '../../src/check/compare.ts';
import { checkResult, indicator, tinyMethodology } from './fixtures.ts';

const before = checkResult([indicator('alpha', 'fail', 20), indicator('beta', 'pass', 50), indicator('gamma', 'unknown', 30)], { as_of: '2016-04-20' });

describe('compareChecks', () => {
  it.each([
    {
      name: 'nothing changed',
      now: [indicator('alpha', 'fail', 20), indicator('beta', 'pass', 50), indicator('gamma', 'unknown', 30)],
      delta: 0,
      changes: [],
    },
    {
      name: 'one fixed, one lost, in methodology order',
      now: [indicator('gamma', 'pass', 30), indicator('beta', 'fail', 50), indicator('alpha', 'fail', 20)],
      delta: -20,
      changes: [
        { id: 'beta', from: 'pass', to: 'fail', detail: 'beta not found', detailEn: 'beta not found' },
        { id: 'gamma', from: 'unknown', to: 'pass', detail: 'http://x.gob.mx/gamma', detailEn: 'http://x.gob.mx/gamma' },
      ],
    },
    {
      name: 'a criterion missing now',
      now: [indicator('alpha', 'pass', 20), indicator('beta', 'pass', 50)],
      delta: 20,
      changes: [
        { id: 'alpha', from: 'fail', to: 'pass', detail: 'http://x.gob.mx/alpha', detailEn: 'http://x.gob.mx/alpha' },
        { id: 'gamma', from: 'unknown', to: null, detail: null, detailEn: null },
      ],
    },
  ])('$name', ({ now, delta, changes }) => {
    const comparison = compareChecks(before, checkResult(now), tinyMethodology);
    expect(comparison.scoreDelta).toBe(delta);
    expect(comparison.changes).toEqual(changes);
  });

  it('takes the delta from the exact points, so one criterion of 100/22 is +4.5 whatever the rounded scores', () => {
    const point = 100 / 22;
    const site = (passed: number) =>
      checkResult(Array.from({ length: 22 }, (_, i) => ({ ...indicator(`c${i}`, i < passed ? 'pass' : 'fail', point) })), {
        score: Math.round(passed * point * 10) / 10,
      });
    // 17 → 18 criteria is 77.3 → 81.8 and 18 → 19 is 81.8 → 86.4 once rounded: 4.5 and 4.6 apart.
    expect(compareChecks(site(17), site(18), tinyMethodology).scoreDelta).toBeCloseTo(point, 9);
    expect(compareChecks(site(18), site(19), tinyMethodology).scoreDelta).toBeCloseTo(point, 9);
  });

  it('has no score delta when either check has no score', () => {
    const down = checkResult([], { status: 'unreachable', score: null });
    expect(compareChecks(before, down, tinyMethodology).scoreDelta).toBeNull();
    expect(compareChecks(down, before, tinyMethodology).scoreDelta).toBeNull();
  });
});

describe('formatComparison', () => {
  it('prints the score delta and each change', () => {
    const now = checkResult([indicator('alpha', 'pass', 20), indicator('beta', 'fail', 50), indicator('gamma', 'unknown', 30)]);
    const text = formatComparison(compareChecks(before, now, tinyMethodology), tinyMethodology);
    expect(text).toContain('Cambios desde la revisión anterior (fecha de evaluación 20 de abril de 2016)');
    expect(text).toContain('Puntaje: 50.0 → 20.0 (−30.0)');
    expect(text).toContain('✘ → ✔ Alfa (alpha): +20.0 pts http://x.gob.mx/alpha');
    expect(text).toContain('✔ → ✘ Beta (beta): −50.0 pts beta not found');
    expect(text).not.toContain('gamma');
  });

  it('says when nothing changed and when the methodology differs', () => {
    const text = formatComparison(compareChecks({ ...before, methodology_id: 'old' }, before, tinyMethodology), tinyMethodology);
    expect(text).toContain('Puntaje: 50.0 → 50.0 (±0.0)');
    expect(text).toContain('Ningún criterio cambió de resultado.');
    expect(text).toContain('la revisión anterior usó la metodología old');
  });
});

describe('parseCheckResult', () => {
  it('reads back what --json writes', () => {
    expect(parseCheckResult(JSON.stringify(before), 'prev.json')).toEqual(before);
  });

  it.each([
    { text: 'not json', message: /prev\.json: no es un JSON válido/ },
    { text: '{"run":{},"municipalities":[]}', message: /prev\.json: no es un resultado de «mirador check --json» \(as_of: / },
    { text: JSON.stringify({ ...before, indicators: [{ id: 'a', verdict: 'maybe', reason: null }] }), message: /indicators\.0\.verdict/ },
  ])('refuses $text', ({ text, message }) => {
    expect(() => parseCheckResult(text, 'prev.json')).toThrow(CheckFileError);
    expect(() => parseCheckResult(text, 'prev.json')).toThrow(message);
  });
});
