/**
 * Issue 14, "errors a user understands": each mistake a person makes on the command line gets a message naming
 * the option, the path and what is wrong — and, for a command on a stored run, creates nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcess } from './in-process.ts';
import { storedRunFile } from './stored-run.ts';

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

describe('a path given on the command line that cannot be read or written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-paths-'));
  const seeds = join(dir, 'seeds.csv');
  writeFileSync(seeds, 'inegi_code,name,state,url\n14097,Tlajomulco,Jalisco,http://www.tlajomulco.gob.mx/\n');
  const missing = (name: string) => join(dir, name);

  it('rank: --seeds, --connect-to-file and --out are checked before the database is opened', async () => {
    const db = join(dir, 'rank.sqlite');
    expect((await inProcess('rank', '--seeds', missing('nope.csv'), '--db', db)).stderr).toBe(`mirador: --seeds ${missing('nope.csv')}: no such file\n`);
    expect((await inProcess('rank', '--seeds', dir, '--db', db)).stderr).toBe(`mirador: --seeds ${dir}: is a folder, not a file\n`);
    expect((await inProcess('rank', '--seeds', seeds, '--connect-to-file', missing('rules.txt'), '--db', db)).stderr).toBe(
      `mirador: --connect-to-file ${missing('rules.txt')}: no such file\n`,
    );
    expect((await inProcess('rank', '--seeds', seeds, '--out', join(seeds, 'report'), '--db', db)).stderr).toBe(
      `mirador: --out ${join(seeds, 'report')}: ${seeds} is a file, not a folder\n`,
    );
    expect(existsSync(db)).toBe(false);
  });

  it('check: --compare, --connect-to-file, --json and --out are checked before crawling', async () => {
    const db = join(dir, 'check.sqlite');
    const check = (...args: string[]) => inProcess('check', 'http://127.0.0.1:9/', '--no-render', '--db', db, ...args);
    expect((await check('--compare', missing('prev.json'))).stderr).toBe(`mirador: --compare ${missing('prev.json')}: no such file\n`);
    expect((await check('--connect-to-file', missing('rules.txt'))).stderr).toBe(`mirador: --connect-to-file ${missing('rules.txt')}: no such file\n`);
    const json = join(dir, 'out', 'missing-folder', 'x.json');
    expect((await check('--json', json))).toMatchObject({ code: 1, stderr: `mirador: --json ${json}: the folder ${join(dir, 'out', 'missing-folder')} does not exist\n` });
    expect((await check('--json', dir)).stderr).toBe(`mirador: --json ${dir}: is a folder; give a file name\n`);
    expect((await check('--out', seeds)).stderr).toBe(`mirador: --out ${seeds}: is a file, not a folder\n`);
    expect(existsSync(db)).toBe(false);
  });

  it('score --reviews, reviews import, reviews contest --file and reviews export --out', async () => {
    const { dbPath } = storedRunFile();
    expect((await inProcess('score', '--db', dbPath, '--reviews', missing('r.csv'))).stderr).toBe(`mirador: --reviews ${missing('r.csv')}: no such file\n`);
    expect((await inProcess('reviews', 'import', missing('r.csv'), '--db', dbPath)).stderr).toBe(`mirador: reviews import ${missing('r.csv')}: no such file\n`);
    expect((await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '14097', '--by', 'X', '--note', 'n', '--file', missing('c.json'))).stderr).toBe(
      `mirador: --file ${missing('c.json')}: no such file\n`,
    );
    const out = join(dir, 'no-folder', 'reviews.csv');
    expect((await inProcess('reviews', 'export', '--db', dbPath, '--out', out)).stderr).toBe(`mirador: --out ${out}: the folder ${join(dir, 'no-folder')} does not exist\n`);
    expect((await inProcess('report', '--db', dbPath, '--out', seeds)).stderr).toBe(`mirador: --out ${seeds}: is a file, not a folder\n`);
  });
});

describe('a URL typed without its scheme', () => {
  it('check refuses it with the address meant, before anything is stored', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'mirador-url-')), 'check.sqlite');
    expect(await inProcess('check', 'www.tlajomulco.gob.mx', '--db', db)).toMatchObject({
      code: 1,
      stderr: 'mirador: check www.tlajomulco.gob.mx: url must be an absolute http:// or https:// address, got "www.tlajomulco.gob.mx"; did you mean http://www.tlajomulco.gob.mx/?\n',
    });
    expect(existsSync(db)).toBe(false);
  });
});
