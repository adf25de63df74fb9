/**
 * Full disks, for real: small tmpfs mounts (inside the runner's mount namespace only) under the database's
 * folder, under its WARC folder, and under the report folder. A site that cannot be saved must be left pending
 * with the run open and `--resume` must save it once there is room; a report that cannot be written must say so
 * without losing the committed run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { page } from '../crawl/faults/fault-server.ts';
import { Checks, type Fault, type FaultContext, type FaultOutcome, mountTmpfs, remountTmpfs, tail } from './harness.ts';
import { ending, rankHosts } from './ranked.ts';

const HOST = 'www.pesado.gob.mx';
/** Random text does not compress: 12 pages of 256 KB put ~3 MB in the database and the WARC, whatever gzip does. */
const bulky = (i: number): string => page(`<h1>Informe ${i}</h1><p>${randomBytes(192 * 1024).toString('base64')}</p><a href="/">Inicio</a>`);
const BULKY_SITE = {
  [HOST]: {
    routes: {
      '/': page(`<h1>Informes</h1>${Array.from({ length: 11 }, (_, i) => `<a href="/informe/${i}">Informe ${i}</a>`).join(' ')}`),
      ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`/informe/${i}`, bulky(i)])),
    },
  },
};

function needsMountNamespace(ctx: FaultContext): FaultOutcome | null {
  return ctx.isolated ? null : { held: false, detail: 'not run: needs the mount namespace `npm run faults` sets up where unshare works (a real small tmpfs)' };
}

/** Ranks the bulky site into `db`; expects the site left pending and the run open, then makes room and resumes. */
async function fullThenResume(ctx: FaultContext, db: string, full: string, expectedError: RegExp): Promise<FaultOutcome> {
  const ranked = await rankHosts(ctx, BULKY_SITE, { db, extra: ['--max-pages', '12'] });
  const checks = new Checks();
  const site = ranked.sites[HOST]!;
  checks.that(!ranked.child.timedOut, 'the run did not end: killed at the bound');
  checks.that(ranked.child.code === 1, `exit ${ranked.child.code}, expected 1 (a site left pending)`);
  checks.that(/no se pudieron terminar o guardar y quedan pendientes/.test(ranked.child.stdout), `the summary does not say a site is pending: ${tail(ranked.child.stdout)}`);
  checks.that(expectedError.test(ranked.child.stderr), `stderr does not name the full disk: ${tail(ranked.child.stderr)}`);
  checks.that(!/^\s+at /m.test(ranked.child.stderr), 'a stack trace on stderr');
  checks.that(ranked.runStatus === 'interrupted', `run status ${ranked.runStatus}, expected interrupted`);
  checks.that(site.status === null, `the site was committed (${site.status}) on a full disk`);
  await remountTmpfs(full, '256m');
  const resumed = await ctx.mirador(['rank', '--db', db, '--resume', '1', '--out', ctx.path('report')], 60_000);
  checks.that(resumed.code === 0, `--resume after making room: ${ending(resumed)}`);
  const [after] = ctx.query<{ status: string }>(db, 'SELECT status FROM runs WHERE id = 1');
  const [row] = ctx.query<{ status: string; pages_crawled: number }>(db, 'SELECT status, pages_crawled FROM run_sites WHERE run_id = 1');
  checks.that(after?.status === 'finished', `after --resume the run is ${after?.status}`);
  checks.that(row?.status === 'ok' && row.pages_crawled === 12, `after --resume the site is ${row ? `${row.status}, ${row.pages_crawled} pages` : 'not committed'}`);
  checks.note(`${tail(ranked.child.stderr.split('\n').filter((l) => l.startsWith('[error]')).join('\n'), 1)}; --resume saved it`);
  return checks.outcome();
}

export const storageFaults: Fault[] = [
  {
    id: 'disk-full-sqlite',
    title: 'the database’s disk fills while a site is stored (SQLITE_FULL on a 1 MB tmpfs): left pending, --resume saves it',
    fast: false,
    async run(ctx) {
      const skip = needsMountNamespace(ctx);
      if (skip) return skip;
      const folder = ctx.path('db');
      await mountTmpfs(ctx, folder, '1m');
      // The WARC folder gets its own room, so it is the database that fills.
      await mountTmpfs(ctx, join(folder, 'runs'), '64m');
      return fullThenResume(ctx, join(folder, 'm.sqlite'), folder, /full/i);
    },
  },
  {
    id: 'warc-write-error',
    title: 'the WARC archive cannot be written (ENOSPC on a 64 KB tmpfs): left pending, --resume saves it in a new part',
    fast: false,
    async run(ctx) {
      const skip = needsMountNamespace(ctx);
      if (skip) return skip;
      const folder = ctx.path('db');
      const runs = join(folder, 'runs');
      await mountTmpfs(ctx, runs, '64k');
      const outcome = await fullThenResume(ctx, join(folder, 'm.sqlite'), runs, /ENOSPC|no space/i);
      if (outcome.held && !existsSync(join(runs, 'run-1', 'archive-2.warc.gz'))) return { held: false, detail: '--resume wrote no archive-2.warc.gz' };
      return outcome;
    },
  },
  {
    id: 'report-folder-full',
    title: 'the report folder fills (a 256 KB tmpfs for --out): rank says so, the run stays committed, `mirador report` writes it later',
    fast: false,
    async run(ctx) {
      const skip = needsMountNamespace(ctx);
      if (skip) return skip;
      const out = ctx.path('report');
      await mountTmpfs(ctx, out, '256k');
      const ranked = await rankHosts(ctx, BULKY_SITE, { extra: ['--max-pages', '12'] });
      const checks = new Checks();
      checks.that(!ranked.child.timedOut, 'the run did not end: killed at the bound');
      checks.that(ranked.child.code !== 0, 'exit 0 with a report that could not be written');
      checks.that(/ENOSPC|no space/i.test(ranked.child.stderr), `stderr does not name the full folder: ${tail(ranked.child.stderr)}`);
      checks.that(!/^\s+at /m.test(ranked.child.stderr), 'a stack trace on stderr');
      checks.that(ranked.runStatus === 'finished' && ranked.sites[HOST]!.status === 'ok', `the crawl was lost: run ${ranked.runStatus}, site ${ranked.sites[HOST]!.status}`);
      await remountTmpfs(out, '256m');
      const again = await ctx.mirador(['report', '--db', ranked.db, '--run', '1', '--out', out], 60_000);
      checks.that(again.code === 0 && existsSync(join(out, 'index.html')), `mirador report after making room: ${ending(again)}`);
      checks.note(tail(ranked.child.stderr, 1));
      return checks.outcome();
    },
  },
];
