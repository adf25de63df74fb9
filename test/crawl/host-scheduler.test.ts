import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { HostScheduler } from '../../src/crawl/host-scheduler.ts';

/** Date.now() resolution: two reads of the same instant can fall on either side of a millisecond. */
const CLOCK_TICK_MS = 1;

/** Runs `count` requests per host, each taking `busyMs`, recording when each actually started and ended. */
async function runRequests(scheduler: HostScheduler, hosts: string[], count: number, busyMs: number) {
  const log: { host: string; start: number; end: number }[] = [];
  await Promise.all(
    hosts.flatMap((host) =>
      Array.from({ length: count }, () =>
        scheduler.run(host, async () => {
          const start = Date.now();
          await sleep(busyMs);
          log.push({ host, start, end: Date.now() });
        }),
      ),
    ),
  );
  return log;
}

function maxOverlap(log: { start: number; end: number }[]): number {
  return Math.max(...log.map((a) => log.filter((b) => b.start <= a.start && a.start < b.end).length));
}

describe('HostScheduler', () => {
  it('keeps the gap between request starts on one host', async () => {
    const scheduler = new HostScheduler({ concurrency: 8, perHostConcurrency: 1, perHostDelayMs: 30 });
    const log = await runRequests(scheduler, ['a.gob.mx'], 5, 0);
    const starts = log.map((entry) => entry.start).sort((x, y) => x - y);
    // The scheduler stamps a start one statement before the request reads the clock; on a loaded machine the
    // millisecond can tick between the two, so the gap the request sees may be 1 ms short of what was kept.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(30 - CLOCK_TICK_MS);
  });

  it('counts the gap from when a request left, when it leaves after it was let go (a busy main thread)', async () => {
    const scheduler = new HostScheduler({ concurrency: 8, perHostConcurrency: 1, perHostDelayMs: 60 });
    const sentAt: number[] = [];
    await Promise.all(
      [0, 1, 2].map(() =>
        scheduler.run('a.gob.mx', async (sent) => {
          // Held 40 ms between being let go and reaching the wire, then answered at once.
          await sleep(40);
          sentAt.push(Date.now());
          sent();
        }),
      ),
    );
    for (let i = 1; i < sentAt.length; i++) expect(sentAt[i]! - sentAt[i - 1]!).toBeGreaterThanOrEqual(60 - CLOCK_TICK_MS + 40);
  });

  it('spreads starts even with several requests in flight per host', async () => {
    const scheduler = new HostScheduler({ concurrency: 8, perHostConcurrency: 3, perHostDelayMs: 20 });
    const starts = (await runRequests(scheduler, ['a.gob.mx'], 6, 50)).map((entry) => entry.start).sort((x, y) => x - y);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(20 - CLOCK_TICK_MS);
  });

  it('raises the gap for a host (Crawl-delay) without lowering it', async () => {
    const scheduler = new HostScheduler({ concurrency: 8, perHostConcurrency: 1, perHostDelayMs: 10 });
    scheduler.raiseGap('a.gob.mx', 40);
    scheduler.raiseGap('a.gob.mx', 5);
    expect(scheduler.gapFor('a.gob.mx')).toBe(40);
    expect(scheduler.gapFor('b.gob.mx')).toBe(10);
  });

  it('holds one request per host and the global limit across hosts', async () => {
    const scheduler = new HostScheduler({ concurrency: 2, perHostConcurrency: 1, perHostDelayMs: 0 });
    const log = await runRequests(scheduler, ['a.gob.mx', 'b.gob.mx', 'c.gob.mx'], 3, 15);
    expect(maxOverlap(log)).toBe(2);
    for (const host of ['a.gob.mx', 'b.gob.mx', 'c.gob.mx']) {
      expect(maxOverlap(log.filter((entry) => entry.host === host))).toBe(1);
    }
  });
});
