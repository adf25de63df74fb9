/**
 * Peak resident memory of a process and all its descendants (a rendering browser runs as child
 * processes, so process.memoryUsage() alone would miss most of it). Sampled every 100 ms from /proc.
 * The process is this one unless another root is given (the fault suite measures the CLI it spawned).
 */
import { readdirSync, readFileSync } from 'node:fs';

function rssBytesOf(pid: string): number {
  try {
    // statm: size resident shared … in pages.
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(resident) ? resident * PAGE_BYTES : 0;
  } catch {
    return 0; // the process ended meanwhile
  }
}

const PAGE_BYTES = 4096;

/**
 * Proportional set size: each shared page (Chromium's processes share most of their code and
 * fonts) counted once across the processes sharing it, so the sum over a process tree is what it
 * really occupies. Reading smaps_rollup walks the page tables, so it is sampled less often than RSS.
 */
function pssBytesOf(pid: string): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process ended meanwhile, or smaps_rollup is unavailable
  }
}

/** One PSS sample per this many RSS samples (every second at the default interval). */
const PSS_EVERY = 10;

function childrenOf(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean),
    );
  } catch {
    return [];
  }
}

/** Descendants via /proc/<pid>/task/<tid>/children: reads only this process tree, not all of /proc (the sampler runs every 100 ms inside the measured process). */
export function descendantPids(root: number): string[] {
  const found: string[] = [];
  const stack = [String(root)];
  while (stack.length) {
    for (const child of childrenOf(stack.pop()!)) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

export interface RssPeak {
  /** Largest sum of this process's and its descendants' RSS, bytes. */
  peakTotal: number;
  /** The root process alone, its own peak, bytes. */
  peakSelf: number;
  /** Descendants alone (e.g. the browser), their own peak, bytes. */
  peakChildren: number;
  /** Largest sum of PSS over the same processes (shared pages counted once), sampled every second; 0 if unreadable. */
  peakPssTotal: number;
  samples: number;
}

export class RssSampler {
  private readonly peak: RssPeak = { peakTotal: 0, peakSelf: 0, peakChildren: 0, peakPssTotal: 0, samples: 0 };
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly root: number = process.pid) {}

  start(intervalMs = 100): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const self = this.root === process.pid ? process.memoryUsage().rss : rssBytesOf(String(this.root));
    const descendants = descendantPids(this.root);
    const children = descendants.reduce((sum, pid) => sum + rssBytesOf(pid), 0);
    if (this.peak.samples % PSS_EVERY === 0) {
      const pss = [String(this.root), ...descendants].reduce((sum, pid) => sum + pssBytesOf(pid), 0);
      this.peak.peakPssTotal = Math.max(this.peak.peakPssTotal, pss);
    }
    this.peak.peakSelf = Math.max(this.peak.peakSelf, self);
    this.peak.peakChildren = Math.max(this.peak.peakChildren, children);
    this.peak.peakTotal = Math.max(this.peak.peakTotal, self + children);
    this.peak.samples += 1;
  }

  stop(): RssPeak {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return { ...this.peak };
  }
}
