/**
 * `npm run faults [-- --only id,id] [--fast] [--json file]`: runs the fault catalogue and prints, per fault,
 * held or broke, the peak RSS of the runs it started (Node and Chromium) and its wall time; then "N/M held".
 * Exit 1 if any fault broke or could not run.
 *
 * Where `unshare` works, the runner first re-executes itself in new network and mount namespaces with only `lo`
 * up, so no fault can reach beyond the machine and the small tmpfs mounts of the disk-full faults vanish with it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { catalogue } from './catalogue.ts';
import { FaultContext, megabytes, seconds, type Fault } from './harness.ts';

const ISOLATED_ENV = 'MIRADOR_FAULTS_ISOLATED';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    fast: { type: 'boolean', default: false },
    json: { type: 'string' },
    'no-isolation': { type: 'boolean', default: false },
  },
});

/** Re-runs this command inside fresh namespaces; returns its exit code, or why it could not. */
function reexecIsolated(): { code: number } | { why: string } {
  const unshare = ['/usr/bin/unshare', '/bin/unshare'].find(existsSync);
  if (!unshare) return { why: 'unshare not found (util-linux)' };
  const ip = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find(existsSync);
  if (!ip) return { why: 'ip not found (iproute2): cannot bring lo up in a new network namespace' };
  // Root gets its namespaces directly; anyone else asks for a user namespace too (-r), where the kernel allows it.
  const own = process.getuid?.() === 0 ? [] : ['--map-root-user'];
  const probe = spawnSync(unshare, [...own, '--net', '--mount', '--fork', ip, 'link', 'set', 'lo', 'up'], { encoding: 'utf8' });
  if (probe.status !== 0) return { why: `unshare failed: ${(probe.stderr || probe.error?.message || '').trim()}` };
  const script = `${ip} link set lo up && exec "$@"`;
  const child = spawnSync(unshare, [...own, '--net', '--mount', '--fork', 'sh', '-c', script, 'sh', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [ISOLATED_ENV]: '1' },
  });
  return { code: child.status ?? 1 };
}

/** Only loopback interfaces: what the namespace promises, checked rather than assumed. */
function onlyLoopback(): boolean {
  return Object.values(networkInterfaces()).every((addresses) => (addresses ?? []).every((a) => a.internal));
}

function select(all: Fault[]): Fault[] {
  let chosen = values.fast ? all.filter((f) => f.fast) : all;
  if (values.only) {
    const wanted = values.only.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = wanted.filter((id) => !all.some((f) => f.id === id));
    if (unknown.length) throw new Error(`--only: no fault ${unknown.join(', ')} (known: ${all.map((f) => f.id).join(', ')})`);
    chosen = all.filter((f) => wanted.includes(f.id));
  }
  return chosen;
}

interface Result {
  id: string;
  title: string;
  fast: boolean;
  held: boolean;
  detail: string;
  peakRssMb: number;
  peakPssMb: number;
  wallSeconds: number;
}

async function runOne(fault: Fault, isolated: boolean): Promise<Result> {
  const ctx = new FaultContext(isolated);
  const started = Date.now();
  let outcome;
  try {
    outcome = await fault.run(ctx);
  } catch (error) {
    outcome = { held: false, detail: `the fault itself failed: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ')}` };
  } finally {
    await ctx.close().catch(() => undefined);
  }
  return {
    id: fault.id, title: fault.title, fast: fault.fast, held: outcome.held, detail: outcome.detail,
    peakRssMb: Math.round(ctx.peakRssBytes / 2 ** 20), peakPssMb: Math.round(ctx.peakPssBytes / 2 ** 20), wallSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  };
}

async function main(): Promise<number> {
  const isolated = process.env[ISOLATED_ENV] === '1';
  if (!isolated && !values['no-isolation']) {
    const outcome = reexecIsolated();
    if ('code' in outcome) return outcome.code;
    process.stdout.write(`not isolated: ${outcome.why}; running in this machine's network namespace (the faults only use 127.0.0.1), disk-full faults cannot mount their tmpfs\n`);
  }
  if (isolated) {
    if (!onlyLoopback()) throw new Error('isolated run sees a non-loopback interface; refusing to run');
    process.stdout.write('isolated: own network namespace (only lo) and mount namespace\n');
  }
  const faults = select(catalogue);
  process.stdout.write(`${faults.length} fault(s)${values.fast ? ' (fast subset)' : ''}\n`);
  const results: Result[] = [];
  for (const fault of faults) {
    const result = await runOne(fault, isolated);
    results.push(result);
    const rss = result.peakRssMb ? `${String(result.peakRssMb).padStart(5)} MB (PSS ${String(result.peakPssMb).padStart(4)})` : '    — MB           ';
    process.stdout.write(`${result.held ? 'held ' : 'BROKE'} ${fault.id.padEnd(26)} ${rss} ${seconds(result.wallSeconds * 1000).padStart(7)}  ${result.detail}\n`);
  }
  const held = results.filter((r) => r.held).length;
  const worst = results.reduce<Result | null>((w, r) => (w === null || r.peakRssMb > w.peakRssMb ? r : w), null);
  process.stdout.write(`\n${held}/${results.length} held`);
  if (held < results.length) process.stdout.write(` — broke: ${results.filter((r) => !r.held).map((r) => r.id).join(', ')}`);
  process.stdout.write(`\nworst peak RSS: ${worst ? `${megabytes(worst.peakRssMb * 2 ** 20)} (PSS ${megabytes(worst.peakPssMb * 2 ** 20)}), ${worst.id}` : '—'}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ isolated, held, total: results.length, results }, null, 2)}\n`);
  return held === results.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`faults: ${error.message}\n`);
    process.exit(1);
  },
);
