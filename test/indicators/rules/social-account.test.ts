import { HOME, SITE, buildArtifacts, page, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { HOME_MAIN, followIcons, site, url } from '../html-fixtures.ts';

const NEWS_URL = encodeURIComponent(url('/noticias/arranca-programa-de-bacheo-en-40-colonias'));
/** Share buttons under a news teaser. */
const SHARE_BUTTONS = `
            <div class="compartir">Compartir:
              <a href="https://www.facebook.com/sharer/sharer.php?u=${NEWS_URL}" title="Compartir en Facebook"><i class="fa fa-facebook"></i></a>
              <a href="https://twitter.com/intent/tweet?url=${NEWS_URL}&amp;text=Arranca%20programa%20de%20bacheo" title="Compartir en Twitter"><i class="fa fa-twitter"></i></a>
            </div>`;
/** The State's box in the sidebar. */
const STATE_BOX = `
          <div class="widget gobierno-estado"><h3 class="widget-title">Gobierno del Estado de Jalisco</h3>
            <p>Sigue al Gobierno del Estado: <a href="https://twitter.com/GobiernoJalisco">@GobiernoJalisco</a></p>
          </div>`;
/** Template leftovers: "#", javascript:void(0) and a bare youtube.com. */
const PLACEHOLDER_ICONS = `
        <a href="#" title="Facebook"><i class="fa fa-facebook"></i></a>
        <a href="javascript:void(0)" title="Twitter"><i class="fa fa-twitter"></i></a>
        <a href="https://www.youtube.com" title="YouTube"><i class="fa fa-youtube"></i></a>`;

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
  {
    name: 'pass: html — WordPress footer “Síguenos” icons to the government’s Facebook page and Twitter account',
    expected: 'pass',
    html: site('wordpress', { '/': { title: 'Inicio', main: HOME_MAIN } }, { footer: followIcons({ facebook: 'GobiernoTlajomulco', twitter: 'TlajomulcoGob' }) }),
  },
  {
    name: 'decoy: html — share buttons, the State’s @GobiernoJalisco box and placeholder icons (“#”, javascript:void(0), bare youtube.com)',
    expected: 'fail',
    reasonId: 'social-account.no-government-account',
    html: site('wordpress', { '/': { title: 'Inicio', main: `${HOME_MAIN}${SHARE_BUTTONS}`, aside: STATE_BOX } }, { footer: PLACEHOLDER_ICONS }),
  },
]);
