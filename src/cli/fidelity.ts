import { Command } from 'commander';
import type { FidelityOptions } from './actions/fidelity.ts';
import { collect, isoDate } from './options.ts';

/** The demo portals' answer keys are written for any date; this one matches the end-to-end tests. */
const DEFAULT_AS_OF = '2016-05-20';

const seedList = (value: string): number[] =>
  value.split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 0) throw new Error(`--seed takes non-negative integers, got "${s}"`);
    return n;
  });

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--count takes a positive integer, got "${value}"`);
  return n;
};

export function fidelityCommand(): Command {
  return new Command('fidelity')
    .description('rank the labelled portals (demo network + corpus/) and compare every verdict and score with the expected ones (issue 4 targets)')
    .option('--as-of <YYYY-MM-DD>', 'evaluation date', isoDate, DEFAULT_AS_OF)
    .option('--no-render', 'do not use the browser (static HTML only)')
    .option('--portals <dir>', 'a folder of labelled portals (repeatable; default: src/demo/portals and corpus/portals)', collect)
    .option('--only <slug,...>', 'measure only these portals', (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--json <file>', 'also write the figures and every mismatch as JSON')
    .option('--strict', 'exit with status 1 when a target is missed', false)
    .option('--generated', 'rank portals made by the generator (test/generator/) instead of the hand-written ones')
    .option('--seed <n,...>', 'generator seeds, measured together (default with --generated: tune seeds and report seeds, as two measures)', seedList)
    .option('--count <n>', 'generated portals per seed (default 10)', positiveInt)
    .option('--keep <dir>', 'with --generated: also write the generated portals to this folder')
    .action(async (options: FidelityOptions) => {
      // Loaded when the command runs: --help and the other commands never load the demo network or the crawler.
      const { fidelityAction } = await import('./actions/fidelity.ts');
      await fidelityAction(options);
    });
}
