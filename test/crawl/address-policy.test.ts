import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/crawl/address-policy.ts';
import { toFetchFailure } from '../../src/crawl/fetch-error.ts';

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.10', '169.254.169.254', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'])(
    '%s is not public',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );
  // IPv6 forms that carry or translate to a non-public IPv4 address go where that address goes.
  it.each(['::127.0.0.1', '[::127.0.0.1]', '::7f00:1', '::ffff:7f00:1', '::ffff:0:10.0.0.1', '64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '2002:c0a8:101::', '2001:0:4136:e378::1'])(
    '%s carries a non-public IPv4 address',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );
  it.each(['200.57.141.2', '8.8.8.8', '2001:4860:4860::8888', '172.32.0.1', '64:ff9b::808:808', '2002:808:808::1', '::ffff:200.57.141.2'])('%s is public', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('toFetchFailure', () => {
  const errorWith = (code: string, message = code): Error => Object.assign(new Error(message), { code });

  it.each([
    ['ENOTFOUND', 'dns', 'DNS: no such host www.x.gob.mx'],
    ['ECONNREFUSED', 'refused', 'connection refused by www.x.gob.mx'],
    ['ECONNRESET', 'reset', 'connection reset by www.x.gob.mx (ECONNRESET)'],
    ['CERT_HAS_EXPIRED', 'tls', 'TLS: CERT_HAS_EXPIRED'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', 'TLS: ERR_TLS_CERT_ALTNAME_INVALID'],
  ])('%s → %s', (code, kind, message) => {
    expect(toFetchFailure(errorWith(code), 'www.x.gob.mx').toFetchError()).toEqual({ kind, message });
  });

  it('keeps Node’s TLS wording', () => {
    expect(toFetchFailure(errorWith('CERT_HAS_EXPIRED', 'certificate has expired'), 'x').message).toBe('TLS: certificate has expired');
  });
});
