/**
 * video-channel: the government's channel on YouTube, Vimeo or Dailymotion (a channel/profile link with an
 * account id), an embedded video or live stream, or a link labelled as a live transmission ("Transmisión en
 * vivo", "Sesiones de cabildo en vivo") to a video platform or a Facebook live/video page. A bare
 * https://www.youtube.com (no account) does not count: it is a placeholder seen on real portals. The mayor's
 * own channel is not the government's.
 */
import { defineIndicator, fail, pass, type Evidence } from './define.ts';
import { hostOf, isMayorLink, mayorPageUrls, matchPhrase, plural, toEvidence } from './shared.ts';
import { LIVE_VIDEO_LABELS } from './vocabulary.ts';

const VIDEO_PLATFORMS = new Set(['youtube', 'vimeo', 'dailymotion']);
const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|twitch\.tv)$/;
const FACEBOOK_VIDEO = /(^|\.)facebook\.com$/;

export default defineIndicator({
  id: 'video-channel',
  needs: ['socialLinks', 'links', 'pages'],
  evaluate(artifacts) {
    const mayorPages = mayorPageUrls(artifacts);
    const evidence: Evidence[] = [];
    for (const link of artifacts.socialLinks) {
      if (!VIDEO_PLATFORMS.has(link.platform) || isMayorLink(link, mayorPages)) continue;
      if ((link.kind === 'channel' || link.kind === 'profile') && link.accountId) evidence.push(toEvidence(link, `(${link.platform} channel ${link.accountId})`));
      else if (link.kind === 'video' && link.embedded) evidence.push(toEvidence(link, `(embedded ${link.platform} video)`));
    }
    for (const link of artifacts.links) {
      const host = hostOf(link.href);
      const toVideo = VIDEO_HOSTS.test(host) || (FACEBOOK_VIDEO.test(host) && /\/(live|videos|watch)\b/.test(link.href));
      const label = matchPhrase(link.text, LIVE_VIDEO_LABELS);
      if (toVideo && label) evidence.push(toEvidence(link, `(${label})`));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    const bare = artifacts.socialLinks.filter((l) => VIDEO_PLATFORMS.has(l.platform) && !l.accountId);
    return fail(
      `checked ${plural(artifacts.socialLinks.length, 'social link')} and ${plural(artifacts.links.length, 'link')}; no video channel, embedded video or live transmission` +
        (bare.length ? ` (${plural(bare.length, 'link')} to a video platform name no channel)` : ''),
      bare.slice(0, 3).map((l) => toEvidence(l, '(no channel)')),
    );
  },
});
