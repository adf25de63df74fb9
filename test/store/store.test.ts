import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localise } from '../../indicators/messages.ts';
import { sharedMsg } from '../../indicators/shared-messages.ts';
import type { FetchRecord, SiteCrawl } from '../../src/crawl/types.ts';
import type { ScoredSite } from '../../src/score/points.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { committedSiteCodes, loadSiteCrawl } from '../../src/store/crawl-query.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';
import { createRun, createScoring, recordRunSeeds, setRunStatus, upsertMunicipalities } from '../../src/store/runs.ts';
import { finishedSiteCodes, saveFinishedSite } from '../../src/store/sites.ts';

const seeds = parseSeeds(
  [
    'inegi_code,name,state,url,published_score_2016,published_position_2016',
    '14097,Tlajomulco de Zúñiga,Jalisco,http://www.tlajomulco.gob.mx/,91,1',
    '13048,Pachuca de Soto,Hidalgo,http://www.pachuca.gob.mx/,16,141',
    '32010,Fresnillo,Zacatecas,http://www.fresnillo.gob.mx/,0,',
    '29005,Apizaco,Tlaxcala,http://www.apizaco.gob.mx/,,',
  ].join('\n'),
);

function crawlOf(url: string, status: SiteCrawl['status'] = 'ok'): SiteCrawl {
  const ok = status === 'ok';
  return {
    seedUrl: url,
    finalUrl: ok ? url : null,
    status,
    statusReason: ok ? null : 'DNS: no such host',
    pages: ok
      ? [{ url, requestedUrl: url, depth: 0, status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html', html: '<h1>Inicio — Información</h1>', fetchedAt: '2016-05-20T10:00:00Z', rendered: true, screenshot: 'screenshots/x/home.jpg', mobile: { viewportWidth: 375, scrollWidth: 390, textChars: 24 } }]
      : [],
    files: ok ? [{ url: `${url}datos.csv`, finalUrl: `${url}datos.csv`, status: 200, contentType: 'text/csv', contentLength: 10, lastModified: null, error: null }] : [],
    sitemap: [{ url, lastmod: '2016-05-01' }],
    startedAt: '2016-05-20T10:00:00Z',
    finishedAt: '2016-05-20T10:00:05Z',
  };
}

function fetchOf(url: string): FetchRecord {
  return {
    url, finalUrl: url, redirects: [], method: 'GET', purpose: 'page', depth: 0, status: 200,
    headers: { 'content-type': 'text/html' }, contentType: 'text/html', body: Buffer.from('<h1>Inicio</h1>'), bytes: 15,
    startedAt: '2016-05-20T10:00:00Z', durationMs: 12.4, attempts: 1, error: null,
  };
}

function scoredWith(score: number | null, verdict: 'pass' | 'fail' | 'unknown'): ScoredSite {
  return {
    score,
    indicators: [
      { id: 'open-data-section', verdict, points: verdict === 'pass' ? 4.5 : 0, maxPoints: 4.5, reason: verdict === 'pass' ? null : localise(sharedMsg('no-section')), evidence: verdict === 'pass' ? [{ url: 'http://x/', text: 'Datos abiertos', selector: 'nav a', note: localise(sharedMsg('matched', { phrase: 'datos abiertos' })) }] : [] },
    ],
  };
}

describe('store', () => {
  it('commits sites one by one; the report ranks finished sites, lists the rest as pending or unreachable, and a re-open keeps them', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mirador-store-')), 'm.sqlite');
    let db = openDatabase(path);
    upsertMunicipalities(db, seeds);
    const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
    recordRunSeeds(db, runId, seeds);
    const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: '0.0.0', origin: 'crawl' });
    const base = { runId, scoringId };
    const timedOut: FetchRecord = { ...fetchOf(`${seeds[0]!.url}lento`), status: null, body: null, error: { kind: 'timeout', message: 'timeout after 20s (3 attempts)' } };
    saveFinishedSite(db, { ...base, inegiCode: '14097', crawl: crawlOf(seeds[0]!.url), fetches: [fetchOf(seeds[0]!.url), timedOut], scored: scoredWith(86.4, 'pass') });
    saveFinishedSite(db, { ...base, inegiCode: '13048', crawl: crawlOf(seeds[1]!.url), fetches: [fetchOf(seeds[1]!.url)], scored: scoredWith(86.4, 'pass') });
    saveFinishedSite(db, { ...base, inegiCode: '32010', crawl: crawlOf(seeds[2]!.url, 'unreachable'), fetches: [], scored: scoredWith(null, 'unknown') });
    db.close(); // as if the process died here: Apizaco never finished

    db = openDatabase(path);
    expect(finishedSiteCodes(db, runId)).toEqual(new Set(['14097', '13048', '32010']));
    setRunStatus(db, runId, 'interrupted');
    const report = loadRankingReport(db, runId);
    expect(report.run).toMatchObject({ id: runId, asOf: '2016-05-20', methodologyId: 'aidh-2016', status: 'interrupted', sitesTotal: 4 });
    expect(report.municipalities.map((m) => [m.inegi_code, m.status, m.score, m.rank])).toEqual([
      ['14097', 'ok', 86.4, 1],
      ['13048', 'ok', 86.4, 1],
      ['32010', 'unreachable', null, null],
      ['29005', 'pending', null, null],
    ]);
    const tlajomulco = report.municipalities[0]!;
    expect(tlajomulco.published_2016).toEqual({ score: 91, position: 1 });
    expect(tlajomulco.indicators[0]).toEqual({
      id: 'open-data-section', verdict: 'pass', points: 4.5, max_points: 4.5,
      reason: null, reason_en: null, reason_id: null, reason_params: null,
      evidence: [{
        url: 'http://x/', text: 'Datos abiertos', selector: 'nav a', screenshot: null,
        note: 'coincide con “datos abiertos”', note_en: 'matches “datos abiertos”', note_id: 'shared.matched', note_params: { phrase: 'datos abiertos' },
      }],
    });
    expect(report.municipalities[2]!.status_reason).toBe('DNS: no such host');
    expect(tlajomulco.crawl_problems).toEqual([{ url: 'http://www.tlajomulco.gob.mx/lento', kind: 'timeout', message: 'timeout after 20s (3 attempts)', status: null }]);
    expect(tlajomulco.home_screenshot).toBe('screenshots/x/home.jpg');
    db.close();
  });

  it('gives back the committed crawl exactly, for re-scoring without the network', () => {
    const db = openDatabase(':memory:');
    upsertMunicipalities(db, seeds);
    const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
    recordRunSeeds(db, runId, seeds);
    const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: '0.0.0', origin: 'crawl' });
    const plain = crawlOf(seeds[0]!.url);
    // A page reached without a link keeps how (two postbacks to one URL are two pages).
    const postback = { ...plain.pages[0]!, depth: 1, rendered: false, reached: { by: 'postback' as const, from: plain.seedUrl, label: 'Datos abiertos', postback: { target: 'ctl00$menu', argument: 'datos' } } };
    const crawl = { ...plain, pages: [...plain.pages, postback] };
    saveFinishedSite(db, { runId, scoringId, inegiCode: '14097', crawl, fetches: [fetchOf(crawl.seedUrl), fetchOf(crawl.seedUrl)], scored: scoredWith(4.5, 'pass') });
    expect(loadSiteCrawl(db, runId, '14097')).toEqual({ ...crawl, feeds: [] }); // no channel feed was read
    expect(committedSiteCodes(db, runId)).toEqual(['14097']);
    // identical bodies are stored once
    expect(db.prepare('SELECT count(*) AS n FROM bodies').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM fetches').get()).toEqual({ n: 2 });
  });

  it('does not write half a site when a write fails', () => {
    const db = openDatabase(':memory:');
    upsertMunicipalities(db, seeds);
    const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
    recordRunSeeds(db, runId, seeds);
    const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: '0.0.0', origin: 'crawl' });
    const broken = scoredWith(4.5, 'pass');
    broken.indicators.push({ ...broken.indicators[0]! }); // duplicate primary key → the insert fails mid-site
    expect(() =>
      saveFinishedSite(db, { runId, scoringId, inegiCode: '14097', crawl: crawlOf(seeds[0]!.url), fetches: [fetchOf(seeds[0]!.url)], scored: broken }),
    ).toThrow();
    expect(finishedSiteCodes(db, runId).size).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM fetches').get()).toEqual({ n: 0 });
  });
});
