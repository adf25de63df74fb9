/**
 * Ranks as the AIDH study ranks them.
 * Standard competition ranking ("1224"): equal scores share a rank and the next rank skips, so a site's rank
 * is 1 + the number of sites with a strictly higher score. Pass scores already rounded as the methodology says
 * (scores are compared exactly). `null` (not scored) gets a null rank and does not take a place.
 */
export function competitionRanks(scores: readonly number[]): number[];
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[];
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const scored: number[] = [];
  scores.forEach((score, i) => {
    if (score === null) return;
    if (!Number.isFinite(score)) throw new Error(`competitionRanks: score at index ${i} is ${score}, not a finite number`);
    scored.push(score);
  });
  const descending = [...scored].sort((a, b) => b - a);
  return scores.map((score) => (score === null ? null : descending.indexOf(score) + 1));
}
