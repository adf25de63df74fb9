/**
 * Platforms: social networks, video platforms and app stores as they appear in links and embeds — hosts,
 * share-widget services, paths that are not account names, embed classes, reply markers, live-stream
 * URLs and labels, and the store ids of apps that are nobody's municipal app. Sources: docs/shared
 * research on real municipal portals (§3 vocabulary, §4 quirks) and section 3 of
 * shared/research/real_portals.md.
 */

/** The platforms Mirador tells apart, and what a link to one is (every stage speaks of them: the crawl, the gatherers, the rules). */
export type SocialPlatform =
  | 'facebook' | 'twitter' | 'instagram' | 'youtube' | 'tiktok' | 'vimeo' | 'dailymotion'
  | 'flickr' | 'linkedin' | 'whatsapp' | 'telegram' | 'threads'
  | 'google-play' | 'app-store';

export type SocialLinkKind =
  | 'profile' // an account page
  | 'share' // a share/intent button, never an account
  | 'channel' // a video channel (youtube channel/user/@handle, vimeo user)
  | 'video' // a single video or live stream
  | 'app' // a store listing
  | 'post'; // a single post

// ── Social networks ─────────────────────────────────────────────────────────────────────────────

/** Host (without www./m./mobile.) → platform. Subdomains match (web.facebook.com, es-la.facebook.com). */
export const SOCIAL_HOSTS: [string, SocialPlatform][] = [
  ['facebook.com', 'facebook'], ['fb.com', 'facebook'], ['fb.me', 'facebook'], ['fb.watch', 'facebook'],
  ['twitter.com', 'twitter'], ['x.com', 'twitter'],
  ['instagram.com', 'instagram'], ['instagr.am', 'instagram'],
  ['youtube.com', 'youtube'], ['youtu.be', 'youtube'], ['youtube-nocookie.com', 'youtube'],
  ['tiktok.com', 'tiktok'],
  ['vimeo.com', 'vimeo'],
  ['dailymotion.com', 'dailymotion'], ['dai.ly', 'dailymotion'],
  ['flickr.com', 'flickr'], ['flic.kr', 'flickr'],
  ['linkedin.com', 'linkedin'],
  ['wa.me', 'whatsapp'], ['whatsapp.com', 'whatsapp'],
  ['t.me', 'telegram'], ['telegram.me', 'telegram'],
  ['threads.net', 'threads'], ['threads.com', 'threads'],
  ['play.google.com', 'google-play'],
  ['apps.apple.com', 'app-store'], ['itunes.apple.com', 'app-store'],
];
/** Share-widget services; the target network is read from the URL (addtoany.com/add_to/facebook). */
export const SHARE_SERVICE_HOSTS = ['addthis.com', 'sharethis.com', 'addtoany.com'];
/** First path segments that are not account names on the given platforms. */
export const RESERVED_PATHS: Partial<Record<SocialPlatform, readonly string[]>> = {
  facebook: ['home.php', 'login', 'login.php', 'help', 'policies', 'privacy', 'hashtag', 'search', 'watch', 'events', 'marketplace', 'gaming', 'settings', 'legal', 'about'],
  twitter: ['home', 'explore', 'search', 'hashtag', 'i', 'login', 'signup', 'settings', 'tos', 'privacy', 'notifications', 'messages'],
  instagram: ['explore', 'accounts', 'about', 'legal', 'direct', 'stories'],
  youtube: ['results', 'feed', 'watch', 'playlist', 'shorts', 'embed', 'live', 'premium', 'kids', 'gaming', 'account', 'about'],
  vimeo: ['channels', 'groups', 'album', 'showcase', 'ondemand', 'search', 'watch', 'categories', 'video'],
  tiktok: ['discover', 'tag', 'music', 'foryou', 'explore', 'login'],
  threads: ['login', 'search'],
  linkedin: ['feed', 'login', 'search', 'jobs'],
};
/** Classes of embedded timelines/posts (the markup widgets.js/sdk.js turn into iframes). */
export const EMBED_CLASS_PLATFORMS: [RegExp, SocialPlatform][] = [
  [/(^|\s)(twitter-timeline|twitter-tweet|twitter-follow-button)(\s|$)/, 'twitter'],
  [/(^|\s)(fb-page|fb-post|fb-video|fb-like-box|fb-follow)(\s|$)/, 'facebook'],
  [/(^|\s)instagram-media(\s|$)/, 'instagram'],
  [/(^|\s)tiktok-embed(\s|$)/, 'tiktok'],
];
/** Words near a link that mark a reply to someone (in embedded posts). */
export const REPLY_MARKERS = ['en respuesta a @', 'respondiendo a @', 'replying to @', 'in reply to @'];
/** Words that end right before a link to the profile answered ("respondió a <a>Marisol</a>"), normalised. */
export const REPLY_LEAD_WORDS = ['respondio a', 'respondio', 'en respuesta a', 'respondiendo a', 'replied to', 'replying to', 'contesto a'];
export const REPLY_CLASS_HINTS = /(?:^|[\s_-])(reply|respuesta|is-reply|in-reply-to)(?:$|[\s_-])/i;

// ── Video ───────────────────────────────────────────────────────────────────────────────────────

/** A host pattern matching the hosts and their subdomains (web.facebook.com, m.youtube.com). */
function hostPattern(hosts: readonly string[]): RegExp {
  return new RegExp(`(^|\\.)(${hosts.map((h) => h.replace(/\./g, '\\.')).join('|')})$`);
}
function hostsOf(platforms: ReadonlySet<SocialPlatform>): string[] {
  return SOCIAL_HOSTS.filter(([, platform]) => platforms.has(platform)).map(([host]) => host);
}

/** Platforms whose channels are video channels (video-channel). */
export const VIDEO_PLATFORMS: ReadonlySet<SocialPlatform> = new Set<SocialPlatform>(['youtube', 'vimeo', 'dailymotion']);
/** Hosts of video platforms, subdomains included: those of VIDEO_PLATFORMS, and Twitch (live streams, no social platform of its own). */
export const VIDEO_HOSTS = hostPattern([...hostsOf(VIDEO_PLATFORMS), 'twitch.tv']);
/** Facebook hosts: a link there is a video when its path is one (FACEBOOK_VIDEO_PATH). */
export const FACEBOOK_VIDEO_HOSTS = hostPattern(hostsOf(new Set<SocialPlatform>(['facebook'])));
export const FACEBOOK_VIDEO_PATH = /\/(live|videos|watch)\b/;
/**
 * A live-stream embed (youtube.com/embed/live_stream?channel=…, /live, vimeo.com/event/…/embed): the channel's
 * transmission, not one clip.
 */
export const LIVE_STREAM_HREF = /\/(live_stream|live|event)\b|[?&]channel=/;

/**
 * Players of live-streaming services, matched on an iframe's or embed's src: [pattern, provider]. Councils stream
 * their sessions through them (a Dacast or Wowza/StreamLock player under "Transmisión en vivo de las sesiones de
 * Cabildo"). YouTube, Vimeo and Dailymotion embeds are not here: they are social links of a video platform.
 */
export const STREAMING_PLAYERS: [RegExp, string][] = [
  [/\bdacast\.com\//i, 'dacast'],
  [/\bstreamlock\.net\b|\bwowza(?:\.com|cloud)?\b/i, 'wowza'],
  [/\bustream\.tv\/(?:embed|channel)|\bvideo\.ibm\.com\/(?:embed|channel)/i, 'ibm-video'],
  [/\blivestream\.com\//i, 'livestream'],
  [/\bfacebook\.com\/plugins\/video\.php/i, 'facebook-video'],
  [/\bplayer\.twitch\.tv\//i, 'twitch'],
  [/\bboxcast\.(?:tv|com)\/|\bplayer\.castr\.(?:io|com)\/|\bplayer\.restream\.io\//i, 'streaming-service'],
  [/\.m3u8(?:[?#]|$)/i, 'hls'],
];
/** What an HTML5 `<video>` plays, from its source's type or file name: [pattern on "type src", kind]. */
export const VIDEO_SOURCE_KINDS: [RegExp, string][] = [
  [/mpegurl|\.m3u8(?:[?#\s]|$)/i, 'hls'],
  [/dash\+xml|\.mpd(?:[?#\s]|$)/i, 'dash'],
  [/^rtmpe?:|\srtmpe?:/i, 'rtmp'],
  [/video\/mp4|\.(?:mp4|m4v)(?:[?#\s]|$)/i, 'mp4'],
  [/video\/|\.(?:webm|ogv|mov)(?:[?#\s]|$)/i, 'video-file'],
];
/** A stream a script hands to the player (hls.js `loadSource('…m3u8')`, video.js sources). */
export const SCRIPT_STREAM_URL = /https?:\/\/[^\s'"<>]+?\.(?:m3u8|mpd)(?:\?[^\s'"<>]*)?/i;

/** Live streams and video channels named in link texts (video-channel). */
export const LIVE_VIDEO_LABELS = [
  'transmision en vivo',
  'transmisiones en vivo',
  'transmision en directo',
  'en vivo',
  'en directo',
  'sesiones de cabildo en vivo',
  'sesion de cabildo en vivo',
  'sesiones en vivo',
  'canal de video',
  'canal de youtube',
  'videos de las sesiones',
] as const;

/**
 * Words that present a video player as a council session's (video-channel): the session itself, recorded or
 * live, is the government's transmission.
 */
export const COUNCIL_SESSION_LABELS = [
  'sesion de cabildo',
  'sesiones de cabildo',
  'sesion del ayuntamiento',
  'sesiones del ayuntamiento',
  'sesion ordinaria',
  'sesion extraordinaria',
  'sesion solemne',
  'cabildo abierto',
  'cabildo en linea',
] as const;

// ── App stores ──────────────────────────────────────────────────────────────────────────────────

/**
 * Store app-id segments of state governments (mx.gob.edomex.appedomex, mx.gob.jalisco.…): the segment after
 * "gob" names the publisher. A state name is also a capital's name (mx.gob.puebla.app on Puebla's portal), so
 * mobile-app counts such an id as another government's only when it is not the municipality's own name.
 */
export const STATE_APP_ID_SEGMENTS = [
  'aguascalientes', 'ags', 'bajacalifornia', 'bc', 'bajacaliforniasur', 'bcs', 'campeche', 'coahuila', 'colima',
  'chiapas', 'chihuahua', 'cdmx', 'df', 'durango', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'edomex',
  'estadodemexico', 'michoacan', 'morelos', 'nayarit', 'nuevoleon', 'nl', 'oaxaca', 'puebla', 'queretaro',
  'quintanaroo', 'qroo', 'sanluispotosi', 'slp', 'sinaloa', 'sonora', 'tabasco', 'tamaulipas', 'tlaxcala',
  'veracruz', 'yucatan', 'zacatecas',
] as const;

/**
 * Well-known apps that are nobody's municipal app (a "descarga Adobe Reader para ver los PDF" badge, WhatsApp,
 * social networks, maps): Google Play package prefixes and App Store numeric ids.
 */
export const GENERIC_APP_PACKAGE_PREFIXES = [
  'com.adobe.', 'com.whatsapp', 'com.facebook.', 'com.instagram.', 'com.twitter.', 'com.google.android.',
  'com.microsoft.', 'org.telegram.', 'com.zhiliaoapp.', 'com.waze', 'com.ubercab', 'com.spotify.', 'com.dropbox.',
] as const;
export const GENERIC_APP_STORE_IDS = [
  '469337564', // Adobe Acrobat Reader
  '310633997', // WhatsApp Messenger
  '284882215', // Facebook
  '454638411', // Messenger
  '333903271', // X / Twitter
  '389801252', // Instagram
  '544007664', // YouTube
  '585027354', // Google Maps
  '686449807', // Telegram
  '835599320', // TikTok
  '323229106', // Waze
  '327630330', // Dropbox
] as const;
