import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { type CheckResult, parseCheckResult } from '../check/check-result.ts';
import { compareChecks, formatComparison } from '../check/compare.ts';
import { checkOutcome } from '../check/outcome.ts';
import { paletteFor } from '../check/palette.ts';
import { runCheck } from '../check/run-check.ts';
import { formatScorecard } from '../check/scorecard.ts';
import { crawlOptionsFrom, type RankOptions, today } from '../run/rank-command.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { checkOutputFile, checkOutputFolder, readUserFile } from '../seeds/user-paths.ts';
import { addCrawlOptions } from './rank.ts';
import { addLangOption, isoDate } from './options.ts';

/** Its own database by default, in its own folder, so its run archives (runs/run-<id>) never mix with a ranking's. */
export const DEFAULT_CHECK_DB = 'data/check/check.sqlite';

export interface CheckOptions extends Omit<RankOptions, 'seeds' | 'only' | 'resume'> {
  inegi?: string;
  name?: string;
  state?: string;
  json?: string;
  minScore?: number;
  compare?: string;
}

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
    process.exitCode = await runCheckCommand(url, options);
  });
}

/** Returns the exit code: 0 fine, 1 below --min-score, 2 the site could not be evaluated. */
export async function runCheckCommand(url: string, options: CheckOptions): Promise<number> {
  // A bad --compare file, or a place the results cannot be written, is refused before minutes of crawling.
  const previous: CheckResult | undefined = options.compare
    ? parseCheckResult((await readUserFile('--compare', options.compare)).toString('utf8'), options.compare)
    : undefined;
  if (options.json) checkOutputFile('--json', options.json);
  if (options.out) checkOutputFolder('--out', options.out);
  const { result, municipalityPage } = await runCheck({
    url,
    inegiCode: options.inegi,
    name: options.name,
    state: options.state,
    db: options.db,
    asOf: options.asOf ?? today(),
    crawl: crawlOptionsFrom(options),
    methodology: aidh2016,
    rules: indicatorsFor(aidh2016, allIndicators),
    outDir: options.out,
    lang: options.lang,
  });
  const palette = paletteFor(process.stdout);
  const lang = options.lang ?? 'es';
  const sections = [formatScorecard(result, aidh2016, { palette, width: process.stdout.isTTY ? process.stdout.columns : undefined, lang })];
  if (previous) sections.push(formatComparison(compareChecks(previous, result, aidh2016), aidh2016, palette, lang));
  process.stdout.write(`\n${sections.join('\n\n')}\n`);

  if (options.json) {
    await writeFile(options.json, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
    process.stderr.write(`JSON: ${resolve(options.json)}\n`);
  }
  if (municipalityPage) process.stderr.write(`${lang === 'en' ? 'Report' : 'Informe'}: ${municipalityPage}\n`);
  const outcome = checkOutcome(result, options.minScore, aidh2016, lang);
  if (outcome.message) process.stderr.write(`${outcome.message}\n`);
  return outcome.exitCode;
}
