/**
 * A site whose results cannot be saved (a full disk: SQLITE_FULL) is left pending, and the run is then not
 * finished: `--resume` picks the site up instead of answering "already finished; nothing to resume".
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { defaultCrawlOptions, parseConnectTo } from '../../src/crawl/crawler.ts';
import { resumeRankRun, startRankRun } from '../../src/run/rank-run.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { getRun } from '../../src/store/runs.ts';
import { page, startLocalSite } from '../crawl/helpers/local-site.ts';

const full = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('../../src/store/sites.ts', async (original) => {
  const actual = await original<typeof import('../../src/store/sites.ts')>();
  return {
    ...actual,
    saveFinishedSite: (...args: Parameters<typeof actual.saveFinishedSite>) => {
      if (args[1].inegiCode === full.code) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      return actual.saveFinishedSite(...args);
    },
  };
});

describe('a site that cannot be saved', () => {
  it('is left pending, the run stays open, and --resume saves it', async () => {
    const A = 'http://www.lleno-a.gob.mx';
    const B = 'http://www.lleno-b.gob.mx';
    const site = await startLocalSite({ [`${A}/`]: page('<h1>A</h1>', 'A'), [`${B}/`]: page('<h1>B</h1>', 'B') });
    try {
      const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mirador-full-')), 'm.sqlite'));
      const seeds = parseSeeds(['inegi_code,name,state,url', `14097,Tlajomulco de Zúñiga,Jalisco,${A}/`, `13048,Pachuca de Soto,Hidalgo,${B}/`].join('\n'));
      const connectTo = ['www.lleno-a.gob.mx', 'www.lleno-b.gob.mx'].map((host) => parseConnectTo(`${host}:80:127.0.0.1:${site.port}`));
      const crawl = { ...defaultCrawlOptions, perHostDelayMs: 0, timeoutMs: 2000, retries: 0, maxPages: 2, connectTo, render: false };
      const rules = indicatorsFor(aidh2016, allIndicators);
      full.code = '13048';
      const first = await startRankRun({ db, seeds, seedsFile: 'seeds.csv', asOf: '2016-05-20', crawl, methodology: aidh2016, rules });
      expect(first.pending).toBe(1);
      expect(getRun(db, first.runId)?.status).toBe('interrupted');
      full.code = null;
      const resumed = await resumeRankRun({ db, runId: first.runId, seeds, crawl, methodology: aidh2016, rules });
      expect(resumed.pending).toBe(0);
      expect(getRun(db, first.runId)?.status).toBe('finished');
      db.close();
    } finally {
      await site.close();
    }
  }, 60_000);
});
