import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { page } from './helpers.ts';

describe('posts', () => {
  it('reads dated posts and replies from an embedded timeline', () => {
    const body = `<div class="twitter-timeline" data-href="https://twitter.com/GobMun">
      <article class="tweet"><p>Arrancan obras en la colonia Centro</p><time datetime="2016-05-09T10:00:00-05:00">9 may.</time></article>
      <article class="tweet reply"><p>@vecino ya enviamos una cuadrilla</p><time datetime="2016-05-08T18:00:00-05:00">8 may.</time></article>
      <article class="tweet"><p>Sin fecha</p></article>
    </div>`;
    const { posts } = gatherArtifacts(page(body));
    expect(posts.map((p) => [p.platform, p.accountId, p.postedAt, p.isReplyToCitizen])).toEqual([
      ['twitter', 'GobMun', '2016-05-09', false],
      ['twitter', 'GobMun', '2016-05-08', true],
    ]);
  });

  it('gives a post the timeline shows but another account wrote (a retweeted citizen) to that account', () => {
    const body = `<div class="twitter-timeline" data-screen-name="TlajomulcoGob"><ol>
      <li class="timeline-tweet"><span class="retweet-credit">Retwitteado por Gobierno de Tlajomulco</span>
        <a class="author" href="https://twitter.com/vecina_chulavista">Vecina Chulavista</a>
        <p>@TlajomulcoGob la luminaria de la calle Pinos sigue apagada</p>
        <a href="https://twitter.com/vecina_chulavista/status/732214000000000001"><time datetime="2016-05-18T09:00:00-05:00">18 may.</time></a></li>
      <li class="timeline-tweet"><a class="author" href="https://twitter.com/TlajomulcoGob">Gobierno de Tlajomulco</a>
        <p>@vecina_chulavista ya la reportamos a Alumbrado Público</p>
        <a href="https://twitter.com/TlajomulcoGob/status/732214000000000002"><time datetime="2016-05-18T11:00:00-05:00">18 may.</time></a></li></ol></div>`;
    expect(gatherArtifacts(page(body)).posts.map((p) => [p.accountId, p.isReplyToCitizen])).toEqual([
      ['vecina_chulavista', true],
      ['TlajomulcoGob', true],
    ]);
  });

  it('reads a timeline the portal renders itself: a list of tweets, each with its permalink and a date', () => {
    const body = `<aside class="widget"><h3>Últimos tweets</h3><ul class="tweets">
      <li><a href="https://twitter.com/TlajomulcoGob" class="user">@TlajomulcoGob</a> Arranca la campaña de descacharrización en la colonia
        <a href="https://twitter.com/vecino_lomas">@vecino_lomas</a> y Lomas del Sur <a href="https://twitter.com/TlajomulcoGob/status/731900000000000001">1 may. 2016</a></li>
      <li><span>En respuesta a @vecina_chulavista</span> Ya enviamos una cuadrilla a revisar la luminaria
        <a href="https://twitter.com/TlajomulcoGob/status/731900000000000002"><time datetime="2016-05-17T12:00:00-05:00">17 may.</time></a></li>
      <li>Sesión de Cabildo hoy a las 11 h <a href="https://twitter.com/TlajomulcoGob/status/731900000000000003">hace 3 días</a></li>
    </ul></aside>`;
    const site = page(body);
    site.pages[0]!.fetchedAt = '2016-05-20T12:00:00.000Z';
    const { posts, socialLinks } = gatherArtifacts(site);
    expect(posts.map((p) => [p.platform, p.accountId, p.postedAt, p.isReplyToCitizen])).toEqual([
      ['twitter', 'TlajomulcoGob', '2016-05-01', false],
      ['twitter', 'TlajomulcoGob', '2016-05-17', true],
      ['twitter', 'TlajomulcoGob', '2016-05-17', false],
    ]);
    // The citizen mentioned in a post is the post's content, not an account the portal links.
    expect(socialLinks.filter((l) => l.kind === 'profile').map((l) => l.accountId)).toEqual(['TlajomulcoGob']);
  });

  it('counts "hace N días" from the server’s clock (Date header), or the archive’s capture time, not from when Mirador fetched', () => {
    const body = `<aside class="widget facebook"><h2>Síguenos</h2><ul>
      <li><p><strong>Gobierno de El Mante</strong>: Recuerda que el pago del predial tiene 10 % de descuento.</p><a class="fecha" href="https://www.facebook.com/GobElMante/posts/772177248281483517">hace 2 días</a></li>
      <li><p class="respuesta"><strong>Gobierno de El Mante</strong> respondió a <a href="https://www.facebook.com/marisol_lp">Marisol</a>: el camión recolector pasa los lunes y jueves.</p><a class="fecha" href="https://www.facebook.com/GobElMante/posts/713849542483446756">hace 4 días</a></li>
    </ul></aside>`;
    const served = page(body);
    served.pages[0]!.fetchedAt = '2026-12-02T03:00:00.000Z';
    served.pages[0]!.headers = { Date: 'Fri, 20 May 2016 10:00:00 GMT' };
    expect(gatherArtifacts(served).posts.map((p) => [p.accountId, p.postedAt, p.isReplyToCitizen])).toEqual([
      ['GobElMante', '2016-05-18', false],
      ['GobElMante', '2016-05-16', true],
    ]);
    const replayed = page(body);
    replayed.pages[0]!.fetchedAt = '2026-12-02T03:00:00.000Z';
    replayed.pages[0]!.headers = { Date: 'Wed, 02 Dec 2026 03:00:00 GMT' };
    replayed.pages[0]!.archived = { url: 'https://web.archive.org/web/20160520100000/http://www.elmante.gob.mx/', timestamp: '20160520100000' };
    expect(gatherArtifacts(replayed).posts.map((p) => p.postedAt)).toEqual(['2016-05-18', '2016-05-16']);
  });

  it('does not take a news list for posts: a date needs a status permalink beside it', () => {
    const body = `<ul class="noticias"><li><a href="/noticias/obra-1">Inauguran obra</a> 1 may. 2016</li>
      <li><a href="https://twitter.com/TlajomulcoGob">Síguenos</a> 2 may. 2016</li></ul>`;
    expect(gatherArtifacts(page(body)).posts).toEqual([]);
  });

  it('reads a facebook page feed with Spanish dates and "En respuesta a"', () => {
    const body = `<div class="fb-page" data-href="https://www.facebook.com/GobMun"><div class="post">
      <span>En respuesta a @Juan: el trámite es gratuito</span><span>3 de mayo de 2016</span></div></div>`;
    expect(gatherArtifacts(page(body)).posts).toEqual([
      expect.objectContaining({ platform: 'facebook', accountId: 'GobMun', postedAt: '2016-05-03', isReplyToCitizen: true }),
    ]);
  });

  it('reads a standard twitter embed (English date in the permalink)', () => {
    const body = `<blockquote class="twitter-tweet"><p lang="es">Sesión de cabildo abierto hoy</p>&mdash; Gobierno (@GobMun)
      <a href="https://twitter.com/GobMun/status/123?ref_src=twsrc%5Etfw">March 16, 2017</a></blockquote>`;
    expect(gatherArtifacts(page(body)).posts).toEqual([
      expect.objectContaining({ platform: 'twitter', accountId: 'GobMun', postedAt: '2017-03-16', isReplyToCitizen: false }),
    ]);
  });

  it('takes platform and account from the post author’s profile link (a rendered widget), not from a mention', () => {
    const body = `<aside class="timeline" data-timeline><h2>Últimas publicaciones en Twitter de @XalapaAyto</h2>
      <article class="post"><a href="https://twitter.com/XalapaAyto" class="author">@XalapaAyto</a> <time datetime="2016-05-17">17 de mayo</time><p>La calle Enríquez será peatonal</p></article>
      <article class="post reply"><time datetime="2016-05-05">5 de mayo</time><p><a href="https://twitter.com/vecino_xal">@vecino_xal</a> la fuga ya fue atendida</p></article>
    </aside>`;
    expect(gatherArtifacts(page(body)).posts.map((p) => [p.platform, p.accountId, p.postedAt])).toEqual([['twitter', 'XalapaAyto', '2016-05-17']]);
  });
});
