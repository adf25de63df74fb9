/** Messages between the orchestrator (bench/crawl.ts) and its child processes (network server, crawler runners). */
import { fork, type ChildProcess } from 'node:child_process';
import type { ServedRequest } from './network/server.ts';
import type { LoopStats } from './loop.ts';
import type { RssPeak } from './rss.ts';

export interface NetworkConfig {
  sites: number;
  seed: number;
}

export interface RunnerConfig extends NetworkConfig {
  port: number;
  deadPort: number;
  delayMs: number;
  concurrency: number;
  maxPages: number;
  /** Mirador's CrawlOptions.render; crawlee's CheerioCrawler does not render. */
  render: 'on' | 'off';
  /** Mirador's --max-memory, MB; absent: its default. */
  maxMemoryMb?: number;
}

export interface RunnerResult {
  crawler: 'mirador' | 'crawlee';
  wallMs: number;
  rss: RssPeak;
  loop: LoopStats;
  /** HTML pages handed to the next stage (Mirador: rows in `pages`; crawlee: request handler calls). */
  pages: number;
  /** Pages whose HTML came from a rendered browser DOM; null when the crawler cannot render. */
  renderedPages: number | null;
  /** Exchanges the crawler itself reports (Mirador: fetch records' attempts × hops), to cross-check the server log. */
  requestsReported: number;
  /** Mirador's rendering setting; null for a crawler that cannot render. */
  render: 'on' | 'off' | null;
  details: Record<string, string | number>;
  /** Mirador only: `mirador score` of the stored run, offline, from the build (what a user runs). */
  offlineScore?: { sites: number; wallMs: number } | null;
}

export type ServerMessage = { type: 'ready'; port: number; deadPort: number } | { type: 'log'; log: ServedRequest[] };
export type OrchestratorMessage = { type: 'take-log' } | { type: 'close' };

/** Runs a bench child (same tsx loader as this process, via execArgv) with a JSON config as its only argument. */
/** BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there on exit (NODE_OPTIONS may not carry --cpu-prof). */
export function forkChild(moduleUrl: URL, config: object): ChildProcess {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return fork(moduleUrl.pathname, [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, ...profile] });
}

export function nextMessage<T>(child: ChildProcess, accept: (message: unknown) => message is T): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!accept(message)) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null, signal: string | null) => {
      cleanup();
      reject(new Error(`bench child ${child.spawnargs.slice(-2, -1).join('')} exited (code ${code}, signal ${signal}) before answering`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export function configFromArgv<T>(): T {
  const raw = process.argv[2];
  if (!raw) throw new Error('bench child started without its JSON config argument');
  return JSON.parse(raw) as T;
}

/** Sends a message to the parent and resolves once it is written (so exiting right after does not lose it). */
export function sendToParent(message: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('bench child has no IPC channel'));
    process.send(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}
