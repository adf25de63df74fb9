/**
 * Rank a simulated portal network end to end: serve the portals on loopback, write their seeds, run the same
 * `rank` a user runs, close the network. One function behind `mirador demo`, `mirador fidelity` and the
 * end-to-end tests, so all three crawl the portals the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultCrawlOptions } from '../crawl/crawler.ts';
import { type RankOptions, runRankCommand } from '../run/rank-command.ts';
import { type PortalSpec, startPortalNetwork } from './portal-network.ts';

export interface RankNetworkOptions extends Partial<Omit<RankOptions, 'seeds' | 'asOf' | 'only'>> {
  asOf: string;
  db: string;
  /** Where the network's seeds CSV is written (kept: it documents what was ranked). */
  seedsFile: string;
  portalsDirs?: readonly string[];
  /** Portal slugs to rank (default: every portal in the folders). */
  only?: readonly string[];
  /** Told where the network listens, before the crawl starts. */
  onListening?: (info: { port: number; portals: PortalSpec[] }) => void;
}

export interface RankedNetwork {
  portals: PortalSpec[];
  runId: number;
  indexPath: string;
  summary: string;
}

/** Loopback answers at once: politeness gaps would only slow the run (the demo sets its own small one). */
const LOOPBACK_DEFAULTS = { concurrency: 8, delay: 0, timeout: 10, allowPrivate: false } as const;

export async function rankPortalNetwork(options: RankNetworkOptions): Promise<RankedNetwork> {
  const { portalsDirs, only, seedsFile, onListening, ...rank } = options;
  const network = await startPortalNetwork({ asOf: options.asOf, portalsDirs, only });
  try {
    mkdirSync(dirname(resolve(seedsFile)), { recursive: true });
    writeFileSync(seedsFile, network.seedsCsv());
    onListening?.({ port: network.port, portals: network.portals });
    const result = await runRankCommand({
      maxPages: defaultCrawlOptions.maxPages,
      maxDepth: defaultCrawlOptions.maxDepth,
      ...LOOPBACK_DEFAULTS,
      ...rank,
      seeds: seedsFile,
      connectTo: [...network.connectTo, ...(rank.connectTo ?? [])],
    });
    return { portals: network.portals, ...result };
  } finally {
    await network.close();
  }
}
