/**
 * gather + score for a run's sites, in a worker thread when possible. Gathering a 60-page site
 * takes the CPU for most of a second; on the main thread that stalls every host's next request.
 * The worker gives the same result as the in-thread path (same functions, plain data in and out);
 * the in-thread path remains for rules the worker cannot look up by id and for hosts where a
 * TypeScript worker cannot start.
 */
import { Worker } from 'node:worker_threads';
import type { IndicatorDefinition } from '../../indicators/define.ts';
import { indicatorById } from '../../indicators/index.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import type { SiteCrawl } from '../crawl/types.ts';
import type { EvaluationContext } from '../gather/artifacts.ts';
import { gatherArtifacts } from '../gather/index.ts';
import type { ScoredSite } from '../score/points.ts';
import { scoreSite } from '../score/score-site.ts';
import type { ScoreReply, ScoreTask } from './score-worker.ts';

export interface ScorePool {
  score(crawl: SiteCrawl, context: EvaluationContext): Promise<ScoredSite>;
  /** Why scoring runs on the main thread, or null when it runs in a worker. */
  readonly inThreadReason: string | null;
  close(): Promise<void>;
}

/**
 * The worker's old generation, MB. Gathering a 10 MB page makes hundreds of MB of short-lived strings (the
 * HTML parser builds text a character at a time) while little stays live; with V8's default limit (a quarter of
 * RAM) the worker let that garbage grow to 2 GB before collecting it (issue 13). A site needs far less live.
 */
const SCORE_WORKER_HEAP_MB = 384;

/**
 * From the build (dist/, what `mirador` runs) the worker is plain JavaScript. From the sources (the tests, tsx) its
 * TypeScript is loaded through tsx, registered inside the worker before its entry is imported.
 */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: SCORE_WORKER_HEAP_MB };
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./score-worker.js', import.meta.url), { resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./score-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, resourceLimits },
  );
}

function inThread(methodology: Methodology, rules: readonly IndicatorDefinition[], reason: string): ScorePool {
  return {
    inThreadReason: reason,
    score: async (crawl, context) => scoreSite(gatherArtifacts(crawl), context, methodology, rules),
    close: async () => {},
  };
}

export function createScorePool(methodology: Methodology, rules: readonly IndicatorDefinition[]): ScorePool {
  if (rules.some((rule) => indicatorById.get(rule.id) !== rule)) {
    return inThread(methodology, rules, 'rules other than the registered indicators cannot be looked up in a worker');
  }
  let worker: Worker;
  try {
    worker = startWorker();
  } catch (error) {
    return inThread(methodology, rules, `score worker did not start: ${(error as Error).message}`);
  }
  const ruleIds = rules.map((rule) => rule.id);
  const pending = new Map<number, { task: ScoreTask; resolve(scored: ScoredSite): void; reject(error: Error): void }>();
  let nextId = 0;
  let broken: string | null = null;
  const fallback = (task: ScoreTask): ScoredSite => scoreSite(gatherArtifacts(task.crawl), task.context, methodology, rules);

  worker.on('message', (reply: ScoreReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if ('scored' in reply) waiting.resolve(reply.scored);
    else waiting.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
  });
  // A worker that cannot load (or dies) hands its sites back to the main thread rather than losing them.
  const fail = (reason: string): void => {
    broken ??= reason;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      try {
        waiting.resolve(fallback(waiting.task));
      } catch (error) {
        waiting.reject(error as Error);
      }
    }
  };
  worker.on('error', (error) => fail(`score worker failed: ${error.message}`));
  worker.on('exit', (code) => fail(`score worker exited with code ${code}`));
  worker.unref();

  return {
    get inThreadReason() {
      return broken;
    },
    score(crawl, context) {
      const task: ScoreTask = { id: nextId++, crawl, context, methodology, ruleIds };
      if (broken) return Promise.resolve().then(() => fallback(task));
      return new Promise((resolve, reject) => {
        pending.set(task.id, { task, resolve, reject });
        // Referenced while it has work, so a run waiting only on its last site's score does not exit.
        worker.ref();
        worker.postMessage(task);
      });
    },
    async close() {
      broken ??= 'score pool closed';
      await worker.terminate();
    },
  };
}
