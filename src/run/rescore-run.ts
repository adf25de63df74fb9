/**
 * Re-scores a run's committed crawl from the database: gather → indicators → stored reviews → a new scoring.
 * No network and no browser: evidence screenshots come from the run's earlier scorings.
 */
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { gatherArtifacts } from '../gather/index.ts';
import { scoreSite } from '../score/score-site.ts';
import { committedSiteCodes, loadSiteCrawl, municipalityOf } from '../store/crawl-query.ts';
import type { Db } from '../store/database.ts';
import { createScoring, getRun } from '../store/runs.ts';
import { evidenceScreenshots, saveScoredSite } from '../store/sites.ts';
import { softwareVersion } from '../version.ts';
import { carryEvidenceShots } from './evidence-shots.ts';
import { withStoredReviews } from './reviews.ts';

export interface RescoreResult {
  scoringId: number;
  sites: number;
  /** Reviewed verdicts stored in the new scoring. */
  reviewed: number;
  /** Stored reviews not applied because the automatic verdict changed since ("por revisar de nuevo"). */
  flagged: number;
  /** Evidence screenshots the new scoring shows, carried over from the run's earlier scorings. */
  screenshots: number;
  /** Reviews that could not change the ranking (site not evaluated), for stderr. */
  warnings: string[];
}

export function rescoreRun(db: Db, runId: number, methodology: Methodology, rules: readonly IndicatorDefinition[]): RescoreResult {
  const run = getRun(db, runId);
  if (!run) throw new Error(`run ${runId} is not in this database`);
  const codes = committedSiteCodes(db, runId);
  const warnings: string[] = [];
  let reviewed = 0;
  let flagged = 0;
  let screenshots = 0;
  // Read before the new scoring exists, so the shots come from the scorings that took or carried them.
  const shots = evidenceScreenshots(db, runId);
  const scoringId = createScoring(db, { runId, methodologyId: methodology.id, softwareVersion, origin: 'rescore' });
  for (const inegiCode of codes) {
    const artifacts = gatherArtifacts(loadSiteCrawl(db, runId, inegiCode));
    const automatic = carryEvidenceShots(
      inegiCode,
      scoreSite(artifacts, { asOf: run.as_of, municipality: municipalityOf(db, inegiCode) }, methodology, rules),
      shots,
    );
    const site = withStoredReviews(db, runId, inegiCode, automatic, methodology);
    if (site.applied && automatic.score === null) {
      warnings.push(`${inegiCode}: ${site.applied} review(s) stored, but the site was not evaluated in run ${runId}, so it stays without a score`);
    }
    reviewed += site.applied;
    flagged += site.flagged;
    screenshots += site.scored.indicators.reduce((n, i) => n + i.evidence.filter((e) => e.screenshot).length, 0);
    db.transaction(() => saveScoredSite(db, scoringId, inegiCode, site.scored))();
  }
  return { scoringId, sites: codes.length, reviewed, flagged, screenshots, warnings };
}
