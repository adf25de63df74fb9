import type { ArchiveClock } from '../../../src/crawl/wayback/archive-rate.ts';

/** Time that passes only when slept: a 60 s back-off costs nothing, and what was slept is measured. */
export function virtualClock(): ArchiveClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    async sleep(ms) {
      const until = now + Math.max(0, ms);
      if (ms > 0) slept.push(ms);
      await Promise.resolve();
      now = Math.max(now, until);
    },
  };
}
