import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createRun, createScoring, recordRunSeeds, setRunStatus, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite } from '../../src/store/sites.ts';
import { storedRunFile } from './stored-run.ts';

const run = promisify(execFile);

async function mirador(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/mirador.js', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('mirador CLI', () => {
  it.each([[], ['rank'], ['score'], ['reviews'], ['reviews', 'import'], ['report'], ['export'], ['demo']])('prints help for %j', async (...command) => {
    const { code, stdout } = await mirador(...command, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: mirador/);
  });

  it('rank --help lists the crawl options', async () => {
    const { stdout } = await mirador('rank', '--help');
    for (const option of ['--seeds', '--db', '--out', '--as-of', '--only', '--max-pages', '--concurrency', '--connect-to', '--connect-to-file', '--allow-private', '--resume'])
      expect(stdout).toContain(option);
  });

  it('refuses a malformed seeds file before crawling, naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirador-cli-'));
    const seeds = join(dir, 'bad.csv');
    writeFileSync(seeds, 'inegi_code,name,state,url\n14097,Tlajomulco,Jalisco,https://tlajomulco.gob.mx/\nabc,X,Y,https://x.gob.mx/\n');
    const { code, stderr } = await mirador('rank', '--seeds', seeds, '--db', join(dir, 'm.sqlite'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/nothing was crawled/);
    expect(stderr).toMatch(/line 3 \(abc X\): inegi_code must be 5 digits/);
  });

  it('refuses a bad --as-of and a bad --connect-to', async () => {
    const asOf = await mirador('rank', '--seeds', 'seeds/municipios-aidh2016.csv', '--as-of', '2016-13-40');
    expect(asOf.code).not.toBe(0);
    expect(asOf.stderr).toMatch(/YYYY-MM-DD/);
    const connectTo = await mirador('rank', '--seeds', 'seeds/municipios-aidh2016.csv', '--only', '14097', '--connect-to', 'nonsense', '--db', join(mkdtempSync(join(tmpdir(), 'mirador-cli-')), 'm.sqlite'));
    expect(connectTo.code).toBe(1);
    expect(connectTo.stderr).toMatch(/nonsense/);
  });

  it('exports a stored run as JSON and CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirador-cli-'));
    const dbPath = join(dir, 'm.sqlite');
    const db = openDatabase(dbPath);
    const seeds = parseSeeds('inegi_code,name,state,url\n14097,"Tlajomulco de Zúñiga, Jal.",Jalisco,http://www.tlajomulco.gob.mx/\n');
    upsertMunicipalities(db, seeds);
    const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: '0.1.0', seedsFile: 's.csv', options: {} });
    recordRunSeeds(db, runId, seeds);
    const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: '0.1.0', origin: 'crawl' });
    saveFinishedSite(db, {
      runId, scoringId, inegiCode: '14097', fetches: [],
      crawl: { seedUrl: seeds[0]!.url, finalUrl: seeds[0]!.url, status: 'ok', statusReason: null, pages: [], files: [], sitemap: [], startedAt: 'x', finishedAt: 'y' },
      scored: { score: 4.5, indicators: [{ id: 'open-data-section', verdict: 'pass', points: 4.5, maxPoints: 4.5, reason: null, evidence: [{ url: 'http://www.tlajomulco.gob.mx/', text: 'Datos abiertos' }] }] },
    });
    setRunStatus(db, runId, 'finished');
    db.close();

    const json = await mirador('export', '--db', dbPath, '--format', 'json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.run).toMatchObject({ id: runId, asOf: '2016-05-20', methodologyId: 'aidh-2016' });
    expect(parsed.municipalities[0]).toMatchObject({
      inegi_code: '14097', name: 'Tlajomulco de Zúñiga, Jal.', state: 'Jalisco', url: 'http://www.tlajomulco.gob.mx/', status: 'ok', score: 4.5, rank: 1,
      indicators: [{ id: 'open-data-section', verdict: 'pass', points: 4.5, max_points: 4.5, evidence: [{ url: 'http://www.tlajomulco.gob.mx/', text: 'Datos abiertos' }] }],
    });

    const csv = await mirador('export', '--db', dbPath, '--format', 'csv', '--run', String(runId));
    expect(csv.code).toBe(0);
    const [header, row] = csv.stdout.trim().split(/\r?\n/);
    expect(header).toContain('open-data-section');
    expect(header).toContain('mobile-app');
    expect(row).toContain('"Tlajomulco de Zúñiga, Jal."');
  });

  it('score --reviews refuses a malformed reviews file naming the line, and warns about a municipality not in the run', async () => {
    const { dir, dbPath, runId } = storedRunFile();
    const header = 'inegi_code,indicator,verdict,reviewer,date,note,evidence_url';

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${header}\n14097,mobile-app,pass,Ana,2025-06-02,ok,\n14097,mobile-app,sí,Ana,2025-06-02,ok,\n`);
    const refused = await mirador('score', '--db', dbPath, '--reviews', bad, '--out', join(dir, 'report'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bad\.csv: the reviews file is not valid[\s\S]*line 3 \(14097 mobile-app\): verdict must be pass, fail or unknown/);

    const good = join(dir, 'good.csv');
    writeFileSync(good, `${header}\n14097,mobile-app,pass,Ana,2025-06-02,ok,\n31050,mobile-app,pass,Ana,2025-06-02,ok,\n`);
    const scored = await mirador('score', '--db', dbPath, '--reviews', good, '--out', join(dir, 'report'));
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(/1 sitio\(s\) calificados de nuevo como calificación \d+, 1 veredicto\(s\) revisado\(s\)/);
    expect(scored.stderr).toContain(`warning: 31050: not in run ${runId}, its review(s) on line(s) 3 were not applied`);
    const check = openDatabase(dbPath);
    expect(check.prepare("SELECT count(*) AS n FROM scorings WHERE origin = 'rescore'").get()).toEqual({ n: 1 });
    expect(check.prepare("SELECT verdict, automatic_verdict, reviewer FROM indicator_results WHERE indicator_id = 'mobile-app' AND reviewer IS NOT NULL").all()).toEqual([
      { verdict: 'pass', automatic_verdict: expect.any(String), reviewer: 'Ana' },
    ]);
    check.close();
  });

  it('says clearly when the run does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirador-cli-'));
    openDatabase(join(dir, 'empty.sqlite')).close();
    const { code, stderr } = await mirador('export', '--db', join(dir, 'empty.sqlite'), '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/has no runs/);
  });
});
