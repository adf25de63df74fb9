import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { siteFrom } from './helpers.ts';

describe('gatherArtifacts', () => {
  it('gives identical output for identical input (rescoring re-runs it)', () => {
    const site = siteFrom([
      { url: 'https://www.municipio.gob.mx/', html: '<nav><a href="/datos-abiertos">Datos abiertos</a></nav><p>Actualizado: mayo 2016</p><form><input name="q"></form>' },
      { url: 'https://www.municipio.gob.mx/datos-abiertos', html: '<h1>Datos abiertos</h1><a href="/d.csv">CSV</a>' },
    ]);
    expect(JSON.stringify(gatherArtifacts(site))).toBe(JSON.stringify(gatherArtifacts(site)));
  });

  it('handles an unreachable site', () => {
    const site = { ...siteFrom([]), finalUrl: null, status: 'unreachable' as const, statusReason: 'dns' };
    const artifacts = gatherArtifacts(site);
    expect(artifacts.site).toMatchObject({ status: 'unreachable', pagesCrawled: 0 });
    expect(artifacts.section).toBeNull();
  });
});
