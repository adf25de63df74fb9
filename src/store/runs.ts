import { hostname } from 'node:os';
import type { Seed } from '../seeds/seeds.ts';
import type { Db } from './database.ts';

export interface NewRun {
  asOf: string;
  methodologyId: string;
  softwareVersion: string;
  seedsFile: string;
  options: Record<string, unknown>;
}

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'finished' | 'interrupted';
  as_of: string;
  methodology_id: string;
  software_version: string;
  seeds_file: string;
  options_json: string;
  /** YYYY-MM-DD: preliminary and open to contest until this day (migration 12); null when final. */
  contest_until: string | null;
}

export function createRun(db: Db, run: NewRun): number {
  const result = db
    .prepare(
      `INSERT INTO runs (started_at, status, as_of, methodology_id, software_version, seeds_file, options_json)
       VALUES (?, 'running', ?, ?, ?, ?, ?)`,
    )
    .run(new Date().toISOString(), run.asOf, run.methodologyId, run.softwareVersion, run.seedsFile, JSON.stringify(run.options));
  return Number(result.lastInsertRowid);
}

export function setRunStatus(db: Db, runId: number, status: 'finished' | 'interrupted'): void {
  db.prepare('UPDATE runs SET status = ?, finished_at = ? WHERE id = ?').run(status, new Date().toISOString(), runId);
}

export function getRun(db: Db, runId: number): RunRow | undefined {
  return db.prepare('SELECT * FROM runs WHERE id = ?').get(runId) as RunRow | undefined;
}

export function latestRunId(db: Db): number | undefined {
  const row = db.prepare('SELECT max(id) AS id FROM runs').get() as { id: number | null };
  return row.id ?? undefined;
}

/** Municipalities are reference data shared by runs: the latest seeds file wins. */
export function upsertMunicipalities(db: Db, seeds: Seed[]): void {
  const upsert = db.prepare(
    `INSERT INTO municipalities (inegi_code, name, name_official, state, pop_rank, url_confidence, published_score_2016, published_position_2016)
     VALUES (@inegi_code, @name, @name_official, @state, @pop_rank, @url_confidence, @published_score_2016, @published_position_2016)
     ON CONFLICT (inegi_code) DO UPDATE SET name = excluded.name, name_official = excluded.name_official, state = excluded.state,
       pop_rank = excluded.pop_rank, url_confidence = excluded.url_confidence,
       published_score_2016 = excluded.published_score_2016, published_position_2016 = excluded.published_position_2016`,
  );
  db.transaction(() => {
    for (const seed of seeds) upsert.run(seed);
  })();
}

export function recordRunSeeds(db: Db, runId: number, seeds: Seed[]): void {
  const insert = db.prepare('INSERT INTO run_seeds (run_id, inegi_code, position, seed_url) VALUES (?, ?, ?, ?)');
  db.transaction(() => seeds.forEach((seed, position) => insert.run(runId, seed.inegi_code, position, seed.url)))();
}

export function createScoring(
  db: Db,
  scoring: { runId: number; methodologyId: string; softwareVersion: string; origin: 'crawl' | 'rescore' },
): number {
  const result = db
    .prepare('INSERT INTO scorings (run_id, created_at, methodology_id, software_version, origin) VALUES (?, ?, ?, ?, ?)')
    .run(scoring.runId, new Date().toISOString(), scoring.methodologyId, scoring.softwareVersion, scoring.origin);
  return Number(result.lastInsertRowid);
}

export function latestScoringId(db: Db, runId: number): number | undefined {
  const row = db.prepare('SELECT max(id) AS id FROM scorings WHERE run_id = ?').get(runId) as { id: number | null };
  return row.id ?? undefined;
}

/** The seeds a run set out to visit, in their order, as the run recorded them (for --resume). */
export function loadRunSeeds(db: Db, runId: number): Seed[] {
  return db
    .prepare(
      `SELECT rs.inegi_code, m.name, m.state, rs.seed_url AS url, m.pop_rank, m.name_official, m.url_confidence,
              m.published_score_2016, m.published_position_2016
       FROM run_seeds rs JOIN municipalities m ON m.inegi_code = rs.inegi_code
       WHERE rs.run_id = ? ORDER BY rs.position`,
    )
    .all(runId)
    .map((row) => ({ url_2016: null, code_confidence: null, url_source: null, ...(row as object) }) as Seed);
}

/** A process that holds a run's lock while it crawls it. */
export interface RunLockHolder {
  pid: number;
  host: string;
  acquired_at: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the run for this process, or returns who holds it: a live process on this machine, or any process on
 * another one (whose liveness cannot be seen from here). A lock left by a process that died (kill -9, a crash) is
 * taken over, so a killed run can always be resumed.
 */
export function acquireRunLock(db: Db, runId: number): RunLockHolder | null {
  const host = hostname();
  return db.transaction((): RunLockHolder | null => {
    const held = db.prepare('SELECT pid, host, acquired_at FROM run_locks WHERE run_id = ?').get(runId) as RunLockHolder | undefined;
    if (held && !(held.host === host && (held.pid === process.pid || !isAlive(held.pid)))) return held;
    db.prepare('INSERT OR REPLACE INTO run_locks (run_id, pid, host, acquired_at) VALUES (?, ?, ?, ?)').run(runId, process.pid, host, new Date().toISOString());
    return null;
  }).immediate();
}

export function releaseRunLock(db: Db, runId: number): void {
  db.prepare('DELETE FROM run_locks WHERE run_id = ? AND pid = ? AND host = ?').run(runId, process.pid, hostname());
}
