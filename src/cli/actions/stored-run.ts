/** What the commands on a stored run share: open an existing database, pick the run, write its report. */
import { resolve } from 'node:path';
import { aidh2016 } from '../../../indicators/aidh-2016.ts';
import { writeRunReport } from '../../report/run-report.ts';
import { defaultArchiveDir } from '../../run/rank-run.ts';
import { type Db, openDatabase } from '../../store/database.ts';
import { latestRunId } from '../../store/runs.ts';

export interface StoredRunOptions {
  db: string;
  run?: number;
  out?: string;
}

/**
 * Opens the database and picks the run (the latest unless --run says), for commands that work on a stored run.
 * The database must exist: a mistyped --db is named, with the databases nearby, and nothing is created.
 */
export async function withStoredRun<T>(options: StoredRunOptions, work: (db: Db, runId: number) => Promise<T>): Promise<T> {
  const db = openDatabase(options.db, { mustExist: true });
  try {
    const runId = options.run ?? latestRunId(db);
    if (runId === undefined) throw new Error(`${options.db} has no runs`);
    return await work(db, runId);
  } finally {
    db.close();
  }
}

export async function writeStoredRunReport(db: Db, runId: number, out: string | undefined, scoringId?: number): Promise<string> {
  const { indexPath } = await writeRunReport({
    db,
    runId,
    scoringId,
    methodology: aidh2016,
    outDir: resolve(out ?? `reports/run-${runId}`),
    runDir: defaultArchiveDir(db, runId),
  });
  return indexPath;
}
