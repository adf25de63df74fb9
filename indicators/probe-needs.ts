/**
 * Which files the crawl probes (issue 15): only those an indicator's verdict depends on. A probe is a request
 * to the municipality's server, made after the pages, at the same per-host pace; a site links dozens of PDFs and
 * spreadsheets, and most of them no verdict reads. So each indicator that reads what a probe finds (a file's
 * content type, first bytes, availability, Last-Modified) declares, from the site's pages alone, which files could
 * decide it and when it is settled (`probes` in define.ts); the crawl then probes one file at a time while a
 * declared need is open (ProbePlan).
 *
 * Settled means the next probe cannot change the verdict: one open-format file confirmed settles
 * open-format-download; one section file modified within the window settles an updated-* criterion; one probe of
 * a series stands for its format. A file left unprobed says so in the evidence (FileLinkArtifact.unprobed).
 */
import type { Facts } from '../src/derive/index.ts';
import type { FileCandidate, ProbedFile } from '../src/crawl/types.ts';
import type { EvaluationContext, FileFormat, FileLinkArtifact } from '../src/gather/artifacts.ts';
import { inWindow } from '../src/derive/date-window.ts';
import { isProbeable, probeConfirms } from '../src/gather/files.ts';
import { canonicalKey, fileSeriesKey, httpDateToIso } from '../src/gather/url.ts';

/** When probing stops for a need. */
export type ProbeUntil =
  /** A probe confirms a file of one of these formats that downloads (probeConfirms). */
  | { confirms: readonly FileFormat[] }
  /** A file's Last-Modified falls in [since, asOf]. */
  | { modifiedSince: string; asOf: string }
  /** Every series of the files has one probe: its format is then known. */
  | { oneOfEachSeries: true };

export interface ProbeNeed {
  /** The files whose probes could decide the verdict, in the order the site lists them (gathered, not probed). */
  files: FileLinkArtifact[];
  until: ProbeUntil;
}

/** A need as the crawl gets it: with the indicator it is for. */
export interface SiteProbeNeed extends ProbeNeed {
  indicator: string;
}

/** The section's links to files the crawl would probe (a known file extension): what a need may list. */
export function probeableFiles(files: readonly FileLinkArtifact[]): FileLinkArtifact[] {
  return files.filter((f) => isProbeable(f.href));
}

/** A rule as far as probing goes (define.ts's IndicatorDefinition, which imports this module's types). */
interface ProbingRule {
  id: string;
  probes?(facts: Facts, context: EvaluationContext): ProbeNeed[];
}

/** Every indicator's needs, read from the site's pages before any file is probed. */
export function collectProbeNeeds(facts: Facts, rules: readonly ProbingRule[], context: EvaluationContext): SiteProbeNeed[] {
  const needs: SiteProbeNeed[] = [];
  for (const rule of rules) {
    for (const need of rule.probes?.(facts, context) ?? []) if (need.files.length > 0) needs.push({ ...need, indicator: rule.id });
  }
  return needs;
}

/** Series representatives first (one probe may stand for the series), then the rest, each in listing order. */
function seriesFirst(files: readonly FileLinkArtifact[]): FileLinkArtifact[] {
  const seen = new Set<string>();
  const first: FileLinkArtifact[] = [];
  const rest: FileLinkArtifact[] = [];
  for (const file of files) {
    const key = fileSeriesKey(file.href);
    (seen.has(key) ? rest : first).push(file);
    seen.add(key);
  }
  return [...first, ...rest];
}

/**
 * One site's probing, driven by its needs: next() is the next file to probe, or null once every need is settled
 * or has nothing left to probe; record() hands back what the probe found. The crawl probes nothing else.
 */
export class ProbePlan {
  private readonly candidates = new Map<string, FileCandidate>();
  private readonly probes = new Map<string, ProbedFile>();
  private readonly settled = new Set<SiteProbeNeed>();

  constructor(
    private readonly needs: readonly SiteProbeNeed[],
    candidates: readonly FileCandidate[],
  ) {
    for (const candidate of candidates) if (!this.candidates.has(canonicalKey(candidate.url))) this.candidates.set(canonicalKey(candidate.url), candidate);
  }

  next(): FileCandidate | null {
    for (const need of this.needs) {
      if (this.settled.has(need)) continue;
      const order = 'modifiedSince' in need.until ? need.files : seriesFirst(need.files);
      const probedSeries = 'oneOfEachSeries' in need.until ? new Set([...this.probes.keys()].map((key) => fileSeriesKey(this.candidates.get(key)?.url ?? key))) : null;
      for (const file of order) {
        const key = canonicalKey(file.href);
        const candidate = this.candidates.get(key);
        if (!candidate || this.probes.has(key) || probedSeries?.has(fileSeriesKey(file.href))) continue;
        return candidate;
      }
    }
    return null;
  }

  record(url: string, probe: ProbedFile): void {
    const key = canonicalKey(url);
    this.probes.set(key, probe);
    for (const need of this.needs) {
      const file = need.files.find((f) => canonicalKey(f.href) === key);
      if (file && settles(need.until, file, probe)) this.settled.add(need);
    }
  }

  /** The needs still open, for the tests and the log: what the probes did not settle. */
  open(): SiteProbeNeed[] {
    return this.needs.filter((need) => !this.settled.has(need));
  }
}

function settles(until: ProbeUntil, file: FileLinkArtifact, probe: ProbedFile): boolean {
  if ('confirms' in until) return probeConfirms(file, probe, new Set(until.confirms));
  if ('modifiedSince' in until) {
    const date = httpDateToIso(probe.lastModified);
    return date !== null && inWindow(date, until.modifiedSince, until.asOf);
  }
  // One of each series: settled by next() running out of series, never by one probe.
  return false;
}
