import { describe, expect, it } from 'vitest';
import { ArchiveRateLimiter, DEFAULT_ARCHIVE_RATE_PER_MINUTE } from '../../../src/crawl/wayback/archive-rate.ts';
import { virtualClock } from './virtual-clock.ts';

describe('ArchiveRateLimiter', () => {
  it('spaces index lookups at the configured rate, below the documented 30 a minute by default', async () => {
    expect(DEFAULT_ARCHIVE_RATE_PER_MINUTE).toBeLessThan(30);
    const clock = virtualClock();
    const limiter = new ArchiveRateLimiter({ perMinute: 20 }, clock);
    const sentAt: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await limiter.acquire('index');
      sentAt.push(clock.now());
    }
    expect(sentAt).toEqual([0, 3000, 6000, 9000, 12_000]);
    // Replays are not index lookups: they go at once.
    await limiter.acquire('replay');
    expect(clock.now()).toBe(12_000);
  });

  it('stops every archive request on a 429 for 60 s, then 120 s, 240 s while they keep coming; an answer resets it', async () => {
    const clock = virtualClock();
    const limiter = new ArchiveRateLimiter({ perMinute: 60_000 }, clock);
    await limiter.acquire('index');
    limiter.throttled('cdx-1');
    await limiter.acquire('replay');
    expect(clock.now()).toBe(60_000);
    limiter.throttled('cdx-2');
    await limiter.acquire('index');
    expect(clock.now()).toBe(180_000);
    limiter.throttled('cdx-3');
    await limiter.acquire('index');
    expect(clock.now()).toBe(420_000);
    limiter.answered();
    limiter.throttled('cdx-4');
    await limiter.acquire('index');
    expect(clock.now()).toBe(480_000);
  });

  it('lets one request probe after a back-off while the others wait for its answer', async () => {
    const clock = virtualClock();
    const limiter = new ArchiveRateLimiter({ perMinute: 60_000 }, clock);
    limiter.throttled('cdx');
    const sent: string[] = [];
    const a = limiter.acquire('replay').then(() => sent.push('a'));
    const b = limiter.acquire('index').then(() => sent.push('b'));
    await a;
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual(['a']);
    limiter.answered();
    await b;
    expect(sent).toEqual(['a', 'b']);
    expect(clock.now()).toBe(60_000);
  });

  it('waits out a longer Retry-After when one is sent', async () => {
    const clock = virtualClock();
    const limiter = new ArchiveRateLimiter({ perMinute: 60_000 }, clock);
    limiter.throttled('cdx', '600');
    await limiter.acquire('index');
    expect(clock.now()).toBe(600_000);
  });

  it('takes the archive to refuse the run after its back-offs: every later request is refused at once', async () => {
    const clock = virtualClock();
    const limiter = new ArchiveRateLimiter({ perMinute: 60_000, backoffBaseMs: 10, maxBackoffs: 2 }, clock);
    for (const url of ['a', 'b']) {
      expect(await limiter.acquire('index')).toBe(true);
      limiter.throttled(url);
    }
    expect(await limiter.acquire('index')).toBe(true);
    limiter.throttled('c');
    expect(limiter.refusal).toMatch(/kept answering HTTP 429 \(too many requests\) after 2 back-offs, last for c/);
    const before = clock.now();
    expect(await limiter.acquire('replay')).toBe(false);
    expect(clock.now()).toBe(before);
  });
});
