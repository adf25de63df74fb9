/**
 * Item 10: a replayed capture is archived as the capture it is (WARC-Date = capture time, the replay
 * in WARC-Source-URI, pywb's convention for records loaded from another archive), and the index
 * requests and answers that decided it, including a 403 exclusion, are archived with it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostResolver } from '../../../src/crawl/address-policy.ts';
import { iterateRecords } from '../../../src/crawl/archive/warc-reader.ts';
import { openRunArchive } from '../../../src/crawl/archive/warc-writer.ts';
import { parseConnectTo } from '../../../src/crawl/connect-to.ts';
import { defaultCrawlOptions } from '../../../src/crawl/crawler.ts';
import { HostScheduler } from '../../../src/crawl/host-scheduler.ts';
import { HttpFetcher } from '../../../src/crawl/http-fetch.ts';
import type { CrawlOptions } from '../../../src/crawl/types.ts';
import { ArchiveRateLimiter } from '../../../src/crawl/wayback/archive-rate.ts';
import { WaybackFetcher } from '../../../src/crawl/wayback/wayback-fetch.ts';
import { page } from '../helpers/local-site.ts';
import { startMockArchive, type MockArchive } from './mock-archive.ts';
import { virtualClock } from './virtual-clock.ts';

const HOME = 'http://www.ejemplo.mx/';
const wayback = { archiveUrl: 'http://web.archive.org', asOf: '2016-05-20', windowDays: 183 };
let archive: MockArchive | undefined;
afterEach(async () => {
  await archive?.close();
});

async function fetcher(settings: Parameters<typeof startMockArchive>[1] = {}): Promise<WaybackFetcher> {
  archive = await startMockArchive(
    [
      { original: 'http://ejemplo.mx/', timestamp: '20160510000000', statuscode: '301', location: `http://web.archive.org/web/20160510000000id_/${HOME}` },
      { original: HOME, timestamp: '20160430093000', body: page('<h1>Abril</h1>') },
      { original: 'http://excluido.mx/', timestamp: '20160401000000', body: page('<h1>Excluido</h1>') },
    ],
    settings,
  );
  const options: CrawlOptions = {
    ...defaultCrawlOptions,
    perHostDelayMs: 0,
    retries: 0,
    connectTo: [parseConnectTo(`web.archive.org:80:127.0.0.1:${archive.port}`)],
    wayback,
  };
  const clock = virtualClock();
  return new WaybackFetcher(new HttpFetcher(options, new HostScheduler(options), new HostResolver()), wayback, {
    limiter: new ArchiveRateLimiter({ perMinute: 60_000 }, clock),
    clock,
  });
}

describe('WARC records of a --wayback fetch', () => {
  it('dates the response by its capture, names the replay, and archives the index lookup and the redirect capture', async () => {
    const wb = await fetcher();
    const record = await wb.fetch('http://ejemplo.mx/', { method: 'GET', purpose: 'page', depth: 0 });
    wb.close();
    expect(record.error).toBeNull();
    const path = join(mkdtempSync(join(tmpdir(), 'mirador-wayback-warc-')), 'a.warc.gz');
    const run = await openRunArchive(path, { software: 'Mirador/test' });
    const located = await run.append(record, { inegiCode: '14097' });
    await run.close();
    // The index keeps the fetch's own three records; the provenance lies within its span.
    expect(located.records.map((r) => [r.type, r.targetUri])).toEqual([
      ['request', `http://web.archive.org/web/20160430093000id_/${HOME}`],
      ['response', HOME],
      ['metadata', 'http://ejemplo.mx/'],
    ]);
    const all = [];
    for await (const r of iterateRecords(path)) if (r.type !== 'warcinfo') all.push(r);
    expect(all.every((r) => r.offset >= located.offset && r.offset + r.length <= located.offset + located.length)).toBe(true);
    expect(all.map((r) => [r.type, r.headers['warc-target-uri']?.replace(/\?.*$/, '?…')])).toEqual([
      ['request', 'http://web.archive.org/cdx/search/cdx?…'],
      ['response', 'http://web.archive.org/cdx/search/cdx?…'],
      ['request', 'http://web.archive.org/web/20160510000000id_/http://ejemplo.mx/'],
      ['response', 'http://web.archive.org/web/20160510000000id_/http://ejemplo.mx/'],
      ['request', `http://web.archive.org/web/20160430093000id_/${HOME}`],
      ['response', HOME],
      ['metadata', 'http://ejemplo.mx/'],
    ]);
    const cdxAnswer = all[1]!;
    expect(cdxAnswer.body.toString()).toContain('"20160430093000"');
    const response = all[5]!;
    expect(response.headers['warc-date']).toBe('2016-04-30T09:30:00Z');
    expect(response.headers['warc-source-uri']).toBe(`http://web.archive.org/web/20160430093000id_/${HOME}`);
    expect(response.headers['warc-creation-date']).toBe(record.startedAt);
    expect(response.body.toString()).toContain('Abril');
    expect(all[6]!.body.toString()).toMatch(/archive-request: GET http:\/\/web\.archive\.org\/cdx\/search\/cdx\?\S+ → 200\r\n/);
  });

  it('archives the 403 that made a page excluded', async () => {
    const wb = await fetcher({ excluded: ['mx,excluido)'] });
    const record = await wb.fetch('http://excluido.mx/', { method: 'GET', purpose: 'page', depth: 0 });
    wb.close();
    const path = join(mkdtempSync(join(tmpdir(), 'mirador-wayback-warc-')), 'b.warc.gz');
    const run = await openRunArchive(path, { software: 'Mirador/test' });
    await run.append(record, { inegiCode: '14097' });
    await run.close();
    const all = [];
    for await (const r of iterateRecords(path)) if (r.type !== 'warcinfo') all.push(r);
    expect(all.map((r) => r.type)).toEqual(['request', 'response', 'metadata']);
    expect(all[1]!.statusLine).toMatch(/^HTTP\/1\.1 403/);
    expect(all[1]!.body.toString()).toContain('AdministrativeAccessControlException');
    expect(all[2]!.body.toString()).toContain('error-kind: archive-excluded');
  });
});
