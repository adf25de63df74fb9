/**
 * `mirador --help` (and any command's --help) loads only the command definitions: each command's work, and its
 * heavy packages, are imported when it runs (issue 15). Held as a property of the import graph, not as a timing: what
 * src/cli/main.ts loads before any action runs is its static, non-type import closure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Packages that cost tenths of a second each to load, and that no --help needs. */
const HEAVY = ['playwright-core', 'cheerio', 'better-sqlite3', 'zod', 'csv-parse', 'warcio', 'htmlparser2', 'cli-progress', 'p-queue', 'robots-parser', 'tsx'];

// Static imports and re-exports only: `import type` is erased, `await import()` waits for an action.
const STATIC = /^\s*(?:import|export)(?!\s+type\b)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function loadedAtStart(entry: string): { files: string[]; packages: Map<string, string> } {
  const files: string[] = [];
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(STATIC)) {
      const specifier = (match[1] ?? match[2])!;
      if (specifier.startsWith('.')) visit(relative(ROOT, resolve(ROOT, dirname(file), specifier)).split(sep).join('/'));
      else if (!specifier.startsWith('node:')) packages.set(specifier, file);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('start-up', () => {
  const { files, packages } = loadedAtStart('src/cli/main.ts');

  it('is read from the real graph', () => {
    // Guards the regex: the definitions and commander must be found, or the rule below would pass vacuously.
    expect(files).toEqual(expect.arrayContaining(['src/cli/rank.ts', 'src/cli/check.ts', 'src/cli/reviews.ts', 'src/cli/options.ts']));
    expect([...packages.keys()]).toContain('commander');
  });

  it('loads none of the heavy packages before a command runs', () => {
    expect([...packages].filter(([name]) => HEAVY.some((heavy) => name === heavy || name.startsWith(`${heavy}/`))).map(([name, file]) => `${file} → ${name}`)).toEqual([]);
  });

  it('loads no command’s work: the crawl, the store, the report and the indicators wait for their command', () => {
    const work = files.filter((file) => /^(src\/(crawl\/(?!defaults\.ts|types\.ts)|store|report|run|score|gather|derive\/(?!date-window\.ts)|check|demo|fidelity|seeds)|indicators)\//.test(file) || file.startsWith('src/cli/actions/'));
    expect(work).toEqual([]);
  });
});
