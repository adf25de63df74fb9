import { HOME, SITE, buildArtifacts, page, runIndicatorCases, socialLink } from '../build-artifacts.ts';

runIndicatorCases('social-account', [
  { name: 'pass: the government’s Facebook page in the footer', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [socialLink()] }) },
  {
    name: 'pass: a YouTube channel of the ayuntamiento',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'channel', accountId: 'UCabc123', href: 'https://www.youtube.com/channel/UCabc123' })] }),
  },
  {
    name: 'decoy: share buttons only',
    expected: 'fail',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ kind: 'share', accountId: null, href: 'https://www.facebook.com/sharer/sharer.php?u=x' })] }),
  },
  {
    name: 'decoy: a bare youtube.com placeholder',
    expected: 'fail',
    artifacts: buildArtifacts({ socialLinks: [socialLink({ platform: 'youtube', kind: 'profile', accountId: null, href: 'https://www.youtube.com' })] }),
  },
  {
    name: 'decoy: only the mayor’s account',
    expected: 'fail',
    reason: /cuenta de \w+ \(del presidente municipal\)/,
    artifacts: buildArtifacts({ socialLinks: [socialLink({ accountId: 'JuanPerezAlcalde', contextText: 'Síguenos al Presidente Municipal Juan Pérez', region: 'main' })] }),
  },
  {
    name: 'pass: “Síguenos en Facebook” to the ayuntamiento’s page in a table layout’s menu column (even on the mayor’s page)',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [page({ url: `${SITE}/presidente.php`, title: 'Presidente Municipal' })],
      socialLinks: [HOME, `${SITE}/presidente.php`].map((pageUrl) =>
        socialLink({
          pageUrl,
          href: 'https://www.facebook.com/AyuntamientoZitacuaro',
          accountId: 'AyuntamientoZitacuaro',
          text: 'Síguenos en Facebook',
          contextText: 'Inicio Ayuntamiento Presidente Municipal Transparencia Noticias Contacto',
          region: 'unknown',
          selector: 'table td:nth-of-type(1) > p > a',
        }),
      ),
    }),
  },
  {
    name: 'decoy: the State government’s accounts in a home box “Gobierno del Estado de México”',
    expected: 'fail',
    artifacts: buildArtifacts({
      socialLinks: [
        socialLink({ platform: 'twitter', href: 'https://twitter.com/Edomex', accountId: 'Edomex', text: 'Twitter @Edomex', contextText: 'Entérate de las acciones del Gobierno del Estado de México en sus redes', region: 'main', selector: 'main p a' }),
        socialLink({ href: 'https://www.facebook.com/GobiernoEdomex/', accountId: 'GobiernoEdomex', text: 'Facebook Gobierno del Estado de México', region: 'main', selector: 'main p a:nth-of-type(2)' }),
      ],
    }),
  },
  {
    name: 'decoy: the footer’s bare Twitter icon leads to the mayor’s personal account',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [page({ url: `${SITE}/presidenta-municipal`, title: 'Presidenta Municipal' })],
      socialLinks: [
        socialLink({ platform: 'twitter', href: 'https://twitter.com/KarlaFiesco', accountId: 'KarlaFiesco', text: 'Twitter', selector: 'footer p.redes a' }),
        socialLink({ pageUrl: `${SITE}/presidenta-municipal`, platform: 'twitter', href: 'https://twitter.com/KarlaFiesco', accountId: 'KarlaFiesco', text: 'Twitter: @KarlaFiesco', region: 'main', selector: 'main p a' }),
      ],
    }),
  },
  { name: 'fail: no social links', expected: 'fail', artifacts: buildArtifacts() },
]);
