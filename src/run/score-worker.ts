/**
 * Worker-thread entry: gathers and scores one crawled site off the main thread, whose event loop
 * must stay free to start the next polite request on every host. Indicators are functions, so
 * they are looked up here by id; crawls, methodologies and scored sites are plain data.
 */
import { parentPort } from 'node:worker_threads';
import type { Methodology } from '../../indicators/methodology.ts';
import { indicatorById } from '../../indicators/index.ts';
import type { SiteCrawl } from '../crawl/types.ts';
import type { EvaluationContext } from '../gather/artifacts.ts';
import { gatherArtifacts } from '../gather/index.ts';
import type { ScoredSite } from '../score/points.ts';
import { scoreSite } from '../score/score-site.ts';

export interface ScoreTask {
  id: number;
  crawl: SiteCrawl;
  context: EvaluationContext;
  methodology: Methodology;
  ruleIds: string[];
}

export type ScoreReply = { id: number; scored: ScoredSite } | { id: number; error: { message: string; stack?: string } };

function score(task: ScoreTask): ScoredSite {
  const rules = task.ruleIds.map((id) => {
    const rule = indicatorById.get(id);
    if (!rule) throw new Error(`score worker: no indicator ${id}`);
    return rule;
  });
  return scoreSite(gatherArtifacts(task.crawl), task.context, task.methodology, rules);
}

parentPort?.on('message', (task: ScoreTask) => {
  let reply: ScoreReply;
  try {
    reply = { id: task.id, scored: score(task) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id: task.id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(reply);
});
