import { describe, expect, it } from 'vitest';
import { formatFidelity } from '../../src/fidelity/format.ts';
import type { Fidelity, IndicatorFidelity } from '../../src/fidelity/measure.ts';

function indicator(id: string, agreement: number, falsePasses = 0, falseFails = 0): IndicatorFidelity {
  return { id, n: 10, agreement, falsePasses, falseFails, unknownMismatches: 0, labelled: { pass: 4, fail: 5, unknown: 1, decoys: 2 } };
}

const base: Fidelity = {
  methodologyId: 'aidh-2016',
  portals: 10,
  indicators: [indicator('open-data-section', 1), indicator('search-tool', 1)],
  agreement: 1,
  compared: 20,
  scoreMae: 0,
  scoreErrors: [{ slug: 'x', expected: 50, got: 50, error: 0 }],
  mismatches: [],
  falsePasses: [],
  decoys: { planted: 4, fellFor: [] },
};

const decoy = { slug: 'pachuca', indicator: 'open-data-section', expected: 'fail', got: 'pass', kind: 'false-pass', reason: 'link «Transparencia»', decoy: 'the mandatory transparency listing' } as const;

function targetLine(text: string, label: string): string {
  const lines = text.split('\n');
  return lines.slice(lines.indexOf('targets (issue 4):')).find((l) => l.trimStart().startsWith(label))!;
}

describe('formatFidelity', () => {
  it('prints one row per indicator and the totals', () => {
    const text = formatFidelity(base, { asOf: '2016-05-20' });
    expect(text).toMatch(/^Fidelity of aidh-2016 over 10 labelled portal\(s\) as of 2016-05-20/);
    expect(text).toMatch(/open-data-section\s+100\.0 %\s+0\s+0\s+0\s+10\s+4\/5\/1\/2/);
    expect(text).toMatch(/all indicators\s+100\.0 %\s+0\s+0\s+0\s+20/);
    expect(text).toContain('score MAE over 1 reachable portal(s): 0.00 points');
    expect(text).toContain('decoys planted: 4; false passes on decoys: 0');
  });

  it.each([
    ['overall agreement', 'MET', '≥ 97 %', base],
    ['overall agreement', 'MISSED', '≥ 97 %', { ...base, agreement: 0.969 }],
    ['lowest indicator', 'MET', '≥ 90 %', base],
    ['lowest indicator (search-tool)', 'MISSED', '≥ 90 %', { ...base, indicators: [indicator('open-data-section', 1), indicator('search-tool', 0.8)] }],
    ['score MAE', 'MET', '≤ 2 pts', { ...base, scoreMae: 2 }],
    ['score MAE', 'MISSED', '≤ 2 pts', { ...base, scoreMae: 2.05 }],
    ['false passes', 'MET', '= 0', base],
    ['false passes', 'MISSED', '= 0', { ...base, mismatches: [decoy], falsePasses: [decoy] }],
  ] as [string, string, string, Fidelity][])('%s: %s', (label, verdict, target, fidelity) => {
    const line = targetLine(formatFidelity(fidelity), label);
    expect(line).toContain(target);
    expect(line.trimEnd().endsWith(verdict)).toBe(true);
  });

  it('lists every false pass with its reason', () => {
    const text = formatFidelity({ ...base, mismatches: [decoy], falsePasses: [decoy] });
    expect(text).toContain('false passes (1):\n  pachuca open-data-section: expected fail, got pass (link «Transparencia») [decoy: the mandatory transparency listing]');
  });

  it('says so when there is none', () => {
    expect(formatFidelity(base)).toContain('false passes (0):\n  none');
  });
});
