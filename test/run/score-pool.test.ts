/** The score worker, from the sources (tsx inside the worker) and from the build in dist/ (what `mirador` runs). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import type * as ScorePoolModule from '../../src/run/score-pool.ts';
import { indicatorsFor, scoreSite } from '../../src/score/score-site.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createRun, createScoring, recordRunSeeds, upsertMunicipalities } from '../../src/store/runs.ts';
import { saveFinishedSite } from '../../src/store/sites.ts';
import { page } from '../gather/helpers.ts';

const crawl = page('<nav><a href="/datos-abiertos/">Datos abiertos</a><a href="/transparencia/">Transparencia</a></nav><form action="/buscar"><input type="search" name="q"></form>');
const context = { asOf: '2016-05-15', municipality: { inegiCode: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco' } };
const other = page('<h1>Bienvenidos</h1><a href="/contacto">Contacto</a><a href="https://www.facebook.com/pachuca">Facebook</a>');
const otherContext = { asOf: '2016-05-15', municipality: { inegiCode: '13048', name: 'Pachuca de Soto', state: 'Hidalgo' } };

/** A database holding both crawls as one run's committed sites, as `mirador score` finds them. */
function storedRun(): { file: string; runId: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'mirador-pool-')), 'm.sqlite');
  const db = openDatabase(file);
  const seeds = parseSeeds('inegi_code,name,state,url\n14097,Tlajomulco de Zúñiga,Jalisco,http://a.gob.mx/\n13048,Pachuca de Soto,Hidalgo,http://b.gob.mx/\n');
  upsertMunicipalities(db, seeds);
  const runId = createRun(db, { asOf: '2016-05-15', methodologyId: aidh2016.id, softwareVersion: '0.0.0', seedsFile: 's.csv', options: {} });
  recordRunSeeds(db, runId, seeds);
  const scoringId = createScoring(db, { runId, methodologyId: aidh2016.id, softwareVersion: '0.0.0', origin: 'crawl' });
  const rules = indicatorsFor(aidh2016, allIndicators);
  for (const [inegiCode, site, ctx] of [['14097', crawl, context], ['13048', other, otherContext]] as const) {
    saveFinishedSite(db, { runId, scoringId, inegiCode, crawl: site, fetches: [], scored: scoreSite(gatherArtifacts(site), ctx, aidh2016, rules) });
  }
  db.close();
  return { file, runId };
}

describe.each([
  { from: 'the sources', root: '../..', ext: 'ts' },
  // Built by test/build-setup.ts before the run; its rules are the build's own modules, as the worker's are.
  { from: 'the build in dist/', root: '../../dist', ext: 'js' },
])('score pool from $from', ({ root, ext }) => {
  it('scores in a worker, as the main thread would', async () => {
    const { createScorePool } = (await import(`${root}/src/run/score-pool.${ext}`)) as typeof ScorePoolModule;
    const built = { ...(await import(`${root}/indicators/index.${ext}`)), ...(await import(`${root}/src/score/score-site.${ext}`)) } as {
      allIndicators: typeof allIndicators;
      indicatorsFor: typeof indicatorsFor;
    };
    const pool = createScorePool(aidh2016, built.indicatorsFor(aidh2016, built.allIndicators));
    const rules = indicatorsFor(aidh2016, allIndicators);
    try {
      const scored = await pool.score(crawl, context);
      expect(pool.inThreadReason).toBeNull();
      expect(scored).toEqual(scoreSite(gatherArtifacts(crawl), context, aidh2016, rules));
    } finally {
      await pool.close();
    }
  });

  it('scores a prepared site in the worker that gathered it, and gathers it again once released', async () => {
    const { createScorePool } = (await import(`${root}/src/run/score-pool.${ext}`)) as typeof ScorePoolModule;
    const built = { ...(await import(`${root}/indicators/index.${ext}`)), ...(await import(`${root}/src/score/score-site.${ext}`)) } as {
      allIndicators: typeof allIndicators;
      indicatorsFor: typeof indicatorsFor;
    };
    const pool = createScorePool(aidh2016, built.indicatorsFor(aidh2016, built.allIndicators), { workers: 2 });
    const rules = indicatorsFor(aidh2016, allIndicators);
    try {
      const [first, second] = await Promise.all([pool.prepare(crawl, context), pool.prepare(other, otherContext)]);
      expect(first!.key).not.toBe(second!.key);
      // Scored in the opposite order from the one prepared: each goes to the worker holding its artifacts.
      const scoredOther = await pool.scorePrepared(second!, other, otherContext);
      const scored = await pool.scorePrepared(first!, crawl, context);
      expect(pool.inThreadReason).toBeNull();
      expect(scored).toEqual(scoreSite(gatherArtifacts(crawl), context, aidh2016, rules));
      expect(scoredOther).toEqual(scoreSite(gatherArtifacts(other), otherContext, aidh2016, rules));
      const released = await pool.prepare(crawl, context);
      pool.release(released);
      expect(await pool.scorePrepared(released, crawl, context)).toEqual(scored);
    } finally {
      await pool.close();
    }
  });

  it('scores stored sites in two workers, each reading the crawls from the database file itself', async () => {
    const { createScorePool } = (await import(`${root}/src/run/score-pool.${ext}`)) as typeof ScorePoolModule;
    const built = { ...(await import(`${root}/indicators/index.${ext}`)), ...(await import(`${root}/src/score/score-site.${ext}`)) } as {
      allIndicators: typeof allIndicators;
      indicatorsFor: typeof indicatorsFor;
    };
    const { file, runId } = storedRun();
    const store = openDatabase(file, { mustExist: true });
    const pool = createScorePool(aidh2016, built.indicatorsFor(aidh2016, built.allIndicators), { workers: 2, store });
    const rules = indicatorsFor(aidh2016, allIndicators);
    try {
      const scored = await Promise.all([pool.scoreStored({ runId, inegiCode: '14097' }, context), pool.scoreStored({ runId, inegiCode: '13048' }, otherContext)]);
      expect(pool.inThreadReason).toBeNull();
      expect(scored).toEqual([scoreSite(gatherArtifacts(crawl), context, aidh2016, rules), scoreSite(gatherArtifacts(other), otherContext, aidh2016, rules)]);
      expect(scored[0]).not.toEqual(scored[1]);
    } finally {
      await pool.close();
      store.close();
    }
  });
});

describe('score pool in this thread', () => {
  it('keeps a prepared site here and scores it as a worker would', async () => {
    const { createScorePool } = await import('../../src/run/score-pool.ts');
    const rules = indicatorsFor(aidh2016, allIndicators);
    const pool = createScorePool(aidh2016, rules, { workers: 0 });
    try {
      const prepared = await pool.prepare(crawl, context);
      expect(pool.inThreadReason).toBe('no score workers were asked for');
      expect(await pool.scorePrepared(prepared, crawl, context)).toEqual(scoreSite(gatherArtifacts(crawl), context, aidh2016, rules));
    } finally {
      await pool.close();
    }
  });
});
