#!/usr/bin/env node
// Runs the build in dist/ (`npm run build`, which setup does), so no TypeScript compiler runs at start. A checkout
// not built yet still works: its sources run through tsx, seconds slower to start.
import { existsSync } from 'node:fs';

const built = new URL('../dist/src/cli/main.js', import.meta.url);
let main;
if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  process.stderr.write('mirador: no build in dist/ (run `npm run build`); running the TypeScript sources, slower to start\n');
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv);
