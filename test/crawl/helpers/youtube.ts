/** YouTube responses as youtube.com serves them, trimmed: a channel's Atom feed and its channel page. */

export interface FeedEntry {
  videoId: string;
  title: string;
  /** As the feed writes it, e.g. 2016-05-17T16:00:01+00:00. */
  published: string;
  /** The entry's channel when it is not the feed's. */
  channelId?: string;
}

export function atomFeed(channelId: string, entries: FeedEntry[], title = 'Gobierno Municipal'): string {
  const items = entries.map(
    (e) => ` <entry>
  <id>yt:video:${e.videoId}</id>
  <yt:videoId>${e.videoId}</yt:videoId>
  <yt:channelId>${e.channelId ?? channelId}</yt:channelId>
  <title>${e.title}</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=${e.videoId}"/>
  <author><name>${title}</name><uri>https://www.youtube.com/channel/${e.channelId ?? channelId}</uri></author>
  <published>${e.published}</published>
  <updated>${e.published}</updated>
  <media:group><media:title>${e.title}</media:title></media:group>
 </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=${channelId}"/>
 <id>yt:channel:${channelId.slice(2)}</id>
 <yt:channelId>${channelId}</yt:channelId>
 <title>${title}</title>
 <link rel="alternate" href="https://www.youtube.com/channel/${channelId}"/>
 <author><name>${title}</name><uri>https://www.youtube.com/channel/${channelId}</uri></author>
 <published>2012-03-01T17:00:00+00:00</published>
${items.join('\n')}
</feed>
`;
}

/** A channel page with the RSS alternate link to its feed (on `origin`), or with none. */
export function channelPage(channelId: string | null, origin = 'http://www.youtube.com'): string {
  const alternate = channelId
    ? `<link rel="alternate" type="application/rss+xml" title="RSS" href="${origin}/feeds/videos.xml?channel_id=${channelId}">`
    : '';
  return `<!DOCTYPE html><html lang="es-419"><head><title>Canal - YouTube</title>${alternate}</head><body><div id="content"></div></body></html>`;
}

export const ATOM = { 'content-type': 'application/atom+xml; charset=UTF-8' };
