import { describe, expect, it } from 'vitest';
import {
  archiveLayout,
  captureRange,
  cdxQueryUrl,
  mementoTime,
  parseCdx,
  parseReplayUrl,
  replayUrl,
  usableCaptures,
  type Capture,
} from '../../../src/crawl/wayback/cdx.ts';
import { surtKey } from '../../../src/crawl/wayback/surt.ts';
import { mockSurt } from './mock-archive.ts';

const target = { archiveUrl: 'https://web.archive.org/', asOf: '2016-05-20', windowDays: 183 };

function capture(timestamp: string, statuscode = '200', mimetype = 'text/html'): Capture {
  return { urlkey: 'mx,ejemplo)/', timestamp, original: 'http://www.ejemplo.mx/', statuscode, mimetype, digest: 'D' };
}

describe('CDX query', () => {
  it('asks the Wayback layout for every capture of the window (no status filter), closest to the end of the as-of day first', () => {
    const query = new URL(cdxQueryUrl('http://www.ejemplo.mx/', target));
    expect(query.origin + query.pathname).toBe('https://web.archive.org/cdx/search/cdx');
    expect(Object.fromEntries(query.searchParams)).toEqual({
      url: 'http://www.ejemplo.mx/',
      output: 'json',
      from: '20151119000000',
      to: '20160520235959',
      fl: 'urlkey,timestamp,original,statuscode,mimetype,digest',
      sort: 'closest',
      closest: '20160520235959',
      limit: '25',
    });
    expect(captureRange({ asOf: '2016-05-20', windowDays: 0 })).toEqual({ from: '20160520000000', to: '20160520235959' });
  });

  it('asks a pywb collection at /<coll>/cdx, without the Wayback field list', () => {
    const pywb = { ...target, archiveUrl: 'http://archivo.example/aidh2016/' };
    expect(archiveLayout(pywb.archiveUrl)).toBe('pywb');
    expect(archiveLayout(target.archiveUrl)).toBe('wayback');
    const query = new URL(cdxQueryUrl('http://www.ejemplo.mx/', pywb));
    expect(query.pathname).toBe('/aidh2016/cdx');
    expect(query.searchParams.get('fl')).toBeNull();
    expect(query.searchParams.get('output')).toBe('json');
  });
});

describe('parseCdx', () => {
  const expected: Capture[] = [
    { urlkey: 'mx,ejemplo)/', timestamp: '20160430093000', original: 'http://www.ejemplo.mx/', statuscode: '200', mimetype: 'text/html', digest: 'AAA' },
    { urlkey: 'mx,ejemplo)/viejo', timestamp: '20160415000000', original: 'http://www.ejemplo.mx/viejo/', statuscode: '-', mimetype: 'warc/revisit', digest: 'BBB' },
  ];
  const row = (c: Capture, names: string[]): string[] => names.map((n) => String(c[({ url: 'original', mime: 'mimetype', status: 'statuscode' } as Record<string, keyof Capture>)[n] ?? (n as keyof Capture)]));
  const FL = ['urlkey', 'timestamp', 'original', 'statuscode', 'mimetype', 'digest'];
  it.each([
    ['JSON with a header row', JSON.stringify([FL, ...expected.map((c) => row(c, FL))])],
    ['JSON with fields in another order', JSON.stringify([[...FL].reverse(), ...expected.map((c) => row(c, [...FL].reverse()))])],
    ['space-separated lines in the fl order', expected.map((c) => row(c, FL).join(' ')).join('\n') + '\n'],
    ['space-separated lines with the default seven fields', expected.map((c) => `${row(c, ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest']).join(' ')} 1234`).join('\n')],
    ['pywb newline-delimited JSON (url, mime, status)', expected.map((c) => JSON.stringify({ urlkey: c.urlkey, timestamp: c.timestamp, url: c.original, mime: c.mimetype, status: c.statuscode, digest: c.digest, offset: '0', filename: 'a.warc.gz' })).join('\n')],
    ['pywb CDXJ lines', expected.map((c) => `${c.urlkey} ${c.timestamp} ${JSON.stringify({ url: c.original, mime: c.mimetype, status: c.statuscode, digest: c.digest })}`).join('\n')],
  ])('reads %s', (_name, text) => {
    expect(parseCdx(text)).toEqual(expected);
  });

  it.each([['empty body', ''], ['empty JSON', '[]'], ['blank lines', '\n\n']])('reads no captures from %s', (_name, text) => {
    expect(parseCdx(text)).toEqual([]);
  });
});

describe('usableCaptures', () => {
  it('lists the captures before the end of the as-of day, latest first, never a later one', () => {
    const listed = usableCaptures([capture('20160610080000'), capture('20151102120000'), capture('20160430093000'), capture('20160520235900')], target);
    expect(listed.map((c) => c.timestamp)).toEqual(['20160520235900', '20160430093000']);
  });
  it('keeps revisits and error captures: a 404 captured last is the portal as it was (items 1, 9)', () => {
    const listed = usableCaptures([capture('20160501000000', '404'), capture('20160502000000', '-', 'warc/revisit'), capture('20160101000000', '302')], target);
    expect(listed.map((c) => [c.timestamp, c.statuscode])).toEqual([['20160502000000', '-'], ['20160501000000', '404'], ['20160101000000', '302']]);
    expect(usableCaptures([capture('20151102120000'), capture('20160521000000'), capture('2016050', 'x')], target)).toEqual([]);
  });
});

describe('replay URLs', () => {
  it('builds the raw id_ replay and reads one back, in both layouts', () => {
    const url = replayUrl(target.archiveUrl, capture('20160430093000'));
    expect(url).toBe('https://web.archive.org/web/20160430093000id_/http://www.ejemplo.mx/');
    expect(parseReplayUrl(url, target.archiveUrl)).toEqual({ timestamp: '20160430093000', original: 'http://www.ejemplo.mx/' });
    expect(parseReplayUrl('/web/20160415000000/http:/www.ejemplo.mx/nuevo/?a=1', target.archiveUrl)).toEqual({
      timestamp: '20160415000000',
      original: 'http://www.ejemplo.mx/nuevo/?a=1',
    });
    expect(parseReplayUrl('http://www.ejemplo.mx/nuevo/', target.archiveUrl)).toBeNull();
    const coll = 'http://archivo.example/aidh2016';
    expect(replayUrl(coll, capture('20160430093000'))).toBe('http://archivo.example/aidh2016/20160430093000id_/http://www.ejemplo.mx/');
    expect(parseReplayUrl('/aidh2016/20160430093000mp_/http://www.ejemplo.mx/a', coll)).toEqual({ timestamp: '20160430093000', original: 'http://www.ejemplo.mx/a' });
  });
  it('reads Memento-Datetime as a capture time', () => {
    expect(mementoTime('Sat, 30 Apr 2016 09:30:00 GMT')).toBe('20160430093000');
    expect(mementoTime(undefined)).toBeNull();
  });
});

describe('surtKey', () => {
  it.each([
    ['http://www.Ejemplo.MX/', 'mx,ejemplo)/'],
    ['https://ejemplo.mx/', 'mx,ejemplo)/'],
    ['http://www2.ejemplo.mx:80/Tramites/', 'mx,ejemplo)/tramites'],
    ['https://ejemplo.mx/tramites', 'mx,ejemplo)/tramites'],
    ['http://ejemplo.mx/buscar?b=2&a=1#x', 'mx,ejemplo)/buscar?a=1&b=2'],
    ['http://ejemplo.mx/index.php?', 'mx,ejemplo)/index.php'],
    ['http://ejemplo.mx:8080/', 'mx,ejemplo:8080)/'],
  ])('%s → %s, as the archive keys it', (url, key) => {
    expect(surtKey(url)).toBe(key);
    // The mock's separate implementation of IA's canonicaliser agrees, except on ports it does not model.
    if (!url.includes(':8080')) expect(mockSurt(url)).toBe(key);
  });
});
