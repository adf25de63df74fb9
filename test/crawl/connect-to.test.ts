import { describe, expect, it } from 'vitest';
import { parseConnectTo, parseConnectToFile, resolveConnectTarget } from '../../src/crawl/connect-to.ts';

describe('parseConnectTo', () => {
  it('parses curl syntax, including IPv6 and wildcards', () => {
    expect(parseConnectTo('www.ejemplo.gob.mx:443:127.0.0.1:8443')).toEqual({
      host: 'www.ejemplo.gob.mx',
      port: 443,
      toHost: '127.0.0.1',
      toPort: 8443,
    });
    expect(parseConnectTo('WWW.X.GOB.MX:80:[::1]:8080')).toEqual({ host: 'www.x.gob.mx', port: 80, toHost: '::1', toPort: 8080 });
    expect(parseConnectTo('::127.0.0.1:')).toEqual({ host: '', port: 0, toHost: '127.0.0.1', toPort: 0 });
  });

  it.each([
    ['www.x.gob.mx:80:127.0.0.1', /HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT/],
    ['www.x.gob.mx:http:127.0.0.1:80', /port "http"/],
    ['www.x.gob.mx:80:127.0.0.1:70000', /connect-to port "70000"/],
    ['www.x.gob.mx:80::', /needs a connect-to host or port/],
    ['www.x gob.mx:80:127.0.0.1:80', /host "www.x gob.mx"/],
  ])('rejects %s naming the value', (value, message) => {
    expect(() => parseConnectTo(value)).toThrow(message);
    expect(() => parseConnectTo(value)).toThrow(value);
  });

  it('reads a file of rules with comments and names the bad line', () => {
    const text = '# demo portals\nwww.a.gob.mx:80:127.0.0.1:8001\n\n  www.b.gob.mx:80:127.0.0.1:8002  # second\n';
    expect(parseConnectToFile(text).map((r) => r.toPort)).toEqual([8001, 8002]);
    expect(() => parseConnectToFile('www.a.gob.mx:80:127.0.0.1:8001\nbroken')).toThrow(/^line 2: .*"broken"/);
  });
});

describe('resolveConnectTarget', () => {
  const rules = [parseConnectTo('www.x.gob.mx:80:127.0.0.1:8001'), parseConnectTo('::127.0.0.1:9000')];

  it('matches host and effective port; the first rule wins', () => {
    expect(resolveConnectTarget(new URL('http://www.x.gob.mx/a'), rules)).toMatchObject({ host: '127.0.0.1', port: 8001 });
    expect(resolveConnectTarget(new URL('https://www.x.gob.mx/a'), rules)).toMatchObject({ host: '127.0.0.1', port: 9000 });
    expect(resolveConnectTarget(new URL('http://www.x.gob.mx/a'), [])).toEqual({ host: 'www.x.gob.mx', port: 80, rule: null });
  });
});
