/**
 * One full `rank` over the simulated portal network: real crawler, gatherers, indicators, store and
 * report, compared with the verdicts each portal declares in its portal.json.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PortalSpec } from '../../src/demo/expected.ts';
import { rankPortalNetwork } from '../../src/demo/rank-network.ts';
import type { RankingReport } from '../../src/report/model.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';

const AS_OF = '2016-05-20';

describe('mirador rank over the simulated portal network', () => {
  let network: { portals: PortalSpec[] };
  let report: RankingReport;
  let indexPath: string;
  const dir = mkdtempSync(join(tmpdir(), 'mirador-e2e-'));

  beforeAll(async () => {
    const db = join(dir, 'm.sqlite');
    const result = await rankPortalNetwork({ asOf: AS_OF, db, out: join(dir, 'report'), seedsFile: join(dir, 'seeds.csv') });
    network = result;
    indexPath = result.indexPath;
    const database = openDatabase(db);
    report = loadRankingReport(database, result.runId);
    database.close();
  }, 240_000);

  it('ranks every portal, unreachable ones without a score', () => {
    expect(report.municipalities).toHaveLength(network.portals.length);
    for (const portal of network.portals) {
      const result = report.municipalities.find((m) => m.inegi_code === portal.inegi_code)!;
      if (portal.reachable) {
        expect(result.status, portal.slug).toBe('ok');
        expect(result.score, portal.slug).not.toBeNull();
      } else {
        expect(result.status, portal.slug).toBe('unreachable');
        expect(result.score).toBeNull();
        expect(result.rank).toBeNull();
        expect(result.status_reason).toBeTruthy();
      }
    }
  });

  it('gives every portal the verdicts it declares', () => {
    const mismatches: string[] = [];
    for (const portal of network.portals) {
      const result = report.municipalities.find((m) => m.inegi_code === portal.inegi_code)!;
      for (const indicator of result.indicators) {
        const expected = portal.expected[indicator.id];
        if (indicator.verdict !== expected)
          mismatches.push(`${portal.slug} ${indicator.id}: expected ${expected}, got ${indicator.verdict} (${indicator.reason ?? indicator.evidence[0]?.text ?? ''})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('backs every pass with evidence and every fail or unknown with a reason', () => {
    for (const m of report.municipalities) {
      for (const i of m.indicators) {
        if (i.verdict === 'pass') expect(i.evidence.length, `${m.name} ${i.id}`).toBeGreaterThan(0);
        else expect(i.reason, `${m.name} ${i.id}`).toBeTruthy();
      }
    }
  });

  it('writes the HTML report with a page per municipality', () => {
    expect(existsSync(indexPath)).toBe(true);
    for (const m of report.municipalities) expect(existsSync(join(dir, 'report', 'municipios', `${m.inegi_code}.html`))).toBe(true);
  });
});
