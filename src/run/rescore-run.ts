/** Re-scores a run's committed crawl from the database: gather → indicators → a new scoring. No network. */
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import { gatherArtifacts } from '../gather/index.ts';
import { scoreSite } from '../score/score-site.ts';
import { committedSiteCodes, loadSiteCrawl, municipalityOf } from '../store/crawl-query.ts';
import type { Db } from '../store/database.ts';
import { createScoring, getRun } from '../store/runs.ts';
import { saveScoredSite } from '../store/sites.ts';
import { softwareVersion } from '../version.ts';

export function rescoreRun(
  db: Db,
  runId: number,
  methodology: Methodology,
  rules: readonly IndicatorDefinition[],
): { scoringId: number; sites: number } {
  const run = getRun(db, runId);
  if (!run) throw new Error(`run ${runId} is not in this database`);
  const codes = committedSiteCodes(db, runId);
  const scoringId = createScoring(db, { runId, methodologyId: methodology.id, softwareVersion, origin: 'rescore' });
  for (const inegiCode of codes) {
    const artifacts = gatherArtifacts(loadSiteCrawl(db, runId, inegiCode));
    const scored = scoreSite(artifacts, { asOf: run.as_of, municipality: municipalityOf(db, inegiCode) }, methodology, rules);
    db.transaction(() => saveScoredSite(db, scoringId, inegiCode, scored))();
  }
  return { scoringId, sites: codes.length };
}
