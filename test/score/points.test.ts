import { describe, expect, it } from 'vitest';
import { roundScore } from '../../src/score/points.ts';

describe('roundScore', () => {
  it('rounds half up to the methodology’s decimals', () => {
    expect(roundScore(100 / 22 * 19, 1)).toBe(86.4);
    expect(roundScore(0.05, 1)).toBe(0.1);
  });
});
