import { Command, InvalidArgumentError } from 'commander';
import type { CheckOptions } from '../check/check-command.ts';
import { addCrawlOptions } from './rank.ts';
import { addLangOption, isoDate } from './options.ts';


/** Its own database by default, in its own folder, so its run archives (runs/run-<id>) never mix with a ranking's. */
export const DEFAULT_CHECK_DB = 'data/check/check.sqlite';

function score0to100(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new InvalidArgumentError(`--min-score must be a number from 0 to 100, got "${value}"`);
  return n;
}

export function checkCommand(): Command {
  const command = new Command('check')
    .description(
      'revisar un portal antes de la evaluación: rastrea un sitio con las mismas reglas que rank e imprime su puntaje y qué corregir primero\n' +
        'check one portal before an evaluation: crawl one site with the same rules as rank, print its scorecard and what to fix first',
    )
    .argument('<url>', 'the portal, e.g. https://www.tlajomulco.gob.mx/')
    .option('--inegi <code>', 'INEGI code of the municipality (5 digits; default 00000)')
    .option('--name <name>', 'municipality name (default: the host name)')
    .option('--state <name>', 'state name, shown on the report page')
    .option('--db <file>', 'SQLite database', DEFAULT_CHECK_DB)
    .option('--as-of <YYYY-MM-DD>', 'evaluation date for recency criteria (default: today)', isoDate)
    .option('--out <dir>', 'also write the HTML report (the same municipality page as a full run) to this folder')
    .option('--json <file>', 'write the result as JSON (for --compare next time)')
    .option('--min-score <n>', 'exit with code 1 when the score is below n (for CI)', score0to100)
    .option('--compare <previous.json>', 'show what changed since a previous --json output');
  return addLangOption(addCrawlOptions(command)).action(async (url: string, options: CheckOptions) => {
    // Loaded when the command runs: --help and the other commands never load the crawler.
    const { runCheckCommand } = await import('../check/check-command.ts');
    process.exitCode = await runCheckCommand(url, options);
  });
}

