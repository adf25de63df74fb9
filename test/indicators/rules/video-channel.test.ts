import { buildArtifacts, link, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { HOME_MAIN, followIcons, site } from '../html-fixtures.ts';

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
