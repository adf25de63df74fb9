import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/score/rank.ts';

describe('competitionRanks', () => {
  it.each([
    [[91, 24, 16, 16, 16, 16, 11], [1, 2, 3, 3, 3, 3, 7]],
    [[50, 80, 80, 10], [3, 1, 1, 4]],
    [[null, 40, null, 40], [null, 1, null, 1]],
    [[], []],
  ])('ranks %j as %j', (scores, ranks) => {
    expect(competitionRanks(scores)).toEqual(ranks);
  });
});
