import { describe, expect, it } from 'vitest';
import { defaultCrawlOptions } from '../../src/crawl/crawler.ts';
import { crawlLimits } from '../../src/store/report-query.ts';

describe('crawlLimits (the bounds on the methodology page)', () => {
  it.each([
    { name: 'a run with the default options', options: defaultCrawlOptions, limits: { maxPages: 60, maxDepth: 4, maxFiles: 30, render: true, wayback: null } },
    { name: '--no-render', options: { ...defaultCrawlOptions, render: false }, limits: { maxPages: 60, maxDepth: 4, maxFiles: 30, render: false, wayback: null } },
    {
      name: '--wayback (never rendered)',
      options: { ...defaultCrawlOptions, maxPages: 40, wayback: { archiveUrl: 'http://127.0.0.1:1', asOf: '2016-05-01', windowDays: 183 } },
      limits: { maxPages: 40, maxDepth: 4, maxFiles: 30, render: false, wayback: { asOf: '2016-05-01', windowDays: 183 } },
    },
  ])('$name', ({ options, limits }) => {
    expect(crawlLimits(JSON.stringify(options))).toEqual(limits);
  });

  it('is null for options it cannot read, rather than a guess', () => {
    expect(crawlLimits('{not json')).toBeNull();
    expect(crawlLimits(JSON.stringify({ maxPages: 60 }))).toBeNull();
  });
});
