/**
 * A run's archive: one WARC 1.1 file per run (a new part per --resume), every record its own gzip
 * member so an (offset, length) pair from the index can be read without the rest of the file.
 * Files are only ever created and appended to, never rewritten.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { FetchRecord } from '../types.ts';
import { type ArchivedRecordType, type FetchContext, WARC_VERSION, warcRecordsFor } from './warc-records.ts';

/** The warcinfo record's fields (WARC 1.1 §6.2: software, isPartOf, operator, http-header-user-agent…). */
export type RunArchiveInfo = { software: string } & Record<string, string | number>;

export interface ArchivedRecord {
  type: ArchivedRecordType;
  recordId: string;
  targetUri: string;
  offset: number;
  length: number;
}

/** Where one fetch's records landed: contiguous, so `offset`/`length` span all of them. */
export interface ArchivedFetch {
  file: string;
  offset: number;
  length: number;
  records: ArchivedRecord[];
}

export interface RunArchive {
  readonly path: string;
  /** 1 for a run's first file, 2… for each --resume (0 when opened by path). */
  readonly part: number;
  append(record: FetchRecord, context: FetchContext): Promise<ArchivedFetch>;
  /** Flushes appended records to disk; call before committing rows that point at them. */
  sync(): Promise<void>;
  /** Bytes written so far. */
  size(): number;
  close(): Promise<void>;
}

const serialize = (record: WARCRecord): Promise<Uint8Array> => WARCSerializer.serialize(record, { gzip: true });

/** `archive.warc.gz` for part 1, `archive-<n>.warc.gz` after. */
export function archivePartName(part: number): string {
  return part === 1 ? 'archive.warc.gz' : `archive-${part}.warc.gz`;
}

/** Creates the next unused part in `dir` (never opens an existing file) and writes its warcinfo. */
export async function openNextRunArchive(dir: string, info: RunArchiveInfo): Promise<RunArchive> {
  await mkdir(dir, { recursive: true });
  for (let part = 1; ; part += 1) {
    const path = join(dir, archivePartName(part));
    try {
      return { ...(await openRunArchive(path, { ...info, 'mirador-archive-part': part })), part };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Creates `path` (failing with EEXIST if it exists) and writes the warcinfo record. */
export async function openRunArchive(path: string, info: RunArchiveInfo): Promise<RunArchive> {
  const handle: FileHandle = await open(path, 'wx');
  let position = 0;
  // Sites finish concurrently; appends are chained so each fetch's records stay contiguous.
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  const write = async (bytes: Uint8Array): Promise<{ offset: number; length: number }> => {
    const offset = position;
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, offset + written);
      written += bytesWritten;
    }
    position += bytes.length;
    return { offset, length: bytes.length };
  };

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };

  const fields: Record<string, string> = {
    format: 'WARC File Format 1.1',
    conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
  };
  for (const [name, value] of Object.entries(info)) fields[name] = String(value);
  try {
    await write(await serialize(WARCRecord.createWARCInfo({ filename: basename(path), warcVersion: WARC_VERSION }, fields)));
  } catch (error) {
    await handle.close();
    throw new Error(`archive ${path}: could not write warcinfo: ${(error as Error).message}`, { cause: error });
  }

  return {
    path,
    part: 0,
    size: () => position,
    append(record, context) {
      if (closed) return Promise.reject(new Error(`archive ${path} is closed; cannot append ${record.url}`));
      return exclusive(async () => {
        // Serialize first so a failure leaves no partial fetch in the file.
        const planned = warcRecordsFor(record, context);
        const serialized = await Promise.all(planned.map((p) => serialize(p.record)));
        const start = position;
        const records: ArchivedRecord[] = [];
        for (const [i, p] of planned.entries()) {
          const { offset, length } = await write(serialized[i]!);
          // Provenance records (--wayback index lookups) lie within the fetch's span; the index names its own three.
          if (!p.provenance) records.push({ type: p.type, recordId: p.recordId, targetUri: p.targetUri, offset, length });
        }
        return { file: path, offset: start, length: position - start, records };
      });
    },
    sync: () => exclusive(() => handle.datasync()),
    async close() {
      if (closed) return;
      closed = true;
      await exclusive(async () => {
        await handle.datasync();
        await handle.close();
      });
    },
  };
}
