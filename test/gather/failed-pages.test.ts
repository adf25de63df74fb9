import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { HOME, siteFrom } from './helpers.ts';

describe('failed pages', () => {
  it('keeps the page links that gave no page; only 404/410 are gone (dead), timeouts and 5xx are not', () => {
    const site = {
      ...siteFrom([{ url: HOME, html: '<a href="/quejas.htm">Quejas</a>' }]),
      failedPages: [
        { url: `${HOME}quejas.htm`, finalUrl: `${HOME}quejas.htm`, depth: 1, status: 404, error: { kind: 'http' as const, message: 'HTTP 404' } },
        { url: `${HOME}viejo`, finalUrl: `${HOME}viejo`, depth: 1, status: 410, error: { kind: 'http' as const, message: 'HTTP 410' } },
        { url: `${HOME}buzon`, finalUrl: `${HOME}buzon`, depth: 1, status: null, error: { kind: 'timeout' as const, message: 'timeout after 20 s' } },
        { url: `${HOME}error`, finalUrl: `${HOME}error`, depth: 1, status: 500, error: { kind: 'http' as const, message: 'HTTP 500' } },
      ],
    };
    expect(gatherArtifacts(site).failedPages?.map((f) => [f.url.replace(HOME, '/'), f.gone])).toEqual([
      ['/quejas.htm', true],
      ['/viejo', true],
      ['/buzon', false],
      ['/error', false],
    ]);
  });
});
