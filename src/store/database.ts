import { mkdirSync, readdirSync, statfsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.ts';

export type Db = Database.Database;

/**
 * Pseudo file systems (statfs magic numbers) whose "files" are the kernel's views: SQLite cannot lock or sync
 * them and loops trying (a --db under /proc spun at 100 % CPU).
 */
const PSEUDO_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'], [0x62656572, 'sysfs'], [0x1cd1, 'devpts'], [0x64626720, 'debugfs'], [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2'], [0x1373, 'devfs'],
]);

/** Refuses a database path SQLite cannot keep a database at, with why. */
function checkDatabasePath(path: string): void {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) throw new Error(`--db ${path}: not a regular file (${existing.isDirectory() ? 'a directory' : 'a device or special file'})`);
  const kind = PSEUDO_FILE_SYSTEMS.get(Number(statfsSync(dirname(path)).type));
  if (kind) throw new Error(`--db ${path}: ${dirname(path)} is on the kernel's ${kind} pseudo file system, not a place for a database; give a path on a disk`);
}

/** Where the default database and the demo's live: looked in for a mistyped --db wherever it pointed. */
const DATA_FOLDER = 'data';
const MAX_SUGGESTIONS = 3;

/** Levenshtein distance, to put the database names nearest a mistyped one first. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The *.sqlite files beside `path` and in data/, the names nearest its own first. */
export function nearbyDatabases(path: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const folder of [dirname(path), DATA_FOLDER]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      // A folder that is not there holds no database to suggest.
      continue;
    }
    for (const name of names) {
      const candidate = join(folder, name);
      if (!name.endsWith('.sqlite') || seen.has(resolve(candidate)) || !statSync(candidate, { throwIfNoEntry: false })?.isFile()) continue;
      seen.add(resolve(candidate));
      found.push(candidate);
    }
  }
  const wanted = basename(path);
  return found
    .map((candidate) => ({ candidate, distance: editDistance(wanted, basename(candidate)) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .map(({ candidate }) => candidate);
}

function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    // ENOTDIR: a part of the path is a file, so nothing is at the path.
    return false;
  }
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export interface OpenOptions {
  /**
   * For commands on a stored run (report, export, score, reviews…): refuse a path with no database rather than
   * create an empty one there, which would only move the mistake to "has no runs" and leave a stray file behind.
   */
  mustExist?: boolean;
}

/** Opens (creating if needed, unless `mustExist`) a Mirador database and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    if (options.mustExist && !exists(path)) {
      const nearby = nearbyDatabases(path).slice(0, MAX_SUGGESTIONS);
      throw new Error(`no database at ${path} (${nearby.length ? `did you mean ${orList(nearby)}?` : 'mirador rank writes one; --db names another'})`);
    }
    if (!options.mustExist) {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a part of it is a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
        throw new Error(`--db ${path}: cannot create the folder ${dirname(path)} (${why})`);
      }
    }
    checkDatabasePath(path);
  }
  const db = new Database(path, { fileMustExist: options.mustExist ?? false });
  // WAL keeps committed sites safe and readable while a run is still writing.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/**
 * A second, read-only connection to a database another connection keeps up to date (a score worker reading
 * committed crawls while the main thread writes the scoring): WAL lets it read while the writer writes, and it
 * never migrates, which is the writer's job.
 */
export function openDatabaseReader(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => (row as { version: number }).version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}
