/** The `reviews` commands and `score` with stored reviews, run in this process through main(). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { inProcess } from './in-process.ts';
import { storedRunFile } from './stored-run.ts';

describe('mirador reviews', () => {
  it('reviews import/list/export/revoke: stored once, kept by a plain score, added to by a second file, never doubled', async () => {
    const { dir, dbPath, runId } = storedRunFile();
    const header = 'inegi_code,indicator,verdict,reviewer,date,note,evidence_url';
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, `${header}\n14097,mobile-app,pass,Ana,2025-06-02,"App en la tienda, enlazada",\n`);
    // A note a spreadsheet would take for a formula: exported neutralised ('-- …), it must import back as the same review.
    writeFileSync(b, `${header}\n14097,video-channel,pass,Luis,2025-06-03,-- canal enlazado en el pie,https://www.tlajomulco.gob.mx/prensa\n`);
    const reviewedRows = () => {
      const check = openDatabase(dbPath);
      const scoring = (check.prepare('SELECT max(id) AS id FROM scorings').get() as { id: number }).id;
      const rows = check.prepare('SELECT indicator_id, verdict, reviewer FROM indicator_results WHERE scoring_id = ? AND review_state = ? ORDER BY indicator_id').all(scoring, 'applied');
      check.close();
      return rows;
    };

    expect((await inProcess('score', '--db', dbPath, '--reviews', a, '--out', join(dir, 'r'))).code).toBe(0);
    const plain = await inProcess('score', '--db', dbPath, '--out', join(dir, 'r'));
    expect(plain.stdout).toMatch(/1 veredicto\(s\) revisado\(s\)/);
    expect(reviewedRows()).toEqual([{ indicator_id: 'mobile-app', verdict: 'pass', reviewer: 'Ana' }]);

    const imported = await inProcess('reviews', 'import', b, '--db', dbPath);
    expect(imported.stdout).toContain(`run ${runId}: stored 1 review(s) from ${b}`);
    const twice = await inProcess('reviews', 'import', a, '--db', dbPath);
    expect(twice.stdout).toMatch(/stored 0 review\(s\) from .*a\.csv, 1 already stored \(line\(s\) 2 = #1\)/);
    // A malformed file and an unknown indicator store nothing and leave what is stored alone.
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${header}\n14097,mobile-app,fail,Ana,2025-06-04,ok,\n14097,no-such-rule,pass,Ana,2025-06-04,ok,\n`);
    const refused = await inProcess('reviews', 'import', bad, '--db', dbPath);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 3 \(14097 no-such-rule\): indicator "no-such-rule" is not one of methodology aidh-2016's ids/);
    expect((await inProcess('score', '--db', dbPath, '--out', join(dir, 'r'))).stdout).toMatch(/2 veredicto\(s\) revisado\(s\)/);
    expect(reviewedRows()).toEqual([
      { indicator_id: 'mobile-app', verdict: 'pass', reviewer: 'Ana' },
      { indicator_id: 'video-channel', verdict: 'pass', reviewer: 'Luis' },
    ]);

    const listed = await inProcess('reviews', 'list', '--db', dbPath);
    expect(listed.stdout.trim().split('\n')).toHaveLength(2);
    expect(listed.stdout).toMatch(/#1 {2}run 1 {2}14097 mobile-app {2}\? → pass {2}Ana 2025-06-02 {2}\[aplicada\] {2}App en la tienda, enlazada {2}\(.*a\.csv line 2\)/);

    const exported = join(dir, 'export.csv');
    expect((await inProcess('reviews', 'export', '--db', dbPath, '--out', exported)).code).toBe(0);
    expect(readFileSync(exported, 'utf8')).toMatch(/^\uFEFFinegi_code,[^]*,'-- canal enlazado en el pie,/);
    expect((await inProcess('reviews', 'import', exported, '--db', dbPath)).stdout).toMatch(/stored 0 review\(s\).*2 already stored/);

    const revoked = await inProcess('reviews', 'revoke', '1', '--by', 'Luis', '--note', 'la app es de otro municipio', '--db', dbPath);
    expect(revoked.stdout).toContain('review #1 (run 1, 14097 mobile-app) revoked by Luis');
    expect((await inProcess('reviews', 'revoke', '1', '--by', 'Luis', '--db', dbPath)).stderr).toMatch(/review 1 was already revoked by Luis/);
    expect((await inProcess('reviews', 'revoke', 'x', '--by', 'Luis', '--db', dbPath)).code).not.toBe(0);
    await inProcess('score', '--db', dbPath, '--out', join(dir, 'r'));
    expect(reviewedRows()).toEqual([{ indicator_id: 'video-channel', verdict: 'pass', reviewer: 'Luis' }]);
    const all = await inProcess('reviews', 'list', '--all', '--db', dbPath);
    expect(all.stdout).toMatch(/#1 .*\[revocada por Luis el \d{4}-\d{2}-\d{2} \(la app es de otro municipio\)\]/);
  });


  it('reviews contest/window/queue: a municipality’s check attached to a contest, the queue CSV and page, the preliminary run', async () => {
    const { dir, dbPath, runId } = storedRunFile();
    const out = join(dir, 'report');
    expect((await inProcess('score', '--db', dbPath, '--out', out)).code).toBe(0);
    const check = join(dir, 'check.json');
    writeFileSync(check, JSON.stringify({ as_of: '2016-05-20', methodology_id: 'aidh-2016', score: 9.1, indicators: [{ id: 'mobile-app', verdict: 'pass', reason: null }] }));

    const notInRun = await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '31050', '--by', 'X', '--note', 'n', '--file', check);
    expect(notInRun).toMatchObject({ code: 1, stderr: 'mirador: 31050 is not in run 1\n' });
    const badCheck = join(dir, 'bad.json');
    writeFileSync(badCheck, '{"score": 1}');
    expect((await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '14097', '--by', 'X', '--note', 'n', '--file', badCheck)).stderr).toMatch(/bad\.json: no es un resultado de «mirador check --json»/);
    expect((await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '14097', '--by', 'X', '--note', 'n', '--indicator', 'nope')).stderr).toMatch(/--indicator nope: not one of methodology aidh-2016's ids/);

    const otherCheck = join(dir, 'other.json');
    writeFileSync(otherCheck, JSON.stringify({ inegi_code: '14097', as_of: '2016-05-20', methodology_id: 'aidh-2016', score: 1, indicators: [] }));
    expect((await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '14097', '--by', 'X', '--note', 'n', '--file', otherCheck)).stderr).toMatch(/every verdict of this check agrees with run 1/);
    const filed = await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '14097', '--by', 'Transparencia Tlajomulco', '--note', 'La app está en la tienda', '--file', check);
    expect(filed.stdout).toBe(`run ${runId}: contest #1 of 14097 stored, contesting mobile-app; mirador reviews queue lists them\n`);

    expect((await inProcess('reviews', 'window', '--db', dbPath, '--until', '2999-12-31')).code).toBe(0);
    const queued = await inProcess('reviews', 'queue', '--db', dbPath, '--out', out);
    expect(queued.stdout).toMatch(/verdict\(s\) to review\nqueue: .*cola-revision\.csv/);
    const csv = readFileSync(join(out, 'cola-revision.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFinegi_code,indicator,')).toBe(true); // Excel opens it as UTF-8; the import below reads it with the BOM
    const contested = csv.split('\r\n').find((l) => l.startsWith('14097,mobile-app,'))!;
    expect(contested).toContain('impugnado');
    expect(contested).toContain('Transparencia Tlajomulco');
    expect(readFileSync(join(out, 'revision.html'), 'utf8')).toContain('Transparencia Tlajomulco');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Resultados preliminares');
    expect(readFileSync(join(out, 'en', 'municipios', '14097.html'), 'utf8')).toContain('Preliminary results');

    // The filled queue imports back: only the line a reviewer filled is stored.
    writeFileSync(join(dir, 'filled.csv'), csv.replace('14097,mobile-app,,,,,', '14097,mobile-app,pass,Luis,2025-06-06,App oficial en la tienda,'));
    const imported = await inProcess('reviews', 'import', join(dir, 'filled.csv'), '--db', dbPath);
    expect(imported.stdout).toMatch(/stored 1 review\(s\) from .*filled\.csv, \d+ queue line\(s\) left blank skipped/);

    expect((await inProcess('reviews', 'window', '--db', dbPath, '--until', '2000-01-01')).code).toBe(0);
    expect((await inProcess('reviews', 'contest', '--db', dbPath, '--inegi', '14097', '--by', 'X', '--note', 'n', '--indicator', 'mobile-app')).stderr).toBe(
      'mirador: the contest window of run 1 closed on 2000-01-01; its results are final\n',
    );
    expect((await inProcess('reviews', 'window', '--db', dbPath)).stderr).toMatch(/give either --until YYYY-MM-DD or --final/);
    expect((await inProcess('reviews', 'window', '--db', dbPath, '--final')).stdout).toBe('run 1: final\n');
    expect((await inProcess('score', '--db', dbPath, '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('Resultados preliminares');
  });
});
