import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { classifySocialUrl } from '../../src/gather/social.ts';
import { page } from './helpers.ts';

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

describe('social links on pages', () => {
  it('tells share buttons from profiles and reads the mayor context', () => {
    const body = `
      <header><ul class="social"><li><a href="https://www.facebook.com/GobMun"><i class="fa fa-facebook"></i></a></li></ul></header>
      <main>
        <div class="card"><h3>Presidenta Municipal</h3><p>María López</p>
          <ul><li><a href="https://twitter.com/MariaLopezAlc">Twitter</a></li></ul></div>
        <div class="compartir">Compartir: <a href="https://www.facebook.com/sharer.php?u=x">f</a></div>
      </main>`;
    const { socialLinks } = gatherArtifacts(page(body));
    expect(socialLinks.map((s) => [s.platform, s.kind, s.accountId, s.region])).toEqual([
      ['facebook', 'profile', 'GobMun', 'header'],
      ['twitter', 'profile', 'MariaLopezAlc', 'main'],
      ['facebook', 'share', null, 'main'],
    ]);
    expect(socialLinks[1]!.contextText).toContain('Presidenta Municipal');
    expect(socialLinks[1]!.embedded).toBe(false);
  });

  it('leaves out mentions and commenters inside embedded posts: they are the post’s content, not the portal’s links', () => {
    const body = `
      <blockquote class="twitter-tweet"><p><a href="https://twitter.com/jorge_izcalli">@jorge_izcalli</a> Hola Jorge, tu trámite…</p>
        &mdash; Gobierno del Edoméx (@Edomex) <a href="https://twitter.com/Edomex/status/732688120954961920">18 de mayo de 2016</a></blockquote>
      <div class="fb-page" data-href="https://www.facebook.com/AyuntamientoDeCentro/"><blockquote cite="https://www.facebook.com/AyuntamientoDeCentro/">
        <a href="https://www.facebook.com/AyuntamientoDeCentro/">H. Ayuntamiento de Centro</a>
        <div class="comment"><a href="https://www.facebook.com/maria.lopez.vhsa">María López</a> ¿Y el descuento?</div></blockquote></div>
      <div class="twitter-timeline" data-account="TlajomulcoGob"><article class="post"><a class="author" href="https://twitter.com/TlajomulcoGob">@TlajomulcoGob</a><p>Jornada de vacunación</p></article></div>`;
    const accounts = gatherArtifacts(page(body)).socialLinks.filter((s) => s.kind === 'profile').map((s) => s.accountId);
    expect(accounts).not.toContain('jorge_izcalli');
    expect(accounts).not.toContain('maria.lopez.vhsa');
    expect(accounts).toEqual(expect.arrayContaining(['AyuntamientoDeCentro', 'TlajomulcoGob']));
  });

  it('reads embeds: iframes, fb-page and twitter-timeline markup', () => {
    const body = `
      <iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FGobMun"></iframe>
      <iframe src="https://www.youtube.com/embed/live_stream?channel=UCxyz"></iframe>
      <div class="fb-page" data-href="https://www.facebook.com/OtraPagina"></div>
      <a class="twitter-timeline" href="https://twitter.com/gobmun">Tweets by gobmun</a>`;
    const { socialLinks } = gatherArtifacts(page(body));
    expect(socialLinks.map((s) => [s.platform, s.kind, s.accountId, s.embedded])).toEqual([
      ['twitter', 'profile', 'gobmun', true],
      ['facebook', 'profile', 'GobMun', true],
      ['youtube', 'video', 'UCxyz', true],
      ['facebook', 'profile', 'OtraPagina', true],
    ]);
  });
});
