import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createRun, createScoring, recordRunSeeds, setRunStatus, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite } from '../../src/store/sites.ts';

/** A database file holding one finished run of Tlajomulco (14097) crawled with no pages, for commands on a stored run. */
export function storedRunFile(): { dir: string; dbPath: string; runId: number } {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-cli-'));
  const dbPath = join(dir, 'm.sqlite');
  const db = openDatabase(dbPath);
  const seeds = parseSeeds('inegi_code,name,state,url\n14097,Tlajomulco,Jalisco,http://www.tlajomulco.gob.mx/\n');
  upsertMunicipalities(db, seeds);
  const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: '0.1.0', seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: '0.1.0', origin: 'crawl' });
  saveFinishedSite(db, {
    runId, scoringId, inegiCode: '14097', fetches: [], scored: { score: 0, indicators: [] },
    crawl: { seedUrl: seeds[0]!.url, finalUrl: seeds[0]!.url, status: 'ok', statusReason: null, pages: [], files: [], sitemap: [], startedAt: 'x', finishedAt: 'y' },
  });
  setRunStatus(db, runId, 'finished');
  db.close();
  return { dir, dbPath, runId };
}
