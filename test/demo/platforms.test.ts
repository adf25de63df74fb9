/**
 * Platform hosts on the demo network (src/demo/platforms/): www.youtube.com's channel page and feeds,
 * served by Host header with dates relative to as-of, and read by a real crawl through connect-to.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectTo } from '../../src/crawl/connect-to.ts';
import { createCrawler, defaultCrawlOptions } from '../../src/crawl/crawler.ts';
import { startPortalNetwork, type PortalNetwork } from '../../src/demo/portal-network.ts';
import { gatherFeedPosts } from '../../src/gather/posts.ts';
import { page, startLocalSite } from '../crawl/helpers/local-site.ts';

const AS_OF = '2016-05-20';
const TLAJOMULCO = 'UCt1ajomulcoGobiernoMx01';

function get(network: PortalNetwork, url: string): Promise<{ status: number; type: string; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: network.port, path: `${target.pathname}${target.search}`, headers: { Host: target.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let network: PortalNetwork;
beforeAll(async () => {
  network = await startPortalNetwork({ asOf: AS_OF });
});
afterAll(async () => {
  await network.close();
});

describe('demo platforms', () => {
  it('routes www.youtube.com to the network over http and to a closed port over https', async () => {
    expect(network.connectTo).toContain(`www.youtube.com:80:127.0.0.1:${network.port}`);
    const https = network.connectTo.find((r) => r.startsWith('www.youtube.com:443:'))!;
    const port = Number(https.split(':')[3]);
    expect(port).not.toBe(network.port);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => resolve((socket.destroy(), null)));
      socket.on('error', resolve);
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });

  it('serves a channel feed by query, as Atom, with dates relative to as-of', async () => {
    const feed = await get(network, `http://www.youtube.com/feeds/videos.xml?channel_id=${TLAJOMULCO}`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/atom+xml; charset=UTF-8');
    expect(feed.body).toContain('<published>2016-05-17T17:00:00+00:00</published>');
    expect(feed.body).not.toContain('{{');
    expect((await get(network, 'http://www.youtube.com/feeds/videos.xml?user=PueblaCapitalTV')).body).toContain('<published>2016-04-30T');
  });

  it('serves the @handle channel page, and 404 for channels it does not have', async () => {
    const channel = await get(network, 'http://www.youtube.com/@GobiernoTlajomulco');
    expect(channel.status).toBe(200);
    expect(channel.type).toMatch(/^text\/html/);
    expect(channel.body).toContain(`feeds/videos.xml?channel_id=${TLAJOMULCO}`);
    expect((await get(network, 'http://www.youtube.com/feeds/videos.xml?channel_id=UCnoExisteNoExisteNoExis')).status).toBe(404);
    expect((await get(network, 'http://www.youtube.com/@NoExiste')).status).toBe(404);
  });

  it('feeds a crawl: a portal linking the @handle gets the channel’s uploads as posts', async () => {
    const portal = await startLocalSite({ '/': page('<a href="http://www.youtube.com/@GobiernoTlajomulco">YouTube</a>') });
    const crawler = createCrawler({
      ...defaultCrawlOptions,
      perHostDelayMs: 0,
      retries: 0,
      render: false,
      connectTo: [parseConnectTo(`www.portal-prueba.gob.mx:80:127.0.0.1:${portal.port}`), ...network.connectTo.map(parseConnectTo)],
    });
    try {
      const crawl = await crawler.crawlSite('http://www.portal-prueba.gob.mx/');
      expect(crawl.feeds!.map((f) => [f.url, f.status])).toEqual([[`http://www.youtube.com/feeds/videos.xml?channel_id=${TLAJOMULCO}`, 200]]);
      expect(crawl.feeds!.flatMap(gatherFeedPosts).map((p) => [p.accountId, p.postedAt])).toEqual([
        ['@GobiernoTlajomulco', '2016-05-17'],
        ['@GobiernoTlajomulco', '2016-04-20'],
      ]);
    } finally {
      await crawler.close();
      await portal.close();
    }
  });
});
