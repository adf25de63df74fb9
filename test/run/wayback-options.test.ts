import { describe, expect, it } from 'vitest';
import { crawlOptionsFrom, resumedCrawlOptions, type RankOptions } from '../../src/run/rank-command.ts';

const base: RankOptions = { db: 'x.sqlite', maxPages: 10, maxDepth: 2, concurrency: 2, delay: 0, timeout: 10, connectTo: [], allowPrivate: false, wayback: true, asOf: '2016-05-20' };

describe('--archive-rate', () => {
  it('paces the run at the given rate, 25 a minute when not given', () => {
    expect(crawlOptionsFrom({ ...base, archiveRate: 10 }).wayback?.ratePerMinute).toBe(10);
    expect(crawlOptionsFrom(base).wayback?.ratePerMinute).toBe(25);
  });
  it('replaces a resumed run\'s rate only when given', () => {
    const stored = crawlOptionsFrom({ ...base, archiveRate: 20 });
    expect(resumedCrawlOptions(stored, { ...base, archiveRate: 5 }).wayback?.ratePerMinute).toBe(5);
    expect(resumedCrawlOptions(stored, base).wayback?.ratePerMinute).toBe(20);
  });
});
