/** The `check` command past its arguments: refuse bad paths before crawling, check the portal, print and write its result. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import type { RankOptions } from '../run/rank-command.ts';
import { crawlOptionsFrom } from '../run/rank-command.ts';
import { localDay } from '../derive/date-window.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { checkOutputFile, checkOutputFolder, readUserFile } from '../seeds/user-paths.ts';
import { type CheckResult, parseCheckResult } from './check-result.ts';
import { compareChecks, formatComparison } from './compare.ts';
import { checkOutcome } from './outcome.ts';
import { paletteFor } from './palette.ts';
import { runCheck } from './run-check.ts';
import { formatScorecard } from './scorecard.ts';

export interface CheckOptions extends Omit<RankOptions, 'seeds' | 'only' | 'resume'> {
  inegi?: string;
  name?: string;
  state?: string;
  json?: string;
  minScore?: number;
  compare?: string;
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
    asOf: options.asOf ?? localDay(),
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
