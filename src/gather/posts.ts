/**
 * Posts gatherer: dated posts visible in the page markup: posts inside embedded timelines
 * (`.twitter-timeline`, `.fb-page`, `[data-timeline]` containers, as rendered pages and feed
 * widgets leave them) and single-post embeds (`blockquote.twitter-tweet`, whose date is the
 * permalink's text, often in English), and posts a portal renders itself (post-elements.ts); and the entries of the public channel feeds the crawl read
 * for the portal's accounts (a YouTube channel's Atom feed). Posts without a date are not
 * reported: a post only matters to social-recent-week if we know when it was made.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { FetchedFeed } from '../crawl/types.ts';
import { classifySocialUrl, type SocialTarget } from '../platforms/social-urls.ts';
import type { SocialPlatform } from '../vocabulary/platforms.ts';
import type { PostArtifact } from './artifacts.ts';
import { collapse, isElement, visibleText, type ParsedPage } from './dom.ts';
import { isoAttributeDate } from './dateParse.ts';
import { isAncestor, plainPostElements, postDate, SINGLE_EMBED_SELECTOR, TIMELINE_SELECTOR } from './post-elements.ts';
import { embedOwner } from './social.ts';
import { resolveUrl } from './url.ts';
import { REPLY_CLASS_HINTS, REPLY_LEAD_WORDS, REPLY_MARKERS } from '../vocabulary/platforms.ts';
import { normalise } from '../vocabulary/text.ts';

const POST_SELECTOR = 'article, .post, .tweet, .timeline-tweet, .timeline-item, .feed-item, [data-post-id], [data-tweet-id], li.status';
const MAX_POST_TEXT = 500;

export function gatherPosts(parsed: ParsedPage): PostArtifact[] {
  const { $ } = parsed;
  const posts: PostArtifact[] = [];
  const done = new Set<Element>();

  $(TIMELINE_SELECTOR).each((_, node) => {
    const container = node as Element;
    if ($(container).parents(TIMELINE_SELECTOR).length) return; // nested containers: the outer one reads them
    const owner = embedOwner(parsed, container);
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
    const owner = embedOwner(parsed, el);
    const post = readPost(parsed, el, owner.platform, owner.accountId);
    if (post) posts.push(post);
  });

  // Timelines the portal renders itself: the post's permalink names platform and account.
  for (const el of plainPostElements(parsed)) {
    const post = readPost(parsed, el, null, null);
    if (post) posts.push(post);
  }
  return posts;
}

function readPost(parsed: ParsedPage, el: Element, platform: SocialPlatform | null, accountId: string | null): PostArtifact | null {
  const { $ } = parsed;
  // The post's own permalink names platform and account when the container does not; else its author's
  // profile link (a rendered widget: <a class="author" href="https://twitter.com/XalapaAyto">).
  let permalinkPlatform: SocialPlatform | null = null;
  let permalinkAccount: string | null = null;
  let permalinkText = '';
  let author: SocialTarget | null = null;
  for (const a of $(el).find('a[href]').toArray() as Element[]) {
    const href = resolveUrl(a.attribs.href ?? '', parsed.baseUrl);
    const classified = href ? classifySocialUrl(href) : null;
    if (classified && classified.kind === 'post') {
      permalinkPlatform = classified.platform;
      permalinkAccount = classified.accountId;
      permalinkText = visibleText(a);
    } else if (classified?.kind === 'profile' && classified.accountId && !author && isAuthorLink(a, el)) {
      author = classified;
    }
  }
  const text = visibleText(el);
  const postedAt = postDate(parsed, el, text, permalinkText);
  const finalPlatform = platform ?? permalinkPlatform ?? author?.platform ?? null;
  if (!postedAt || !finalPlatform) return null;
  const account = sharedFrom(accountId, permalinkAccount, author?.accountId ?? null) ?? accountId ?? permalinkAccount ?? author?.accountId ?? null;
  return {
    pageUrl: parsed.page.url,
    platform: finalPlatform,
    accountId: account,
    postedAt,
    text: collapse(text).slice(0, MAX_POST_TEXT),
    isReplyToCitizen: isReply(parsed, el, text, account),
  };
}

/**
 * The account whose post a timeline shows when it is not the timeline's own: a citizen's tweet the government
 * retweeted, or a quoted post. Its permalink and its author link both name that other account; the post is
 * theirs, and nothing the government wrote.
 */
function sharedFrom(timeline: string | null, permalink: string | null, author: string | null): string | null {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return timeline && permalink && author && same(permalink, author) && !same(permalink, timeline) ? permalink : null;
}

/**
 * The post's author link: marked as such (class or rel "author"), or outside the post's text paragraphs —
 * a profile link inside the text is a mention ("@vecino_xal …").
 */
function isAuthorLink(a: Element, post: Element): boolean {
  if (/(^|\s)author(\s|$)/.test(`${a.attribs.class ?? ''} ${a.attribs.rel ?? ''}`)) return true;
  for (let node = a.parent; node && node !== post; node = node.parent) if (isElement(node) && node.name === 'p') return false;
  return true;
}

const MIN_REPLY_TEXT = 12;

/**
 * "Gobierno de El Mante respondió a <a href=facebook.com/marisol_lp>Marisol</a>": the words of answering
 * right before a link to someone's profile — the way Facebook shows a page's reply in a list.
 */
function answersProfile(parsed: ParsedPage, el: Element): boolean {
  return (parsed.$(el).find('a[href]').toArray() as Element[]).some((a) => {
    const href = resolveUrl(a.attribs.href ?? '', parsed.baseUrl);
    if (!href || classifySocialUrl(href)?.kind !== 'profile') return false;
    const before = a.prev && a.prev.type === 'text' ? normalise((a.prev as unknown as { data: string }).data) : '';
    return REPLY_LEAD_WORDS.some((w) => before.endsWith(w));
  });
}

/** A reply to a citizen: marked so, or opening with someone's @handle (a list item opening with its own author's handle is not). */
function isReply(parsed: ParsedPage, el: Element, text: string, account: string | null): boolean {
  const attrs = el.attribs;
  if (REPLY_CLASS_HINTS.test(attrs.class ?? '') || 'data-in-reply-to' in attrs || attrs['data-reply'] === 'true') return true;
  if (parsed.$(el).find('.reply, .in-reply-to, [data-in-reply-to]').length) return true;
  // The post's text marked as a reply (<p class="respuesta">); not a widget's reply button, which every post has.
  const textMarked = (c: Element) => (c.name === 'p' || c.name === 'div' || c.name === 'blockquote') && REPLY_CLASS_HINTS.test(c.attribs.class ?? '') && visibleText(c).length >= MIN_REPLY_TEXT;
  if ((parsed.$(el).find('[class]').toArray() as Element[]).some(textMarked)) return true;
  const normalised = normalise(text);
  if (REPLY_MARKERS.some((m) => normalised.includes(m))) return true;
  if (answersProfile(parsed, el)) return true;
  const body = parsed.$(el).find('p').first().text().trim() || text.trim();
  const handle = /^@(\w+)/.exec(body)?.[1];
  return handle !== undefined && handle.toLowerCase() !== (account ?? '').toLowerCase();
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
