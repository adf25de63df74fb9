/**
 * What a fault needs to run the real CLI against misbehaving portals: a fresh folder, the fault server with a
 * --connect-to file, seeds, a child `mirador` bounded in time whose whole process tree (Node and Chromium) is
 * sampled for peak RSS, and read-only queries of the database it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { RssSampler, descendantPids } from '../../bench/rss.ts';
import { startFaultServer, type FaultHost, type FaultServer } from '../crawl/faults/fault-server.ts';

export const AS_OF = '2016-05-20';
export const MB = 1024 * 1024;
const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'bin/mirador.js');

export interface FaultOutcome {
  held: boolean;
  detail: string;
}

export interface Fault {
  id: string;
  title: string;
  /** A few seconds, no browser, no mount namespace: CI runs these (test/faults/fast.test.ts). */
  fast: boolean;
  run(ctx: FaultContext): Promise<FaultOutcome>;
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  peakRssBytes: number;
  /** The same tree's peak PSS (shared pages counted once; Chromium's processes share most of theirs), sampled each second. */
  peakPssBytes: number;
  /** Killed at the bound: the run did not finish by itself. */
  timedOut: boolean;
}

export interface Served {
  server: FaultServer;
  connectToFile: string;
}

export interface SeedRow {
  code: string;
  name: string;
  url: string;
}

export interface StartedChild {
  pid: number;
  done: Promise<ChildRun>;
  /** SIGKILL to the child and every process below it (Chromium is in its own process group). */
  kill(): void;
}

export class FaultContext {
  readonly dir: string;
  /** Largest process-tree RSS of any child this fault ran. */
  peakRssBytes = 0;
  peakPssBytes = 0;
  private readonly cleanups: (() => Promise<void> | void)[] = [];

  constructor(
    /** Inside the runner's own network and mount namespaces: tmpfs mounts stay there and vanish with it. */
    readonly isolated: boolean,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'mirador-fault-'));
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  onCleanup(task: () => Promise<void> | void): void {
    this.cleanups.push(task);
  }

  async serve(hosts: Record<string, FaultHost>): Promise<Served> {
    const server = await startFaultServer(hosts);
    this.onCleanup(() => server.close());
    const connectToFile = this.path(`connect-to-${this.cleanups.length}.txt`);
    writeFileSync(connectToFile, server.connectTo.map((r) => `${r.host}:${r.port}:${r.toHost}:${r.toPort}`).join('\n'));
    return { server, connectToFile };
  }

  seeds(rows: SeedRow[], name = 'seeds.csv'): string {
    const file = this.path(name);
    writeFileSync(file, ['inegi_code,name,state,url', ...rows.map((r) => `${r.code},${r.name},Jalisco,${r.url}`)].join('\n'));
    return file;
  }

  /** `mirador <args>` as a child, killed with its whole tree at `boundMs`. */
  start(args: string[], boundMs: number): StartedChild {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const sampler = new RssSampler(child.pid!).start(100);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const started = Date.now();
    let timedOut = false;
    const killTree = (): void => {
      for (const pid of [String(child.pid), ...descendantPids(child.pid!)]) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    const bound = setTimeout(() => {
      timedOut = true;
      killTree();
    }, boundMs);
    const done = new Promise<ChildRun>((resolve) => {
      child.once('close', (code, signal) => {
        clearTimeout(bound);
        const peak = sampler.stop();
        // Chromium may outlive a killed CLI for a moment; nothing this fault started may stay behind.
        killTree();
        this.peakRssBytes = Math.max(this.peakRssBytes, peak.peakTotal);
        this.peakPssBytes = Math.max(this.peakPssBytes, peak.peakPssTotal);
        resolve({ code, signal, stdout, stderr, wallMs: Date.now() - started, peakRssBytes: peak.peakTotal, peakPssBytes: peak.peakPssTotal, timedOut });
      });
    });
    this.onCleanup(async () => {
      killTree();
      await done;
    });
    return { pid: child.pid!, done, kill: killTree };
  }

  mirador(args: string[], boundMs = 60_000): Promise<ChildRun> {
    return this.start(args, boundMs).done;
  }

  /** The flags every fault's rank shares: loopback portals, no politeness wait, the study's date. */
  rankArgs(served: Served | null, seeds: string, db = this.path('m.sqlite'), extra: string[] = []): string[] {
    return [
      'rank', '--seeds', seeds, '--db', db, '--out', this.path('report'), '--as-of', AS_OF, '--delay', '0', '--timeout', '5',
      ...(served ? ['--connect-to-file', served.connectToFile, '--allow-private'] : []), ...extra,
    ];
  }

  query<T>(db: string, sql: string, ...params: unknown[]): T[] {
    const database = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return database.prepare(sql).all(...params) as T[];
    } finally {
      database.close();
    }
  }

  /** A stored body, decoded. */
  body(db: string, sha256: string): Buffer | null {
    const [row] = this.query<{ encoding: string; data: Buffer }>(db, 'SELECT encoding, data FROM bodies WHERE sha256 = ?', sha256);
    if (!row) return null;
    return row.encoding === 'gzip' ? gunzipSync(row.data) : row.data;
  }

  async close(): Promise<void> {
    for (const task of this.cleanups.reverse()) await task();
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** A small tmpfs at `dir`, only inside the runner's mount namespace (a mount outside it would outlive the suite). */
export async function mountTmpfs(ctx: FaultContext, dir: string, size: string): Promise<void> {
  if (!ctx.isolated) throw new Error('mounting a tmpfs needs the mount namespace of `npm run faults`');
  mkdirSync(dir, { recursive: true });
  await execChecked('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  ctx.onCleanup(async () => {
    await execChecked('umount', ['-l', dir]).catch(() => undefined);
  });
}

export async function remountTmpfs(dir: string, size: string): Promise<void> {
  await execChecked('mount', ['-o', `remount,size=${size}`, dir]);
}

export function execChecked(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')}: exit ${code}: ${output.trim()}`))));
  });
}

/** Collects failed checks, so a fault's detail names every one that failed, not only the first. */
export class Checks {
  private readonly failed: string[] = [];
  private readonly notes: string[] = [];

  that(ok: boolean, what: string): boolean {
    if (!ok) this.failed.push(what);
    return ok;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  outcome(): FaultOutcome {
    return this.failed.length
      ? { held: false, detail: [...this.failed, ...this.notes].join('; ') }
      : { held: true, detail: this.notes.join('; ') || 'all checks passed' };
  }
}

/** The last lines of a child's stderr, for a detail that says what went wrong. */
export function tail(text: string, lines = 3): string {
  return text.trim().split('\n').slice(-lines).join(' | ').slice(0, 400);
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
