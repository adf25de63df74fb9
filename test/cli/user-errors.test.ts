/**
 * Issue 14, "errors a user understands": each mistake a person makes on the command line gets a message naming
 * the option, the path and what is wrong — and, for a command on a stored run, creates nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcess } from './in-process.ts';

describe('a --db that is not there, for a command on a stored run', () => {
  let home: string;
  const cwd = process.cwd();
  beforeEach(() => {
    // Run from a folder of our own: the suggestions look in ./data, which must hold only what the test puts there.
    home = mkdtempSync(join(tmpdir(), 'mirador-nodb-'));
    process.chdir(home);
  });
  afterEach(() => process.chdir(cwd));

  const commands = [
    ['report'],
    ['export', '--format', 'csv'],
    ['score'],
    ['reviews', 'list'],
    ['reviews', 'export'],
    ['reviews', 'queue'],
    ['reviews', 'window', '--final'],
    ['reviews', 'revoke', '1', '--by', 'Ana'],
    ['reviews', 'contest', '--inegi', '14097', '--by', 'X', '--note', 'n', '--indicator', 'mobile-app'],
    ['rank', '--resume', '1'],
  ];

  it.each(commands)('%s suggests the databases in data/ and beside it, nearest name first, and creates nothing', async (...command) => {
    mkdirSync('data');
    for (const name of ['demo.sqlite', 'mirador-2016.sqlite', 'notes.txt']) writeFileSync(join('data', name), '');
    const result = await inProcess(...command, '--db', 'data/mirador.sqlite');
    expect(result).toMatchObject({ code: 1, stderr: 'mirador: no database at data/mirador.sqlite (did you mean data/mirador-2016.sqlite or data/demo.sqlite?)\n' });
    expect(readdirSync('data').sort()).toEqual(['demo.sqlite', 'mirador-2016.sqlite', 'notes.txt']);
  });

  it('looks beside the path given too, and creates none of its folders', async () => {
    mkdirSync('runs');
    writeFileSync(join('runs', 'run-2025.sqlite'), '');
    expect((await inProcess('report', '--db', 'runs/run-2024.sqlite')).stderr).toBe('mirador: no database at runs/run-2024.sqlite (did you mean runs/run-2025.sqlite?)\n');
    expect((await inProcess('export', '--db', 'elsewhere/deep/m.sqlite')).stderr).toBe('mirador: no database at elsewhere/deep/m.sqlite (mirador rank writes one; --db names another)\n');
    expect(existsSync('elsewhere')).toBe(false);
    expect(existsSync('data')).toBe(false);
    expect(readdirSync('runs')).toEqual(['run-2025.sqlite']);
  });

  it('the default --db names itself', async () => {
    expect((await inProcess('reviews', 'list')).stderr).toBe('mirador: no database at data/mirador.sqlite (mirador rank writes one; --db names another)\n');
    expect(readdirSync('.')).toEqual([]);
  });
});
