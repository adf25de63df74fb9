/**
 * The `rank` command past its arguments: validate the seeds, open the database, start or resume the run, write its
 * report. Here rather than in src/cli/ because the demo and the end-to-end tests rank exactly as a user does, and
 * nothing may import the CLI.
 */
import { resolve } from 'node:path';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { defaultCrawlOptions, parseConnectTo, parseConnectToFile } from '../crawl/crawler.ts';
import { WAYBACK_ARCHIVE_URL, WAYBACK_WINDOW_DAYS } from '../crawl/defaults.ts';
import type { CrawlOptions } from '../crawl/types.ts';
import { DEFAULT_ARCHIVE_RATE_PER_MINUTE } from '../crawl/wayback/archive-rate.ts';
import type { Lang } from '../report/html/i18n.ts';
import { writeRunReport } from '../report/run-report.ts';
import { localDay } from '../derive/date-window.ts';
import { indicatorsFor } from '../score/score-site.ts';
import { readSeedsFile, selectSeeds } from '../seeds/seeds.ts';
import { checkOutputFolder, readUserFileSync } from '../seeds/user-paths.ts';
import { openDatabase } from '../store/database.ts';
import { setContestUntil } from '../store/reviews.ts';
import { acquireRunLock, getRun, loadRunSeeds, releaseRunLock, setRunStatus } from '../store/runs.ts';
import { createProgressDisplay } from './progress-display.ts';
import { defaultArchiveDir, resumeRankRun, startRankRun } from './rank-run.ts';

export { WAYBACK_ARCHIVE_URL, WAYBACK_WINDOW_DAYS } from '../crawl/defaults.ts';

export interface RankOptions {
  seeds?: string;
  db: string;
  out?: string;
  asOf?: string;
  only?: string[];
  maxPages: number;
  maxDepth: number;
  concurrency: number;
  /** --max-memory, MB (CrawlOptions.maxMemoryMb). */
  maxMemory?: number;
  delay: number;
  timeout: number;
  connectTo: string[];
  connectToFile?: string;
  allowPrivate: boolean;
  /** false with --no-render: static HTML only, no browser. */
  render?: boolean;
  ignoreTlsErrors?: boolean;
  /** --wayback: evaluate the portals as archived on --as-of (see src/crawl/wayback/). */
  wayback?: boolean;
  archiveUrl?: string;
  waybackWindowDays?: number;
  /** --archive-rate: index lookups a minute for the whole run (src/crawl/wayback/archive-rate.ts). */
  archiveRate?: number;
  resume?: number;
  /** --contest-until: the run is preliminary, open to contest by the municipalities until this day. */
  contestUntil?: string;
  /** --lang: the language of the progress lines and the summary. */
  lang?: Lang;
}

const SUMMARY = {
  es: {
    ranked: (runId: number, ranked: number, total: number, asOf: string) => `ejecución ${runId}: ${ranked} de ${total} sitio(s) en el ranking (fecha de evaluación ${asOf})`,
    pending: (n: number, resume: string) => `${n} sitio(s) no se pudieron terminar o guardar y quedan pendientes (véanse los mensajes anteriores); la ejecución no ha terminado. Para continuar: ${resume}`,
    interrupted: (resume: string) => `interrumpida. Para continuar: ${resume}`,
    database: 'base de datos:',
    report: 'informe:      ',
  },
  en: {
    ranked: (runId: number, ranked: number, total: number, asOf: string) => `run ${runId}: ${ranked} of ${total} site(s) ranked (as of ${asOf})`,
    pending: (n: number, resume: string) => `${n} site(s) could not be finished or saved and are left pending (see the messages above); the run is not finished. Continue with: ${resume}`,
    interrupted: (resume: string) => `interrupted. Continue with: ${resume}`,
    database: 'database:',
    report: 'report:  ',
  },
} as const;

export function crawlOptionsFrom(options: RankOptions): CrawlOptions {
  const connectTo = options.connectTo.map(parseConnectTo);
  if (options.connectToFile) connectTo.push(...parseConnectToFile(readUserFileSync('--connect-to-file', options.connectToFile).toString('utf8')));
  return {
    ...defaultCrawlOptions,
    maxPages: options.maxPages,
    maxDepth: options.maxDepth,
    concurrency: options.concurrency,
    ...(options.maxMemory !== undefined ? { maxMemoryMb: options.maxMemory } : {}),
    perHostDelayMs: options.delay,
    timeoutMs: options.timeout * 1000,
    connectTo,
    allowPrivate: options.allowPrivate,
    render: options.render ?? true,
    ignoreTlsErrors: options.ignoreTlsErrors ?? false,
    ...(options.wayback ? { wayback: waybackFrom(options), render: false } : {}),
  };
}

function waybackFrom(options: RankOptions): NonNullable<CrawlOptions['wayback']> {
  // "As it was" needs a date: defaulting to today would silently evaluate whatever was archived last.
  if (!options.asOf) throw new Error('--wayback needs --as-of <YYYY-MM-DD>');
  return {
    archiveUrl: options.archiveUrl ?? WAYBACK_ARCHIVE_URL,
    asOf: options.asOf,
    windowDays: options.waybackWindowDays ?? WAYBACK_WINDOW_DAYS,
    ratePerMinute: options.archiveRate ?? DEFAULT_ARCHIVE_RATE_PER_MINUTE,
  };
}

export function resumedCrawlOptions(stored: CrawlOptions, options: RankOptions): CrawlOptions {
  const extra = crawlOptionsFrom(options).connectTo;
  const resumed = { ...defaultCrawlOptions, ...stored, connectTo: [...extra, ...stored.connectTo] };
  // A run the archive refused is resumed, often, at a gentler pace.
  if (resumed.wayback && options.archiveRate !== undefined) resumed.wayback = { ...resumed.wayback, ratePerMinute: options.archiveRate };
  return resumed;
}

export async function runRankCommand(options: RankOptions): Promise<{ runId: number; indexPath: string; summary: string; pending: number }> {
  if (!options.seeds && options.resume === undefined) throw new Error('--seeds <csv> is required (or --resume <run-id>)');
  const rules = indicatorsFor(aidh2016, allIndicators);
  // Seeds are validated before the database is touched: a bad file must not leave an empty run behind.
  const freshSeeds = options.resume === undefined ? selectSeeds(await readSeedsFile(options.seeds!), options.only) : [];
  // So are the report folder and the crawl options (a --connect-to-file to read): a typo in them must not cost a crawl.
  if (options.out) checkOutputFolder('--out', options.out);
  const freshCrawl = options.resume === undefined ? crawlOptionsFrom(options) : undefined;
  // A run to resume is in a database that exists: a mistyped --db must not start an empty one.
  const db = openDatabase(options.db, { mustExist: options.resume !== undefined });
  const say = SUMMARY[options.lang ?? 'es'];
  const progress = createProgressDisplay(options.lang ?? 'es');
  let currentRun: number | undefined = options.resume;
  // Ctrl-C: every finished site is already committed; mark the run so --resume can pick it up.
  let locked: number | undefined;
  const lock = (runId: number) => {
    const holder = acquireRunLock(db, runId);
    if (holder) {
      throw new Error(
        `run ${runId} is being crawled by process ${holder.pid} on ${holder.host} (since ${holder.acquired_at}); wait for it to finish, or stop it, before resuming — two crawls of one run would visit every remaining site twice`,
      );
    }
    locked = runId;
  };
  const onInterrupt = () => {
    if (currentRun !== undefined) setRunStatus(db, currentRun, 'interrupted');
    if (locked !== undefined) releaseRunLock(db, locked);
    process.stderr.write(`\n${say.interrupted(`mirador rank --db ${options.db} --resume ${currentRun}`)}\n`);
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    let result;
    if (options.resume !== undefined) {
      const run = getRun(db, options.resume);
      if (!run) throw new Error(`run ${options.resume} is not in ${options.db}`);
      if (run.status === 'finished') throw new Error(`run ${run.id} already finished; nothing to resume`);
      lock(run.id);
      // The run keeps its own crawl options (politeness, budget); --connect-to given now is added to its rules.
      const crawl = resumedCrawlOptions(JSON.parse(run.options_json) as CrawlOptions, options);
      result = await resumeRankRun({ db, crawl, methodology: aidh2016, rules, progress, runId: run.id, seeds: loadRunSeeds(db, run.id) });
    } else {
      result = await startRankRun({
        db,
        crawl: freshCrawl!,
        methodology: aidh2016,
        rules,
        progress,
        seeds: freshSeeds,
        seedsFile: options.seeds!,
        asOf: options.asOf ?? localDay(),
        onRunCreated: (runId: number) => {
          currentRun = runId;
          lock(runId);
        },
      });
    }
    if (options.contestUntil) setContestUntil(db, result.runId, options.contestUntil);
    const out = resolve(options.out ?? `reports/run-${result.runId}`);
    const { indexPath, report } = await writeRunReport({
      db, runId: result.runId, scoringId: result.scoringId, methodology: aidh2016, outDir: out, runDir: defaultArchiveDir(db, result.runId),
    });
    const ranked = report.municipalities.filter((m) => m.score !== null).length;
    const summary = [
      say.ranked(result.runId, ranked, report.municipalities.length, report.run.asOf),
      ...(result.pending > 0 ? [say.pending(result.pending, `mirador rank --db ${options.db} --resume ${result.runId}`)] : []),
      `${say.database} ${resolve(options.db)}`,
      `${say.report} ${indexPath}`,
    ].join('\n');
    return { runId: result.runId, indexPath, summary, pending: result.pending };
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    if (locked !== undefined) releaseRunLock(db, locked);
    db.close();
  }
}
