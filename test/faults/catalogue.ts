/** Every fault of the suite, in the order `npm run faults` runs them: inputs and single hosts first, whole runs last. */
import { browserFaults } from './browser-faults.ts';
import type { Fault } from './harness.ts';
import { inputFaults } from './input-faults.ts';
import { networkFaults } from './network-faults.ts';
import { runFaults } from './run-faults.ts';
import { storageFaults } from './storage-faults.ts';

export const catalogue: Fault[] = [...inputFaults, ...networkFaults, ...storageFaults, ...runFaults, ...browserFaults];

const ids = catalogue.map((f) => f.id);
const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
if (repeated.length) throw new Error(`fault ids must be unique: ${repeated.join(', ')}`);
