/** Reads Mirador's WARC files back with warcio's parser: one record by its index location, or all of them. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';

export interface ReadRecord {
  type: string;
  /** WARC header fields, names lower-cased. */
  headers: Record<string, string>;
  /** HTTP status or request line for request/response records, else null. */
  statusLine: string | null;
  /** HTTP header fields (names lower-cased) for request/response records, else null. */
  httpHeaders: Record<string, string> | null;
  /** The record's payload as stored: the HTTP body for responses, the warc-fields text for warcinfo/metadata. */
  body: Buffer;
}

export interface LocatedRecord extends ReadRecord {
  offset: number;
  length: number;
}

function entriesOf(headers: { forEach(callback: (value: string, name: string) => void): void }): Record<string, string> {
  const fields: Record<string, string> = {};
  headers.forEach((value, name) => {
    fields[name.toLowerCase()] = value;
  });
  return fields;
}

async function toReadRecord(record: WARCRecord): Promise<ReadRecord> {
  // Raw, not content-decoded: Mirador stores bodies already decoded (see warc-records.ts).
  const body = Buffer.from(await record.readFully(false));
  return {
    type: record.warcType,
    headers: entriesOf(record.warcHeaders.headers),
    statusLine: record.httpHeaders?.statusline ?? null,
    httpHeaders: record.httpHeaders ? entriesOf(record.httpHeaders.headers) : null,
    body,
  };
}

/** The record at `offset` (a gzip member of `length` bytes), reading only those bytes. */
export async function readRecordAt(file: string, offset: number, length: number): Promise<ReadRecord> {
  const handle = await open(file, 'r');
  try {
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await handle.read(bytes, 0, length, offset);
    if (bytesRead !== length) throw new Error(`${file}: wanted ${length} bytes at ${offset}, file has ${bytesRead}`);
    const record = await new WARCParser([bytes]).parse();
    if (!record) throw new Error(`${file}: no WARC record at offset ${offset}`);
    return await toReadRecord(record);
  } finally {
    await handle.close();
  }
}

/** Every record of a WARC file in order, each with its offset and length in the file. */
export async function* iterateRecords(file: string): AsyncGenerator<LocatedRecord> {
  const parser = new WARCParser(createReadStream(file));
  for await (const record of parser) {
    const read = await toReadRecord(record);
    yield { ...read, offset: parser.offset, length: parser.recordLength };
  }
}
