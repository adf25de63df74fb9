/**
 * social-recent-week: a post of the government's accounts dated within the week before as-of
 * (shared.ts, SOCIAL_WINDOW_DAYS; both ends included), seen in an embedded timeline or a public feed.
 * No dated post visible but accounts linked → unknown with the account links for a reviewer; no account
 * at all → fail; posts seen but all older → fail (the newest one is the evidence).
 */
import { defineIndicator, fail, pass, unknown } from './define.ts';
import { plural, postEvidence, socialWeek, toEvidence } from './shared.ts';

export default defineIndicator({
  id: 'social-recent-week',
  needs: ['socialLinks', 'posts', 'pages'],
  evaluate(artifacts, context) {
    const { accounts, posts, recent, start } = socialWeek(artifacts, context.asOf);
    const window = `the week before as-of (${start} to ${context.asOf})`;
    if (recent.length > 0) return pass([...recent].sort((a, b) => b.postedAt.localeCompare(a.postedAt)).slice(0, 3).map(postEvidence));
    if (posts.length > 0) {
      const newest = [...posts].sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0]!;
      return fail(`${plural(posts.length, 'dated post')} seen; the newest (${newest.postedAt}) is before ${window}`, [postEvidence(newest)]);
    }
    if (accounts.length > 0)
      return unknown(
        `no dated post could be seen; check these accounts for a post in ${window}`,
        accounts.slice(0, 3).map((a) => toEvidence(a, `(${a.platform} ${a.accountId})`)),
      );
    return fail('the portal links no social-network account of the government, and no post was seen');
  },
});
