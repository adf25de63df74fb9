import { describe, expect, it } from 'vitest';
import type { FetchedFeed } from '../../src/crawl/types.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { gatherFeedPosts } from '../../src/gather/posts.ts';
import { atomFeed } from '../crawl/helpers/youtube.ts';
import { siteFrom } from './helpers.ts';

const CHANNEL = 'UCt1ajomulcoGobiernoMx01';
const OTHER = 'UCjaliscoGobiernoEstado1';
const FEED_URL = `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}`;

function feed(text: string | null, accountUrl = `https://www.youtube.com/channel/${CHANNEL}`): FetchedFeed {
  return {
    accountUrl,
    url: FEED_URL,
    finalUrl: FEED_URL,
    status: 200,
    contentType: 'application/atom+xml; charset=UTF-8',
    text,
    fetchedAt: '2016-05-20T12:00:00.000Z',
    error: null,
  };
}

describe('gatherFeedPosts (YouTube channel feed)', () => {
  it('turns each entry into a dated post of the linked account, the video as its page', () => {
    const text = atomFeed(CHANNEL, [
      { videoId: 'a1', title: 'Sesión de cabildo &amp; informe', published: '2016-05-17T16:00:01+00:00' },
      { videoId: 'a2', title: 'Arranque de obra', published: '2016-04-20T23:30:00-05:00' },
    ]);
    expect(gatherFeedPosts(feed(text))).toEqual([
      { pageUrl: 'https://www.youtube.com/watch?v=a1', platform: 'youtube', accountId: CHANNEL, postedAt: '2016-05-17', text: 'Sesión de cabildo & informe', isReplyToCitizen: false, source: 'feed' },
      // The date as the feed writes it (YouTube writes UTC).
      { pageUrl: 'https://www.youtube.com/watch?v=a2', platform: 'youtube', accountId: CHANNEL, postedAt: '2016-04-20', text: 'Arranque de obra', isReplyToCitizen: false, source: 'feed' },
    ]);
  });

  it('names the account as the portal links it (@handle, legacy user), so mayor and government stay apart', () => {
    const text = atomFeed(CHANNEL, [{ videoId: 'a1', title: 'Video', published: '2016-05-17T16:00:01+00:00' }]);
    expect(gatherFeedPosts(feed(text, 'https://www.youtube.com/@GobTlajomulco'))[0]!.accountId).toBe('@GobTlajomulco');
    expect(gatherFeedPosts(feed(text, 'https://www.youtube.com/user/TlajomulcoTV'))[0]!.accountId).toBe('TlajomulcoTV');
  });

  it('leaves out entries another channel published, and entries without a usable date', () => {
    const text = atomFeed(CHANNEL, [
      { videoId: 'own', title: 'Propio', published: '2016-05-17T16:00:01+00:00' },
      { videoId: 'state', title: 'Del estado', published: '2016-05-18T16:00:01+00:00', channelId: OTHER },
      { videoId: 'undated', title: 'Sin fecha', published: '' },
      { videoId: 'garbage', title: 'Fecha rota', published: 'ayer' },
      { videoId: 'impossible', title: 'Fecha imposible', published: '2016-02-31T10:00:00+00:00' },
    ]);
    expect(gatherFeedPosts(feed(text)).map((p) => p.text)).toEqual(['Propio']);
  });

  it('gives nothing for an empty feed, a feed not read, or text that is not a feed', () => {
    expect(gatherFeedPosts(feed(atomFeed(CHANNEL, [])))).toEqual([]);
    expect(gatherFeedPosts(feed(null))).toEqual([]);
    expect(gatherFeedPosts(feed('<html><body><h1>Antes de ir a YouTube</h1></body></html>'))).toEqual([]);
    expect(gatherFeedPosts(feed(''))).toEqual([]);
  });

  it('keeps the entries it can read from malformed XML, without throwing', () => {
    const cut = atomFeed(CHANNEL, [
      { videoId: 'a1', title: 'Completo', published: '2016-05-17T16:00:01+00:00' },
      { videoId: 'a2', title: 'Cortado', published: '2016-05-16T16:00:01+00:00' },
    ]);
    const truncated = cut.slice(0, cut.indexOf('<published>2016-05-16'));
    expect(gatherFeedPosts(feed(truncated)).map((p) => p.text)).toEqual(['Completo']);
    expect(gatherFeedPosts(feed('<feed><entry><published>2016-05-17<title>x</entry></feed'))).toHaveLength(1);
    expect(() => gatherFeedPosts(feed('<<<>>>&&&'))).not.toThrow();
  });

  it('falls back to the feed URL when an entry has no video link', () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Sin enlace</title><published>2016-05-17T00:00:00Z</published></entry></feed>`;
    expect(gatherFeedPosts(feed(text))[0]!.pageUrl).toBe(FEED_URL);
  });

  it('is part of the site’s posts, after the pages’ own', () => {
    const site = siteFrom([{ url: 'https://www.municipio.gob.mx/', html: `<a href="https://www.youtube.com/channel/${CHANNEL}">YouTube</a>` }]);
    const text = atomFeed(CHANNEL, [{ videoId: 'a1', title: 'Video', published: '2016-05-17T16:00:01+00:00' }]);
    const artifacts = gatherArtifacts({ ...site, feeds: [feed(text)] });
    expect(artifacts.posts).toEqual([expect.objectContaining({ platform: 'youtube', accountId: CHANNEL, postedAt: '2016-05-17' })]);
    // The same account id as the portal's link: socialWeek() matches them.
    expect(artifacts.socialLinks.map((l) => [l.platform, l.kind, l.accountId])).toEqual([['youtube', 'channel', CHANNEL]]);
  });
});
