/**
 * A ranking run: crawl each seed, gather artifacts, score, and commit each site as it finishes.
 * Stages stay separate; this module only sequences them and owns the run's lifecycle.
 */
import PQueue from 'p-queue';
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { createCrawler } from '../crawl/crawler.ts';
import type { CrawlOptions, FetchRecord } from '../crawl/types.ts';
import { gatherArtifacts } from '../gather/index.ts';
import { scoreSite } from '../score/score-site.ts';
import type { Seed } from '../seeds/seeds.ts';
import type { Db } from '../store/database.ts';
import { createRun, createScoring, getRun, latestScoringId, recordRunSeeds, setRunStatus, upsertMunicipalities } from '../store/runs.ts';
import { finishedSiteCodes, saveFinishedSite } from '../store/sites.ts';
import { softwareVersion } from '../version.ts';
import { type RunProgress, silentProgress } from './progress.ts';

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
}

export interface RankRunResult {
  runId: number;
  scoringId: number;
  interrupted: boolean;
}

/** Sites crawled at once: enough to keep the global request limit busy despite per-host delays, few enough to bound memory. */
export function activeSitesFor(options: CrawlOptions): number {
  return Math.max(4, options.concurrency * 4);
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
  const crawler = createCrawler(request.crawl);
  const sites = new PQueue({ concurrency: activeSitesFor(request.crawl) });
  try {
    for (const seed of seeds) {
      sites.add(async () => {
        if (signal?.aborted) return;
        try {
          await crawlAndScoreSite(request, crawler, runId, scoringId, seed, progress);
        } catch (error) {
          // One site's unexpected failure must not lose the others: it is reported and left pending for --resume.
          progress.siteFailed({ seed, error: error as Error });
        }
      });
    }
    await sites.onIdle();
  } finally {
    await crawler.close();
  }
  const interrupted = signal?.aborted ?? false;
  setRunStatus(db, runId, interrupted ? 'interrupted' : 'finished');
  progress.finished({ runId, interrupted });
  return { runId, scoringId, interrupted };
}

async function crawlAndScoreSite(
  request: RankRunRequest,
  crawler: ReturnType<typeof createCrawler>,
  runId: number,
  scoringId: number,
  seed: Seed,
  progress: RunProgress,
): Promise<void> {
  const fetches: FetchRecord[] = [];
  const crawl = await crawler.crawlSite(seed.url, {
    onFetch(record) {
      fetches.push(record);
      if (record.purpose === 'page')
        progress.pageFetched({ inegiCode: seed.inegi_code, url: record.url, ok: record.error === null });
    },
  });
  if (request.signal?.aborted) return;
  const artifacts = gatherArtifacts(crawl);
  const scored = scoreSite(
    artifacts,
    { asOf: request.asOf, municipality: { inegiCode: seed.inegi_code, name: seed.name, state: seed.state } },
    request.methodology,
    request.rules,
  );
  saveFinishedSite(request.db, { runId, scoringId, inegiCode: seed.inegi_code, crawl, fetches, scored });
  progress.siteFinished({
    seed,
    status: crawl.status,
    statusReason: crawl.statusReason,
    score: scored.score,
    pages: crawl.pages.length,
  });
}
