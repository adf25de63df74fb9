/** The fidelity report as plain text: one row per indicator, the totals, and issue 4's targets beside them. */
import { checkTargets, FIDELITY_TARGETS, type Fidelity, type FidelityTargets, type Mismatch, type TargetCheck } from './measure.ts';

export interface FormatOptions {
  /** Evaluation date of the run, shown in the heading. */
  asOf?: string;
  targets?: FidelityTargets;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** Targets read as the issue writes them: 97 %, not 97.0 %. */
function targetPercent(share: number): string {
  return `${Number((share * 100).toFixed(1))} %`;
}

function points(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

function mismatchLine(m: Mismatch): string {
  const trap = m.decoy ? ` [decoy: ${m.decoy}]` : '';
  return `  ${m.slug} ${m.indicator}: expected ${m.expected}, got ${m.got}${m.reason ? ` (${m.reason})` : ''}${trap}`;
}

function labelledCell(i: Fidelity['indicators'][number]): string {
  return `${i.labelled.pass}/${i.labelled.fail}/${i.labelled.unknown}/${i.labelled.decoys}`;
}

function targetLines(fidelity: Fidelity, checks: TargetCheck[], targets: FidelityTargets): string[][] {
  const lowest = fidelity.indicators.reduce<Fidelity['indicators'][number] | undefined>(
    (low, i) => (!low || i.agreement < low.agreement ? i : low),
    undefined,
  );
  const met = (id: TargetCheck['id']) => (checks.find((c) => c.id === id)!.met ? 'MET' : 'MISSED');
  return [
    ['overall agreement', percent(fidelity.agreement), `≥ ${targetPercent(targets.overallAgreement)}`, met('overall-agreement')],
    [
      // Naming the lowest only means something when it is below full agreement.
      `lowest indicator${lowest && lowest.agreement < 1 ? ` (${lowest.id})` : ''}`,
      lowest ? percent(lowest.agreement) : 'n/a',
      `≥ ${targetPercent(targets.minIndicatorAgreement)}`,
      met('indicator-agreement'),
    ],
    ['score MAE', `${points(fidelity.scoreMae)} pts`, `≤ ${targets.maxScoreMae} pts`, met('score-mae')],
    ['false passes', String(fidelity.falsePasses.length), targets.maxFalsePasses === 0 ? '= 0' : `≤ ${targets.maxFalsePasses}`, met('false-passes')],
  ];
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((r) => r[column]!.length)));
  return rows.map((r) =>
    r
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatFidelity(fidelity: Fidelity, options: FormatOptions = {}): string {
  const targets = options.targets ?? FIDELITY_TARGETS;
  const checks = checkTargets(fidelity, targets);
  const reachable = fidelity.scoreErrors.length;
  const totals = fidelity.indicators.reduce(
    (sum, i) => ({ falsePasses: sum.falsePasses + i.falsePasses, falseFails: sum.falseFails + i.falseFails, other: sum.other + i.unknownMismatches }),
    { falsePasses: 0, falseFails: 0, other: 0 },
  );
  const rows = [
    ['indicator', 'agreement', 'false passes', 'false fails', 'unknown mismatches', 'n', 'pass/fail/unknown/decoy'],
    ...fidelity.indicators.map((i) => [
      i.id, percent(i.agreement), String(i.falsePasses), String(i.falseFails), String(i.unknownMismatches), String(i.n), labelledCell(i),
    ]),
    ['all indicators', percent(fidelity.agreement), String(totals.falsePasses), String(totals.falseFails), String(totals.other), String(fidelity.compared), ''],
  ];
  const lines = [
    `Fidelity of ${fidelity.methodologyId} over ${fidelity.portals} labelled portal(s)${options.asOf ? ` as of ${options.asOf}` : ''}`,
    '',
    ...table(rows, new Set([1, 2, 3, 4, 5, 6])),
    '',
    `score MAE over ${reachable} reachable portal(s): ${points(fidelity.scoreMae)} points`,
    `decoys planted: ${fidelity.decoys.planted}; false passes on decoys: ${fidelity.decoys.fellFor.length}`,
    '',
    'targets (issue 4):',
    ...table(targetLines(fidelity, checks, targets), new Set([1])).map((l) => `  ${l}`),
  ];
  lines.push('', `false passes (${fidelity.falsePasses.length}):`);
  lines.push(...(fidelity.falsePasses.length ? fidelity.falsePasses.map(mismatchLine) : ['  none']));
  const others = fidelity.mismatches.filter((m) => m.kind !== 'false-pass');
  if (others.length) lines.push('', `other mismatches (${others.length}):`, ...others.map(mismatchLine));
  const scoreMisses = fidelity.scoreErrors.filter((e) => e.error > 0);
  if (scoreMisses.length)
    lines.push(
      '',
      'score differences:',
      ...scoreMisses.map((e) => `  ${e.slug}: expected ${e.expected}, got ${e.got ?? 'no score'} (off by ${points(e.error)})`),
    );
  return `${lines.join('\n')}\n`;
}
