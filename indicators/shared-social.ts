/**
 * Whose each social account is (the government's, the mayor's, someone else's) and the government's posts of
 * the week: shared by social-account, social-recent-week, social-interaction-week, mayor-social and video-channel.
 */
import type { Artifacts, PostArtifact, SocialLinkArtifact } from '../src/gather/artifacts.ts';
import { type Evidence } from './define.ts';
import type { Message } from './messages.ts';
import { sharedMsg } from './shared-messages.ts';
import { normalise, matchPhrase, canonicalUrl, windowStart, inWindow, isFuture, uniqueBy } from './shared.ts';
import { GOVERNMENT_ACCOUNT_WORDS, MAYOR_WORDS, OTHER_GOVERNMENT_ACCOUNT_WORDS } from './vocabulary.ts';

// ----------------------------------------------------------------------------------- social accounts

/** Account-bearing links (profiles and channels), not share buttons, posts or bare platform home pages. */
export function isAccountLink(link: SocialLinkArtifact): boolean {
  return (link.kind === 'profile' || link.kind === 'channel') && link.accountId !== null && link.accountId !== '';
}

export function accountKey(link: { platform: string; accountId: string | null }): string {
  return `${link.platform}:${normalise(link.accountId ?? '')}`;
}

/** Pages about the mayor: their title or a heading names the office. */
export function mayorPageUrls(artifacts: Artifacts): Set<string> {
  return new Set(
    artifacts.pages
      .filter((p) => !p.isHome && [p.title, ...p.headings].some((h) => matchPhrase(h, MAYOR_WORDS)))
      .map((p) => canonicalUrl(p.url)),
  );
}

/**
 * Social links of the site's template: the same link in the same place on several pages. Old table layouts
 * put the icons in a left column beside the menu with no header/nav/footer markup; repeated on every page,
 * they are site chrome all the same — on the mayor's page too.
 */
export function templateLinks(artifacts: Artifacts): Set<string> {
  const pages = new Map<string, Set<string>>();
  for (const l of artifacts.socialLinks) {
    const key = `${l.href}|${l.selector}`;
    if (!pages.has(key)) pages.set(key, new Set());
    pages.get(key)!.add(canonicalUrl(l.pageUrl));
  }
  return new Set([...pages].filter(([, on]) => on.size > 1).map(([key]) => key));
}

/** Header, menu, footer or the template: the site's chrome, where the surrounding text is the menu or the address, not a label. */
function inChrome(link: SocialLinkArtifact, template: Set<string>): boolean {
  return link.region === 'header' || link.region === 'nav' || link.region === 'footer' || template.has(`${link.href}|${link.selector}`);
}

/**
 * A link is the mayor's when its own text or surrounding text names the mayor, or when it sits in the
 * body of a page about the mayor (site chrome in header/nav/footer of that page is the government's).
 */
export function isMayorLink(link: SocialLinkArtifact, mayorPages: Set<string>, template: Set<string> = new Set()): boolean {
  const chrome = inChrome(link, template);
  // In site chrome the surrounding text is the menu ("Inicio · Alcalde · Transparencia" beside the
  // government's icons), so there only the link's own text can name the mayor.
  if (matchPhrase(chrome ? link.text : `${link.text} ${link.contextText}`, MAYOR_WORDS)) return true;
  return !chrome && mayorPages.has(canonicalUrl(link.pageUrl));
}

/** The link's own words: its text and its handle split into words ("AyuntamientoZitacuaro" → "Ayuntamiento Zitacuaro"). */
function ownWords(link: SocialLinkArtifact): string {
  const handle = (link.accountId ?? '').replace(/[_.-]+/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return `${link.text} ${handle}`;
}

/** Whose account a link says it is; null for a bare icon that names nobody. */
export type AccountOwner = 'government' | 'mayor' | 'other' | null;

/**
 * What one link says about its account. Its own words speak first: a handle or text naming the
 * ayuntamiento is the government's even on the mayor's page or beside "Presidente Municipal" in a menu;
 * one naming another government or a party ("Gobierno del Estado", "Morena") is theirs. Outside site
 * chrome the surrounding text and the mayor's page speak next (isMayorLink).
 */
export function linkOwner(link: SocialLinkArtifact, mayorPages: Set<string>, template: Set<string> = new Set()): AccountOwner {
  const own = ownWords(link);
  if (matchPhrase(own, MAYOR_WORDS)) return 'mayor';
  if (matchPhrase(own, GOVERNMENT_ACCOUNT_WORDS)) return 'government';
  if (matchPhrase(own, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return 'other';
  if (inChrome(link, template)) return null;
  if (matchPhrase(link.contextText, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return 'other';
  if (isMayorLink(link, mayorPages, template)) return 'mayor';
  if (matchPhrase(link.contextText, GOVERNMENT_ACCOUNT_WORDS)) return 'government';
  return null;
}

/** Store listings and messaging lines are not accounts on a social network. */
const NOT_SOCIAL_NETWORKS = new Set(['google-play', 'app-store', 'whatsapp', 'telegram']);

/**
 * Whose each linked account is, from all its links: the government's when any link names it so; else
 * another government's or the mayor's when a link says so; an account only ever shown as a bare icon is
 * the government's (the site links it as its own). So the footer's unlabelled Twitter icon that leads to
 * the account the mayor's page presents as hers is the mayor's, not the government's.
 */
export function accountOwners(artifacts: Artifacts): Map<string, Exclude<AccountOwner, null>> {
  const mayorPages = mayorPageUrls(artifacts);
  const template = templateLinks(artifacts);
  const said = new Map<string, Set<AccountOwner>>();
  for (const link of artifacts.socialLinks) {
    if (!isAccountLink(link)) continue;
    const key = accountKey(link);
    if (!said.has(key)) said.set(key, new Set());
    said.get(key)!.add(linkOwner(link, mayorPages, template));
  }
  const owners = new Map<string, Exclude<AccountOwner, null>>();
  for (const [key, owners_] of said) {
    owners.set(key, owners_.has('government') ? 'government' : owners_.has('other') ? 'other' : owners_.has('mayor') ? 'mayor' : 'government');
  }
  return owners;
}

/** The government's own accounts: account links whose account is the municipal government's (accountOwners). */
export function governmentAccounts(artifacts: Artifacts): SocialLinkArtifact[] {
  const owners = accountOwners(artifacts);
  return artifacts.socialLinks.filter(
    (l) => isAccountLink(l) && !NOT_SOCIAL_NETWORKS.has(l.platform) && owners.get(accountKey(l)) === 'government',
  );
}


// ------------------------------------------------------------------------------------ social posts

/** A week before as-of, both ends included: as-of 2016-05-20 → 2016-05-13 … 2016-05-20. */
export const SOCIAL_WINDOW_DAYS = 7;

export interface SocialWeek {
  accounts: SocialLinkArtifact[];
  /** The government's posts (not the mayor's), future-dated ones dropped. */
  posts: PostArtifact[];
  recent: PostArtifact[];
  start: string;
}

export function socialWeek(artifacts: Artifacts, asOf: string): SocialWeek {
  const accounts = uniqueBy(governmentAccounts(artifacts), accountKey);
  const government = new Set(accounts.map(accountKey));
  const start = windowStart(asOf, { days: SOCIAL_WINDOW_DAYS });
  // Only the government's accounts' posts: not the mayor's, not the State's timeline the home page embeds,
  // nor a post whose account cannot be told.
  const posts = artifacts.posts.filter((p) => p.accountId && government.has(accountKey(p)) && !isFuture(p.postedAt, asOf));
  return { accounts, posts, recent: posts.filter((p) => inWindow(p.postedAt, start, asOf)), start };
}

/** The post's text verbatim; the note says whose post and when. */
export function postEvidence(post: PostArtifact): Evidence {
  const account = `${post.platform}${post.accountId ? ` @${post.accountId}` : ''}`;
  return { url: post.pageUrl, text: post.text, note: sharedMsg('post', { account, date: post.postedAt }) };
}

/** "cuenta de facebook ayuntamiento": for account links a reviewer should open. */
export function accountNote(link: { platform: string; accountId: string | null }): Message {
  return sharedMsg('account', { platform: link.platform, account: link.accountId ?? '' });
}
