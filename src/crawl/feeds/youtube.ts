/**
 * Where a YouTube channel's public Atom feed is. The feed URL takes a channel id (`UC…`) or a legacy
 * user name; `/@handle`, `/c/NAME` and bare `/NAME` channel URLs name neither, so their channel page
 * is read for the id it declares (an RSS alternate link, `<meta itemprop="channelId">` or the
 * `"externalId"` in its inline data, as youtube.com pages carry).
 */
import { loadHtml } from '../html-guard.ts';
import { classifySocialUrl } from '../../platforms/social-urls.ts';
import { canonicalUrl } from '../url.ts';

/** A channel id: "UC" and 22 base64url characters. */
const CHANNEL_ID = /^UC[\w-]{22}$/;
const EXTERNAL_ID = /"externalId"\s*:\s*"(UC[\w-]{22})"/;
const FEED_PATH = '/feeds/videos.xml';

/** How to reach a channel's feed: directly, or through its channel page first. */
export type ChannelFeedSource =
  | { accountUrl: string; feedUrl: string; channelPageUrl?: undefined }
  | { accountUrl: string; channelPageUrl: string; feedUrl?: undefined };

/**
 * The same scheme as the portal's link (youtube.com redirects http to https, and a plain-HTTP test
 * network can serve it), always on www.youtube.com (m., bare and nocookie hosts serve no feeds).
 */
function youtubeOrigin(linkUrl: URL): string {
  return `${linkUrl.protocol}//www.youtube.com`;
}

/** A feed URL on the channel page's host, to ask robots.txt about feeds before spending a request on the page. */
export function feedEndpointFor(channelPageUrl: string): string {
  return new URL(FEED_PATH, channelPageUrl).href;
}

export function feedUrlFor(origin: string, channel: { channelId: string } | { user: string }): string {
  const query = 'channelId' in channel ? `channel_id=${channel.channelId}` : `user=${encodeURIComponent(channel.user)}`;
  return `${origin}${FEED_PATH}?${query}`;
}

/**
 * The feed source of a link, or null when the link is not a YouTube channel. Channel links
 * (`/channel/UC…`, `/user/NAME`, `/@handle`, `/c/NAME`, `/NAME`) and live-stream embeds that name
 * a channel id (`/embed/live_stream?channel=UC…`) qualify; single videos and playlists do not.
 */
export function channelFeedSource(linkUrl: string): ChannelFeedSource | null {
  const target = classifySocialUrl(linkUrl);
  if (!target || target.platform !== 'youtube' || !target.accountId) return null;
  const isChannelId = CHANNEL_ID.test(target.accountId);
  if (target.kind !== 'channel' && !(target.kind === 'video' && isChannelId)) return null;
  const url = new URL(linkUrl);
  const origin = youtubeOrigin(url);
  if (isChannelId) return { accountUrl: linkUrl, feedUrl: feedUrlFor(origin, { channelId: target.accountId }) };
  const first = url.pathname.split('/').filter(Boolean)[0]?.toLowerCase();
  if (first === 'user') return { accountUrl: linkUrl, feedUrl: feedUrlFor(origin, { user: target.accountId }) };
  const name = encodeURIComponent(target.accountId).replace(/^%40/, '@');
  return { accountUrl: linkUrl, channelPageUrl: `${origin}/${first === 'c' ? 'c/' : ''}${name}` };
}

/** The feed URL a channel page declares, or null when it declares none. */
export function feedUrlFromChannelPage(html: string, pageUrl: string): string | null {
  const $ = loadHtml(html);
  const alternate = $('link[rel~="alternate"][type="application/rss+xml"][href*="feeds/videos.xml"]').first().attr('href');
  const fromAlternate = alternate ? canonicalUrl(alternate, pageUrl) : null;
  if (fromAlternate) return fromAlternate;
  const origin = youtubeOrigin(new URL(pageUrl));
  const meta = $('meta[itemprop="channelId"], meta[itemprop="identifier"]').first().attr('content')?.trim();
  if (meta && CHANNEL_ID.test(meta)) return feedUrlFor(origin, { channelId: meta });
  const external = EXTERNAL_ID.exec(html)?.[1];
  return external ? feedUrlFor(origin, { channelId: external }) : null;
}
