/** Every fault of the suite, in the order `npm run faults` runs them. */
import type { Fault } from './harness.ts';
import { networkFaults } from './network-faults.ts';

export const catalogue: Fault[] = [...networkFaults];

const ids = catalogue.map((f) => f.id);
const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
if (repeated.length) throw new Error(`fault ids must be unique: ${repeated.join(', ')}`);
