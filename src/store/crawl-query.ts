/** Reads a committed site crawl back from the database, so it can be re-scored with no network. */
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../crawl/charset.ts';
import { SNIFF_BYTES } from '../crawl/file-probe.ts';
import type { FailedPage, FetchedFeed, MobileLayout, PageReach, SiteCrawl, SiteStatus, SitemapEntry } from '../crawl/types.ts';
import type { Db } from './database.ts';

interface SiteRow {
  inegi_code: string;
  seed_url: string;
  final_url: string | null;
  status: SiteStatus;
  status_reason: string | null;
  sitemap_json: string;
  started_at: string;
  finished_at: string;
  render_note: string | null;
}

interface PageRow {
  url: string;
  requested_url: string;
  depth: number;
  status: number;
  headers_json: string;
  content_type: string;
  fetched_at: string;
  rendered: number;
  screenshot: string | null;
  mobile_json: string | null;
  render_error: string | null;
  archived_url: string | null;
  capture_timestamp: string | null;
  reached_json: string | null;
  data: Buffer;
}

interface FileRow {
  url: string;
  final_url: string;
  status: number | null;
  content_type: string | null;
  content_length: number | null;
  last_modified: string | null;
  error_kind: string | null;
  error_message: string | null;
}

interface FeedRow {
  url: string;
  final_url: string;
  status: number | null;
  content_type: string | null;
  started_at: string;
  error_kind: string | null;
  error_message: string | null;
  feed_for: string;
  data: Buffer | null;
}

/** The channel feeds read for a site, rebuilt from their fetches as the crawl handed them over. */
function loadFeeds(db: Db, runId: number, inegiCode: string): FetchedFeed[] {
  const rows = db
    .prepare(
      `SELECT f.url, f.final_url, f.status, f.content_type, f.started_at, f.error_kind, f.error_message, f.feed_for, b.data
       FROM fetches f LEFT JOIN bodies b ON b.sha256 = f.body_sha256
       WHERE f.run_id = ? AND f.inegi_code = ? AND f.feed_for IS NOT NULL ORDER BY f.id`,
    )
    .all(runId, inegiCode) as FeedRow[];
  return rows.map((f) => ({
    accountUrl: f.feed_for,
    url: f.url,
    finalUrl: f.final_url,
    status: f.status,
    contentType: f.content_type,
    text: f.error_kind || !f.data ? null : decodeBody(gunzipSync(f.data), f.content_type).text,
    fetchedAt: f.started_at,
    error: f.error_kind ? { kind: f.error_kind as never, message: f.error_message ?? '' } : null,
  }));
}

/** Page links requested without getting a page, rebuilt from their fetches as the crawl handed them over (robots skips were never requested). */
function loadFailedPages(db: Db, runId: number, inegiCode: string): FailedPage[] {
  const rows = db
    .prepare(
      `SELECT url, final_url, depth, status, error_kind, error_message FROM fetches
       WHERE run_id = ? AND inegi_code = ? AND purpose = 'page' AND depth > 0 AND error_kind IS NOT NULL AND error_kind != 'robots' ORDER BY id`,
    )
    .all(runId, inegiCode) as { url: string; final_url: string; depth: number; status: number | null; error_kind: string; error_message: string | null }[];
  return rows.map((f) => ({ url: f.url, finalUrl: f.final_url, depth: f.depth, status: f.status, error: { kind: f.error_kind as never, message: f.error_message ?? '' } }));
}

/** The first bytes probes read of files (ProbedFile.sniff), from the bodies of their GET fetches. */
function loadFileSniffs(db: Db, runId: number, inegiCode: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT f.url, b.data FROM fetches f JOIN bodies b ON b.sha256 = f.body_sha256
       WHERE f.run_id = ? AND f.inegi_code = ? AND f.purpose = 'file' AND f.method = 'GET' AND f.error_kind IS NULL ORDER BY f.id`,
    )
    .all(runId, inegiCode) as { url: string; data: Buffer }[];
  const sniffs = new Map<string, string>();
  for (const row of rows) if (!sniffs.has(row.url)) sniffs.set(row.url, gunzipSync(row.data).subarray(0, SNIFF_BYTES).toString('latin1'));
  return sniffs;
}

/** Like the crawl, which leaves the field out when every requested page came back. */
function optionalFailedPages(failedPages: FailedPage[]): { failedPages?: FailedPage[] } {
  return failedPages.length > 0 ? { failedPages } : {};
}

export function committedSiteCodes(db: Db, runId: number): string[] {
  return (
    db
      .prepare(
        `SELECT s.inegi_code FROM run_sites s JOIN run_seeds rs ON rs.run_id = s.run_id AND rs.inegi_code = s.inegi_code
         WHERE s.run_id = ? ORDER BY rs.position`,
      )
      .all(runId) as { inegi_code: string }[]
  ).map((r) => r.inegi_code);
}

export function loadSiteCrawl(db: Db, runId: number, inegiCode: string): SiteCrawl {
  const site = db.prepare('SELECT * FROM run_sites WHERE run_id = ? AND inegi_code = ?').get(runId, inegiCode) as
    | SiteRow
    | undefined;
  if (!site) throw new Error(`run ${runId} has no committed crawl for ${inegiCode}`);
  const pages = db
    .prepare(
      `SELECT p.*, b.data FROM pages p JOIN bodies b ON b.sha256 = p.html_sha256
       WHERE p.run_id = ? AND p.inegi_code = ? ORDER BY p.position`,
    )
    .all(runId, inegiCode) as PageRow[];
  const files = db
    .prepare('SELECT * FROM probed_files WHERE run_id = ? AND inegi_code = ? ORDER BY rowid')
    .all(runId, inegiCode) as FileRow[];
  const sniffs = loadFileSniffs(db, runId, inegiCode);
  return {
    seedUrl: site.seed_url,
    finalUrl: site.final_url,
    status: site.status,
    statusReason: site.status_reason,
    pages: pages.map((p) => ({
      url: p.url,
      requestedUrl: p.requested_url,
      depth: p.depth,
      status: p.status,
      headers: JSON.parse(p.headers_json) as Record<string, string>,
      contentType: p.content_type,
      html: gunzipSync(p.data).toString('utf8'),
      fetchedAt: p.fetched_at,
      rendered: p.rendered === 1,
      ...(p.screenshot === null ? {} : { screenshot: p.screenshot }),
      ...(p.mobile_json === null ? {} : { mobile: JSON.parse(p.mobile_json) as MobileLayout }),
      ...(p.render_error === null ? {} : { renderError: p.render_error }),
      ...(p.archived_url === null || p.capture_timestamp === null ? {} : { archived: { url: p.archived_url, timestamp: p.capture_timestamp } }),
      ...(p.reached_json === null ? {} : { reached: JSON.parse(p.reached_json) as PageReach }),
    })),
    files: files.map((f) => ({
      url: f.url,
      finalUrl: f.final_url,
      status: f.status,
      contentType: f.content_type,
      contentLength: f.content_length,
      lastModified: f.last_modified,
      error: f.error_kind ? { kind: f.error_kind as never, message: f.error_message ?? '' } : null,
      ...(sniffs.has(f.url) && !f.error_kind ? { sniff: sniffs.get(f.url)! } : {}),
    })),
    sitemap: JSON.parse(site.sitemap_json) as SitemapEntry[],
    feeds: loadFeeds(db, runId, inegiCode),
    ...optionalFailedPages(loadFailedPages(db, runId, inegiCode)),
    startedAt: site.started_at,
    finishedAt: site.finished_at,
    ...(site.render_note === null ? {} : { renderNote: site.render_note }),
  };
}

export function municipalityOf(db: Db, inegiCode: string): { inegiCode: string; name: string; state: string } {
  const row = db.prepare('SELECT inegi_code, name, state FROM municipalities WHERE inegi_code = ?').get(inegiCode) as
    | { inegi_code: string; name: string; state: string }
    | undefined;
  if (!row) throw new Error(`municipality ${inegiCode} is not in this database`);
  return { inegiCode: row.inegi_code, name: row.name, state: row.state };
}
