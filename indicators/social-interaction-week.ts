/**
 * social-interaction-week: a reply by the government's account to a citizen, dated within the week before
 * as-of. Same unknown rule as social-recent-week, plus one judgement call: recent posts seen but none a reply
 * → unknown, not fail, because embedded timelines usually hide replies. If the account posted nothing at
 * all in the week (all posts older), there was no interaction either → fail.
 */
import { defineIndicator, fail, pass, unknown } from './define.ts';
import { plural, postEvidence, socialWeek, toEvidence } from './shared.ts';

export default defineIndicator({
  id: 'social-interaction-week',
  needs: ['socialLinks', 'posts', 'pages'],
  evaluate(artifacts, context) {
    const { accounts, posts, recent, start } = socialWeek(artifacts, context.asOf);
    const window = `the week before as-of (${start} to ${context.asOf})`;
    const replies = recent.filter((p) => p.isReplyToCitizen);
    if (replies.length > 0) return pass(replies.slice(0, 3).map(postEvidence));
    if (recent.length > 0)
      return unknown(
        `${plural(recent.length, 'post')} in ${window} seen, none a reply to a citizen; replies are often hidden in embedded timelines — check the accounts`,
        [...recent.slice(0, 2).map(postEvidence), ...accounts.slice(0, 1).map((a) => toEvidence(a))],
      );
    if (posts.length > 0) {
      const newest = [...posts].sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0]!;
      return fail(`no post at all in ${window}; the newest of ${plural(posts.length, 'dated post')} is from ${newest.postedAt}`, [postEvidence(newest)]);
    }
    if (accounts.length > 0)
      return unknown(
        `no dated post or reply could be seen; check these accounts for a reply to a citizen in ${window}`,
        accounts.slice(0, 3).map((a) => toEvidence(a, `(${a.platform} ${a.accountId})`)),
      );
    return fail('the portal links no social-network account of the government, and no post was seen');
  },
});
