import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { CORPUS_DIR, PORTALS_DIR } from '../demo/expected.ts';
import { rankPortalNetwork } from '../demo/rank-network.ts';
import { formatFidelity } from '../fidelity/format.ts';
import { checkTargets, type Fidelity, measureFidelity } from '../fidelity/measure.ts';
import { openDatabase } from '../store/database.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { collect, isoDate } from './options.ts';

/** The demo portals' answer keys are written for any date; this one matches the end-to-end tests. */
const DEFAULT_AS_OF = '2016-05-20';

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
}

export function fidelityCommand(): Command {
  return new Command('fidelity')
    .description('rank the labelled portals (demo network + corpus/) and compare every verdict and score with the expected ones (issue 4 targets)')
    .option('--as-of <YYYY-MM-DD>', 'evaluation date', isoDate, DEFAULT_AS_OF)
    .option('--no-render', 'do not use the browser (static HTML only)')
    .option('--portals <dir>', 'a folder of labelled portals (repeatable; default: src/demo/portals and corpus/portals)', collect)
    .option('--only <slug,...>', 'measure only these portals', (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--json <file>', 'also write the figures and every mismatch as JSON')
    .option('--strict', 'exit with status 1 when a target is missed', false)
    .action(async (options: FidelityOptions) => {
      const { fidelity, text } = await runFidelityCommand(options);
      process.stdout.write(text);
      if (options.strict && checkTargets(fidelity).some((c) => !c.met)) process.exitCode = 1;
    });
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
