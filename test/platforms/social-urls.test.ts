import { describe, expect, it } from 'vitest';
import { classifySocialUrl } from '../../src/platforms/social-urls.ts';

describe('classifySocialUrl', () => {
  const cases: [string, ReturnType<typeof classifySocialUrl>][] = [
    ['https://www.facebook.com/gobiernohuehuetan/', { platform: 'facebook', kind: 'profile', accountId: 'gobiernohuehuetan' }],
    ['https://www.facebook.com/profile.php?id=100011023263491', { platform: 'facebook', kind: 'profile', accountId: '100011023263491' }],
    ['https://www.facebook.com/', { platform: 'facebook', kind: 'profile', accountId: null }],
    ['https://www.facebook.com/sharer/sharer.php?u=https://x.gob.mx', { platform: 'facebook', kind: 'share', accountId: null }],
    ['https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FGobMun&tabs=timeline', { platform: 'facebook', kind: 'profile', accountId: 'GobMun' }],
    ['https://www.facebook.com/GobMun/videos/12345/', { platform: 'facebook', kind: 'video', accountId: 'GobMun' }],
    ['https://twitter.com/A_Macuspana?lang=es', { platform: 'twitter', kind: 'profile', accountId: 'A_Macuspana' }],
    ['https://x.com/gobmun', { platform: 'twitter', kind: 'profile', accountId: 'gobmun' }],
    ['https://twitter.com/intent/tweet?text=hola', { platform: 'twitter', kind: 'share', accountId: null }],
    ['https://twitter.com/share?url=x', { platform: 'twitter', kind: 'share', accountId: null }],
    ['https://twitter.com/gobmun/status/123', { platform: 'twitter', kind: 'post', accountId: 'gobmun' }],
    ['https://www.instagram.com/gobmun/', { platform: 'instagram', kind: 'profile', accountId: 'gobmun' }],
    ['https://www.youtube.com', { platform: 'youtube', kind: 'channel', accountId: null }],
    ['https://www.youtube.com/@GobMun', { platform: 'youtube', kind: 'channel', accountId: '@GobMun' }],
    ['https://www.youtube.com/channel/UCabc123', { platform: 'youtube', kind: 'channel', accountId: 'UCabc123' }],
    ['https://www.youtube.com/user/gobmun', { platform: 'youtube', kind: 'channel', accountId: 'gobmun' }],
    ['https://www.youtube.com/c/gobmun', { platform: 'youtube', kind: 'channel', accountId: 'gobmun' }],
    ['https://www.youtube.com/watch?v=abc', { platform: 'youtube', kind: 'video', accountId: null }],
    ['https://youtu.be/abc', { platform: 'youtube', kind: 'video', accountId: null }],
    ['https://www.youtube.com/embed/abc', { platform: 'youtube', kind: 'video', accountId: null }],
    ['https://www.youtube.com/@GobMun/live', { platform: 'youtube', kind: 'video', accountId: '@GobMun' }],
    ['https://www.youtube.com/live/abc', { platform: 'youtube', kind: 'video', accountId: null }],
    ['https://vimeo.com/gobmun', { platform: 'vimeo', kind: 'channel', accountId: 'gobmun' }],
    ['https://vimeo.com/123456', { platform: 'vimeo', kind: 'video', accountId: null }],
    ['https://www.tiktok.com/@gobmun', { platform: 'tiktok', kind: 'profile', accountId: 'gobmun' }],
    ['https://play.google.com/store/apps/details?id=mx.gob.municipio.app', { platform: 'google-play', kind: 'app', accountId: 'mx.gob.municipio.app' }],
    ['https://apps.apple.com/mx/app/municipio/id123456789', { platform: 'app-store', kind: 'app', accountId: '123456789' }],
    ['https://itunes.apple.com/mx/app/municipio/id987?mt=8', { platform: 'app-store', kind: 'app', accountId: '987' }],
    ['https://wa.me/?text=Mira%20esto', { platform: 'whatsapp', kind: 'share', accountId: null }],
    ['https://api.whatsapp.com/send?text=hola', { platform: 'whatsapp', kind: 'share', accountId: null }],
    ['https://wa.me/5213312345678', { platform: 'whatsapp', kind: 'profile', accountId: '5213312345678' }],
    ['https://www.linkedin.com/shareArticle?mini=true&url=x', { platform: 'linkedin', kind: 'share', accountId: null }],
    ['https://www.addtoany.com/add_to/facebook?linkurl=x', { platform: 'facebook', kind: 'share', accountId: null }],
    ['https://www.municipio.gob.mx/facebook', null],
  ];
  it.each(cases)('%s', (url, expected) => {
    expect(classifySocialUrl(url)).toEqual(expected);
  });
});
