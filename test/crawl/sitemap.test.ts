import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSitemaps } from '../../src/crawl/sitemap.ts';

const MAX_BYTES = 10 * 1024 * 1024;
import type { FetchRecord } from '../../src/crawl/types.ts';

const SITE = 'http://www.municipio.gob.mx';

function record(url: string, body: Buffer, contentType = 'application/x-gzip'): FetchRecord {
  return {
    url, finalUrl: url, redirects: [], method: 'GET', purpose: 'sitemap', depth: 0, status: 200, headers: {}, contentType,
    body, bytes: body.length, startedAt: new Date(0).toISOString(), durationMs: 1, attempts: 1, error: null,
  };
}

async function read(bodies: Record<string, Buffer>): Promise<{ entries: Awaited<ReturnType<typeof readSitemaps>>; reported: FetchRecord[] }> {
  const reported: FetchRecord[] = [];
  const entries = await readSitemaps(
    Object.keys(bodies),
    async (url) => record(url, bodies[url]!),
    async () => true,
    MAX_BYTES,
    (r) => (reported.push(r), r),
  );
  return { entries, reported };
}

describe('readSitemaps', () => {
  it('reads a gzipped sitemap and reports its fetch', async () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/datos/</loc><lastmod>2016-05-01</lastmod></url></urlset>`;
    const { entries, reported } = await read({ [`${SITE}/sitemap.xml.gz`]: gzipSync(xml) });
    expect(entries).toEqual([{ url: `${SITE}/datos/`, lastmod: '2016-05-01' }]);
    expect(reported.map((r) => r.error)).toEqual([null]);
  });

  it('stops inflating a gzip bomb at the crawl’s byte budget and records why the sitemap was not read', async () => {
    // Zeros compress about a thousandfold: a small body that would inflate past the limit.
    const bomb = gzipSync(Buffer.alloc(MAX_BYTES + 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { entries, reported } = await read({ [`${SITE}/sitemap.xml.gz`]: bomb });
    expect(entries).toEqual([]);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.error).toMatchObject({ kind: 'too-large', message: expect.stringMatching(/inflates past 10 MB/) });
  });
});
