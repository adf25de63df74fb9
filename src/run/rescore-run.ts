/** Re-scores a run's committed crawl from the database: gather → indicators → reviews → a new scoring. No network. */
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { gatherArtifacts } from '../gather/index.ts';
import { applyReviews, reviewsBySite } from '../score/reviews.ts';
import { scoreSite } from '../score/score-site.ts';
import type { Review } from '../seeds/reviews-file.ts';
import { committedSiteCodes, loadSiteCrawl, municipalityOf } from '../store/crawl-query.ts';
import type { Db } from '../store/database.ts';
import { createScoring, getRun } from '../store/runs.ts';
import { saveScoredSite } from '../store/sites.ts';
import { softwareVersion } from '../version.ts';

export interface RescoreResult {
  scoringId: number;
  sites: number;
  /** Reviewed verdicts stored in the new scoring. */
  reviewed: number;
  /** Reviews that could not change the ranking (site not in the run, site not evaluated), for stderr. */
  warnings: string[];
}

export function rescoreRun(
  db: Db,
  runId: number,
  methodology: Methodology,
  rules: readonly IndicatorDefinition[],
  reviews: readonly Review[] = [],
): RescoreResult {
  const run = getRun(db, runId);
  if (!run) throw new Error(`run ${runId} is not in this database`);
  const codes = committedSiteCodes(db, runId);
  const pending = reviewsBySite(reviews);
  const warnings: string[] = [];
  let reviewed = 0;
  const scoringId = createScoring(db, { runId, methodologyId: methodology.id, softwareVersion, origin: 'rescore' });
  for (const inegiCode of codes) {
    const artifacts = gatherArtifacts(loadSiteCrawl(db, runId, inegiCode));
    const automatic = scoreSite(artifacts, { asOf: run.as_of, municipality: municipalityOf(db, inegiCode) }, methodology, rules);
    const siteReviews = pending.get(inegiCode) ?? [];
    pending.delete(inegiCode);
    if (siteReviews.length && automatic.score === null) {
      warnings.push(`${inegiCode}: ${siteReviews.length} review(s) stored, but the site was not evaluated in run ${runId}, so it stays without a score`);
    }
    const scored = applyReviews(automatic, siteReviews, methodology);
    reviewed += siteReviews.length;
    db.transaction(() => saveScoredSite(db, scoringId, inegiCode, scored))();
  }
  for (const [inegiCode, siteReviews] of pending) {
    const lines = siteReviews.map((r) => r.line).join(', ');
    warnings.push(`${inegiCode}: not in run ${runId}, its review(s) on line(s) ${lines} were not applied`);
  }
  return { scoringId, sites: codes.length, reviewed, warnings };
}
