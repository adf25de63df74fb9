/**
 * Files and folders a person names on the command line (seeds, reviews, --connect-to-file, a previous check,
 * where to write JSON or a report): read or checked here so that every refusal names the option, the path and
 * what is wrong in words ("--compare prev.json: no such file"), never a bare ENOENT. Beside the seeds because the
 * seeds and reviews files are the first of them; the run and the commands read theirs through it too.
 */
import { accessSync, constants, readFileSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** What a failed read of a file says, in words; the error code stays as the last resort, with Node's message. */
export function fileProblem(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return code ? `cannot read it (${code}: ${message})` : `cannot read it (${message})`;
  }
}

/** The bytes of a file the person gave with `option` (an option name or the command, e.g. "reviews import"). */
export async function readUserFile(option: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`${option} ${path}: ${fileProblem(error)}`);
  }
}

/** The same, for the few places that read synchronously (crawl options are built synchronously). */
export function readUserFileSync(option: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`${option} ${path}: ${fileProblem(error)}`);
  }
}

/** The file's status, or undefined when nothing is there (a missing part of the path, or a part that is a file). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Error(`${path}: ${fileProblem(error)}`);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    // Access refused is the answer asked for, not a failure to report.
    return false;
  }
}

/**
 * Refuses, before any work, a file the command would write at its end (after minutes of crawling): its folder must
 * exist and be writable, and the path must not be a folder. Mirador does not create the folder of such a file: a
 * typo in it would otherwise leave the output somewhere nobody looks.
 */
export function checkOutputFile(option: string, path: string): void {
  const existing = statIfAny(path);
  if (existing?.isDirectory()) throw new Error(`${option} ${path}: is a folder; give a file name`);
  if (existing && !writable(path)) throw new Error(`${option} ${path}: permission denied, cannot write it`);
  const folder = dirname(path);
  const parent = statIfAny(folder);
  if (!parent) throw new Error(`${option} ${path}: the folder ${folder} does not exist`);
  if (!parent.isDirectory()) throw new Error(`${option} ${path}: ${folder} is a file, not a folder`);
  if (!existing && !writable(folder)) throw new Error(`${option} ${path}: permission denied, cannot write in ${folder}`);
}

/**
 * Refuses, before any work, a folder the command would create and fill (a report): the nearest part of the path
 * that exists must be a writable folder. The missing parts are created, as `mkdir -p` would.
 */
export function checkOutputFolder(option: string, path: string): void {
  let existing = resolve(path);
  let stat = statIfAny(existing);
  while (!stat && dirname(existing) !== existing) {
    existing = dirname(existing);
    stat = statIfAny(existing);
  }
  if (!stat) return;
  if (!stat.isDirectory())
    throw new Error(`${option} ${path}: ${existing === resolve(path) ? 'is a file, not a folder' : `${existing} is a file, not a folder`}`);
  if (!writable(existing)) throw new Error(`${option} ${path}: permission denied, cannot write in ${existing}`);
}
