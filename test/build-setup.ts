/**
 * Tests that run `bin/mirador.js` run the build in dist/; a build older than a source would test old code. So the
 * test run first brings dist/ up to date when any source is newer (a tsc incremental build, seconds).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const builtAt = statSync(join(ROOT, 'dist/.tsbuildinfo'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...['src', 'indicators', 'test/generator'].map((dir) => newestSource(join(ROOT, dir))), statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs);
  if (sources <= builtAt) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  // tsc leaves its build info alone when no output changed (a checkout that only touched files).
  const now = new Date();
  utimesSync(join(ROOT, 'dist/.tsbuildinfo'), now, now);
}
