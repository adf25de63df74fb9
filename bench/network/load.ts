import { readFileSync } from 'node:fs';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { buildNetwork, type NetworkDefinition } from './portal-network.ts';

const SEEDS_FILE = new URL('../../seeds/municipios-aidh2016.csv', import.meta.url);

/** The first `sites` AIDH 2016 municipalities (real codes and names), each given a generated portal. */
export function loadNetwork(sites: number, seed: number): NetworkDefinition {
  const rows = parseSeeds(readFileSync(SEEDS_FILE, 'utf8'), 'seeds/municipios-aidh2016.csv');
  if (sites < 1 || sites > rows.length) throw new Error(`--sites must be between 1 and ${rows.length}, got ${sites}`);
  return buildNetwork(
    rows.slice(0, sites).map((r) => ({ inegiCode: r.inegi_code, name: r.name, state: r.state })),
    seed,
  );
}
