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
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return nonPublic.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return nonPublic.check(address, 'ipv4');
  if (family === 6) return nonPublic.check(address, 'ipv6');
  return false;
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
