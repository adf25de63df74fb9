import { HOME, SITE, buildArtifacts, page, runIndicatorCases, socialLink } from '../build-artifacts.ts';

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
]);
