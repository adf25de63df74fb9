/**
 * One site's gather + score, as a score worker and the in-thread path both run it: the pool's two paths must give
 * the same result, so they share this function and its plain-data task.
 */
import type { IndicatorDefinition } from '../../indicators/define.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import type { SiteCrawl, SitePages } from '../crawl/types.ts';
import type { Artifacts, EvaluationContext } from '../gather/artifacts.ts';
import { gatherArtifacts, gatherPageArtifacts, withCrawlExtras } from '../gather/index.ts';
import { deriveFacts } from '../derive/index.ts';
import { collectProbeNeeds, type SiteProbeNeed } from '../../indicators/probe-needs.ts';
import type { ScoredSite } from '../score/points.ts';
import { scoreSite } from '../score/score-site.ts';
import { loadSiteCrawl } from '../store/crawl-query.ts';
import type { Db } from '../store/database.ts';

/** A committed crawl in the database: a worker reads it itself rather than be sent every page's HTML. */
export interface StoredSite {
  runId: number;
  inegiCode: string;
}

/**
 * The crawl in hand (rank, which has just fetched it), a committed one to read from the database (score), or the
 * artifacts of its pages gathered before its files were probed, with the probes and feeds (rank, score-pool's PreparedSite).
 */
export type SiteSource =
  | { crawl: SiteCrawl }
  | { stored: StoredSite }
  | { gathered: { artifacts: Artifacts; extras: Pick<SiteCrawl, 'files' | 'feeds'> } };

/** A site's pages gathered once, and the probes its indicators need (indicators/probe-needs.ts). */
export interface GatheredPages {
  artifacts: Artifacts;
  needs: SiteProbeNeed[];
}

/** The prepare step: gathers a site's pages and asks the rules which files they need probed. */
export function runPrepareTask(site: SitePages, context: EvaluationContext, rules: readonly IndicatorDefinition[]): GatheredPages {
  const artifacts = gatherPageArtifacts(site);
  return { artifacts, needs: collectProbeNeeds(deriveFacts(artifacts, context), rules, context) };
}

export interface ScoreTask {
  id: number;
  source: SiteSource;
  context: EvaluationContext;
  methodology: Methodology;
  ruleIds: string[];
}

/** `store` is where a stored site is read from; null when the task can only carry its crawl. */
export function runScoreTask(task: Omit<ScoreTask, 'id' | 'ruleIds'>, rules: readonly IndicatorDefinition[], store: Db | null): ScoredSite {
  if ('gathered' in task.source) {
    const { artifacts, extras } = task.source.gathered;
    return scoreSite(withCrawlExtras(artifacts, extras), task.context, task.methodology, rules);
  }
  let crawl: SiteCrawl;
  if ('crawl' in task.source) crawl = task.source.crawl;
  else if (store) crawl = loadSiteCrawl(store, task.source.stored.runId, task.source.stored.inegiCode);
  else throw new Error(`no database to read the crawl of ${task.source.stored.inegiCode} from`);
  return scoreSite(gatherArtifacts(crawl), task.context, task.methodology, rules);
}
