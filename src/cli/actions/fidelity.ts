/** The work of `mirador fidelity`, loaded when it runs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { aidh2016 } from '../../../indicators/aidh-2016.ts';
import { CORPUS_DIR, PORTALS_DIR } from '../../demo/expected.ts';
import { rankPortalNetwork } from '../../demo/rank-network.ts';
import { formatFidelity } from '../../fidelity/format.ts';
import { checkTargets, type Fidelity, measureFidelity } from '../../fidelity/measure.ts';
import { checkOutputFile } from '../../seeds/user-paths.ts';
import { openDatabase } from '../../store/database.ts';
import { loadRankingReport } from '../../store/report-query.ts';

export interface FidelityOptions {
  asOf: string;
  /** false with --no-render. */
  render?: boolean;
  json?: string;
  strict?: boolean;
  /** Portal folders (default: the demo portals and the labelled corpus). */
  portals?: string[];
  /** Only these portal slugs. */
  only?: string[];
  /** Rank generated portals (test/generator/) instead of the hand-written ones. */
  generated?: boolean;
  /** Generator seeds (default: the tune seeds and the report seeds, as two measures). */
  seed?: number[];
  /** Generated portals per seed. */
  count?: number;
  /** Also write the generated portals here, for inspection. */
  keep?: string;
}

export async function fidelityAction(options: FidelityOptions): Promise<void> {
  // Written after minutes of ranking: a path it cannot go to is refused first.
  if (options.json) checkOutputFile('--json', options.json);
  if (options.generated) {
    const { measures, text } = await runGeneratedFidelity(options);
    process.stdout.write(text);
    if (options.strict && measures.some((m) => checkTargets(m.fidelity).some((c) => !c.met))) process.exitCode = 1;
    return;
  }
  const { fidelity, text } = await runFidelityCommand(options);
  process.stdout.write(text);
  if (options.strict && checkTargets(fidelity).some((c) => !c.met)) process.exitCode = 1;
}

export interface GeneratedMeasure {
  label: string;
  seeds: number[];
  count: number;
  fidelity: Fidelity;
}

/**
 * `--generated`: write the generator's portals for each group of seeds into a temporary folder, rank them as the
 * hand-written portals are ranked, and measure each group on its own. Without --seed the tune seeds (in sample:
 * the ones whose mismatches are read to fix rules) and the report seeds (out of sample) are two measures.
 */
export async function runGeneratedFidelity(options: FidelityOptions): Promise<{ measures: GeneratedMeasure[]; text: string }> {
  // The generator lives with the tests; only this option needs it, so the CLI loads it only here.
  const generator = await import('../../../test/generator/index.ts');
  const count = options.count ?? generator.DEFAULT_COUNT;
  const groups = options.seed
    ? [{ label: `seeds ${options.seed.join(', ')}`, seeds: options.seed }]
    : [
        { label: 'tune seeds (in sample)', seeds: [...generator.TUNE_SEEDS] },
        { label: 'report seeds (out of sample)', seeds: [...generator.REPORT_SEEDS] },
      ];
  const measures: GeneratedMeasure[] = [];
  const texts: string[] = [];
  for (const group of groups) {
    const dir = mkdtempSync(join(tmpdir(), 'mirador-generated-'));
    try {
      for (const seed of group.seeds) {
        generator.generatePortals({ seed, count, outDir: dir, asOf: options.asOf });
        if (options.keep) generator.generatePortals({ seed, count, outDir: resolve(options.keep), asOf: options.asOf });
      }
      const { fidelity, text } = await runFidelityCommand({ ...options, json: undefined, portals: [dir] });
      measures.push({ label: group.label, seeds: group.seeds, count, fidelity });
      texts.push(`== ${group.label}: seeds ${group.seeds.join(', ')}, ${count} portals each ==\n${text}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (options.json)
    writeFileSync(
      resolve(options.json),
      `${JSON.stringify({ asOf: options.asOf, render: options.render ?? true, generated: measures.map((m) => ({ ...m, targets: checkTargets(m.fidelity) })) }, null, 2)}\n`,
    );
  return { measures, text: texts.join('\n') };
}

export async function runFidelityCommand(options: FidelityOptions): Promise<{ fidelity: Fidelity; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-fidelity-'));
  try {
    const db = join(dir, 'fidelity.sqlite');
    const ranked = await rankPortalNetwork({
      asOf: options.asOf,
      db,
      out: join(dir, 'report'),
      seedsFile: join(dir, 'seeds.csv'),
      portalsDirs: options.portals?.map((p) => resolve(p)) ?? [PORTALS_DIR, CORPUS_DIR],
      only: options.only,
      render: options.render ?? true,
      onListening: ({ port, portals }) =>
        process.stderr.write(`ranking ${portals.length} labelled portals on 127.0.0.1:${port} (as of ${options.asOf})\n`),
    });
    const database = openDatabase(db);
    let report;
    try {
      report = loadRankingReport(database, ranked.runId);
    } finally {
      database.close();
    }
    const fidelity = measureFidelity(ranked.portals, report.municipalities, aidh2016);
    const checks = checkTargets(fidelity);
    if (options.json) {
      writeFileSync(resolve(options.json), `${JSON.stringify({ asOf: options.asOf, render: options.render ?? true, ...fidelity, targets: checks }, null, 2)}\n`);
    }
    return { fidelity, text: formatFidelity(fidelity, { asOf: options.asOf }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
