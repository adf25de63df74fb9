import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_SCHEMA_VERSION } from '../../src/gather/artifacts.ts';

describe('the artifact schema', () => {
  it('documents the current version in docs/artifacts.md, newest first', () => {
    const doc = readFileSync(new URL('../../docs/artifacts.md', import.meta.url), 'utf8');
    const versions = [...doc.matchAll(/^## Version (\d+)$/gm)].map((m) => Number(m[1]));
    expect(versions[0]).toBe(ARTIFACT_SCHEMA_VERSION);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
  });
});
