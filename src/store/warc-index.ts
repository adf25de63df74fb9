/**
 * The index of a run's WARC files: which files a run wrote and where each fetch's records are in them.
 * Paths are stored relative to the database's folder (when inside it), so a data folder can be moved whole.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ArchivedFetch, ArchivedRecord } from '../crawl/archive/warc-writer.ts';
import type { Db } from './database.ts';

export interface WarcRecordRow {
  fetch_id: number;
  file: string;
  offset: number;
  length: number;
  record_type: ArchivedRecord['type'];
  record_id: string;
  target_uri: string;
}

function databaseFolder(db: Db): string | null {
  return db.memory ? null : dirname(resolve(db.name));
}

/** The path as stored in `warc_files.path` / `warc_records.file`. */
export function storedWarcPath(db: Db, path: string): string {
  const folder = databaseFolder(db);
  const absolute = resolve(path);
  if (!folder) return absolute;
  const inside = relative(folder, absolute);
  return inside.startsWith('..') || isAbsolute(inside) ? absolute : inside.split(sep).join('/');
}

/** A stored path back to one the file system can open. */
export function resolveWarcPath(db: Db, stored: string): string {
  const folder = databaseFolder(db);
  return isAbsolute(stored) || !folder ? stored : resolve(folder, stored);
}

export function registerWarcFile(db: Db, runId: number, path: string, part: number): string {
  const stored = storedWarcPath(db, path);
  db.prepare('INSERT INTO warc_files (path, run_id, part, created_at) VALUES (?, ?, ?, ?)').run(
    stored, runId, part, new Date().toISOString(),
  );
  return stored;
}

/** Called inside the site's transaction, right after the `fetches` row is inserted. */
export function warcRecordWriter(db: Db): (fetchId: number, archived: ArchivedFetch) => void {
  const insert = db.prepare(
    `INSERT INTO warc_records (fetch_id, file, offset, length, record_type, record_id, target_uri)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return (fetchId, archived) => {
    const file = storedWarcPath(db, archived.file);
    for (const r of archived.records) insert.run(fetchId, file, r.offset, r.length, r.type, r.recordId, r.targetUri);
  };
}

export function warcFilesOfRun(db: Db, runId: number): { path: string; part: number }[] {
  return db.prepare('SELECT path, part FROM warc_files WHERE run_id = ? ORDER BY part, path').all(runId) as {
    path: string;
    part: number;
  }[];
}

export function warcRecordsOfRun(db: Db, runId: number): WarcRecordRow[] {
  return db
    .prepare(
      `SELECT w.* FROM warc_records w JOIN fetches f ON f.id = w.fetch_id
       WHERE f.run_id = ? ORDER BY w.file, w.offset`,
    )
    .all(runId) as WarcRecordRow[];
}

export function warcRecordsOfFetch(db: Db, fetchId: number): WarcRecordRow[] {
  return db.prepare('SELECT * FROM warc_records WHERE fetch_id = ? ORDER BY offset').all(fetchId) as WarcRecordRow[];
}
