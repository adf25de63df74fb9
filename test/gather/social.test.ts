import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { page } from './helpers.ts';

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
