/**
 * A small ranking run against two portals on 127.0.0.1: the run's WARC file and its index, and a
 * re-scoring with the network gone that must give the crawl's own verdicts.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WARCParser } from 'warcio';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { iterateRecords, readRecordAt } from '../../src/crawl/archive/warc-reader.ts';
import { defaultCrawlOptions, parseConnectTo } from '../../src/crawl/crawler.ts';
import { resumeRankRun, startRankRun } from '../../src/run/rank-run.ts';
import { rescoreRun } from '../../src/run/rescore-run.ts';
import { indicatorsFor } from '../../src/score/score-site.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { resolveWarcPath, warcFilesOfRun, warcRecordsOfRun } from '../../src/store/warc-index.ts';
import { page, startLocalSite, type LocalSite } from '../crawl/helpers/local-site.ts';

const AS_OF = '2016-05-20';
const A = 'http://www.ejemplo-a.gob.mx';
const B = 'http://www.ejemplo-b.gob.mx';

const routes = {
  [`${A}/robots.txt`]: { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /privado/\n' },
  [`${A}/`]: page(
    `<nav><a href="/transparencia">Transparencia</a> <a href="/datos-abiertos">Datos abiertos</a>
     <a href="/viejo">Avisos</a> <a href="/privado/nomina">Nómina</a> <a href="/no-existe">Trámites</a></nav>
     <p>Actualizado el 15 de mayo de 2016.</p>
     <a href="https://www.facebook.com/ejemploa">Facebook</a> <a href="https://twitter.com/ejemploa">Twitter</a>
     <form action="/buscar"><input type="search" name="q"><button>Buscar</button></form>`,
    'Municipio A',
  ),
  // Served gzip-encoded and chunked: the archive must still hold the decoded page.
  [`${A}/transparencia`]: (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(page('<h1>Transparencia</h1><p>Presupuesto 2016, actualizado el 2 de mayo de 2016.</p>', 'Transparencia')));
  },
  [`${A}/datos-abiertos`]: page(
    '<h1>Datos abiertos</h1><a href="/datos/presupuesto.csv">Presupuesto (CSV)</a> <a href="/datos/obra.xlsx">Obra pública (XLSX)</a>',
    'Datos abiertos',
  ),
  [`${A}/datos/presupuesto.csv`]: { headers: { 'content-type': 'text/csv' }, body: 'partida,monto\n1000,5\n' },
  [`${A}/viejo`]: { status: 301, headers: { location: '/avisos' }, body: '' },
  [`${A}/avisos`]: page('<h1>Avisos</h1><p>Publicado el 10 de mayo de 2016.</p>', 'Avisos'),
  [`${B}/`]: page('<h1>Bienvenidos</h1><a href="/contacto">Contacto</a>', 'Municipio B'),
  [`${B}/contacto`]: page('<form action="/enviar" method="post"><textarea name="m"></textarea><button>Enviar</button></form>', 'Contacto'),
};

const seeds = parseSeeds(
  [
    'inegi_code,name,state,url,published_score_2016,published_position_2016',
    `14097,Tlajomulco de Zúñiga,Jalisco,${A}/,91,1`,
    `13048,Pachuca de Soto,Hidalgo,${B}/,16,141`,
  ].join('\n'),
);

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

interface FetchRow {
  id: number;
  url: string;
  final_url: string;
  status: number | null;
  body_sha256: string | null;
  error_kind: string | null;
}

/** A scoring's results with its own id taken out, for comparing two scorings. */
function resultsOf(db: Db, scoringId: number) {
  return {
    scores: db.prepare('SELECT inegi_code, score FROM site_scores WHERE scoring_id = ? ORDER BY inegi_code').all(scoringId),
    indicators: db
      .prepare(
        `SELECT inegi_code, indicator_id, verdict, points, max_points, reason, reason_en, reason_id, reason_params FROM indicator_results
         WHERE scoring_id = ? ORDER BY inegi_code, indicator_id`,
      )
      .all(scoringId),
    evidence: db
      .prepare(
        `SELECT inegi_code, indicator_id, position, url, text, selector, note, note_en, note_id, note_params FROM evidence
         WHERE scoring_id = ? ORDER BY inegi_code, indicator_id, position`,
      )
      .all(scoringId),
  };
}

describe('a run archives every exchange and re-scores without the network', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-run-'));
  let site: LocalSite;
  let db: Db;
  let runId: number;
  let scoringId: number;
  const rules = indicatorsFor(aidh2016, allIndicators);

  beforeAll(async () => {
    site = await startLocalSite(routes);
    db = openDatabase(join(dir, 'm.sqlite'));
    const connectTo = ['www.ejemplo-a.gob.mx', 'www.ejemplo-b.gob.mx'].map((host) => parseConnectTo(`${host}:80:127.0.0.1:${site.port}`));
    ({ runId, scoringId } = await startRankRun({
      db,
      seeds,
      seedsFile: 'seeds.csv',
      asOf: AS_OF,
      crawl: { ...defaultCrawlOptions, perHostDelayMs: 0, timeoutMs: 2000, retries: 0, maxPages: 10, maxFiles: 5, connectTo },
      methodology: aidh2016,
      rules,
    }));
    await site.close();
  }, 60_000);

  afterAll(() => {
    vi.restoreAllMocks();
    db?.close();
  });

  const fetchesOf = (): FetchRow[] =>
    db.prepare('SELECT id, url, final_url, status, body_sha256, error_kind FROM fetches WHERE run_id = ? ORDER BY id').all(runId) as FetchRow[];

  it('crawled what the fixture offers, failures included', () => {
    const fetches = fetchesOf();
    expect(fetches.length).toBeGreaterThan(8);
    expect(fetches.map((f) => f.error_kind)).toEqual(expect.arrayContaining(['robots', 'http']));
    expect(fetches.some((f) => f.url.endsWith('/viejo') && f.final_url.endsWith('/avisos'))).toBe(true);
  });

  it('re-scores from the store with the network disabled, giving the crawl scoring exactly', async () => {
    const refuse = (): never => {
      throw new Error('re-scoring tried to use the network');
    };
    const requests = [vi.spyOn(http, 'request').mockImplementation(refuse), vi.spyOn(https, 'request').mockImplementation(refuse)];
    // On the main thread (workers: 1), where the spies can see a request; the worker threads run the same code.
    const rescored = await rescoreRun(db, runId, aidh2016, rules, { workers: 1 });
    for (const spy of requests) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    expect(rescored.sites).toBe(2);
    expect(rescored.scoringId).not.toBe(scoringId);
    const crawl = resultsOf(db, scoringId);
    expect(crawl.indicators).toHaveLength(2 * rules.length);
    const verdicts = new Set(crawl.indicators.map((r) => (r as { verdict: string }).verdict));
    expect(verdicts).toContain('pass');
    expect(verdicts).toContain('fail');
    expect(crawl.scores.every((s) => (s as { score: number | null }).score !== null)).toBe(true);
    // Reasons and notes are messages: the comparison covers their ids, parameters and both texts.
    const failed = crawl.indicators.filter((r) => (r as { verdict: string }).verdict !== 'pass') as { reason_id: string | null; reason_en: string | null }[];
    expect(failed.every((r) => r.reason_id !== null && r.reason_en !== null)).toBe(true);
    expect(crawl.evidence.some((e) => (e as { note_id: string | null }).note_id !== null)).toBe(true);
    expect(resultsOf(db, rescored.scoringId)).toEqual(crawl);
  });

  it('writes one WARC file that warcio parses: warcinfo first, a request/response pair per answered fetch', async () => {
    const files = warcFilesOfRun(db, runId);
    expect(files).toEqual([{ path: `runs/run-${runId}/archive.warc.gz`, part: 1 }]);
    const path = resolveWarcPath(db, files[0]!.path);

    const records = [];
    for await (const record of WARCParser.iterRecords(createReadStream(path))) {
      records.push({ type: record.warcType, uri: record.warcTargetURI, id: record.warcHeader('WARC-Record-ID') });
      await record.skipFully();
    }
    expect(records[0]!.type).toBe('warcinfo');
    expect(records.filter((r) => r.type === 'warcinfo')).toHaveLength(1);
    expect(records.every((r) => r.id?.startsWith('<urn:uuid:'))).toBe(true);

    const located = [];
    for await (const record of iterateRecords(path)) located.push(record);
    const info = located[0]!.body.toString();
    expect(info).toContain('software: Mirador/');
    expect(info).toContain(`mirador-run-id: ${runId}\r\n`);
    expect(info).toContain(`mirador-as-of: ${AS_OF}\r\n`);

    const fetches = fetchesOf();
    const answered = fetches.filter((f) => f.status !== null);
    const responses = located.filter((r) => r.type === 'response');
    const requests = located.filter((r) => r.type === 'request');
    expect(responses).toHaveLength(answered.length);
    expect(requests).toHaveLength(answered.length);
    expect(located.filter((r) => r.type === 'metadata')).toHaveLength(fetches.length);
    const requestIds = new Set(requests.map((r) => r.headers['warc-record-id']));
    for (const response of responses) expect(requestIds.has(response.headers['warc-concurrent-to']!)).toBe(true);
    const robotsSkip = located.find((r) => r.type === 'metadata' && r.headers['warc-target-uri']?.endsWith('/privado/nomina'));
    expect(robotsSkip?.body.toString()).toContain('error-kind: robots');
  });

  it('indexes every record: each warc_records row reads back the record for its fetch', async () => {
    const rows = warcRecordsOfRun(db, runId);
    const fetches = new Map(fetchesOf().map((f) => [f.id, f]));
    expect(new Set(rows.map((r) => r.fetch_id))).toEqual(new Set(fetches.keys()));
    for (const row of rows) {
      const record = await readRecordAt(resolveWarcPath(db, row.file), row.offset, row.length);
      const fetch = fetches.get(row.fetch_id)!;
      expect(record.type).toBe(row.record_type);
      expect(record.headers['warc-record-id']).toBe(row.record_id);
      expect(record.headers['warc-target-uri']).toBe(row.target_uri);
      expect(row.target_uri).toBe(row.record_type === 'metadata' ? fetch.url : fetch.final_url);
      if (row.record_type === 'response') expect(record.statusLine).toMatch(new RegExp(`^HTTP/1.1 ${fetch.status}\\b`));
    }
  });

  it('archives response bodies whose digests are the bodies table rows, decoded like the gatherers saw them', async () => {
    const rows = db
      .prepare(
        `SELECT w.file, w.offset, w.length, f.body_sha256, f.url, b.data FROM warc_records w
         JOIN fetches f ON f.id = w.fetch_id JOIN bodies b ON b.sha256 = f.body_sha256
         WHERE f.run_id = ? AND w.record_type = 'response'`,
      )
      .all(runId) as { file: string; offset: number; length: number; body_sha256: string; url: string; data: Buffer }[];
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) {
      const record = await readRecordAt(resolveWarcPath(db, row.file), row.offset, row.length);
      expect(record.headers['warc-payload-digest']).toBe(`sha256:${row.body_sha256}`);
      expect(sha256(record.body)).toBe(row.body_sha256);
      expect(record.body.equals(gunzipSync(row.data))).toBe(true);
    }
    const gzipped = rows.find((r) => r.url.endsWith('/transparencia'))!;
    const record = await readRecordAt(resolveWarcPath(db, gzipped.file), gzipped.offset, gzipped.length);
    expect(record.httpHeaders).toMatchObject({ 'x-archive-orig-content-encoding': 'gzip' });
    expect(record.httpHeaders!['content-encoding']).toBeUndefined();
    expect(record.body.toString()).toContain('Presupuesto 2016');
  });

  it('a --resume appends a new part and leaves the first file untouched', async () => {
    const first = resolveWarcPath(db, warcFilesOfRun(db, runId)[0]!.path);
    const before = readFileSync(first);
    await resumeRankRun({ db, runId, seeds, crawl: { ...defaultCrawlOptions, connectTo: [] }, methodology: aidh2016, rules });
    expect(warcFilesOfRun(db, runId)).toEqual([
      { path: `runs/run-${runId}/archive.warc.gz`, part: 1 },
      { path: `runs/run-${runId}/archive-2.warc.gz`, part: 2 },
    ]);
    expect(readFileSync(first).equals(before)).toBe(true);
    expect(statSync(resolveWarcPath(db, `runs/run-${runId}/archive-2.warc.gz`)).size).toBeGreaterThan(0);
  });
});
