/**
 * A ranking run: crawl each seed, gather artifacts, score, and commit each site as it finishes.
 * Stages stay separate; this module only sequences them and owns the run's lifecycle.
 */
import { dirname, join, resolve } from 'node:path';
import PQueue from 'p-queue';
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { type ArchivedFetch, openNextRunArchive, type RunArchive } from '../crawl/archive/warc-writer.ts';
import { createCrawler, type CrawlerParts } from '../crawl/crawler.ts';
import { ProbePlan } from '../../indicators/probe-needs.ts';
import type { CrawlOptions, FetchRecord, SiteCrawl } from '../crawl/types.ts';
import type { ScoredSite } from '../score/points.ts';
import type { Seed } from '../seeds/seeds.ts';
import type { Db } from '../store/database.ts';
import { createRun, createScoring, getRun, latestScoringId, recordRunSeeds, setRunStatus, upsertMunicipalities } from '../store/runs.ts';
import { compressBodies, finishedSiteCodes, htmlSha256, saveFinishedSite } from '../store/sites.ts';
import { registerWarcFile } from '../store/warc-index.ts';
import { softwareVersion } from '../version.ts';
import { attachEvidenceShots } from './evidence-shots.ts';
import { type RunProgress, silentProgress } from './progress.ts';
import { withStoredReviews } from './reviews.ts';
import { createScorePool, type PreparedSite, type ScorePool } from './score-pool.ts';

export interface RankRunRequest {
  db: Db;
  seeds: Seed[];
  seedsFile: string;
  asOf: string;
  crawl: CrawlOptions;
  methodology: Methodology;
  rules: readonly IndicatorDefinition[];
  progress?: RunProgress;
  /** Aborting stops starting new sites; finished sites stay committed and the run is marked interrupted. */
  signal?: AbortSignal;
  /** Told the new run's id before any site is crawled (the CLI needs it to mark an interrupted run). */
  onRunCreated?: (runId: number) => void;
  /**
   * Folder for the run's WARC files; default `<database folder>/runs/run-<id>`. null keeps no archive
   * (the default for an in-memory database, which has no folder).
   */
  archiveDir?: string | null;
  /** Parts of the crawler to use instead of its own (tests: the web-archive limiter's clock and back-off). */
  crawlerParts?: CrawlerParts;
}

export interface RankRunResult {
  runId: number;
  scoringId: number;
  interrupted: boolean;
  /** Sites of the run that could not be committed (a full disk, a WARC write error…): --resume retries them. */
  pending: number;
}

/** A municipal portal's typical response time: with one connection per host, a site keeps a global slot busy latency/max(delay, latency) of the time. */
const TYPICAL_LATENCY_MS = 150;
/** Headroom over the sites needed on paper: latencies vary and sites spend time outside the host queue (renders, sitemaps). */
const ACTIVE_SITES_HEADROOM = 1.25;
/** A site in progress holds its pages in memory (≈ 1–3 MB at 60 pages); this bounds the run's heap. */
const MAX_ACTIVE_SITES = 128;
/** How often a run checks for idle request slots to fill with one more site. */
const ADMISSION_CHECK_MS = 500;

/**
 * Sites crawled at once: enough to keep the global request limit busy despite per-host delays
 * (each host fills only a fraction of a slot), few enough to bound memory.
 */
export function activeSitesFor(options: CrawlOptions): number {
  const sitesPerSlot = Math.max(options.perHostDelayMs, TYPICAL_LATENCY_MS) / TYPICAL_LATENCY_MS / Math.max(1, options.perHostConcurrency);
  return Math.max(MIN_ACTIVE_SITES, Math.min(MAX_ACTIVE_SITES, Math.ceil(ACTIVE_SITES_HEADROOM * options.concurrency * sitesPerSlot)));
}

/** The fewest sites a run over its memory budget keeps going: one slow site must not hold a national run alone. */
const MIN_ACTIVE_SITES = 4;
/** Below this share of the budget another site may start; between it and the budget the run holds. */
const MEMORY_ROOM_SHARE = 0.8;

/**
 * Whether the crawl has room for another site, is near its budget, or over it, by the memory its sites hold: the
 * main thread's JavaScript heap in use and the buffers outside it (the pages' bodies). Not the resident set: that
 * seldom shrinks once taken (V8 and the allocator keep it for reuse), so a run that once reached its budget would
 * be held at the floor by memory its finished sites no longer use. Without a budget (a run stored before
 * --max-memory) there is always room.
 */
export function memoryAdmission(budgetMb: number | undefined, held: () => number = heldBytes): () => 'room' | 'hold' | 'over' {
  if (budgetMb === undefined) return () => 'room';
  const budget = budgetMb * 1024 * 1024;
  return () => {
    const used = held();
    return used > budget ? 'over' : used < budget * MEMORY_ROOM_SHARE ? 'room' : 'hold';
  };
}

function heldBytes(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/** Where a run's WARC files go unless the request says otherwise; null for an in-memory database. */
export function defaultArchiveDir(db: Db, runId: number): string | null {
  return db.memory ? null : join(dirname(resolve(db.name)), 'runs', `run-${runId}`);
}

/** The run's folder (archive, screenshots): `archiveDir` when given, else beside the database. */
function runFolder(request: RankRunRequest, runId: number): string | null {
  return request.archiveDir === undefined ? defaultArchiveDir(request.db, runId) : request.archiveDir;
}

/** Each --resume appends a new part (archive-2.warc.gz…) rather than reopening a file a killed run may have cut short. */
async function openArchive(request: RankRunRequest, runId: number): Promise<RunArchive | null> {
  const dir = runFolder(request, runId);
  if (dir === null) return null;
  const archive = await openNextRunArchive(dir, {
    software: `Mirador/${softwareVersion}`,
    isPartOf: `mirador-run-${runId}`,
    description: 'Every HTTP exchange of a Mirador ranking run',
    'http-header-user-agent': request.crawl.userAgent,
    robots: 'obey',
    'mirador-run-id': runId,
    'mirador-as-of': request.asOf,
    'mirador-methodology': request.methodology.id,
    'mirador-seeds-file': request.seedsFile,
  });
  registerWarcFile(request.db, runId, archive.path, archive.part);
  return archive;
}

export async function startRankRun(request: RankRunRequest): Promise<RankRunResult> {
  const { db, seeds } = request;
  upsertMunicipalities(db, seeds);
  const runId = createRun(db, {
    asOf: request.asOf,
    methodologyId: request.methodology.id,
    softwareVersion,
    seedsFile: request.seedsFile,
    options: { ...request.crawl },
  });
  recordRunSeeds(db, runId, seeds);
  request.onRunCreated?.(runId);
  const scoringId = createScoring(db, { runId, methodologyId: request.methodology.id, softwareVersion, origin: 'crawl' });
  return crawlRemainingSites(request, runId, scoringId, seeds);
}

/** Continues an interrupted run: sites already committed are not fetched again. */
export async function resumeRankRun(request: Omit<RankRunRequest, 'seeds' | 'seedsFile' | 'asOf'> & { runId: number; seeds: Seed[] }) {
  const run = getRun(request.db, request.runId);
  if (!run) throw new Error(`run ${request.runId} is not in this database`);
  const scoringId = latestScoringId(request.db, request.runId);
  if (scoringId === undefined) throw new Error(`run ${request.runId} has no scoring to continue`);
  const done = finishedSiteCodes(request.db, request.runId);
  const remaining = request.seeds.filter((s) => !done.has(s.inegi_code));
  return crawlRemainingSites(
    { ...request, seedsFile: run.seeds_file, asOf: run.as_of },
    request.runId,
    scoringId,
    remaining,
    done.size,
  );
}

async function crawlRemainingSites(
  request: RankRunRequest,
  runId: number,
  scoringId: number,
  seeds: Seed[],
  alreadyDone = 0,
): Promise<RankRunResult> {
  const { db, progress = silentProgress, signal } = request;
  progress.started({ runId, total: seeds.length + alreadyDone, alreadyDone });
  const archive = await openArchive(request, runId);
  const runDir = runFolder(request, runId);
  // Screenshots (home pages, evidence elements) live in the run's folder beside its archive.
  const crawler = createCrawler({ ...request.crawl, artifactDir: request.crawl.artifactDir ?? runDir ?? undefined }, request.crawlerParts);
  const sites = new PQueue({ concurrency: activeSitesFor(request.crawl) });
  const scorePool = createScorePool(request.methodology, request.rules);
  // activeSitesFor() is an estimate: while request slots sit idle and sites are waiting, one more
  // site is let in per check, up to the memory cap (this also starts a slow site waiting at the end
  // of the seed list sooner, instead of leaving it to run alone at the end).
  const memory = memoryAdmission(request.crawl.maxMemoryMb);
  const admission = setInterval(() => {
    const verdict = memory();
    // Above the budget the sites running finish and fewer replace them; below it, idle slots let one more in.
    if (verdict === 'over') sites.concurrency = Math.max(MIN_ACTIVE_SITES, Math.min(sites.concurrency, sites.pending) - 1);
    else if (verdict === 'room' && sites.size > 0 && sites.concurrency < MAX_ACTIVE_SITES && crawler.idleRequestSlots() > 0) sites.concurrency += 1;
  }, ADMISSION_CHECK_MS);
  admission.unref();
  try {
    for (const seed of seeds) {
      sites.add(async () => {
        if (signal?.aborted) return;
        try {
          await crawlAndScoreSite(request, crawler, scorePool, archive, runDir, runId, scoringId, seed, progress);
        } catch (error) {
          // One site's unexpected failure must not lose the others: it is reported and left pending for --resume.
          progress.siteFailed({ seed, error: error as Error });
        }
      });
    }
    await sites.onIdle();
  } finally {
    clearInterval(admission);
    await crawler.close();
    await scorePool.close();
    await archive?.close();
  }
  const interrupted = signal?.aborted ?? false;
  // A run is finished only when every site is committed: a site that failed to commit (disk full, the archive's
  // write failing) leaves the run open, so --resume retries it instead of answering "already finished".
  const committed = finishedSiteCodes(db, runId);
  const pending = seeds.filter((s) => !committed.has(s.inegi_code)).length;
  setRunStatus(db, runId, interrupted || pending > 0 ? 'interrupted' : 'finished');
  progress.finished({ runId, interrupted });
  return { runId, scoringId, interrupted, pending };
}

async function crawlAndScoreSite(
  request: RankRunRequest,
  crawler: ReturnType<typeof createCrawler>,
  scorePool: ScorePool,
  archive: RunArchive | null,
  runDir: string | null,
  runId: number,
  scoringId: number,
  seed: Seed,
  progress: RunProgress,
): Promise<void> {
  const fetches: FetchRecord[] = [];
  const context = { asOf: request.asOf, municipality: { inegiCode: seed.inegi_code, name: seed.name, state: seed.state } };
  // The pages are gathered once, before the files are probed: the indicators say from them which probes they need.
  const prepared: { site?: PreparedSite } = {};
  let crawl: SiteCrawl;
  let automatic: ScoredSite;
  try {
    crawl = await crawler.crawlSite(seed.url, {
      onFetch(record) {
        fetches.push(record);
        if (record.purpose === 'page')
          progress.pageFetched({ inegiCode: seed.inegi_code, url: record.url, ok: record.error === null });
      },
      async planProbes(site, candidates) {
        prepared.site = await scorePool.prepare(site, context);
        return new ProbePlan(prepared.site.needs, candidates);
      },
    });
    if (request.signal?.aborted) return;
    // --wayback: the archive, not the portal, refused or failed part of this crawl. What was fetched
    // says nothing of the municipality, so nothing is committed: the site stays pending for --resume.
    const archiveFailure = fetches.find((record) => record.error?.kind === 'archive-unavailable');
    if (archiveFailure) throw new Error(`not evaluated: ${archiveFailure.error!.message} (at ${archiveFailure.url})`);
    const site = prepared.site;
    prepared.site = undefined;
    automatic = site ? await scorePool.scorePrepared(site, crawl, context) : await scorePool.score(crawl, context);
  } finally {
    // A site prepared but not scored (stopped, failed) must not keep its artifacts in the worker for the run.
    if (prepared.site) scorePool.release(prepared.site);
  }
  const shot =
    runDir && request.crawl.render !== false
      ? await attachEvidenceShots(crawler.browserPool(), runDir, seed.inegi_code, crawl, automatic)
      : automatic;
  // Reviews of earlier runs hold while the pages they cite came back byte for byte the same.
  const pages = crawl.pages.map((p) => ({ url: p.url, sha256: htmlSha256(p.html) }));
  const { scored } = withStoredReviews(request.db, runId, seed.inegi_code, shot, request.methodology, pages);
  // Archived and flushed before the commit: a committed site's index rows always point at records on disk.
  let archived: ArchivedFetch[] | undefined;
  if (archive) {
    archived = await Promise.all(fetches.map((record) => archive.append(record, { inegiCode: seed.inegi_code })));
    await archive.sync();
  }
  const compressed = await compressBodies({ crawl, fetches });
  saveFinishedSite(request.db, { runId, scoringId, inegiCode: seed.inegi_code, crawl, fetches, archived, scored, compressed });
  progress.siteFinished({
    seed,
    status: crawl.status,
    statusReason: crawl.statusReason,
    score: scored.score,
    pages: crawl.pages.length,
  });
}
