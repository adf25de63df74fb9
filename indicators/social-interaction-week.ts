/**
 * social-interaction-week: a reply by the government's account to a citizen, dated within the week before
 * as-of. Same unknown rule as social-recent-week, plus one judgement call: recent posts seen but none a reply
 * → unknown, not fail, because embedded timelines usually hide replies. If the account posted nothing at
 * all in the week (all posts older), there was no interaction either → fail.
 */
import { defineIndicator, fail, pass, unknown } from './define.ts';
import { defineMessages } from './messages.ts';
import { accountNote, postEvidence, socialWeek, toEvidence } from './shared.ts';
import { sharedMsg } from './shared-messages.ts';

const messages = defineMessages('social-interaction-week', {
  'no-visible-reply': {
    es: '{posts:Se vio|Se vieron} {posts} {posts:publicación|publicaciones} en {window}, ninguna es respuesta a un ciudadano; las respuestas suelen ocultarse en los timelines incrustados: hay que revisar las cuentas',
    en: '{posts} {posts:post|posts} in {window} seen, none a reply to a citizen; replies are often hidden in embedded timelines — check the accounts',
  },
  'no-post-in-week': {
    es: 'No hay ninguna publicación en {window}; la más reciente de {posts} {posts:publicación fechada|publicaciones fechadas} es del {newest}',
    en: 'no post at all in {window}; the newest of {posts} dated {posts:post|posts} is from {newest}',
  },
  'no-dated-post': {
    es: 'No se pudo ver ninguna publicación ni respuesta fechada; hay que revisar en estas cuentas si respondieron a un ciudadano en {window}',
    en: 'no dated post or reply could be seen; check these accounts for a reply to a citizen in {window}',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'social-interaction-week',
  needs: ['socialLinks', 'posts', 'pages'],
  messages,
  evaluate(artifacts, context) {
    const { accounts, posts, recent, start } = socialWeek(artifacts, context.asOf);
    const window = sharedMsg('window-week', { start, asOf: context.asOf });
    const replies = recent.filter((p) => p.isReplyToCitizen);
    if (replies.length > 0) return pass(replies.slice(0, 3).map(postEvidence));
    if (recent.length > 0)
      return unknown(
        msg('no-visible-reply', { posts: recent.length, window }),
        [...recent.slice(0, 2).map(postEvidence), ...accounts.slice(0, 1).map((a) => toEvidence(a, accountNote(a)))],
      );
    if (posts.length > 0) {
      const newest = [...posts].sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0]!;
      return fail(msg('no-post-in-week', { window, posts: posts.length, newest: newest.postedAt }), [postEvidence(newest)]);
    }
    if (accounts.length > 0)
      return unknown(
        msg('no-dated-post', { window }),
        accounts.slice(0, 3).map((a) => toEvidence(a, accountNote(a))),
      );
    return fail(sharedMsg('no-government-account'));
  },
});
