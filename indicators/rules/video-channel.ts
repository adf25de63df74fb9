/**
 * video-channel: the government's channel on YouTube, Vimeo or Dailymotion (a channel/profile link with an
 * account id), an embedded live stream, or a link labelled as a live transmission ("Transmisión en
 * vivo", "Sesiones de cabildo en vivo") to a video platform or a Facebook live/video page. A bare
 * https://www.youtube.com (no account) does not count: it is a placeholder seen on real portals. The mayor's
 * own channel is not the government's, nor is another government's (src/derive/social-accounts.ts). An embedded
 * single video or playlist counts only when it says it is the government's (its title or caption names the
 * ayuntamiento) or a live/council-session transmission: a news article embedding the State's campaign spot
 * ("Video: Gobierno del Estado de México") shows no channel of the government.
 */
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { hostOf } from '../../src/gather/url.ts';
import { matchPhrase } from '../../src/vocabulary/match.ts';
import { matchedNote, toEvidence } from '../evidence.ts';
import { FACEBOOK_VIDEO_HOSTS, FACEBOOK_VIDEO_PATH, LIVE_STREAM_HREF, LIVE_VIDEO_LABELS, VIDEO_HOSTS, VIDEO_PLATFORMS } from '../../src/vocabulary/platforms.ts';

const messages = defineMessages('video-channel', {
  channel: { es: 'canal de {platform} {account}', en: '{platform} channel {account}' },
  'embedded-video': { es: 'video de {platform} incrustado', en: 'embedded {platform} video' },
  'no-channel-link': { es: 'no nombra ningún canal', en: 'no channel' },
  'no-video': {
    es: '{social:Se revisó|Se revisaron} {social} {social:enlace|enlaces} a redes sociales y {links} {links:enlace|enlaces}; no hay canal de video, video incrustado ni transmisión en vivo',
    en: 'checked {social} social {social:link|links} and {links} {links:link|links}; no video channel, embedded video or live transmission',
  },
  'no-video-bare': {
    es: '{social:Se revisó|Se revisaron} {social} {social:enlace|enlaces} a redes sociales y {links} {links:enlace|enlaces}; no hay canal de video, video incrustado ni transmisión en vivo ({bare} {bare:enlace|enlaces} a una plataforma de video no {bare:nombra|nombran} ningún canal)',
    en: 'checked {social} social {social:link|links} and {links} {links:link|links}; no video channel, embedded video or live transmission ({bare} {bare:link|links} to a video platform name no channel)',
  },
});
const { msg } = messages;

function isLiveTransmission(link: { href: string; text: string; contextText: string }): boolean {
  return LIVE_STREAM_HREF.test(link.href) || matchPhrase(`${link.text} ${link.contextText}`, LIVE_VIDEO_LABELS) !== null;
}

export default defineIndicator({
  id: 'video-channel',
  needs: ['socialAccounts', 'socialLinks', 'links'],
  messages,
  evaluate(facts) {
    const { ownerOf } = facts.socialAccounts;
    const evidence: Evidence[] = [];
    for (const link of facts.socialLinks) {
      if (!VIDEO_PLATFORMS.has(link.platform)) continue;
      const owner = ownerOf(link);
      if (owner === 'mayor' || owner === 'other') continue;
      if ((link.kind === 'channel' || link.kind === 'profile') && link.accountId) evidence.push(toEvidence(link, msg('channel', { platform: link.platform, account: link.accountId })));
      else if (link.kind === 'video' && link.embedded && (owner === 'government' || isLiveTransmission(link))) evidence.push(toEvidence(link, msg('embedded-video', { platform: link.platform })));
    }
    for (const link of facts.links) {
      const host = hostOf(link.href);
      const toVideo = VIDEO_HOSTS.test(host) || (FACEBOOK_VIDEO_HOSTS.test(host) && FACEBOOK_VIDEO_PATH.test(link.href));
      const label = matchPhrase(link.text, LIVE_VIDEO_LABELS);
      if (toVideo && label) evidence.push(toEvidence(link, matchedNote(label)));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    const bare = facts.socialLinks.filter((l) => VIDEO_PLATFORMS.has(l.platform) && !l.accountId);
    const checked = { social: facts.socialLinks.length, links: facts.links.length };
    return fail(
      bare.length ? msg('no-video-bare', { ...checked, bare: bare.length }) : msg('no-video', checked),
      bare.slice(0, 3).map((l) => toEvidence(l, msg('no-channel-link'))),
    );
  },
});
