import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { acquireRunLock, createRun, releaseRunLock } from '../../src/store/runs.ts';

function freshRun() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mirador-lock-')), 'm.sqlite'));
  const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
  return { db, runId };
}

const holdBy = (db: ReturnType<typeof openDatabase>, runId: number, pid: number, host = hostname()) =>
  db.prepare('INSERT OR REPLACE INTO run_locks (run_id, pid, host, acquired_at) VALUES (?, ?, ?, ?)').run(runId, pid, host, '2016-05-20T10:00:00.000Z');

describe('run locks', () => {
  it('lets one process crawl a run, and refuses another live process until it lets go', async () => {
    const { db, runId } = freshRun();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      holdBy(db, runId, other.pid!);
      expect(acquireRunLock(db, runId)).toMatchObject({ pid: other.pid, host: hostname() });
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // Its holder was killed (kill -9 leaves the row): the lock is taken over, so the run can be resumed.
    expect(acquireRunLock(db, runId)).toBeNull();
    expect(acquireRunLock(db, runId), 'the holder may claim it again').toBeNull();
    releaseRunLock(db, runId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM run_locks').get()).toEqual({ n: 0 });
    db.close();
  });

  it('never takes over a lock held from another machine (its process cannot be seen from here)', () => {
    const { db, runId } = freshRun();
    holdBy(db, runId, 1, 'otra-maquina');
    expect(acquireRunLock(db, runId)).toMatchObject({ host: 'otra-maquina' });
    db.close();
  });
});

describe('database path', () => {
  it('refuses a --db on a kernel pseudo file system or that is not a regular file, saying why', () => {
    expect(() => openDatabase('/proc/self/mirador.sqlite')).toThrow(/pseudo file system, not a place for a database/);
    expect(() => openDatabase(tmpdir())).toThrow(/not a regular file \(a directory\)/);
  });
});
