/**
 * Social networks, video platforms and app stores as their URLs show them: which host is which platform and which
 * first path segments are the platform's own pages rather than accounts. Neutral ground because both the crawl
 * (which YouTube links have a channel feed to fetch) and the gatherers (which links are the portal's accounts)
 * read URLs this way, and the crawl must not depend on the gatherers.
 */

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
