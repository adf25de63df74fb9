/**
 * social-recent-week: a post of the government's accounts dated within the week before as-of
 * (src/derive/social-week.ts, SOCIAL_WINDOW_DAYS; both ends included), seen in an embedded timeline or a public feed.
 * Only posts of the accounts social-account counts: the State's timeline on the home page is not the government's.
 * No dated post visible but accounts linked → unknown with the account links for a reviewer; no account
 * at all → fail; posts seen but all older → fail (the newest one is the evidence).
 */
import { defineIndicator, fail, pass, unknown } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { accountNote, postEvidence, toEvidence } from '../evidence.ts';
import { sharedMsg } from '../shared-messages.ts';
import { unattributedAccounts } from '../social-outcome.ts';

const messages = defineMessages('social-recent-week', {
  'posts-too-old': {
    es: '{posts:Se vio|Se vieron} {posts} {posts:publicación fechada|publicaciones fechadas}; la más reciente ({newest}) no cae en {window}',
    en: '{posts} dated {posts:post|posts} seen; the newest ({newest}) is before {window}',
  },
  'no-dated-post': {
    es: 'No se pudo ver ninguna publicación fechada; hay que revisar en estas cuentas si hubo una publicación en {window}',
    en: 'no dated post could be seen; check these accounts for a post in {window}',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'social-recent-week',
  needs: ['socialWeek'],
  messages,
  evaluate(facts, context) {
    const { accounts, unattributed, posts, recent, start } = facts.socialWeek;
    const window = sharedMsg('window-week', { start, asOf: context.asOf });
    if (recent.length > 0) return pass([...recent].sort((a, b) => b.postedAt.localeCompare(a.postedAt)).slice(0, 3).map(postEvidence));
    if (posts.length > 0) {
      const newest = [...posts].sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0]!;
      return fail(msg('posts-too-old', { posts: posts.length, newest: newest.postedAt, window }), [postEvidence(newest)]);
    }
    if (accounts.length > 0)
      return unknown(
        msg('no-dated-post', { window }),
        accounts.slice(0, 3).map((a) => toEvidence(a, accountNote(a))),
      );
    return unattributedAccounts(unattributed) ?? fail(sharedMsg('no-government-account'));
  },
});
