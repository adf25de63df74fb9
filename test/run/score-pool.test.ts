/** The score worker, from the sources (tsx inside the worker) and from the build in dist/ (what `mirador` runs). */
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators } from '../../indicators/index.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import type * as ScorePoolModule from '../../src/run/score-pool.ts';
import { indicatorsFor, scoreSite } from '../../src/score/score-site.ts';
import { page } from '../gather/helpers.ts';

const crawl = page('<nav><a href="/datos-abiertos/">Datos abiertos</a><a href="/transparencia/">Transparencia</a></nav><form action="/buscar"><input type="search" name="q"></form>');
const context = { asOf: '2016-05-15', municipality: { inegiCode: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco' } };

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
});
