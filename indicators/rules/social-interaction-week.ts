/**
 * social-interaction-week: a reply by the government's account to a citizen, dated within the week before
 * as-of. Same unknown rule as social-recent-week, plus one judgement call: recent posts seen but none a reply
 * → unknown, not fail, because embedded timelines usually hide replies — unless the timeline does show the
 * account's replies (an older one is visible), then none in the week is a fail. If the account posted nothing
 * at all in the week (all posts older), there was no interaction either → fail. A channel feed's posts
 * (YouTube uploads) never show replies, so they never make either fail: old uploads alone leave it unknown.
 */
import { defineIndicator, fail, pass, unknown } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { accountNote, postEvidence, toEvidence } from '../evidence.ts';
import { sharedMsg } from '../shared-messages.ts';
import { unattributedAccounts } from '../social-outcome.ts';

const messages = defineMessages('social-interaction-week', {
  'no-visible-reply': {
    es: '{posts:Se vio|Se vieron} {posts} {posts:publicación|publicaciones} en {window}, ninguna es respuesta a un ciudadano; las respuestas suelen ocultarse en los timelines incrustados: hay que revisar las cuentas',
    en: '{posts} {posts:post|posts} in {window} seen, none a reply to a citizen; replies are often hidden in embedded timelines — check the accounts',
  },
  'no-reply-in-week': {
    es: '{posts:Se vio|Se vieron} {posts} {posts:publicación|publicaciones} en {window}, ninguna es respuesta a un ciudadano; el timeline sí muestra respuestas y la más reciente es del {newest}',
    en: '{posts} {posts:post|posts} in {window} seen, none a reply to a citizen; the timeline does show replies and the newest is from {newest}',
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
  needs: ['socialWeek'],
  messages,
  evaluate(facts, context) {
    const { accounts, unattributed, posts, recent, start } = facts.socialWeek;
    const window = sharedMsg('window-week', { start, asOf: context.asOf });
    const replies = recent.filter((p) => p.isReplyToCitizen);
    if (replies.length > 0) return pass(replies.slice(0, 3).map(postEvidence));
    // Posts seen on the portal's pages; a feed lists uploads only and says nothing about replies.
    const seen = posts.filter((p) => p.source !== 'feed');
    const seenRecent = recent.filter((p) => p.source !== 'feed');
    const olderReply = [...seen].sort((a, b) => b.postedAt.localeCompare(a.postedAt)).find((p) => p.isReplyToCitizen);
    if (seenRecent.length > 0 && olderReply)
      return fail(msg('no-reply-in-week', { posts: seenRecent.length, window, newest: olderReply.postedAt }), [...seenRecent.slice(0, 2).map(postEvidence), postEvidence(olderReply)]);
    if (recent.length > 0)
      return unknown(
        msg('no-visible-reply', { posts: recent.length, window }),
        [...recent.slice(0, 2).map(postEvidence), ...accounts.slice(0, 1).map((a) => toEvidence(a, accountNote(a)))],
      );
    if (seen.length > 0) {
      const newest = [...seen].sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0]!;
      return fail(msg('no-post-in-week', { window, posts: seen.length, newest: newest.postedAt }), [postEvidence(newest)]);
    }
    if (accounts.length > 0)
      return unknown(
        msg('no-dated-post', { window }),
        accounts.slice(0, 3).map((a) => toEvidence(a, accountNote(a))),
      );
    return unattributedAccounts(unattributed) ?? fail(sharedMsg('no-government-account'));
  },
});
