/**
 * Faults in a run's life: two `--resume` of one run at once (the run lock), and kill -9 mid-run then `--resume`
 * (the same ranking as an uninterrupted run, as test/e2e/resume.test.ts checks in-process, here all through the CLI).
 */
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPortalNetwork } from '../../src/demo/portal-network.ts';
import { page } from '../crawl/faults/fault-server.ts';
import { HEALTHY_SITES } from '../crawl/faults/fault-sites.ts';
import { AS_OF, Checks, type Fault, type FaultContext, seconds, tail } from './harness.ts';
import { ending } from './ranked.ts';

/** Polls `probe` until it holds or `ms` pass; the database may not exist yet, which counts as not yet. */
async function until(ms: number, probe: () => boolean): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if (probe()) return true;
    } catch {
      // not there yet
    }
    await sleep(50);
  }
  return false;
}

const count = (ctx: FaultContext, db: string, sql: string): number => ctx.query<{ n: number }>(db, sql)[0]!.n;

/** Per site: status, score and every verdict, the ranking as a reader sees it. */
function ranking(ctx: FaultContext, db: string): string[] {
  return ctx
    .query<{ inegi_code: string; status: string; score: number | null; verdicts: string }>(
      db,
      `SELECT s.inegi_code, s.status, sc.score,
              (SELECT group_concat(indicator_id || ':' || verdict, ' ') FROM (SELECT indicator_id, verdict FROM indicator_results r
                 WHERE r.scoring_id = sc.scoring_id AND r.inegi_code = s.inegi_code ORDER BY indicator_id)) AS verdicts
       FROM run_sites s JOIN site_scores sc ON sc.inegi_code = s.inegi_code AND sc.scoring_id = (SELECT max(id) FROM scorings WHERE run_id = 1)
       WHERE s.run_id = 1 ORDER BY s.inegi_code`,
    )
    .map((r) => `${r.inegi_code} ${r.status} ${r.score} ${r.verdicts}`);
}

export const runFaults: Fault[] = [
  {
    id: 'resume-twice-at-once',
    title: 'two `rank --resume 1` of one killed run at once: one crawls, the other is refused naming the holder',
    fast: false,
    async run(ctx) {
      const slow = 'www.pausado.gob.mx';
      const served = await ctx.serve({
        'www.zapopan.gob.mx': HEALTHY_SITES['www.zapopan.gob.mx']!,
        // Slow enough that both resumes are alive at once, and under the 5 s timeout so it is fetched once.
        [slow]: { routes: { '/': (_req, res, { served: entry }) => void setTimeout(() => { entry.bytesSent += 1; res.writeHead(200, { 'content-type': 'text/html' }).end(page('<p>Por fin</p>')); }, 3500) } },
      });
      const seeds = ctx.seeds([
        { code: '14001', name: 'Zapopan', url: 'http://www.zapopan.gob.mx/' },
        { code: '14002', name: 'Pausado', url: `http://${slow}/` },
      ]);
      const db = ctx.path('m.sqlite');
      const first = ctx.start(ctx.rankArgs(served, seeds, db, ['--no-render']), 60_000);
      const started = await until(30_000, () => count(ctx, db, 'SELECT count(*) AS n FROM run_locks') === 1);
      first.kill();
      await first.done;
      const checks = new Checks();
      if (!checks.that(started, 'the first run never took its lock')) return checks.outcome();
      served.server.reset();
      const resume = ['rank', '--db', db, '--resume', '1', '--out', ctx.path('report')];
      const [a, b] = await Promise.all([ctx.mirador(resume, 60_000), ctx.mirador(resume, 60_000)]);
      const refused = [a, b].filter((r) => r.code !== 0);
      const crawled = [a, b].filter((r) => r.code === 0);
      checks.that(crawled.length === 1, `${crawled.length} of the two resumes finished (${ending(a)}; ${ending(b)})`);
      checks.that(refused.length === 1 && /run 1 is being crawled by process \d+/.test(refused[0]!.stderr), `the second was not refused by the lock: ${refused.map((r) => tail(r.stderr)).join(' / ')}`);
      checks.that(count(ctx, db, "SELECT count(*) AS n FROM runs WHERE status = 'finished'") === 1, 'the run is not finished');
      checks.that(count(ctx, db, 'SELECT count(*) AS n FROM run_sites') === 2, 'the run does not have both sites once');
      const homes = served.server.pathsFor(slow).filter((p) => p === '/').length;
      checks.that(homes === 1, `the remaining site was fetched ${homes} times by the resumes`);
      checks.note(refused[0] ? tail(refused[0].stderr, 1).slice(0, 160) : 'none refused');
      return checks.outcome();
    },
  },
  {
    id: 'kill-9-then-resume',
    title: 'kill -9 in the middle of a run, then --resume: the same ranking as an uninterrupted run, finished sites not fetched again',
    fast: false,
    async run(ctx) {
      const network = await startPortalNetwork({ asOf: AS_OF });
      ctx.onCleanup(() => network.close());
      const seeds = ctx.path('seeds.csv');
      writeFileSync(seeds, network.seedsCsv());
      const rules = ctx.path('connect-to.txt');
      writeFileSync(rules, network.connectTo.join('\n'));
      const args = (db: string, out: string) => ['rank', '--seeds', seeds, '--db', db, '--out', out, '--as-of', AS_OF, '--concurrency', '1', '--delay', '40', '--timeout', '10', '--no-render', '--connect-to-file', rules];
      const whole = ctx.path('whole.sqlite');
      const uninterrupted = await ctx.mirador(args(whole, ctx.path('whole')), 180_000);
      const checks = new Checks();
      if (!checks.that(uninterrupted.code === 0, `the uninterrupted run: ${ending(uninterrupted)}`)) return checks.outcome();

      const killed = ctx.path('killed.sqlite');
      const child = ctx.start(args(killed, ctx.path('killed')), 180_000);
      const midway = await until(120_000, () => count(ctx, killed, 'SELECT count(*) AS n FROM run_sites') >= 2);
      child.kill();
      await child.done;
      const before = count(ctx, killed, 'SELECT count(*) AS n FROM run_sites');
      checks.that(midway && before < network.portals.length, `killed after ${before} of ${network.portals.length} sites: not mid-run`);
      const fetchesBefore = count(ctx, killed, 'SELECT count(*) AS n FROM fetches');
      const finishedBefore = ctx.query<{ inegi_code: string; n: number }>(killed, 'SELECT inegi_code, count(*) AS n FROM fetches GROUP BY inegi_code').map((r) => [r.inegi_code, r.n] as const);
      const resumed = await ctx.mirador(['rank', '--db', killed, '--resume', '1', '--out', ctx.path('killed')], 180_000);
      checks.that(resumed.code === 0, `--resume: ${ending(resumed)}`);
      const a = ranking(ctx, whole);
      const b = ranking(ctx, killed);
      checks.that(a.length === network.portals.length && JSON.stringify(a) === JSON.stringify(b), `rankings differ: ${b.filter((r) => !a.includes(r)).join(' | ').slice(0, 300) || `${b.length} vs ${a.length} sites`}`);
      checks.that(count(ctx, killed, 'SELECT count(*) AS n FROM indicator_results') === network.portals.length * 22, 'indicator results duplicated or lost');
      // Page fetches per site as in the uninterrupted run. Not every fetch: a robots.txt several sites share (a
      // platform's) is fetched once per crawler and recorded on the first site that asked, so after --resume it can
      // land on another site; that moves a row, it changes no verdict.
      const pagesBySite = (db: string) => ctx.query<{ inegi_code: string; n: number }>(db, "SELECT inegi_code, count(*) AS n FROM fetches WHERE purpose = 'page' GROUP BY inegi_code ORDER BY 1").map((r) => `${r.inegi_code}:${r.n}`);
      const [wholePages, killedPages] = [pagesBySite(whole), pagesBySite(killed)];
      checks.that(JSON.stringify(wholePages) === JSON.stringify(killedPages), `page fetches per site differ: resumed ${killedPages.filter((f) => !wholePages.includes(f)).join(' ')} vs whole ${wholePages.filter((f) => !killedPages.includes(f)).join(' ')}`);
      const refetched = finishedBefore.filter(([code, n]) => count(ctx, killed, `SELECT count(*) AS n FROM fetches WHERE inegi_code = '${code}'`) !== n);
      checks.that(refetched.length === 0, `sites finished before the kill were fetched again: ${refetched.map(([code]) => code).join(', ')}`);
      checks.note(`killed after ${before}/${network.portals.length} sites (${fetchesBefore} fetches), resumed in ${seconds(resumed.wallMs)}, same ranking`);
      return checks.outcome();
    },
  },
];
