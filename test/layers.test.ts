/**
 * The pipeline's direction, held by a test: crawl → gather → indicators → score → store → report, with cli on top
 * and nothing importing it. A stage that reaches back into a later one cannot be re-run alone (rescoring from the
 * archive would drag the report in), and a cycle makes load order decide what a module sees at import time.
 *
 * The import graph is read from the source text, not from a bundler, so the test stays fast and has no dependency;
 * type-only imports count, because a type is still a dependency on the other layer's model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function tsFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

// `[^;]*?` lets a specifier list span lines; side-effect imports (`import './x.ts'`) and `import('…')` count too.
const SPECIFIER = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/**
 * Imports of files outside src/ and indicators/ that are allowed, as `importer → target`. The only one: `mirador
 * fidelity --generated` loads the portal generator, which lives with the tests (it is test material, like the
 * corpus), dynamically and only under that option. It stays out of the graph: the generator is not a stage.
 */
const OUTSIDE_IMPORTS = new Set(['src/cli/actions/fidelity.ts → test/generator/index.ts']);

/** Project files each file imports, as paths from the repository root; packages and node: builtins are left out. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (!specifier.startsWith('.')) continue;
      const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).split(sep).join('/');
      if (OUTSIDE_IMPORTS.has(`${file} → ${target}`)) continue;
      if (!known.has(target)) throw new Error(`${file} imports ${specifier}, which is not a .ts file under src/ or indicators/`);
      targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Every cycle, each reported once as the path that closes it (a → b → a). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string) => {
    const at = onPath.indexOf(node);
    if (at >= 0) {
      found.push([...onPath.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    onPath.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    onPath.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return found;
}

const files = [...tsFilesUnder('src'), ...tsFilesUnder('indicators')];
const graph = importGraph(files);

/** `from → to` for every import from a file under one of `from` into a file under one of `to`. */
function reaches(from: readonly string[], to: readonly string[]): string[] {
  const under = (file: string, dirs: readonly string[]) => dirs.some((dir) => file.startsWith(`${dir}/`));
  return [...graph].flatMap(([file, targets]) =>
    under(file, from) ? targets.filter((target) => under(target, to)).map((target) => `${file} → ${target}`) : [],
  );
}

describe('the import graph of src/ and indicators/', () => {
  it('is read from files that exist', () => {
    // Guards the regex: if it stopped matching, every rule below would pass vacuously.
    expect(graph.get('src/score/score-site.ts')).toContain('indicators/methodology.ts');
    expect(graph.get('src/crawl/site-crawl.ts')?.length).toBeGreaterThan(5);
    // A specifier list over several lines, and a type-only re-export.
    expect(graph.get('src/report/model.ts')).toEqual(['src/store/ranking-report.ts']);
  });

  it('has no import cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has nothing importing src/cli/ but src/cli/ itself', () => {
    const outside = files.filter((file) => !file.startsWith('src/cli/'));
    expect(outside.flatMap((file) => (graph.get(file) ?? []).filter((t) => t.startsWith('src/cli/')).map((t) => `${file} → ${t}`))).toEqual([]);
  });

  // The crawl imports nothing from the store today either: the archive index is written by the run (src/run/), so no
  // exception is needed for it.
  it('keeps the crawl ignorant of the later stages', () => {
    expect(reaches(['src/crawl'], ['src/gather', 'src/derive', 'indicators', 'src/score', 'src/store', 'src/report', 'src/run'])).toEqual([]);
  });

  it('keeps src/platforms/ neutral, since both the crawl and the gatherers read URLs through it', () => {
    const platforms = files.filter((file) => file.startsWith('src/platforms/'));
    expect(platforms.length).toBeGreaterThan(0);
    const outside = (t: string) => !t.startsWith('src/platforms/') && !t.startsWith('src/vocabulary/');
    expect(platforms.flatMap((file) => (graph.get(file) ?? []).filter(outside).map((t) => `${file} → ${t}`))).toEqual([]);
  });

  it('keeps src/vocabulary/ a leaf every stage can import: it imports only itself', () => {
    const vocabulary = files.filter((file) => file.startsWith('src/vocabulary/'));
    expect(vocabulary.length).toBeGreaterThan(5);
    expect(vocabulary.flatMap((file) => (graph.get(file) ?? []).filter((t) => !t.startsWith('src/vocabulary/')).map((t) => `${file} → ${t}`))).toEqual([]);
  });

  it('keeps the derive stage ignorant of the rules, points, the store and the report', () => {
    expect(reaches(['src/derive'], ['indicators', 'src/score', 'src/store', 'src/report', 'src/run', 'src/cli'])).toEqual([]);
  });

  it('keeps the store ignorant of the report', () => {
    expect(reaches(['src/store'], ['src/report'])).toEqual([]);
  });

  it('keeps the gatherers ignorant of indicators, points, the store and the report', () => {
    expect(reaches(['src/gather'], ['src/derive', 'indicators', 'src/score', 'src/store', 'src/report', 'src/run'])).toEqual([]);
  });
});
