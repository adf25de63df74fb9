import type { VideoPlayerArtifact } from '../../../src/gather/artifacts.ts';
import { SITE, buildArtifacts, link, page, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { BASE_MENU, HOME_MAIN, followIcons, site, url } from '../html-fixtures.ts';

const player = (partial: Partial<VideoPlayerArtifact> = {}): VideoPlayerArtifact => ({
  src: 'https://cdn.municipio.gob.mx/hls/cabildo/playlist.m3u8',
  source: 'hls',
  caption: '',
  contextText: '',
  region: 'main',
  selector: 'video',
  ...partial,
});

const FOLLOW = followIcons({ facebook: 'GobiernoTlajomulco', twitter: 'TlajomulcoGob' });
const MENU = [...BASE_MENU.slice(0, 2), { text: 'Cabildo en vivo', href: '/cabildo-en-vivo' }, ...BASE_MENU.slice(2)];

/** WordPress page with a video.js player of the council's HLS stream. */
const HLS_SESSIONS = `
            <h1 class="entry-title">Transmisión en vivo de las sesiones de Cabildo</h1>
            <p>Las sesiones ordinarias se celebran el segundo jueves de cada mes a las 10:00 horas.</p>
            <video id="cabildo-live" class="video-js vjs-default-skin" controls preload="auto" width="640" height="360" data-setup="{}">
              <source src="https://streaming.tlajomulco.gob.mx:1935/live/cabildo/playlist.m3u8" type="application/x-mpegURL">
              <p class="vjs-no-js">Para ver este video activa JavaScript.</p>
            </video>
            <script src="${url('/wp-content/plugins/videojs/video.min.js')}"></script>`;
/** Bootstrap page with a Dacast player in a panel; the heading is the panel's. */
const DACAST_SESSIONS = `
        <div class="panel panel-default">
          <div class="panel-heading"><h3 class="panel-title">Sesiones de Cabildo en vivo</h3></div>
          <div class="panel-body"><div class="embed-responsive embed-responsive-16by9">
            <iframe class="embed-responsive-item" src="https://iframe.dacast.com/b/91234/c/456789" frameborder="0" scrolling="no" allowfullscreen></iframe>
          </div></div>
        </div>
        <p>Consulta el calendario de sesiones en Gobierno &gt; Cabildo.</p>`;
/** Table layout: the Facebook video plugin showing the page's live video. */
const FACEBOOK_LIVE = `
      <p class="titulo">Sesión Solemne de Cabildo — Informe de Gobierno</p>
      <iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FGobiernoTlajomulco%2Fvideos%2F1017263548%2F&show_text=0&width=560" width="560" height="315" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe>`;
/** A news article with an MP4 clip that says nothing of whose it is, below the home's moving background. */
const NEWS_CLIP = `
            <h1 class="entry-title">Arranca programa de bacheo en 40 colonias</h1>
            <p>Las cuadrillas de Obras Públicas trabajarán de lunes a sábado en las principales vialidades.</p>
            <video src="${url('/wp-content/uploads/2016/05/bacheo-colonias.mp4')}" controls width="640"></video>`;
const HERO_BACKGROUND = `
            <div class="hero"><video autoplay muted loop playsinline poster="${url('/img/fondo.jpg')}"><source src="${url('/video/fondo-tlajomulco.mp4')}" type="video/mp4"></video>
              <h2>Bienvenidos al H. Ayuntamiento de Tlajomulco</h2></div>${HOME_MAIN}`;
/** A Bootstrap sidebar relaying the State Congress's live stream. */
const CONGRESS_STREAM = `
        <h1>Noticias</h1>
        <p>Consulta las noticias del municipio.</p>`;
const CONGRESS_ASIDE = `
        <div class="widget"><h4>Transmisión en vivo del Congreso del Estado de Jalisco</h4>
          <iframe src="https://congresojal.streamlock.net/live/sesion/playlist.m3u8" width="300" height="170"></iframe></div>`;

/** A news teaser embedding the State's campaign spot. */
const STATE_SPOT = `
            <article class="noticia"><h2>Arranca campaña de vacunación</h2><p>El Gobierno del Estado presentó la campaña en la región.</p>
              <figure><iframe width="560" height="315" src="https://www.youtube.com/embed/Xy12AbCdE9k" title="Video: Gobierno del Estado de Jalisco" frameborder="0" allowfullscreen></iframe><figcaption>Video: Gobierno del Estado de Jalisco</figcaption></figure>
            </article>`;

runIndicatorCases('video-channel', [
  {
    name: 'pass: YouTube channel',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'channel', accountId: 'UCxyz', href: 'https://www.youtube.com/channel/UCxyz' })] }),
  },
  {
    name: 'pass: embedded live stream of the council session',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'video', accountId: null, embedded: true, href: 'https://www.youtube.com/embed/live_stream?channel=UCxyz' })] }),
  },
  {
    name: 'pass: “Sesiones de cabildo en vivo” to Facebook live',
    expected: 'pass',
    artifacts: buildArtifacts({ links: [link({ text: 'Sesiones de Cabildo en vivo', href: 'https://www.facebook.com/GobiernoMunicipio/live', external: true })] }),
  },
  {
    name: 'decoy: bare https://www.youtube.com',
    expected: 'fail',
    reason: /1 enlace a una plataforma de video no nombra ningún canal/,
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'profile', accountId: null, href: 'https://www.youtube.com' })] }),
  },
  { name: 'decoy: “En vivo” link to a news page on the site', expected: 'fail', artifacts: buildArtifacts({ links: [link({ text: 'En vivo', href: 'https://www.municipio.gob.mx/noticias/en-vivo' })] }) },
  {
    name: 'pass: an embedded video captioned as the ayuntamiento’s',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'video', accountId: null, embedded: true, href: 'https://www.youtube.com/embed/abc', text: 'Informe de gobierno', contextText: 'Video: H. Ayuntamiento de Zapopan', region: 'main' })] }),
  },
  {
    name: 'decoy: a news article embeds the State government’s campaign spot',
    expected: 'fail',
    artifacts: buildArtifacts({
      socialLinks: [socialLink({ platform: 'youtube', kind: 'video', accountId: null, embedded: true, href: 'https://www.youtube.com/embed/Qm7xZ0edomex', text: 'Spot «Mexiquense, denuncia» — Gobierno del Estado de México', contextText: 'Video: Gobierno del Estado de México.', region: 'main' })],
    }),
  },
  {
    name: 'decoy: an embedded video that says nothing of whose it is',
    expected: 'fail',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'video', accountId: null, embedded: true, href: 'https://www.youtube.com/embed/xyz', text: '', contextText: 'Mira el video', region: 'main' })] }),
  },
  { name: 'fail: nothing video', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [socialLink()] }) },
  {
    name: 'pass: an HLS player under “Transmisión en vivo de las sesiones de Cabildo”',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [page({ url: `${SITE}/cabildo`, videoPlayers: [player({ caption: 'Transmisión en vivo de las sesiones de Cabildo' })] })] }),
  },
  {
    name: 'pass: a Wowza stream whose surrounding text says it is the council session live',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [page({ videoPlayers: [player({ source: 'wowza', src: 'https://wowza.municipio.gob.mx/live/embed', caption: 'Inicio', contextText: 'Sigue la sesión ordinaria de Cabildo en vivo' })] })] }),
  },
  {
    name: 'decoy: an MP4 clip that says nothing of whose it is',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [page({ videoPlayers: [player({ source: 'mp4', src: `${SITE}/videos/spot-predial.mp4`, caption: 'Paga tu predial 2016', contextText: 'Paga tu predial 2016 Descuento del 15 % en enero' })] })] }),
  },
  {
    name: 'decoy: another government’s live stream (“Transmisión en vivo del Congreso del Estado”)',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [page({ videoPlayers: [player({ source: 'ibm-video', src: 'https://video.ibm.com/embed/1234', caption: 'Transmisión en vivo del Congreso del Estado' })] })] }),
  },
  {
    name: 'pass: html — WordPress page with a video.js HLS player of “Transmisión en vivo de las sesiones de Cabildo”',
    expected: 'pass',
    html: site('wordpress', { '/': { title: 'Inicio', main: HOME_MAIN }, '/cabildo-en-vivo': { title: 'Cabildo en vivo', main: HLS_SESSIONS } }, { menu: MENU, footer: FOLLOW }),
  },
  {
    name: 'pass: html — Bootstrap panel “Sesiones de Cabildo en vivo” with a Dacast player',
    expected: 'pass',
    html: site('bootstrap', { '/': { title: 'Inicio', main: HOME_MAIN }, '/cabildo-en-vivo': { title: 'Cabildo en vivo', main: DACAST_SESSIONS } }, { menu: MENU, footer: FOLLOW }),
  },
  {
    name: 'pass: html — table layout, Facebook’s video plugin under “Sesión Solemne de Cabildo”',
    expected: 'pass',
    html: site('table', { '/': { title: 'Inicio', main: HOME_MAIN }, '/cabildo-en-vivo': { title: 'Cabildo en vivo', main: FACEBOOK_LIVE } }, { menu: MENU }),
  },
  {
    name: 'decoy: html — WordPress home with a moving background video and a news article with an unattributed MP4 clip',
    expected: 'fail',
    reasonId: 'video-channel.no-video',
    html: site('wordpress', { '/': { title: 'Inicio', main: HERO_BACKGROUND }, '/noticias/arranca-programa-de-bacheo': { title: 'Arranca programa de bacheo', main: NEWS_CLIP } }, { footer: FOLLOW }),
  },
  {
    name: 'decoy: html — Bootstrap sidebar relaying the State Congress’s live stream',
    expected: 'fail',
    reasonId: 'video-channel.no-video',
    html: site('bootstrap', { '/': { title: 'Inicio', main: HOME_MAIN }, '/noticias': { title: 'Noticias', main: CONGRESS_STREAM, aside: CONGRESS_ASIDE } }, { footer: FOLLOW }),
  },
  {
    name: 'pass: html — Bootstrap footer icon to the government’s YouTube channel (/user/TlajomulcoGobierno)',
    expected: 'pass',
    html: site('bootstrap', { '/': { title: 'Inicio', main: HOME_MAIN } }, { footer: followIcons({ facebook: 'GobiernoTlajomulco', youtube: 'https://www.youtube.com/user/TlajomulcoGobierno' }) }),
  },
  {
    name: 'decoy: html — a bare https://www.youtube.com icon and the State’s campaign spot embedded in a news teaser',
    expected: 'fail',
    reasonId: 'video-channel.no-video-bare',
    html: site('wordpress', { '/': { title: 'Inicio', main: `${HOME_MAIN}${STATE_SPOT}` } }, { footer: followIcons({ facebook: 'GobiernoTlajomulco', twitter: 'TlajomulcoGob', youtube: 'https://www.youtube.com' }) }),
  },
]);
