/**
 * Faults in what the user hands Mirador (a --db under /proc, a seeds file with NUL bytes, seed addresses that
 * hide a loopback address in IPv6) and in what a portal answers outside its pages (robots.txt failing, a gzip
 * bomb for a sitemap, a meta refresh that must not survive into the report's archived copies).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { page } from '../crawl/faults/fault-server.ts';
import { GZIP_BOMB, HEALTHY_SITES } from '../crawl/faults/fault-sites.ts';
import { Checks, type Fault, megabytes, seconds, tail } from './harness.ts';
import { checkEndedCleanly, describeSite, rankOne } from './ranked.ts';

const OPEN_DATA_HOME = (extra = '') =>
  `<h1>H. Ayuntamiento</h1>${extra}<a href="/datos-abiertos">Datos abiertos</a> <a href="/transparencia">Transparencia</a> <a href="/contacto">Contacto</a>`;

export const inputFaults: Fault[] = [
  {
    id: 'db-under-proc',
    title: 'a --db under /proc is refused with why, instead of SQLite spinning on it',
    fast: true,
    async run(ctx) {
      const seeds = ctx.seeds([{ code: '14001', name: 'uno', url: 'http://www.uno.gob.mx/' }]);
      const child = await ctx.mirador(ctx.rankArgs(null, seeds, '/proc/self/mirador.sqlite', ['--no-render']), 30_000);
      const checks = new Checks();
      checks.that(!child.timedOut, `no answer in ${seconds(child.wallMs)}: killed at the bound`);
      checks.that(child.code === 1, `exit ${child.code}, expected 1`);
      checks.that(/pseudo file system, not a place for a database/.test(child.stderr), `stderr does not say why: ${tail(child.stderr)}`);
      checks.note(`refused in ${seconds(child.wallMs)}: ${tail(child.stderr, 1)}`);
      return checks.outcome();
    },
  },
  {
    id: 'seeds-nul-byte',
    title: 'a seeds file with a NUL byte (UTF-16, a spreadsheet) is refused whole before the database is touched',
    fast: true,
    async run(ctx) {
      const seeds = ctx.path('seeds.csv');
      writeFileSync(seeds, 'inegi_code,name,state,url\n14001,Uno\0,Jalisco,http://www.uno.gob.mx/\n');
      const db = ctx.path('m.sqlite');
      const child = await ctx.mirador(ctx.rankArgs(null, seeds, db, ['--no-render']), 30_000);
      const checks = new Checks();
      checks.that(child.code === 1 && !child.timedOut, `exit ${child.code}${child.timedOut ? ' (killed at the bound)' : ''}, expected 1`);
      checks.that(/NUL/.test(child.stderr) && /nothing was crawled/.test(child.stderr), `stderr does not name the NUL byte: ${tail(child.stderr)}`);
      checks.that(!existsSync(db), 'a database was created for a refused seeds file');
      checks.note(tail(child.stderr, 2));
      return checks.outcome();
    },
  },
  {
    id: 'ipv6-embedded-ipv4',
    title: 'seeds at [::127.0.0.1], [64:ff9b::7f00:1] (NAT64) and [2002:7f00:1::] (6to4) are refused as private',
    fast: true,
    async run(ctx) {
      const served = await ctx.serve({ 'www.uno.gob.mx': { routes: { '/': page('<p>interno</p>') } } });
      const port = served.server.connectTo[0]!.toPort;
      const forms = ['::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::'];
      const seeds = ctx.seeds(forms.map((address, i) => ({ code: String(14001 + i), name: `v6-${i}`, url: `http://[${address}]:${port}/` })));
      const db = ctx.path('m.sqlite');
      // No --allow-private and no --connect-to: the policy alone decides.
      const child = await ctx.mirador(['rank', '--seeds', seeds, '--db', db, '--out', ctx.path('report'), '--as-of', '2016-05-20', '--delay', '0', '--timeout', '5', '--no-render'], 60_000);
      const checks = new Checks();
      checkEndedCleanly(checks, child);
      const rows = ctx.query<{ inegi_code: string; status: string; status_reason: string | null }>(db, 'SELECT inegi_code, status, status_reason FROM run_sites ORDER BY inegi_code');
      forms.forEach((address, i) => {
        const row = rows.find((r) => r.inegi_code === String(14001 + i));
        checks.that(row?.status === 'refused' && /non-public address/.test(row.status_reason ?? ''), `[${address}]: ${row ? `${row.status}: ${row.status_reason}` : 'no final status'}`);
      });
      checks.that(served.server.served.length === 0, `${served.server.served.length} requests reached the loopback server`);
      checks.note(rows.map((r) => `${r.inegi_code} ${r.status}`).join(', '));
      return checks.outcome();
    },
  },
  {
    id: 'robots-5xx',
    title: 'robots.txt answering 503: the site is treated as disallowed (RFC 9309), with that reason',
    fast: true,
    async run(ctx) {
      const host = 'www.caido.gob.mx';
      const { ranked, site } = await rankOne(ctx, host, {
        routes: {
          '/robots.txt': (_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable'),
          '/': page(OPEN_DATA_HOME()),
        },
      });
      const checks = new Checks();
      checkEndedCleanly(checks, ranked.child);
      checks.that(site.status === 'blocked-by-robots', `status ${site.status}, expected blocked-by-robots`);
      checks.that(/robots\.txt answered HTTP 503/.test(site.reason ?? ''), `reason "${site.reason}"`);
      const pages = ranked.served.server.pathsFor(host).filter((p) => p !== '/robots.txt');
      checks.that(pages.length === 0, `fetched despite the disallow: ${pages.join(' ')}`);
      checks.note(describeSite(site));
      return checks.outcome();
    },
  },
  {
    id: 'sitemap-gzip-bomb',
    title: 'a sitemap.xml.gz of 1 MB that inflates to 1 GB: capped, with the error in its fetch record',
    fast: false,
    async run(ctx) {
      const host = 'www.mapa.gob.mx';
      const { ranked, site } = await rankOne(ctx, host, {
        routes: {
          '/robots.txt': `User-agent: *\nAllow: /\nSitemap: http://${host}/sitemap.xml.gz\n`,
          '/': page(OPEN_DATA_HOME()),
          '/sitemap.xml.gz': (_req, res, { served }) => {
            res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(GZIP_BOMB.length) });
            served.bytesSent += GZIP_BOMB.length;
            res.end(GZIP_BOMB);
          },
        },
      });
      const checks = new Checks();
      checkEndedCleanly(checks, ranked.child);
      checks.that(site.status === 'ok' && site.score !== null, `the site was not scored: ${describeSite(site)}`);
      const [record] = ctx.query<{ error_kind: string | null; error_message: string | null }>(
        ranked.db, "SELECT error_kind, error_message FROM fetches WHERE purpose = 'sitemap' AND url = ?", `http://${host}/sitemap.xml.gz`);
      checks.that(record?.error_kind === 'too-large' && /inflates past \d+ MB .*not read/.test(record.error_message ?? ''),
        `sitemap fetch record: ${record ? `${record.error_kind}: ${record.error_message}` : 'none'}`);
      checks.that(ranked.child.peakRssBytes < 700 * 2 ** 20, `peak RSS ${megabytes(ranked.child.peakRssBytes)}: inflated far past the cap`);
      checks.note(`${record?.error_kind}: ${record?.error_message}`);
      return checks.outcome();
    },
  },
  {
    id: 'archived-meta-refresh',
    title: 'the archived copy of a page with <meta http-equiv=refresh> comes out without it under the report’s archivo/',
    fast: false,
    async run(ctx) {
      const host = 'www.refresco.gob.mx';
      const marker = 'Portal con redirección programada';
      // Three spellings a parser accepts; a refresh far in the future so the crawl itself reads the page.
      const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Refresco</title>
        <meta http-equiv="refresh" content="3600;url=http://evil.example/">
        <META HTTP-EQUIV=Refresh CONTENT="3600; URL=http://evil.example/2">
        </head><body><p>${marker}</p><meta http-equiv='REFRESH' content='3600;url=http://evil.example/3'>${OPEN_DATA_HOME()}</body></html>`;
      const healthy = HEALTHY_SITES['www.zapopan.gob.mx']!;
      const { ranked, site } = await rankOne(ctx, host, { ...healthy, routes: { ...healthy.routes, '/': html } });
      const checks = new Checks();
      checkEndedCleanly(checks, ranked.child);
      const folder = join(ctx.path('report'), 'archivo', site.code);
      const copies = existsSync(folder) ? readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8')) : [];
      const ofHome = copies.filter((c) => c.includes(marker));
      checks.that(ofHome.length > 0, `no archived copy of the home page under archivo/${site.code}/ (${copies.length} copies)`);
      const refreshing = copies.filter((c) => /http-equiv\s*=\s*["']?refresh/i.test(c) || c.includes('evil.example'));
      checks.that(refreshing.length === 0, `${refreshing.length} archived copies still carry the refresh`);
      checks.note(`${copies.length} archived copies, ${ofHome.length} of the home, none refreshing`);
      return checks.outcome();
    },
  },
];
