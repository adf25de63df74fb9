/**
 * Posts gatherer: dated posts visible in the page markup: posts inside embedded timelines
 * (`.twitter-timeline`, `.fb-page`, `[data-timeline]` containers, as rendered pages and feed
 * widgets leave them) and single-post embeds (`blockquote.twitter-tweet`, whose date is the
 * permalink's text, often in English); and the entries of the public channel feeds the crawl read
 * for the portal's accounts (a YouTube channel's Atom feed). Posts without a date are not
 * reported: a post only matters to social-recent-week if we know when it was made.
 */
import * as cheerio from 'cheerio';
import * as chrono from 'chrono-node';
import type { Element } from 'domhandler';
import type { FetchedFeed } from '../crawl/types.ts';
import type { PostArtifact, SocialPlatform } from './artifacts.ts';
import { collapse, visibleText, type ParsedPage } from './dom.ts';
import { isoAttributeDate, parseSpanishDates, ymd } from './dateParse.ts';
import { classifySocialUrl, embedPlatform } from './social.ts';
import { resolveUrl } from './url.ts';
import { REPLY_CLASS_HINTS, REPLY_MARKERS, SOCIAL_HOSTS, normalise } from './vocabulary.ts';

const TIMELINE_SELECTOR = '.twitter-timeline, .fb-page, .fb-like-box, [data-timeline], .social-feed, .instagram-feed';
const POST_SELECTOR = 'article, .post, .tweet, .timeline-tweet, .timeline-item, .feed-item, [data-post-id], [data-tweet-id], li.status';
const SINGLE_EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, .fb-post';
const MAX_POST_TEXT = 500;
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

export function gatherPosts(parsed: ParsedPage): PostArtifact[] {
  const { $ } = parsed;
  const posts: PostArtifact[] = [];
  const done = new Set<Element>();

  $(TIMELINE_SELECTOR).each((_, node) => {
    const container = node as Element;
    if ($(container).parents(TIMELINE_SELECTOR).length) return; // nested containers: the outer one reads them
    const owner = ownerOf(parsed, container);
    const candidates = $(container).find(POST_SELECTOR).toArray() as Element[];
    // Outermost post elements only (an <article> inside a .post is the same post).
    const outer = candidates.filter((el) => !candidates.some((other) => other !== el && isAncestor(other, el)));
    for (const el of outer) {
      done.add(el);
      const post = readPost(parsed, el, owner.platform, owner.accountId);
      if (post) posts.push(post);
    }
  });

  $(SINGLE_EMBED_SELECTOR).each((_, node) => {
    const el = node as Element;
    if (done.has(el) || $(el).parents().toArray().some((p) => done.has(p as Element))) return;
    const owner = ownerOf(parsed, el);
    const post = readPost(parsed, el, owner.platform, owner.accountId);
    if (post) posts.push(post);
  });
  return posts;
}

function isAncestor(ancestor: Element, el: Element): boolean {
  for (let node = el.parent; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

/** Platform and account of a timeline: its class, data attributes, or its link. */
function ownerOf(parsed: ParsedPage, container: Element): { platform: SocialPlatform | null; accountId: string | null } {
  const attrs = container.attribs;
  const raw = attrs['data-href'] ?? attrs.href ?? attrs['data-instgrm-permalink'] ?? attrs.cite ?? attrs['data-url'] ?? '';
  const href = raw ? resolveUrl(raw, parsed.baseUrl) : null;
  const classified = href ? classifySocialUrl(href) : null;
  const named = (attrs['data-timeline'] ?? attrs['data-platform'] ?? attrs['data-network'] ?? '').toLowerCase();
  const platform = embedPlatform(container) ?? classified?.platform ?? platformFromName(named);
  const accountId = classified?.accountId ?? attrs['data-screen-name'] ?? attrs['data-account'] ?? null;
  return { platform, accountId: accountId ? accountId.replace(/^@/, '') : null };
}

function platformFromName(name: string): SocialPlatform | null {
  if (!name) return null;
  if (name === 'x') return 'twitter';
  for (const [, platform] of SOCIAL_HOSTS) if (platform === name) return platform;
  return null;
}

function readPost(parsed: ParsedPage, el: Element, platform: SocialPlatform | null, accountId: string | null): PostArtifact | null {
  const { $ } = parsed;
  // The post's own permalink names platform and account when the container does not.
  let permalinkPlatform: SocialPlatform | null = null;
  let permalinkAccount: string | null = null;
  let permalinkText = '';
  $(el).find('a[href]').each((_, a) => {
    const href = resolveUrl((a as Element).attribs.href ?? '', parsed.baseUrl);
    const classified = href ? classifySocialUrl(href) : null;
    if (classified && classified.kind === 'post') {
      permalinkPlatform = classified.platform;
      permalinkAccount = classified.accountId;
      permalinkText = visibleText(a);
    }
  });
  const text = visibleText(el);
  const postedAt = postDate(parsed, el, text, permalinkText);
  const finalPlatform = platform ?? permalinkPlatform;
  if (!postedAt || !finalPlatform) return null;
  return {
    pageUrl: parsed.page.url,
    platform: finalPlatform,
    accountId: accountId ?? permalinkAccount,
    postedAt,
    text: collapse(text).slice(0, MAX_POST_TEXT),
    isReplyToCitizen: isReply(parsed, el, text),
  };
}

function postDate(parsed: ParsedPage, el: Element, text: string, permalinkText: string): string | null {
  const time = parsed.$(el).find('time[datetime]').first().attr('datetime') ?? parsed.$(el).find('[data-time], [data-date]').first().attr('data-date');
  const fromAttribute = isoAttributeDate(time);
  if (fromAttribute) return fromAttribute;
  const unixTime = parsed.$(el).find('[data-time]').first().attr('data-time');
  if (unixTime && /^\d{9,10}$/.test(unixTime)) return new Date(Number(unixTime) * 1000).toISOString().slice(0, 10);
  for (const candidate of [permalinkText, text]) {
    const spanish = parseSpanishDates(candidate)[0];
    if (spanish) return spanish.date;
    // Twitter's embed code writes the date in English ("March 16, 2017").
    for (const result of chrono.en.parse(candidate, CHRONO_REFERENCE)) {
      const start = result.start;
      if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day') && result.text.includes(String(start.get('year')))) {
        const date = ymd(start.get('year')!, start.get('month')!, start.get('day')!);
        if (date) return date;
      }
    }
  }
  return null;
}

function isReply(parsed: ParsedPage, el: Element, text: string): boolean {
  const attrs = el.attribs;
  if (REPLY_CLASS_HINTS.test(attrs.class ?? '') || 'data-in-reply-to' in attrs || attrs['data-reply'] === 'true') return true;
  if (parsed.$(el).find('.reply, .in-reply-to, [data-in-reply-to]').length) return true;
  const normalised = normalise(text);
  if (REPLY_MARKERS.some((m) => normalised.includes(m))) return true;
  const body = parsed.$(el).find('p').first().text().trim() || text.trim();
  return /^@\w+/.test(body);
}

/**
 * The entries of a channel feed (Atom, as YouTube serves it) as posts of the account the portal
 * links, so socialWeek() tells the mayor's channel from the government's as for any post. Entries
 * another channel published (the feed names a channel per entry) are not the account's and are
 * left out. A feed shows no replies, so its posts never count as replies to citizens.
 */
export function gatherFeedPosts(feed: FetchedFeed): PostArtifact[] {
  if (feed.text === null) return [];
  const account = classifySocialUrl(feed.accountUrl);
  if (!account) return [];
  const $ = cheerio.load(feed.text, { xml: true });
  const feedChannel = $('feed > yt\\:channelId').first().text().trim() || null;
  const posts: PostArtifact[] = [];
  $('feed > entry').each((_, node) => {
    const entry = $(node);
    const entryChannel = entry.children('yt\\:channelId').first().text().trim() || null;
    if (feedChannel && entryChannel && entryChannel !== feedChannel) return;
    const postedAt = isoAttributeDate(entry.children('published').first().text());
    if (!postedAt) return;
    const videoUrl = entry.children('link[rel="alternate"]').first().attr('href');
    posts.push({
      pageUrl: (videoUrl && resolveUrl(videoUrl, feed.finalUrl)) || feed.url,
      platform: account.platform,
      accountId: account.accountId,
      postedAt,
      text: collapse(entry.children('title').first().text()).slice(0, MAX_POST_TEXT),
      isReplyToCitizen: false,
      source: 'feed',
    });
  });
  return posts;
}
