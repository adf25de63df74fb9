/**
 * Reads the public feeds of the social channels a portal links (today YouTube's Atom feed), through
 * the crawl's own fetcher: same politeness queue, robots.txt, connect-to and address policy, and
 * every exchange reported like any other so it is archived and stored. A feed that cannot be read
 * (robots, 404, timeout, not a feed, channel page naming no feed) is a record with its reason.
 *
 * youtube.com's own robots.txt disallows /feeds/videos.xml for every user agent (channel pages are
 * allowed): obeying it, a crawl of the real web records each feed as skipped by robots.txt, and
 * social-recent-week is then decided as before. Reading feeds anyway would be a policy decision.
 */
import { decodeBody } from '../charset.ts';
import type { FetchFn } from '../http-fetch.ts';
import { robotsError, skippedRecord } from '../skipped-record.ts';
import type { FetchError, FetchRecord, FetchedFeed } from '../types.ts';
import { channelFeedSource, feedEndpointFor, feedUrlFromChannelPage, type ChannelFeedSource } from './youtube.ts';

/**
 * Channels whose feed is read per site: a portal links its own channel or two; more are usually
 * videos of other bodies (state government, DIF) and would only cost requests to one host.
 */
export const MAX_CHANNEL_FEEDS = 3;

export interface FeedReaderDeps {
  /** The crawl's fetcher, unreported: the reader reports each record itself, with `feedFor` set. */
  fetch: FetchFn;
  report: (record: FetchRecord) => FetchRecord;
  isAllowed: (url: string) => Promise<boolean>;
}

/** Collects the channel links of a site as the crawl sees them, in order, up to MAX_CHANNEL_FEEDS distinct channels. */
export class ChannelLinks {
  private readonly byKey = new Map<string, { source: ChannelFeedSource; depth: number }>();

  note(url: string, depth: number): void {
    if (this.byKey.size >= MAX_CHANNEL_FEEDS) return;
    const source = channelFeedSource(url);
    if (!source) return;
    // http and https links to one channel are one channel.
    const key = (source.feedUrl ?? source.channelPageUrl).replace(/^https?:/, '').toLowerCase();
    if (!this.byKey.has(key)) this.byKey.set(key, { source, depth });
  }

  sources(): { source: ChannelFeedSource; depth: number }[] {
    return [...this.byKey.values()];
  }
}

const is2xx = (status: number): boolean => status >= 200 && status < 300;

function statusError(record: FetchRecord): FetchError | null {
  if (record.error) return record.error;
  if (record.status === null || !is2xx(record.status)) return { kind: 'http', message: `HTTP ${record.status ?? 'no response'}` };
  return null;
}

function looksLikeFeed(text: string): boolean {
  return /<(feed|rss)[\s>]/i.test(text.slice(0, 4096));
}

/** Reads each channel's feed once (two links resolving to one feed share it), one request at a time. */
export async function readChannelFeeds(
  channels: readonly { source: ChannelFeedSource; depth: number }[],
  deps: FeedReaderDeps,
): Promise<FetchedFeed[]> {
  const feeds: FetchedFeed[] = [];
  const read = new Set<string>();
  for (const { source, depth } of channels) {
    if (!source.feedUrl) {
      // youtube.com forbids feeds to robots: the channel page would be fetched only to learn a feed we may not read.
      const endpoint = feedEndpointFor(source.channelPageUrl!);
      if (!(await deps.isAllowed(endpoint))) {
        if (!read.has(endpoint)) deps.report({ ...skippedRecord(endpoint, 'file', depth, robotsError(endpoint)), method: 'GET', feedFor: source.accountUrl });
        read.add(endpoint);
        continue;
      }
    }
    const feedUrl = source.feedUrl ?? (await resolveFeedUrl(source.channelPageUrl!, depth, deps));
    if (!feedUrl || read.has(feedUrl)) continue;
    read.add(feedUrl);
    feeds.push(await readFeed(source.accountUrl, feedUrl, depth, deps));
  }
  return feeds;
}

/** The feed URL a channel page declares; null (with the page's record saying why) when there is none. */
async function resolveFeedUrl(pageUrl: string, depth: number, deps: FeedReaderDeps): Promise<string | null> {
  if (!(await deps.isAllowed(pageUrl))) {
    deps.report({ ...skippedRecord(pageUrl, 'file', depth, robotsError(pageUrl)), method: 'GET' });
    return null;
  }
  const record = await deps.fetch(pageUrl, { method: 'GET', purpose: 'file', depth, keepBody: is2xx });
  const error = statusError(record);
  if (error || !record.body) {
    deps.report({ ...record, error: error ?? { kind: 'other', message: 'empty channel page' } });
    return null;
  }
  const feedUrl = feedUrlFromChannelPage(decodeBody(record.body, record.contentType).text, record.finalUrl);
  deps.report(
    feedUrl
      ? record
      : { ...record, error: { kind: 'other', message: 'channel page names no feed (no RSS alternate link, channelId or externalId)' } },
  );
  return feedUrl;
}

async function readFeed(accountUrl: string, feedUrl: string, depth: number, deps: FeedReaderDeps): Promise<FetchedFeed> {
  let record: FetchRecord;
  if (await deps.isAllowed(feedUrl)) {
    record = await deps.fetch(feedUrl, { method: 'GET', purpose: 'file', depth, keepBody: is2xx });
  } else {
    record = { ...skippedRecord(feedUrl, 'file', depth, robotsError(feedUrl)), method: 'GET' };
  }
  let error = statusError(record);
  const text = !error && record.body ? decodeBody(record.body, record.contentType).text : null;
  if (!error && (text === null || !looksLikeFeed(text)))
    error = { kind: 'other', message: `not a feed (content-type ${record.contentType ?? 'none'})` };
  deps.report({ ...record, error, feedFor: accountUrl });
  return {
    accountUrl,
    url: feedUrl,
    finalUrl: record.finalUrl,
    status: record.status,
    contentType: record.contentType,
    text: error ? null : text,
    fetchedAt: record.startedAt,
    error,
  };
}
