/**
 * CI's share of the fault suite: the faults marked fast (no browser, no mount namespace, a CLI run of a few seconds
 * each), run in-process as `npm run faults -- --fast` runs them, each expected to hold. The rest need Chromium, a
 * tmpfs or minutes: `npm run faults` runs them all.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { FaultContext } from './harness.ts';

describe('fault suite, fast subset', () => {
  // Generous per-fault time: under the whole suite's parallel load a CLI run takes two or three times as long.
  for (const fault of catalogue.filter((f) => f.fast)) {
    it(`${fault.id}: ${fault.title}`, async () => {
      const ctx = new FaultContext(false);
      try {
        const outcome = await fault.run(ctx);
        expect(outcome.held, outcome.detail).toBe(true);
      } finally {
        await ctx.close();
      }
    }, 90_000);
  }
});
