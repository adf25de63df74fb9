import { buildArtifacts, link, runIndicatorCases, socialLink } from '../build-artifacts.ts';

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
]);
