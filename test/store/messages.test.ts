/**
 * Migration 8: reasons and evidence notes are stored as Spanish text (the `reason`/`note` columns researchers
 * already query), English text, message id and JSON parameters; rows of scorings written before it (English
 * text only) still load, and are shown as they were.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { localise } from '../../indicators/messages.ts';
import { sharedMsg } from '../../indicators/shared-messages.ts';
import { toJson } from '../../src/report/export.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { migrations } from '../../src/store/migrations.ts';
import { loadRankingReport } from '../../src/store/report-query.ts';
import { createRun, createScoring, recordRunSeeds, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveScoredSite } from '../../src/store/sites.ts';

const seeds = parseSeeds('inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,http://www.tlajomulco.gob.mx/\n');
const LOCALISED_SCHEMA = 8;

describe('localised reasons in the store', () => {
  it('writes the Spanish text in reason/note, the English one, the id and the parameters', () => {
    const db = openDatabase(':memory:');
    upsertMunicipalities(db, seeds);
    const runId = createRun(db, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: 't', seedsFile: 's.csv', options: {} });
    recordRunSeeds(db, runId, seeds);
    const scoringId = createScoring(db, { runId, methodologyId: 'aidh-2016', softwareVersion: 't', origin: 'crawl' });
    const reason = localise(sharedMsg('update-too-old', { pages: 3, newest: '2015-04-30', window: sharedMsg('window-months', { months: 6, start: '2015-11-20', asOf: '2016-05-20' }) }));
    const note = localise(sharedMsg('matched', { phrase: 'datos abiertos' }));
    saveScoredSite(db, scoringId, '14097', {
      score: 0,
      indicators: [{ id: 'updated-6-months', verdict: 'fail', points: 0, maxPoints: 4.5, reason, evidence: [{ url: 'http://x/', text: 'Actualizado: 30/04/2015', note }] }],
    });

    expect(db.prepare('SELECT reason, reason_en, reason_id, reason_params FROM indicator_results').get()).toEqual({
      reason: 'La fecha de actualización más reciente en 3 páginas de la sección es 2015-04-30, que no cae en los 6 meses anteriores a la fecha de evaluación (2015-11-20 a 2016-05-20)',
      reason_en: 'the newest update date on 3 section pages is 2015-04-30, before the 6 months before as-of (2015-11-20 to 2016-05-20)',
      reason_id: 'shared.update-too-old',
      reason_params: JSON.stringify(reason.params),
    });
    expect(db.prepare('SELECT text, note, note_en, note_id, note_params FROM evidence').get()).toEqual({
      text: 'Actualizado: 30/04/2015',
      note: 'coincide con “datos abiertos”',
      note_en: 'matches “datos abiertos”',
      note_id: 'shared.matched',
      note_params: '{"phrase":"datos abiertos"}',
    });
    const loaded = loadRankingReport(db, runId).municipalities[0]!.indicators[0]!;
    expect(loaded).toMatchObject({ reason: reason.es, reason_en: reason.en, reason_id: reason.id, reason_params: reason.params });
    expect(loaded.evidence[0]).toMatchObject({ text: 'Actualizado: 30/04/2015', note: note.es, note_en: note.en, note_params: { phrase: 'datos abiertos' } });
    db.close();
  });

  it('loads results written before the migration with their English text as is and no id', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mirador-messages-')), 'old.sqlite');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of migrations.filter((m) => m.version < LOCALISED_SCHEMA)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00Z');
    }
    upsertMunicipalities(old, seeds);
    const runId = createRun(old, { asOf: '2016-05-20', methodologyId: 'aidh-2016', softwareVersion: 'old', seedsFile: 's.csv', options: {} });
    recordRunSeeds(old, runId, seeds);
    const scoringId = createScoring(old, { runId, methodologyId: 'aidh-2016', softwareVersion: 'old', origin: 'crawl' });
    old.prepare('INSERT INTO site_scores VALUES (?, ?, ?)').run(scoringId, '14097', 0);
    old
      .prepare('INSERT INTO indicator_results (scoring_id, inegi_code, indicator_id, verdict, points, max_points, reason) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(scoringId, '14097', 'open-data-section', 'fail', 0, 4.5, 'searched 58 links on the home page; none labelled like an open-data section');
    old
      .prepare('INSERT INTO evidence (scoring_id, inegi_code, indicator_id, position, url, text) VALUES (?, ?, ?, ?, ?, ?)')
      .run(scoringId, '14097', 'open-data-section', 0, 'http://x/', 'Transparencia → http://x/t (rejected: mandatory transparency listing)');
    old.close();

    const db = openDatabase(path);
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: migrations.at(-1)!.version });
    const report = loadRankingReport(db, runId);
    const result = report.municipalities[0]!.indicators[0]!;
    expect(result).toMatchObject({
      reason: 'searched 58 links on the home page; none labelled like an open-data section',
      reason_en: null,
      reason_id: null,
      reason_params: null,
    });
    expect(result.evidence[0]).toMatchObject({ text: 'Transparencia → http://x/t (rejected: mandatory transparency listing)', note: null, note_id: null });
    expect(JSON.parse(toJson(report)).municipalities[0].indicators[0].reason).toBe(result.reason);
    db.close();
  });
});
