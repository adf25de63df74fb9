import { mkdirSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
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

/** Opens (creating if needed) a Mirador database and brings its schema up to date. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
    checkDatabasePath(path);
  }
  const db = new Database(path);
  // WAL keeps committed sites safe and readable while a run is still writing.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
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
