/**
 * gather + score in worker threads when possible. Gathering a 60-page site takes the CPU for most of a second: on
 * the main thread during `rank` that stalls every host's next request, and `score` of a whole run is nothing but
 * that work, one site after another, so it is spread over several workers. A worker gives the same result as the
 * in-thread path (the same runScoreTask, plain data in and out); the in-thread path remains for rules the worker
 * cannot look up by id, for hosts where a TypeScript worker cannot start and for the sites of a worker that died.
 */
import { Worker } from 'node:worker_threads';
import type { IndicatorDefinition } from '../../indicators/define.ts';
import { indicatorById } from '../../indicators/index.ts';
import type { Methodology } from '../../indicators/methodology.ts';
import type { SiteCrawl, SitePages } from '../crawl/types.ts';
import type { Artifacts, EvaluationContext } from '../gather/artifacts.ts';
import type { ScoredSite } from '../score/points.ts';
import type { Db } from '../store/database.ts';
import type { SiteProbeNeed } from '../../indicators/probe-needs.ts';
import { runPrepareTask, runScoreTask, type SiteSource, type StoredSite } from './score-task.ts';
import type { ScoreReply, WorkerTask } from './score-worker.ts';

/**
 * A site whose pages were gathered before its files were probed. Its artifacts stay where they were gathered (the
 * worker, or this thread) until the site is scored or released: sending them to the main thread and back cloned
 * every waiting site's artifacts twice and held one copy here for as long as its probes took (issue 15: the
 * process's peak rose from 624 to 853 MB on the 204-site bench).
 */
export interface PreparedSite {
  readonly key: number;
  /** The probes its indicators need (indicators/probe-needs.ts). */
  readonly needs: SiteProbeNeed[];
}

export interface ScorePool {
  score(crawl: SiteCrawl, context: EvaluationContext): Promise<ScoredSite>;
  /** Gathers a site's pages before its files are probed, and says which probes its indicators need. */
  prepare(site: SitePages, context: EvaluationContext): Promise<PreparedSite>;
  /**
   * Scores a prepared site with the crawl's probes and feeds, where its artifacts are: the pages are not gathered
   * again. Should that worker have died, the crawl is gathered and scored again from the start.
   */
  scorePrepared(prepared: PreparedSite, crawl: SiteCrawl, context: EvaluationContext): Promise<ScoredSite>;
  /** Lets go of a prepared site that will not be scored (the run was stopped, the archive failed it). */
  release(prepared: PreparedSite): void;
  /** Scores a committed crawl of the pool's `store`, which the worker reads itself. */
  scoreStored(site: StoredSite, context: EvaluationContext): Promise<ScoredSite>;
  /** Why scoring runs on the main thread, or null when it runs in a worker. */
  readonly inThreadReason: string | null;
  close(): Promise<void>;
}

export interface ScorePoolOptions {
  /** Worker threads; a site waits for the first free one. 1 for `rank`, which only needs its event loop free. */
  workers?: number;
  /** The database scoreStored reads from: workers open its file read-only, the in-thread path reads it directly. */
  store?: Db;
}

/**
 * A worker's old generation, MB. Gathering a 10 MB page makes hundreds of MB of short-lived strings (the
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

type Work =
  | { source: SiteSource }
  | { prepare: SitePages; key: number }
  /** A prepared site's scoring: only the extras travel; the crawl stays here in case its worker dies. */
  | { held: number; crawl: SiteCrawl };

interface Job {
  work: Work;
  context: EvaluationContext;
  /** The worker holding the job's prepared artifacts: no other can score it. */
  pin?: Slot;
  resolve(value: ScoredSite | PreparedSite): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  dead: boolean;
}

/** Where a prepared site's artifacts are: in a worker, or in this thread (gathered here). */
type Held = { slot: Slot } | { artifacts: Artifacts };

const extrasOf = (crawl: SiteCrawl): Pick<SiteCrawl, 'files' | 'feeds'> => ({ files: crawl.files, feeds: crawl.feeds ?? [] });

export function createScorePool(methodology: Methodology, rules: readonly IndicatorDefinition[], options: ScorePoolOptions = {}): ScorePool {
  const store = options.store ?? null;
  const held = new Map<number, Held>();
  const inThread = (job: Job): void => {
    try {
      const { work, context } = job;
      if ('prepare' in work) {
        const { artifacts, needs } = runPrepareTask(work.prepare, context, rules);
        held.set(work.key, { artifacts });
        job.resolve({ key: work.key, needs });
        return;
      }
      let source: SiteSource;
      if ('held' in work) {
        // Gathered here, or in a worker that has since died: then the crawl is gathered again.
        const where = held.get(work.held);
        held.delete(work.held);
        source = where && 'artifacts' in where ? { gathered: { artifacts: where.artifacts, extras: extrasOf(work.crawl) } } : { crawl: work.crawl };
      } else source = work.source;
      job.resolve(runScoreTask({ source, context, methodology }, rules, store));
    } catch (error) {
      job.reject(error as Error);
    }
  };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let reason: string | null = null;
  const workers = options.workers ?? 1;
  if (workers < 1) reason = 'no score workers were asked for';
  else if (rules.some((rule) => indicatorById.get(rule.id) !== rule)) reason = 'rules other than the registered indicators cannot be looked up in a worker';
  else if (store?.memory) reason = 'an in-memory database cannot be read from a worker';
  const dbFile = store ? store.name : null;
  const ruleIds = rules.map((rule) => rule.id);
  let nextId = 0;
  let nextKey = 0;

  const taskOf = (id: number, job: Job): WorkerTask => {
    const { work, context } = job;
    if ('prepare' in work) return { id, prepare: work.prepare, keep: work.key, context, ruleIds };
    if ('held' in work) return { id, held: work.held, extras: extrasOf(work.crawl), context, methodology, ruleIds };
    return { id, source: work.source, context, methodology, ruleIds, dbFile };
  };

  // Sites go to workers one at a time, so a worker that drew a large site does not hold others queued behind it.
  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.dead || slot.job) continue;
      const next = queue.findIndex((job) => job.pin === undefined || job.pin === slot);
      if (next < 0) continue;
      const [job] = queue.splice(next, 1);
      slot.job = job!;
      // Referenced while it has work, so a run waiting only on its last site's score does not exit.
      slot.worker.ref();
      slot.worker.postMessage(taskOf(nextId++, job!));
    }
    // With every worker gone the main thread takes what is left, queued or arriving later.
    if (reason) for (const job of queue.splice(0)) inThread(job);
  };

  // A worker that cannot load (or dies) hands its sites back to the main thread rather than losing them: the one
  // it was on, and those it held prepared, which are gathered again from their crawls.
  const fail = (slot: Slot, why: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    const job = slot.job;
    slot.job = null;
    if (slots.every((s) => s.dead)) reason ??= why;
    for (const [key, where] of held) if ('slot' in where && where.slot === slot) held.delete(key);
    for (const pinned of queue.filter((queued) => queued.pin === slot)) {
      queue.splice(queue.indexOf(pinned), 1);
      inThread(pinned);
    }
    if (job) inThread(job);
    dispatch();
  };

  if (!reason) {
    for (let i = 0; i < workers; i += 1) {
      let worker: Worker;
      try {
        worker = startWorker();
      } catch (error) {
        reason = `score worker did not start: ${(error as Error).message}`;
        break;
      }
      const slot: Slot = { worker, job: null, dead: false };
      slots.push(slot);
      worker.on('message', (reply: ScoreReply) => {
        const job = slot.job;
        if (!job) return;
        slot.job = null;
        worker.unref();
        if ('scored' in reply) job.resolve(reply.scored);
        else if ('kept' in reply) {
          held.set(reply.kept, { slot });
          job.resolve({ key: reply.kept, needs: reply.needs });
        } else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
        dispatch();
      });
      worker.on('error', (error) => fail(slot, `score worker failed: ${error.message}`));
      worker.on('exit', (code) => fail(slot, `score worker exited with code ${code}`));
      worker.unref();
    }
    // Workers that did start keep scoring; only none at all is a reason to score in this thread.
    if (reason && slots.length > 0) reason = null;
  }

  const submit = <T extends ScoredSite | PreparedSite>(work: Work, context: EvaluationContext, pin?: Slot | null): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const job: Job = { work, context, resolve: resolve as (value: ScoredSite | PreparedSite) => void, reject };
      // Asynchronous even in this thread, as from a worker: the caller's next lines run before the scoring.
      if (pin === null) {
        queueMicrotask(() => inThread(job));
        return;
      }
      if (pin) job.pin = pin;
      queue.push(job);
      queueMicrotask(dispatch);
    });

  return {
    get inThreadReason() {
      return reason;
    },
    score: (crawl, context) => submit<ScoredSite>({ source: { crawl } }, context),
    prepare: (site, context) => submit<PreparedSite>({ prepare: site, key: nextKey++ }, context),
    scorePrepared(prepared, crawl, context) {
      const where = held.get(prepared.key);
      // Artifacts kept in this thread are scored here; those of a worker gone are gathered again here.
      const pin = where && 'slot' in where && !where.slot.dead ? where.slot : null;
      return submit<ScoredSite>({ held: prepared.key, crawl }, context, pin);
    },
    release(prepared) {
      const where = held.get(prepared.key);
      held.delete(prepared.key);
      if (where && 'slot' in where && !where.slot.dead) where.slot.worker.postMessage({ release: prepared.key } satisfies WorkerTask);
    },
    scoreStored(site, context) {
      if (!store) return Promise.reject(new Error(`score pool has no database to read ${site.inegiCode} from`));
      return submit<ScoredSite>({ source: { stored: site } }, context);
    },
    async close() {
      reason ??= 'score pool closed';
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
