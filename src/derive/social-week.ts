/**
 * The government's dated posts, and those of the week before as-of (both ends included: as-of 2016-05-20 →
 * 2016-05-13 … 2016-05-20). Only the government's accounts' posts count: not the mayor's, not the State's
 * timeline the home page embeds, nor a post whose account cannot be told. Future-dated posts are dropped.
 */
import type { PostArtifact, SocialLinkArtifact } from '../gather/artifacts.ts';
import { inWindow, isFuture, windowStart } from './date-window.ts';
import { accountKey, type SocialAccounts } from './social-accounts.ts';

export const SOCIAL_WINDOW_DAYS = 7;

export interface SocialWeek {
  accounts: SocialLinkArtifact[];
  /** Accounts nothing attributes to anyone: the government's ones may be among them. */
  unattributed: SocialLinkArtifact[];
  /** The government's posts, in the order the pages showed them. */
  posts: PostArtifact[];
  /** Of those, the ones in the week. */
  recent: PostArtifact[];
  /** Replies to a citizen among `recent`. */
  recentReplies: PostArtifact[];
  start: string;
}

export function deriveSocialWeek({ posts, socialAccounts }: { posts: readonly PostArtifact[]; socialAccounts: SocialAccounts }, asOf: string): SocialWeek {
  const accounts = socialAccounts.government;
  const government = new Set(accounts.map(accountKey));
  const start = windowStart(asOf, { days: SOCIAL_WINDOW_DAYS });
  const theirs = posts.filter((p) => p.accountId && government.has(accountKey(p)) && !isFuture(p.postedAt, asOf));
  const recent = theirs.filter((p) => inWindow(p.postedAt, start, asOf));
  return { accounts, unattributed: socialAccounts.unattributed, posts: theirs, recent, recentReplies: recent.filter((p) => p.isReplyToCitizen), start };
}
