/**
 * A rank of some fault hosts, as the database tells it: the run's status, and for each site its final
 * status, reason, score and home fetch. Faults check these rather than the CLI's wording.
 */
import type { FaultHost } from '../crawl/faults/fault-server.ts';
import { type Checks, type ChildRun, type FaultContext, type Served, tail } from './harness.ts';

export interface RankedSite {
  host: string;
  code: string;
  seedUrl: string;
  /** null: the site has no row in run_sites (not committed). */
  status: string | null;
  reason: string | null;
  pages: number;
  score: number | null;
  home: { status: number | null; error_kind: string | null; error_message: string | null; attempts: number } | null;
}

export interface Ranked {
  child: ChildRun;
  db: string;
  served: Served;
  runStatus: string | null;
  sites: Record<string, RankedSite>;
}

export interface RankHostsOptions {
  boundMs?: number;
  render?: boolean;
  extra?: string[];
  db?: string;
}

/** Seeds one site per host (codes 14001, 14002… in host order) and ranks them all in one run. */
export async function rankHosts(ctx: FaultContext, hosts: Record<string, FaultHost>, options: RankHostsOptions = {}): Promise<Ranked> {
  const served = await ctx.serve(hosts);
  const rows = Object.entries(hosts).map(([host, spec], i) => ({
    host,
    code: String(14001 + i),
    name: host.split('.')[1] ?? host,
    url: `${spec.https ? 'https' : 'http'}://${host}/`,
  }));
  const seeds = ctx.seeds(rows);
  const db = options.db ?? ctx.path('m.sqlite');
  const extra = [...(options.render ? [] : ['--no-render']), ...(options.extra ?? [])];
  const child = await ctx.mirador(ctx.rankArgs(served, seeds, db, extra), options.boundMs ?? 60_000);
  const sites: Record<string, RankedSite> = {};
  let runStatus: string | null = null;
  try {
    runStatus = ctx.query<{ status: string }>(db, 'SELECT status FROM runs WHERE id = 1')[0]?.status ?? null;
    for (const row of rows) {
      const [site] = ctx.query<{ status: string; status_reason: string | null; pages_crawled: number }>(
        db, 'SELECT status, status_reason, pages_crawled FROM run_sites WHERE run_id = 1 AND inegi_code = ?', row.code);
      const [score] = ctx.query<{ score: number | null }>(
        db, 'SELECT score FROM site_scores WHERE inegi_code = ? AND scoring_id = (SELECT max(id) FROM scorings WHERE run_id = 1)', row.code);
      const [home] = ctx.query<RankedSite['home'] & object>(
        db, "SELECT status, error_kind, error_message, attempts FROM fetches WHERE run_id = 1 AND inegi_code = ? AND purpose = 'page' AND url = ? ORDER BY id LIMIT 1",
        row.code, row.url);
      sites[row.host] = {
        host: row.host, code: row.code, seedUrl: row.url, status: site?.status ?? null, reason: site?.status_reason ?? null,
        pages: site?.pages_crawled ?? 0, score: score?.score ?? null, home: home ?? null,
      };
    }
  } catch (error) {
    // No database at all (the CLI died before opening it): every site stays without a row, which the checks report.
    runStatus = null;
    for (const row of rows) sites[row.host] ??= { host: row.host, code: row.code, seedUrl: row.url, status: null, reason: null, pages: 0, score: null, home: null };
    child.stderr += `\n(database unreadable: ${(error as Error).message})`;
  }
  return { child, db, served, runStatus, sites };
}

/** The CLI ended by itself, with exit 0. */
export function checkEndedCleanly(checks: Checks, child: ChildRun): void {
  checks.that(child.code === 0 && !child.timedOut, `the run did not end cleanly (${ending(child)})`);
}

/** Ranks one host alone: the site as the database tells it, and the run. */
export async function rankOne(ctx: FaultContext, host: string, spec: FaultHost, options: RankHostsOptions = {}): Promise<{ ranked: Ranked; site: RankedSite }> {
  const ranked = await rankHosts(ctx, { [host]: spec }, options);
  return { ranked, site: ranked.sites[host]! };
}

/** How the child ended, in a few words. */
export function ending(child: ChildRun): string {
  if (child.timedOut) return `killed at the bound after ${(child.wallMs / 1000).toFixed(0)} s`;
  return `exit ${child.code ?? child.signal}${child.code ? `: ${tail(child.stderr, 2)}` : ''}`;
}

export function describeSite(site: RankedSite): string {
  const outcome = site.status === null ? 'not committed' : site.status === 'ok' ? `ok, score ${site.score}` : `${site.status}: ${site.reason}`;
  return `${site.host} ${outcome}`;
}
