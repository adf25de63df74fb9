import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../indicators/define.ts';
import {
  checkTargets,
  type FidelityMethodology,
  type LabelledPortal,
  type MeasuredResult,
  measureFidelity,
} from '../../src/fidelity/measure.ts';

/** Three indicators with unequal points, so score arithmetic is visible. */
const methodology: FidelityMethodology = {
  id: 'test',
  scoreDecimals: 1,
  indicators: [
    { id: 'a', name: { es: 'a', en: 'a' }, dimension: 'D1', points: 50, criterion: { es: 'a', en: 'a' }, definition: { es: 'a', en: 'a' }, howToMeet: { es: 'a', en: 'a' } },
    { id: 'b', name: { es: 'b', en: 'b' }, dimension: 'D1', points: 30, criterion: { es: 'b', en: 'b' }, definition: { es: 'b', en: 'b' }, howToMeet: { es: 'b', en: 'b' } },
    { id: 'c', name: { es: 'c', en: 'c' }, dimension: 'D1', points: 20, criterion: { es: 'c', en: 'c' }, definition: { es: 'c', en: 'c' }, howToMeet: { es: 'c', en: 'c' } },
  ],
};

type Verdicts = [Verdict, Verdict, Verdict];

function portal(slug: string, expected: Verdicts, reachable = true): LabelledPortal {
  return { slug, inegi_code: slug, reachable, expected: { a: expected[0], b: expected[1], c: expected[2] } };
}

function result(slug: string, got: Verdicts, score: number | null): MeasuredResult {
  return { inegi_code: slug, score, indicators: (['a', 'b', 'c'] as const).map((id, i) => ({ id, verdict: got[i]!, reason: `${id} reason` })) };
}

interface Case {
  name: string;
  portals: LabelledPortal[];
  results: MeasuredResult[];
  agreement: number;
  perIndicator: Record<string, { agreement: number; falsePasses: number; falseFails: number; unknownMismatches: number; n: number }>;
  scoreMae: number | null;
  mismatches: { slug: string; indicator: string; expected: Verdict; got: Verdict; kind: string }[];
}

const perfect = { agreement: 1, falsePasses: 0, falseFails: 0, unknownMismatches: 0, n: 2 };

const cases: Case[] = [
  {
    name: 'perfect agreement',
    portals: [portal('p1', ['pass', 'fail', 'pass']), portal('p2', ['fail', 'fail', 'unknown'])],
    results: [result('p1', ['pass', 'fail', 'pass'], 70), result('p2', ['fail', 'fail', 'unknown'], 0)],
    agreement: 1,
    perIndicator: { a: perfect, b: perfect, c: perfect },
    scoreMae: 0,
    mismatches: [],
  },
  {
    name: 'one false pass (a decoy)',
    portals: [portal('p1', ['pass', 'fail', 'pass']), portal('decoy', ['fail', 'fail', 'fail'])],
    results: [result('p1', ['pass', 'fail', 'pass'], 70), result('decoy', ['fail', 'pass', 'fail'], 30)],
    agreement: 5 / 6,
    perIndicator: { a: perfect, b: { agreement: 0.5, falsePasses: 1, falseFails: 0, unknownMismatches: 0, n: 2 }, c: perfect },
    scoreMae: 15, // (0 + 30) / 2
    mismatches: [{ slug: 'decoy', indicator: 'b', expected: 'fail', got: 'pass', kind: 'false-pass' }],
  },
  {
    name: 'a pass where unknown was expected is a false pass too',
    portals: [portal('p1', ['unknown', 'fail', 'fail'])],
    results: [result('p1', ['pass', 'fail', 'fail'], 50)],
    agreement: 2 / 3,
    perIndicator: { a: { agreement: 0, falsePasses: 1, falseFails: 0, unknownMismatches: 0, n: 1 } } as Case['perIndicator'],
    scoreMae: 50,
    mismatches: [{ slug: 'p1', indicator: 'a', expected: 'unknown', got: 'pass', kind: 'false-pass' }],
  },
  {
    name: 'one false fail',
    portals: [portal('p1', ['pass', 'pass', 'fail']), portal('p2', ['fail', 'fail', 'fail'])],
    results: [result('p1', ['fail', 'pass', 'fail'], 30), result('p2', ['fail', 'fail', 'fail'], 0)],
    agreement: 5 / 6,
    perIndicator: { a: { agreement: 0.5, falsePasses: 0, falseFails: 1, unknownMismatches: 0, n: 2 }, b: perfect, c: perfect },
    scoreMae: 25, // expected 80, got 30 → 50; p2 0 → mean 25
    mismatches: [{ slug: 'p1', indicator: 'a', expected: 'pass', got: 'fail', kind: 'false-fail' }],
  },
  {
    name: 'MAE with unequal points: missing a 20-point pass and the stored score off by rounding',
    portals: [portal('p1', ['pass', 'pass', 'pass']), portal('p2', ['fail', 'pass', 'fail']), portal('p3', ['fail', 'fail', 'pass'])],
    results: [result('p1', ['pass', 'pass', 'unknown'], 80), result('p2', ['fail', 'pass', 'fail'], 30), result('p3', ['fail', 'fail', 'pass'], 20)],
    agreement: 8 / 9,
    perIndicator: { c: { agreement: 2 / 3, falsePasses: 0, falseFails: 0, unknownMismatches: 1, n: 3 } } as Case['perIndicator'],
    scoreMae: 20 / 3, // |80 − 100| + 0 + 0 over 3 reachable portals
    mismatches: [{ slug: 'p1', indicator: 'c', expected: 'pass', got: 'unknown', kind: 'unknown' }],
  },
  {
    name: 'unreachable portal: out of the MAE, its unknowns still compared',
    portals: [portal('up', ['pass', 'fail', 'fail']), portal('down', ['unknown', 'unknown', 'unknown'], false)],
    results: [result('up', ['pass', 'fail', 'fail'], 50), result('down', ['unknown', 'fail', 'unknown'], null)],
    agreement: 5 / 6,
    perIndicator: { b: { agreement: 0.5, falsePasses: 0, falseFails: 0, unknownMismatches: 1, n: 2 }, a: perfect } as Case['perIndicator'],
    scoreMae: 0,
    mismatches: [{ slug: 'down', indicator: 'b', expected: 'unknown', got: 'fail', kind: 'unknown' }],
  },
];

describe('measureFidelity', () => {
  it.each(cases)('$name', (c) => {
    const fidelity = measureFidelity(c.portals, c.results, methodology);
    expect(fidelity.agreement).toBeCloseTo(c.agreement, 10);
    expect(fidelity.compared).toBe(c.portals.length * 3);
    for (const [id, expected] of Object.entries(c.perIndicator)) {
      const { labelled: _labelled, ...got } = fidelity.indicators.find((i) => i.id === id)!;
      expect({ ...got, agreement: Number(got.agreement.toFixed(10)) }, id).toEqual({ id, ...expected, agreement: Number(expected.agreement.toFixed(10)) });
    }
    if (c.scoreMae === null) expect(fidelity.scoreMae).toBeNull();
    else expect(fidelity.scoreMae).toBeCloseTo(c.scoreMae, 10);
    expect(fidelity.mismatches.map(({ reason: _reason, decoy: _decoy, ...m }) => m)).toEqual(c.mismatches);
    expect(fidelity.falsePasses).toEqual(fidelity.mismatches.filter((m) => m.kind === 'false-pass'));
  });

  it('counts how the corpus labels each indicator, the decoys it plants and the decoys the rules fell for', () => {
    const trapped = { ...portal('trap', ['fail', 'fail', 'unknown']), decoys: { a: 'copyright year as update date', b: 'share buttons' } };
    const fidelity = measureFidelity(
      [portal('p1', ['pass', 'fail', 'pass']), trapped],
      [result('p1', ['pass', 'fail', 'pass'], 70), result('trap', ['pass', 'fail', 'unknown'], 50)],
      methodology,
    );
    expect(fidelity.indicators.map((i) => [i.id, i.labelled])).toEqual([
      ['a', { pass: 1, fail: 1, unknown: 0, decoys: 1 }],
      ['b', { pass: 0, fail: 2, unknown: 0, decoys: 1 }],
      ['c', { pass: 1, fail: 0, unknown: 1, decoys: 0 }],
    ]);
    expect(fidelity.decoys.planted).toBe(2);
    expect(fidelity.decoys.fellFor.map((m) => [m.slug, m.indicator, m.decoy])).toEqual([['trap', 'a', 'copyright year as update date']]);
  });

  it('rounds the expected score as the methodology rounds scores', () => {
    const thirds: FidelityMethodology = {
      ...methodology,
      indicators: methodology.indicators.map((i) => ({ ...i, points: 100 / 3 })),
    };
    const fidelity = measureFidelity([portal('p', ['pass', 'fail', 'fail'])], [result('p', ['pass', 'fail', 'fail'], 33.3)], thirds);
    expect(fidelity.scoreErrors).toEqual([{ slug: 'p', expected: 33.3, got: 33.3, error: 0 }]);
  });

  it('counts a reachable portal without a score as 0 in the MAE', () => {
    const fidelity = measureFidelity([portal('p', ['pass', 'fail', 'fail'])], [result('p', ['pass', 'fail', 'fail'], null)], methodology);
    expect(fidelity.scoreMae).toBe(50);
  });

  it('refuses a labelled portal that is missing from the results', () => {
    expect(() => measureFidelity([portal('p', ['pass', 'fail', 'fail'])], [], methodology)).toThrow(/no result for portal p/);
  });

  it('checks the targets of issue 4', () => {
    const ok = measureFidelity(cases[0]!.portals, cases[0]!.results, methodology);
    expect(checkTargets(ok).every((c) => c.met)).toBe(true);
    const decoy = measureFidelity(cases[1]!.portals, cases[1]!.results, methodology);
    expect(Object.fromEntries(checkTargets(decoy).map((c) => [c.id, c.met]))).toEqual({
      'overall-agreement': false,
      'indicator-agreement': false,
      'score-mae': false,
      'false-passes': false,
    });
  });
});
