/**
 * `rank --wayback --as-of 2016-05-20` against a mock web archive: the right captures are read, the
 * live portal gets no request, and the evidence in the store and the report shows capture timestamps.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { defaultCrawlOptions, parseConnectTo } from '../../src/crawl/crawler.ts';
import { runRankCommand } from '../../src/run/rank-command.ts';
import { resumeRankRun, startRankRun } from '../../src/run/rank-run.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { getRun } from '../../src/store/runs.ts';
import type { RankingReport } from '../../src/report/model.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';
import { page, startLocalSite, type LocalSite } from '../crawl/helpers/local-site.ts';
import { type MockArchive, startMockArchive } from '../crawl/wayback/mock-archive.ts';

const HOME = 'http://www.tlajomulco.gob.mx/';
const MENU = '<nav><a href="/datos-abiertos/">Datos abiertos</a> <a href="https://www.facebook.com/GobTlajomulco">Facebook</a></nav>';

describe('mirador rank --wayback', () => {
  let archive: MockArchive;
  let live: LocalSite;
  let report: RankingReport;
  let indexHtml: string;
  const dir = mkdtempSync(join(tmpdir(), 'mirador-wayback-'));

  beforeAll(async () => {
    archive = await startMockArchive([
      { original: HOME, timestamp: '20160430093000', body: page(`${MENU}<h1>Gobierno de Tlajomulco, abril 2016</h1>`) },
      { original: HOME, timestamp: '20160610080000', body: page('<h1>Junio 2016: después de la evaluación</h1>') },
      { original: `${HOME}datos-abiertos/`, timestamp: '20160502000000', body: page('<h1>Datos abiertos</h1><p>Conjuntos de datos del municipio.</p>') },
    ]);
    // The live portal, reachable too: a --wayback run must never ask it anything.
    live = await startLocalSite({ '/': page('<h1>Portal de hoy</h1>') });
    const seeds = join(dir, 'seeds.csv');
    writeFileSync(seeds, `inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,${HOME}\n`);
    const db = join(dir, 'm.sqlite');
    const result = await runRankCommand({
      seeds, db, out: join(dir, 'report'), asOf: '2016-05-20', maxPages: 10, maxDepth: 2, concurrency: 2, delay: 0, timeout: 10,
      connectTo: [`web.archive.org:80:127.0.0.1:${archive.port}`, `www.tlajomulco.gob.mx:80:127.0.0.1:${live.port}`],
      allowPrivate: false, wayback: true, archiveUrl: 'http://web.archive.org', waybackWindowDays: 183, archiveRate: 6000,
    });
    const database = openDatabase(db);
    report = loadRankingReport(database, result.runId);
    database.close();
    indexHtml = readFileSync(join(dir, 'report', 'municipios', '14097.html'), 'utf8');
  }, 120_000);

  afterAll(async () => {
    await archive?.close();
    await live?.close();
  });

  it('reads the capture before the as-of date and never the live site', () => {
    expect(report.municipalities[0]!.status).toBe('ok');
    expect(archive.requests.some((r) => r.includes('20160430093000id_/'))).toBe(true);
    expect(archive.requests.some((r) => r.includes('20160610080000'))).toBe(false);
    expect(live.requests).toEqual([]);
  });

  it('shows the capture timestamp with the evidence, in the store and on the page', () => {
    const section = report.municipalities[0]!.indicators.find((i) => i.id === 'open-data-section')!;
    expect(section.verdict).toBe('pass');
    const home = section.evidence.find((e) => e.url === HOME)!;
    expect(home.capture).toEqual({ url: `http://web.archive.org/web/20160430093000id_/${HOME}`, timestamp: '20160430093000' });
    expect(indexHtml).toContain('2016-04-30 09:30:00 UTC');
  });
});

describe('mirador rank --wayback when the archive refuses (429 without Retry-After)', () => {
  it('leaves the sites pending and the run interrupted, not the municipalities unreachable; --resume evaluates them', async () => {
    const A = 'http://www.tlajomulco.gob.mx/';
    const B = 'http://www.pachuca.gob.mx/';
    let refusing = true;
    const archive = await startMockArchive(
      [
        { original: A, timestamp: '20160430093000', body: page('<h1>Tlajomulco</h1>') },
        { original: B, timestamp: '20160401000000', body: page('<h1>Pachuca</h1>') },
      ],
      { throttle: () => refusing },
    );
    try {
      const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mirador-wayback-429-')), 'm.sqlite'));
      const seeds = parseSeeds(['inegi_code,name,state,url', `14097,Tlajomulco de Zúñiga,Jalisco,${A}`, `13048,Pachuca de Soto,Hidalgo,${B}`].join('\n'));
      const crawl = {
        ...defaultCrawlOptions, perHostDelayMs: 0, timeoutMs: 2000, retries: 0, maxPages: 2, render: false,
        connectTo: [parseConnectTo(`web.archive.org:80:127.0.0.1:${archive.port}`)],
        wayback: { archiveUrl: 'http://web.archive.org', asOf: '2016-05-20', windowDays: 183, ratePerMinute: 60_000 },
      };
      const rules = indicatorsFor(aidh2016, allIndicators);
      // A 5 ms first back-off instead of 60 s: 5 + 10 + 20 + 40 ms, then the archive is taken to refuse the run.
      const crawlerParts = { archiveBackoffBaseMs: 5 };
      const first = await startRankRun({ db, seeds, seedsFile: 'seeds.csv', asOf: '2016-05-20', crawl, methodology: aidh2016, rules, crawlerParts, archiveDir: null });
      expect(first.pending).toBe(2);
      expect(getRun(db, first.runId)?.status).toBe('interrupted');
      const refused = loadRankingReport(db, first.runId);
      expect(refused.municipalities.map((m) => m.status)).toEqual(['pending', 'pending']);
      // Four back-offs and one probe after each, then nothing more is sent (a request already queued
      // at the archive host when the first 429 came may add one).
      expect(archive.throttled).toBeGreaterThanOrEqual(5);
      expect(archive.throttled).toBeLessThanOrEqual(6);

      refusing = false;
      const resumed = await resumeRankRun({ db, runId: first.runId, seeds, crawl, methodology: aidh2016, rules, crawlerParts, archiveDir: null });
      expect(resumed.pending).toBe(0);
      expect(getRun(db, first.runId)?.status).toBe('finished');
      expect(loadRankingReport(db, first.runId).municipalities.map((m) => m.status)).toEqual(['ok', 'ok']);
      db.close();
    } finally {
      await archive.close();
    }
  }, 60_000);
});
