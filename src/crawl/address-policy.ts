import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { FetchFailure, toFetchFailure } from './fetch-error.ts';

/** Addresses the crawler must not reach without --allow-private: it would be probing internal networks. */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8],
  ['64:ff9b:1::', 48],
  ['2001::', 32], // Teredo: the IPv4 inside is obfuscated, and the tunnel reaches behind NATs
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv6');
}

/** An IPv6 address as its eight 16-bit groups (a trailing dotted quad read as the last two), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail, ...rest] = text.split('::');
  if (rest.length > 0) return null;
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  const groups = tail === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const toIPv4 = (high: number, low: number): string => [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');

/**
 * The IPv4 address an IPv6 one carries or translates to — mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), SIIT
 * (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) — which decides whether it is public: the
 * network delivers [::127.0.0.1] or [64:ff9b::7f00:1] to the IPv4 address inside.
 */
function embeddedIPv4(groups: number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroTo(5) && (g5 === 0xffff || g5 === 0)) return toIPv4(g6, g7);
  if (zeroTo(4) && g4 === 0xffff && g5 === 0) return toIPv4(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return toIPv4(g6, g7);
  if (g0 === 0x2002) return toIPv4(g1, g2);
  return null;
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address.replace(/^\[|\]$/g, ''));
  if (family === 4) return nonPublic.check(address, 'ipv4');
  if (family !== 6) return false;
  const bare = address.replace(/^\[|\]$/g, '');
  const groups = ipv6Groups(bare);
  if (!groups) return true; // an address this code cannot read is not shown to be public
  const inner = embeddedIPv4(groups);
  if (inner && nonPublic.check(inner, 'ipv4')) return true;
  return nonPublic.check(bare, 'ipv6');
}

/** dns.lookup with every address, cached for the crawler's life so a site's links don't repeat lookups. */
export class HostResolver {
  private cache = new Map<string, Promise<string[]>>();

  resolve(host: string): Promise<string[]> {
    if (isIP(host)) return Promise.resolve([host]);
    let addresses = this.cache.get(host);
    if (!addresses) {
      addresses = lookup(host, { all: true }).then(
        // IPv4 first: many hosts publish an AAAA record that does not answer.
        (found) => [...found.filter((e) => e.family === 4), ...found.filter((e) => e.family !== 4)].map((e) => e.address),
        (error: unknown) => {
          const failure = toFetchFailure(error, host);
          if ((error as NodeJS.ErrnoException).code === 'EAI_AGAIN') this.cache.delete(host);
          throw failure;
        },
      );
      this.cache.set(host, addresses);
    }
    return addresses;
  }

  /** Resolves a URL's host and refuses it when any address is not public. */
  async resolvePublic(host: string): Promise<string[]> {
    const addresses = await this.resolve(host);
    const blocked = addresses.find(isPrivateAddress);
    if (blocked) {
      throw new FetchFailure('private-address', `${host} resolves to non-public address ${blocked} (use --allow-private or --connect-to)`);
    }
    return addresses;
  }
}
