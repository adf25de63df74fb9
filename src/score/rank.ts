/**
 * Standard competition ranking, as the AIDH study ranks: equal scores share a position and the next
 * position skips (four municipalities tied at 16 are all 141st, the next is 145th).
 * Unscored entries (null) get no position.
 */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const scored = scores.filter((s): s is number => s !== null);
  return scores.map((score) => (score === null ? null : 1 + scored.filter((other) => other > score).length));
}
