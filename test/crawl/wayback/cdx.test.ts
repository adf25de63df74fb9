import { describe, expect, it } from 'vitest';
import { captureRange, cdxQueryUrl, chooseCapture, parseCdx, parseReplayUrl, replayUrl, type Capture } from '../../../src/crawl/wayback/cdx.ts';

const target = { archiveUrl: 'https://web.archive.org/', asOf: '2016-05-20', windowDays: 183 };

function capture(timestamp: string, statuscode = '200'): Capture {
  return { timestamp, original: 'http://www.ejemplo.mx/', statuscode, mimetype: 'text/html' };
}

describe('CDX query', () => {
  it('asks for captures up to the end of the as-of day, within the window, closest first', () => {
    const query = new URL(cdxQueryUrl('http://www.ejemplo.mx/', target));
    expect(query.origin + query.pathname).toBe('https://web.archive.org/cdx/search/cdx');
    expect(Object.fromEntries(query.searchParams)).toEqual({
      url: 'http://www.ejemplo.mx/',
      output: 'json',
      to: '20160520235959',
      from: '20151119000000',
      filter: 'statuscode:[23]..',
      fl: 'timestamp,original,statuscode,mimetype',
      sort: 'closest',
      closest: '20160520235959',
      limit: '5',
    });
    expect(captureRange({ asOf: '2016-05-20', windowDays: 0 })).toEqual({ from: '20160520000000', to: '20160520235959' });
  });
});

describe('parseCdx', () => {
  const expected = [
    { timestamp: '20160430093000', original: 'http://www.ejemplo.mx/', statuscode: '200', mimetype: 'text/html' },
    { timestamp: '20160415000000', original: 'http://www.ejemplo.mx/viejo/', statuscode: '301', mimetype: 'text/html' },
  ];
  it.each([
    ['JSON with a header row', JSON.stringify([['timestamp', 'original', 'statuscode', 'mimetype'], ...expected.map((c) => [c.timestamp, c.original, c.statuscode, c.mimetype])])],
    ['JSON with fields in another order', JSON.stringify([['original', 'mimetype', 'timestamp', 'statuscode'], ...expected.map((c) => [c.original, c.mimetype, c.timestamp, c.statuscode])])],
    ['space-separated lines in the fl order', expected.map((c) => `${c.timestamp} ${c.original} ${c.statuscode} ${c.mimetype}`).join('\n') + '\n'],
    ['space-separated lines with the default seven fields', expected.map((c) => `mx,ejemplo)/ ${c.timestamp} ${c.original} ${c.mimetype} ${c.statuscode} ABCDEF 1234`).join('\n')],
  ])('reads %s', (_name, text) => {
    expect(parseCdx(text)).toEqual(expected);
  });

  it.each([['empty body', ''], ['empty JSON', '[]'], ['blank lines', '\n\n']])('reads no captures from %s', (_name, text) => {
    expect(parseCdx(text)).toEqual([]);
  });
});

describe('chooseCapture', () => {
  it('takes the latest capture before the end of the as-of day, never a later one', () => {
    const chosen = chooseCapture([capture('20160610080000'), capture('20151102120000'), capture('20160430093000')], target);
    expect(chosen?.timestamp).toBe('20160430093000');
  });
  it('counts a capture taken late on the as-of day itself', () => {
    expect(chooseCapture([capture('20160520235900'), capture('20160430093000')], target)?.timestamp).toBe('20160520235900');
  });
  it('ignores captures outside the window, error captures and revisits without a status', () => {
    expect(chooseCapture([capture('20151102120000'), capture('20160521000000')], target)).toBeNull();
    expect(chooseCapture([capture('20160501000000', '404'), capture('20160502000000', '-'), capture('20160101000000', '302')], target)?.timestamp).toBe(
      '20160101000000',
    );
  });
});

describe('replay URLs', () => {
  it('builds the raw id_ replay and reads one back', () => {
    const url = replayUrl(target.archiveUrl, capture('20160430093000'));
    expect(url).toBe('https://web.archive.org/web/20160430093000id_/http://www.ejemplo.mx/');
    expect(parseReplayUrl(url, target.archiveUrl)).toEqual({ timestamp: '20160430093000', original: 'http://www.ejemplo.mx/' });
    expect(parseReplayUrl('/web/20160415000000/http:/www.ejemplo.mx/nuevo/?a=1', target.archiveUrl)).toEqual({
      timestamp: '20160415000000',
      original: 'http://www.ejemplo.mx/nuevo/?a=1',
    });
    expect(parseReplayUrl('http://www.ejemplo.mx/nuevo/', target.archiveUrl)).toBeNull();
  });
});
