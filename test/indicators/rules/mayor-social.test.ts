import { HOME, SITE, buildArtifacts, page, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { BASE_MENU, HOME_MAIN, followIcons, site } from '../html-fixtures.ts';

const MAYOR_MENU = [...BASE_MENU.slice(0, 2), { text: 'Presidente Municipal', href: '/presidente-municipal' }, ...BASE_MENU.slice(2)];
const GOVERNMENT_ICONS = followIcons({ facebook: 'GobiernoTlajomulco', twitter: 'TlajomulcoGob' });
const mayorProfile = (extra: string) => `
            <h1 class="entry-title">Presidente Municipal</h1>
            <p>Alberto Uribe Camacho es Presidente Municipal de Tlajomulco de Zúñiga para el periodo 2015-2018. Es licenciado en Derecho por la Universidad de Guadalajara.</p>
            ${extra}`;
const MAYOR_ACCOUNTS = `<p class="redes-presidente">Sigue al Presidente Municipal en sus redes: <a href="https://www.facebook.com/AlbertoUribeC/">Facebook</a> · <a href="https://twitter.com/AlbertoUribeC">Twitter</a></p>`;
/** The government's page plugin embedded on the mayor's page. */
const GOVERNMENT_PLUGIN = `<div class="fb-page" data-href="https://www.facebook.com/GobiernoTlajomulco/" data-tabs="timeline" data-width="500"><blockquote cite="https://www.facebook.com/GobiernoTlajomulco/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/GobiernoTlajomulco/">Gobierno Municipal de Tlajomulco</a></blockquote></div>`;

const government = socialLink();
const mayorPage = page({ url: `${SITE}/presidente`, title: 'Presidente Municipal', headings: ['Mensaje del Presidente Municipal'] });

runIndicatorCases('mayor-social', [
  {
    name: 'pass: the mayor’s Twitter next to “Presidenta Municipal”',
    expected: 'pass',
    artifacts: buildArtifacts({
      socialLinks: [government, socialLink({ platform: 'twitter', accountId: 'MariaLopezMx', href: 'https://twitter.com/MariaLopezMx', contextText: 'María López, presidenta municipal', region: 'main' })],
    }),
  },
  {
    name: 'pass: a profile in the body of the mayor’s page',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [mayorPage],
      socialLinks: [government, socialLink({ pageUrl: mayorPage.url, href: 'https://www.facebook.com/JuanPerezOficial/', accountId: 'JuanPerezOficial', contextText: 'Sígueme', region: 'main', selector: 'main p a' })],
    }),
  },
  {
    name: 'decoy: the government’s account in the footer of the mayor’s page',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [mayorPage], socialLinks: [government, socialLink({ pageUrl: mayorPage.url })] }),
  },
  {
    name: 'decoy: the government page is named “Presidencia Municipal” / “Alcaldía”',
    expected: 'fail',
    artifacts: buildArtifacts({
      socialLinks: [socialLink({ contextText: 'Presidencia Municipal de Zapopan' }), socialLink({ platform: 'twitter', accountId: 'AlcCuauhtemocMx', contextText: 'Alcaldía Cuauhtémoc' })],
    }),
  },
  {
    name: 'decoy: the mayor context repeats the government’s own account',
    expected: 'fail',
    reason: /las únicas cuentas cercanas a él son las del propio gobierno municipal/,
    reasonId: 'mayor-social.only-government-accounts',
    artifacts: buildArtifacts({ socialLinks: [government, socialLink({ contextText: 'El alcalde invita a seguir al Gobierno Municipal', region: 'main' })] }),
  },
  {
    name: 'decoy: the government’s icons in the menu bar beside an “Alcalde” menu item',
    expected: 'fail',
    artifacts: buildArtifacts({
      socialLinks: [socialLink({ text: 'Facebook', contextText: 'Inicio Alcalde Transparencia Reporte Ciudadano', region: 'nav' })],
    }),
  },
  {
    name: 'pass: the footer’s bare Twitter icon leads to the account the mayor’s page presents as hers',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [mayorPage],
      socialLinks: [
        socialLink({ platform: 'twitter', href: 'https://twitter.com/KarlaFiesco', accountId: 'KarlaFiesco', text: 'Twitter', selector: 'footer p.redes a' }),
        socialLink({ pageUrl: mayorPage.url, platform: 'twitter', href: 'https://twitter.com/KarlaFiesco', accountId: 'KarlaFiesco', text: 'Twitter: @KarlaFiesco', contextText: 'Facebook: Karla Fiesco · Twitter: @KarlaFiesco', region: 'main', selector: 'main p a' }),
      ],
    }),
  },
  {
    name: 'decoy: the ayuntamiento’s page in the left column of a table layout, beside the menu’s “Presidente Municipal”',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [mayorPage],
      socialLinks: [HOME, mayorPage.url].map((pageUrl) =>
        socialLink({
          pageUrl,
          href: 'https://www.facebook.com/AyuntamientoZitacuaro',
          accountId: 'AyuntamientoZitacuaro',
          text: 'Síguenos en Facebook',
          contextText: 'Inicio Ayuntamiento Presidente Municipal Transparencia Noticias Contacto',
          region: 'unknown',
          selector: 'table > tbody > tr:nth-of-type(3) > td:nth-of-type(1) > p > a',
        }),
      ),
    }),
  },
  { name: 'fail: no social links', expected: 'fail', artifacts: buildArtifacts() },
  {
    name: 'pass: html — the “Presidente Municipal” page links his own Facebook and Twitter',
    expected: 'pass',
    html: site('wordpress', { '/': { title: 'Inicio', main: HOME_MAIN }, '/presidente-municipal': { title: 'Presidente Municipal', main: mayorProfile(MAYOR_ACCOUNTS) } }, { menu: MAYOR_MENU, footer: GOVERNMENT_ICONS }),
  },
  {
    name: 'decoy: html — the mayor’s page embeds the government’s Facebook page plugin; the footer icons are the government’s',
    expected: 'fail',
    reasonId: 'mayor-social.only-government-accounts',
    html: site('bootstrap', { '/': { title: 'Inicio', main: HOME_MAIN }, '/presidente-municipal': { title: 'Presidente Municipal', main: mayorProfile(GOVERNMENT_PLUGIN) } }, { menu: MAYOR_MENU, footer: GOVERNMENT_ICONS }),
  },
]);
