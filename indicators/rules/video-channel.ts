/**
 * video-channel: the government's channel on YouTube, Vimeo or Dailymotion (a channel/profile link with an
 * account id), an embedded live stream, or a link labelled as a live transmission ("Transmisión en
 * vivo", "Sesiones de cabildo en vivo") to a video platform or a Facebook live/video page. A bare
 * https://www.youtube.com (no account) does not count: it is a placeholder seen on real portals. The mayor's
 * own channel is not the government's, nor is another government's (src/derive/social-accounts.ts). An embedded
 * single video or playlist counts only when it says it is the government's (its title or caption names the
 * ayuntamiento) or a live/council-session transmission: a news article embedding the State's campaign spot
 * ("Video: Gobierno del Estado de México") shows no channel of the government. The same holds for the players
 * councils stream their sessions with (an HTML5 video of an HLS or MP4 stream, a Dacast, Wowza or Facebook video
 * player): one counts when its words — its title, caption or the heading over it, or the text around it for a
 * live transmission or a council session — present it as the government's transmission, never another
 * government's; a clip that says nothing of whose it is, or a page's moving background, is no channel.
 */
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { hostOf } from '../../src/gather/url.ts';
import { matchPhrase } from '../../src/vocabulary/match.ts';
import { matchedNote, toEvidence } from '../evidence.ts';
import type { VideoPlayerArtifact } from '../../src/gather/artifacts.ts';
import {
  COUNCIL_SESSION_LABELS, FACEBOOK_VIDEO_HOSTS, FACEBOOK_VIDEO_PATH, LIVE_STREAM_HREF, LIVE_VIDEO_LABELS, VIDEO_HOSTS, VIDEO_PLATFORMS,
} from '../../src/vocabulary/platforms.ts';
import { GOVERNMENT_ACCOUNT_WORDS, OTHER_GOVERNMENT_ACCOUNT_WORDS } from '../../src/vocabulary/social-ownership.ts';

const messages = defineMessages('video-channel', {
  channel: { es: 'canal de {platform} {account}', en: '{platform} channel {account}' },
  'embedded-video': { es: 'video de {platform} incrustado', en: 'embedded {platform} video' },
  player: { es: 'reproductor de video ({source}) presentado como “{phrase}”', en: 'video player ({source}) presented as “{phrase}”' },
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

/**
 * The words that present a player as the government's transmission: its own words (caption, heading) first —
 * another government's name there rules it out, a live transmission, a council session or the ayuntamiento
 * counts — then the text around it, which counts only for a live transmission or a council session.
 */
function transmissionPhrase(player: VideoPlayerArtifact): string | null {
  const said = (text: string, words: readonly (readonly string[])[]) => words.reduce<string | null>((found, w) => found ?? matchPhrase(text, w), null);
  if (matchPhrase(player.caption, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return null;
  const own = said(player.caption, [LIVE_VIDEO_LABELS, COUNCIL_SESSION_LABELS, GOVERNMENT_ACCOUNT_WORDS]);
  if (own) return own;
  if (matchPhrase(player.contextText, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return null;
  return said(player.contextText, [LIVE_VIDEO_LABELS, COUNCIL_SESSION_LABELS]);
}

export default defineIndicator({
  id: 'video-channel',
  needs: ['socialAccounts', 'socialLinks', 'links', 'pages'],
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
    for (const page of facts.pages) {
      for (const player of page.videoPlayers ?? []) {
        const phrase = transmissionPhrase(player);
        if (phrase)
          evidence.push(toEvidence({ pageUrl: page.url, href: player.src, text: player.caption || player.contextText, selector: player.selector }, msg('player', { source: player.source, phrase })));
      }
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
