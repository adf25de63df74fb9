import { describe, expect, it } from 'vitest';
import { channelFeedSource, feedUrlFromChannelPage } from '../../../src/crawl/feeds/youtube.ts';

const CHANNEL = 'UCt1ajomulcoGobiernoMx01';

describe('channelFeedSource', () => {
  it.each([
    ['channel id', `https://www.youtube.com/channel/${CHANNEL}`, { feedUrl: `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}` }],
    ['channel id, subpage and mobile host', `https://m.youtube.com/channel/${CHANNEL}/videos`, { feedUrl: `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}` }],
    ['legacy user', 'https://www.youtube.com/user/PueblaCapitalTV', { feedUrl: 'https://www.youtube.com/feeds/videos.xml?user=PueblaCapitalTV' }],
    ['http link keeps its scheme', `http://youtube.com/channel/${CHANNEL}`, { feedUrl: `http://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}` }],
    ['live-stream embed naming the channel', `https://www.youtube.com/embed/live_stream?channel=${CHANNEL}`, { feedUrl: `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}` }],
    ['@handle: the page says', 'https://www.youtube.com/@GobiernoZapopan', { channelPageUrl: 'https://www.youtube.com/@GobiernoZapopan' }],
    ['/c/ name: the page says', 'https://www.youtube.com/c/MunicipioDeCelaya/featured', { channelPageUrl: 'https://www.youtube.com/c/MunicipioDeCelaya' }],
    ['bare custom name: the page says', 'https://www.youtube.com/ayuntamientoleon', { channelPageUrl: 'https://www.youtube.com/ayuntamientoleon' }],
  ])('%s', (_case, link, expected) => {
    expect(channelFeedSource(link)).toEqual({ accountUrl: link, ...expected });
  });

  it.each([
    ['a single video', 'https://www.youtube.com/watch?v=abc123'],
    ['a short link', 'https://youtu.be/abc123'],
    ['a plain embed', 'https://www.youtube.com/embed/abc123'],
    ['a playlist', 'https://www.youtube.com/playlist?list=PL123'],
    ['bare youtube.com', 'https://www.youtube.com/'],
    ['another platform', 'https://vimeo.com/municipio'],
    ['not a URL', 'youtube'],
  ])('no feed for %s', (_case, link) => {
    expect(channelFeedSource(link)).toBeNull();
  });
});

describe('feedUrlFromChannelPage', () => {
  const pageUrl = 'https://www.youtube.com/@GobiernoZapopan';

  it('reads the RSS alternate link, as youtube.com channel pages have it', () => {
    const html = `<html><head><link rel="alternate" type="application/rss+xml" title="RSS"
      href="https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}"></head><body></body></html>`;
    expect(feedUrlFromChannelPage(html, pageUrl)).toBe(`https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}`);
  });

  it('falls back to <meta itemprop="channelId">, then to "externalId" in the inline data', () => {
    expect(feedUrlFromChannelPage(`<meta itemprop="channelId" content="${CHANNEL}">`, pageUrl)).toBe(
      `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}`,
    );
    const inline = `<script>var ytInitialData = {"metadata":{"channelMetadataRenderer":{"title":"Zapopan","externalId":"${CHANNEL}"}}};</script>`;
    expect(feedUrlFromChannelPage(inline, 'http://www.youtube.com/@GobiernoZapopan')).toBe(
      `http://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}`,
    );
  });

  it('finds nothing on a page that declares no channel (consent wall, error page)', () => {
    expect(feedUrlFromChannelPage('<html><body><h1>Antes de ir a YouTube</h1></body></html>', pageUrl)).toBeNull();
    expect(feedUrlFromChannelPage('<meta itemprop="channelId" content="not-an-id">', pageUrl)).toBeNull();
  });
});
