/**
 * Worker-thread entry: gathers and scores one site at a time off the main thread — during `rank`, whose event loop
 * must stay free to start the next polite request on every host; during `score`, one of several workers sharing
 * the sites. Indicators are functions, so they are looked up here by id; tasks and scored sites are plain data. A
 * stored site is read from the database file here, with this thread's own read-only connection: decompressing and
 * decoding its pages is then also spread over the workers, and no page's HTML is copied between threads.
 */
import { parentPort } from 'node:worker_threads';
import { indicatorById } from '../../indicators/index.ts';
import type { ScoredSite } from '../score/points.ts';
import { type Db, openDatabaseReader } from '../store/database.ts';
import type { SiteCrawl, SitePages } from '../crawl/types.ts';
import type { Artifacts, EvaluationContext } from '../gather/artifacts.ts';
import type { SiteProbeNeed } from '../../indicators/probe-needs.ts';
import { runPrepareTask, runScoreTask, type ScoreTask } from './score-task.ts';

export type WorkerTask =
  | (ScoreTask & {
      /** The database file stored sites are read from, or null. */
      dbFile: string | null;
    })
  /** Gathers a site's pages and keeps the artifacts here under `keep` until they are scored or released. */
  | { id: number; prepare: SitePages; keep: number; context: EvaluationContext; ruleIds: string[] }
  | (Omit<ScoreTask, 'source'> & { held: number; extras: Pick<SiteCrawl, 'files' | 'feeds'> })
  /** No reply: the site will not be scored. */
  | { release: number };

export type ScoreReply =
  | { id: number; scored: ScoredSite }
  | { id: number; kept: number; needs: SiteProbeNeed[] }
  | { id: number; error: { message: string; stack?: string } };

/** Prepared sites' artifacts, by the pool's key, until their probes are done. */
const kept = new Map<number, Artifacts>();

let store: { file: string; db: Db } | null = null;

function storeFor(file: string | null): Db | null {
  if (!file) return null;
  if (store?.file !== file) {
    store?.db.close();
    store = { file, db: openDatabaseReader(file) };
  }
  return store.db;
}

function rulesOf(ids: readonly string[]) {
  return ids.map((id) => {
    const rule = indicatorById.get(id);
    if (!rule) throw new Error(`score worker: no indicator ${id}`);
    return rule;
  });
}

function run(task: Exclude<WorkerTask, { release: number }>): ScoreReply {
  if ('prepare' in task) {
    const { artifacts, needs } = runPrepareTask(task.prepare, task.context, rulesOf(task.ruleIds));
    kept.set(task.keep, artifacts);
    return { id: task.id, kept: task.keep, needs };
  }
  if ('held' in task) {
    const artifacts = kept.get(task.held);
    kept.delete(task.held);
    if (!artifacts) throw new Error(`score worker: no prepared site ${task.held}`);
    return { id: task.id, scored: runScoreTask({ ...task, source: { gathered: { artifacts, extras: task.extras } } }, rulesOf(task.ruleIds), null) };
  }
  return { id: task.id, scored: runScoreTask(task, rulesOf(task.ruleIds), storeFor(task.dbFile)) };
}

parentPort?.on('message', (task: WorkerTask) => {
  if ('release' in task) {
    kept.delete(task.release);
    return;
  }
  let reply: ScoreReply;
  try {
    reply = run(task);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id: task.id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(reply);
});
