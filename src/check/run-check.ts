/**
 * `mirador check`: one site through the same run as a full ranking (crawl rules, gatherers, indicators,
 * store), then its result as a CheckResult, and optionally the same municipality page as the full report.
 */
import { join, resolve } from 'node:path';
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import type { CrawlOptions } from '../crawl/types.ts';
import { municipalityFile } from '../report/html/components.ts';
import type { RankingReport } from '../report/model.ts';
import { writeRunReport } from '../report/run-report.ts';
import { defaultArchiveDir, startRankRun } from '../run/rank-run.ts';
import { type Seed, seedRowSchema } from '../seeds/seeds.ts';
import { openDatabase } from '../store/database.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { type CheckResult, toCheckResult } from './check-result.ts';
import { createCheckProgress } from './check-progress.ts';
import type { Lang } from '../report/html/i18n.ts';

/** A site checked without --inegi is not a known municipality; the code only names its files. */
export const PLACEHOLDER_INEGI_CODE = '00000';
export const PLACEHOLDER_STATE = 'Sin estado';

export interface CheckRequest {
  url: string;
  inegiCode?: string;
  name?: string;
  state?: string;
  db: string;
  asOf: string;
  crawl: CrawlOptions;
  methodology: Methodology;
  rules: readonly IndicatorDefinition[];
  /** Folder for the HTML report; none written when absent. */
  outDir?: string;
  progress?: NodeJS.WritableStream;
  /** Language of the progress lines. */
  lang?: Lang;
}

export interface CheckRun {
  runId: number;
  result: CheckResult;
  /** The site's page in the report, when one was written. */
  municipalityPage: string | null;
  /** Set when the run itself failed on this site (not an unreachable site). */
  failure: Error | null;
}

/** The one-row seed of a check; bad --inegi or URL is refused before anything is stored. */
export function checkSeed(url: string, inegiCode?: string, name?: string, state?: string): Seed {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // seedRowSchema below names the problem.
  }
  const parsed = seedRowSchema.safeParse({
    inegi_code: inegiCode ?? PLACEHOLDER_INEGI_CODE,
    name: name ?? host,
    state: state ?? PLACEHOLDER_STATE,
    url,
  });
  // Each message starts with the field it is about (url, inegi_code…), so it needs no prefix.
  if (!parsed.success) throw new Error(`check ${url}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

export async function runCheck(request: CheckRequest): Promise<CheckRun> {
  const seed = checkSeed(request.url, request.inegiCode, request.name, request.state);
  const db = openDatabase(request.db);
  const progress = createCheckProgress(seed.url, request.progress, request.lang);
  try {
    const { runId, scoringId } = await startRankRun({
      db,
      seeds: [seed],
      seedsFile: `mirador check ${seed.url}`,
      asOf: request.asOf,
      crawl: request.crawl,
      methodology: request.methodology,
      rules: request.rules,
      progress,
    });
    let report: RankingReport;
    let municipalityPage: string | null = null;
    if (request.outDir) {
      const outDir = resolve(request.outDir);
      ({ report } = await writeRunReport({
        db, runId, scoringId, methodology: request.methodology, outDir, runDir: defaultArchiveDir(db, runId),
      }));
      municipalityPage = join(outDir, municipalityFile(seed));
    } else {
      report = loadRankingReport(db, runId, scoringId);
    }
    const municipality = report.municipalities[0];
    if (!municipality) throw new Error(`check ${seed.url}: run ${runId} has no result for the site`);
    return { runId, result: toCheckResult(municipality, report.run), municipalityPage, failure: progress.failure() };
  } finally {
    db.close();
  }
}
