/**
 * Re-scores a run's committed crawl from the database: gather → indicators → stored reviews → a new scoring.
 * No network and no browser: evidence screenshots come from the run's earlier scorings. The sites are gathered
 * and scored in worker threads, each reading its sites from the database file; this thread applies the reviews and
 * writes the scoring, in the run's seed order, so the result is the same as scoring one site after another.
 */
import { availableParallelism } from 'node:os';
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import type { ScoredSite } from '../score/points.ts';
import { committedSiteCodes, municipalityOf } from '../store/crawl-query.ts';
import type { Db } from '../store/database.ts';
import { createScoring, getRun } from '../store/runs.ts';
import { evidenceScreenshots, saveScoredSite } from '../store/sites.ts';
import { softwareVersion } from '../version.ts';
import { carryEvidenceShots } from './evidence-shots.ts';
import { withStoredReviews } from './reviews.ts';
import { createScorePool } from './score-pool.ts';

export interface RescoreResult {
  scoringId: number;
  sites: number;
  /** Worker threads that scored the sites; 0 when the main thread did (one site, --workers 1, or no worker could start). */
  workers: number;
  /** Reviewed verdicts stored in the new scoring. */
  reviewed: number;
  /** Stored reviews not applied because the automatic verdict changed since ("por revisar de nuevo"). */
  flagged: number;
  /** Evidence screenshots the new scoring shows, carried over from the run's earlier scorings. */
  screenshots: number;
  /** Reviews that could not change the ranking (site not evaluated), for stderr. */
  warnings: string[];
}

export interface RescoreOptions {
  /** Threads to score with; default one per core, never more than there are sites. */
  workers?: number;
}

/**
 * With one thread to score, a worker would only add its start-up while this thread waits for it, so the sites
 * are scored here.
 */
export function rescoreWorkers(sites: number, requested: number = availableParallelism()): number {
  const threads = Math.min(requested, sites);
  return threads >= 2 ? threads : 0;
}

/**
 * The new scoring is written in one transaction once every site is scored: a site whose scoring fails stops the
 * rescoring with its INEGI code and leaves no partial scoring behind to be taken for the run's latest.
 */
export async function rescoreRun(
  db: Db,
  runId: number,
  methodology: Methodology,
  rules: readonly IndicatorDefinition[],
  options: RescoreOptions = {},
): Promise<RescoreResult> {
  const run = getRun(db, runId);
  if (!run) throw new Error(`run ${runId} is not in this database`);
  const codes = committedSiteCodes(db, runId);
  const workers = rescoreWorkers(codes.length, options.workers);
  const pool = createScorePool(methodology, rules, { workers, store: db });
  let outcomes: PromiseSettledResult<ScoredSite>[];
  let scoredBy = workers;
  try {
    outcomes = await Promise.allSettled(
      codes.map((inegiCode) => pool.scoreStored({ runId, inegiCode }, { asOf: run.as_of, municipality: municipalityOf(db, inegiCode) })),
    );
    // Workers that could not start (or all died) left their sites to this thread.
    if (pool.inThreadReason) scoredBy = 0;
  } finally {
    await pool.close();
  }
  const failures = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [`${codes[i]}: ${(outcome.reason as Error).message}`] : []));
  if (failures.length) {
    throw new Error(`run ${runId} was not re-scored: ${failures.length} site(s) could not be scored\n${failures.map((f) => `  ${f}`).join('\n')}`);
  }

  const warnings: string[] = [];
  let reviewed = 0;
  let flagged = 0;
  let screenshots = 0;
  // Read before the new scoring exists, so the shots come from the scorings that took or carried them.
  const shots = evidenceScreenshots(db, runId);
  const sites = codes.map((inegiCode, i) => {
    const automatic = carryEvidenceShots(inegiCode, (outcomes[i] as PromiseFulfilledResult<ScoredSite>).value, shots);
    const site = withStoredReviews(db, runId, inegiCode, automatic, methodology);
    if (site.applied && automatic.score === null) {
      warnings.push(`${inegiCode}: ${site.applied} review(s) stored, but the site was not evaluated in run ${runId}, so it stays without a score`);
    }
    reviewed += site.applied;
    flagged += site.flagged;
    screenshots += site.scored.indicators.reduce((n, r) => n + r.evidence.filter((e) => e.screenshot).length, 0);
    return { inegiCode, scored: site.scored };
  });
  const scoringId = db.transaction(() => {
    const id = createScoring(db, { runId, methodologyId: methodology.id, softwareVersion, origin: 'rescore' });
    for (const site of sites) saveScoredSite(db, id, site.inegiCode, site.scored);
    return id;
  })();
  return { scoringId, sites: codes.length, workers: scoredBy, reviewed, flagged, screenshots, warnings };
}
