/**
 * Writes one finished site (its crawl and its scoring) in a single transaction: a run killed
 * mid-way keeps every site that finished and none half-written.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { ArchivedFetch } from '../crawl/archive/warc-writer.ts';
import type { FetchRecord, SiteCrawl } from '../crawl/types.ts';
import type { LocalisedMessage } from '../../indicators/messages.ts';
import type { ScoredSite } from '../score/points.ts';
import type { Db } from './database.ts';
import { warcRecordWriter } from './warc-index.ts';

export interface FinishedSite {
  runId: number;
  scoringId: number;
  inegiCode: string;
  crawl: SiteCrawl;
  fetches: FetchRecord[];
  /** Where each of `fetches` (same order) was archived; absent when the run keeps no archive. */
  archived?: ArchivedFetch[];
  scored: ScoredSite;
  /** Bodies already gzipped by compressBodies(), by SHA-256; others are compressed during the commit. */
  compressed?: CompressedBodies;
}

/** Gzipped bodies by the SHA-256 of their uncompressed bytes. */
export type CompressedBodies = ReadonlyMap<string, Buffer>;

const gzipInPool = promisify(gzip);
const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The `pages.html_sha256` a page's HTML is stored under: what a review cites to know the page is unchanged. */
export const htmlSha256 = (html: string): string => sha256Of(Buffer.from(html, 'utf8'));

/**
 * Compresses a site's bodies (fetches and page HTML) in zlib's thread pool before the commit, so
 * the main thread, which also paces every host's requests, does not spend the time in gzipSync.
 */
export async function compressBodies(site: Pick<FinishedSite, 'crawl' | 'fetches'>): Promise<CompressedBodies> {
  const bodies = new Map<string, Buffer>();
  for (const f of site.fetches) if (f.body) bodies.set(sha256Of(f.body), f.body);
  for (const p of site.crawl.pages) {
    const bytes = Buffer.from(p.html, 'utf8');
    bodies.set(sha256Of(bytes), bytes);
  }
  const compressed = await Promise.all([...bodies].map(async ([sha256, bytes]) => [sha256, await gzipInPool(bytes)] as const));
  return new Map(compressed);
}

export function bodyStore(db: Db, compressed?: CompressedBodies) {
  const insert = db.prepare('INSERT OR IGNORE INTO bodies (sha256, encoding, size, data) VALUES (?, ?, ?, ?)');
  return (bytes: Buffer): string => {
    const sha256 = sha256Of(bytes);
    insert.run(sha256, 'gzip', bytes.length, compressed?.get(sha256) ?? gzipSync(bytes));
    return sha256;
  };
}

/** Spanish text, English text, id, JSON parameters: the four columns of a reason or an evidence note. */
function messageColumns(message: LocalisedMessage | null | undefined): [string | null, string | null, string | null, string | null] {
  if (!message) return [null, null, null, null];
  return [message.es, message.en, message.id, JSON.stringify(message.params)];
}

export function saveScoredSite(db: Db, scoringId: number, inegiCode: string, scored: ScoredSite): void {
  const insertScore = db.prepare('INSERT INTO site_scores (scoring_id, inegi_code, score) VALUES (?, ?, ?)');
  const insertResult = db.prepare(
    `INSERT INTO indicator_results (scoring_id, inegi_code, indicator_id, verdict, points, max_points,
       reason, reason_en, reason_id, reason_params,
       automatic_verdict, reviewer, reviewed_on, review_note, review_evidence_url, review_id, review_state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvidence = db.prepare(
    `INSERT INTO evidence (scoring_id, inegi_code, indicator_id, position, url, text, selector, screenshot, note, note_en, note_id, note_params)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  insertScore.run(scoringId, inegiCode, scored.score);
  for (const result of scored.indicators) {
    const review = result.review;
    insertResult.run(
      scoringId, inegiCode, result.id, result.verdict, result.points, result.maxPoints, ...messageColumns(result.reason),
      review?.automaticVerdict ?? null, review?.reviewer ?? null, review?.date ?? null, review?.note ?? null, review?.evidenceUrl ?? null,
      review?.reviewId ?? null, review?.state ?? null,
    );
    result.evidence.forEach((e, position) =>
      insertEvidence.run(
        scoringId, inegiCode, result.id, position, e.url, e.text, e.selector ?? null, e.screenshot ?? null, ...messageColumns(e.note),
      ),
    );
  }
}

export function saveFinishedSite(db: Db, site: FinishedSite): void {
  const storeBody = bodyStore(db, site.compressed);
  const insertSite = db.prepare(
    `INSERT INTO run_sites (run_id, inegi_code, seed_url, final_url, status, status_reason, pages_crawled, sitemap_json, started_at, finished_at, render_note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFetch = db.prepare(
    `INSERT INTO fetches (run_id, inegi_code, url, final_url, redirects_json, method, purpose, depth, status, headers_json,
       content_type, body_sha256, bytes, started_at, duration_ms, attempts, error_kind, error_message, tls_error,
       archived_url, capture_timestamp, feed_for)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPage = db.prepare(
    `INSERT INTO pages (run_id, inegi_code, position, url, requested_url, depth, status, headers_json, content_type, html_sha256, fetched_at, rendered,
       screenshot, mobile_json, render_error, archived_url, capture_timestamp, reached_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFile = db.prepare(
    `INSERT INTO probed_files (run_id, inegi_code, url, final_url, status, content_type, content_length, last_modified, error_kind, error_message)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const writeWarcRecords = warcRecordWriter(db);
  const { runId, inegiCode, crawl } = site;
  if (site.archived && site.archived.length !== site.fetches.length) {
    throw new Error(`${inegiCode}: ${site.fetches.length} fetches but ${site.archived.length} archive locations`);
  }
  db.transaction(() => {
    insertSite.run(
      runId, inegiCode, crawl.seedUrl, crawl.finalUrl, crawl.status, crawl.statusReason, crawl.pages.length,
      JSON.stringify(crawl.sitemap), crawl.startedAt, crawl.finishedAt, crawl.renderNote ?? null,
    );
    for (const [i, f] of site.fetches.entries()) {
      const { lastInsertRowid } = insertFetch.run(
        runId, inegiCode, f.url, f.finalUrl, JSON.stringify(f.redirects), f.method, f.purpose, f.depth, f.status,
        JSON.stringify(f.headers), f.contentType, f.body ? storeBody(f.body) : null, f.bytes, f.startedAt,
        Math.round(f.durationMs), f.attempts, f.error?.kind ?? null, f.error?.message ?? null, f.tlsError ?? null,
        f.archived?.url ?? null, f.archived?.timestamp ?? null, f.feedFor ?? null,
      );
      const archived = site.archived?.[i];
      if (archived) writeWarcRecords(Number(lastInsertRowid), archived);
    }
    crawl.pages.forEach((p, position) =>
      insertPage.run(
        runId, inegiCode, position, p.url, p.requestedUrl, p.depth, p.status, JSON.stringify(p.headers), p.contentType,
        storeBody(Buffer.from(p.html, 'utf8')), p.fetchedAt, p.rendered ? 1 : 0,
        p.screenshot ?? null, p.mobile ? JSON.stringify(p.mobile) : null, p.renderError ?? null,
        p.archived?.url ?? null, p.archived?.timestamp ?? null, p.reached ? JSON.stringify(p.reached) : null,
      ),
    );
    for (const f of crawl.files) {
      insertFile.run(
        runId, inegiCode, f.url, f.finalUrl, f.status, f.contentType, f.contentLength, f.lastModified,
        f.error?.kind ?? null, f.error?.message ?? null,
      );
    }
    saveScoredSite(db, site.scoringId, inegiCode, site.scored);
  })();
}

export function finishedSiteCodes(db: Db, runId: number): Set<string> {
  const rows = db.prepare('SELECT inegi_code FROM run_sites WHERE run_id = ?').all(runId) as { inegi_code: string }[];
  return new Set(rows.map((r) => r.inegi_code));
}

/**
 * The evidence screenshots a run's scorings hold, by site, indicator, page URL and selector: the same element of the
 * same stored page, so a rescoring that points at it again can show the picture the crawl took (a rescoring has no
 * browser). The newest scoring's path wins.
 */
export function evidenceScreenshots(db: Db, runId: number): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT e.inegi_code, e.indicator_id, e.url, e.selector, e.screenshot FROM evidence e JOIN scorings s ON s.id = e.scoring_id
       WHERE s.run_id = ? AND e.screenshot IS NOT NULL AND e.selector IS NOT NULL ORDER BY e.scoring_id, e.id`,
    )
    .all(runId) as { inegi_code: string; indicator_id: string; url: string; selector: string; screenshot: string }[];
  return new Map(rows.map((r) => [evidenceShotKey(r.inegi_code, r.indicator_id, r.url, r.selector), r.screenshot]));
}

export function evidenceShotKey(inegiCode: string, indicatorId: string, url: string, selector: string): string {
  return JSON.stringify([inegiCode, indicatorId, url, selector]);
}
