import { HOME, SITE, buildArtifacts, form, homePage, link, page, runIndicatorCases, searchForm, socialLink } from '../build-artifacts.ts';

const contactPage = page({ url: `${SITE}/contacto`, depth: 1, title: 'Contacto' });
const deepPage = page({ url: `${SITE}/servicios/tramites/contacto`, depth: 3, title: 'Contacto' });

runIndicatorCases('contact-tool-home', [
  { name: 'pass: contact form on the home page', expected: 'pass', artifacts: buildArtifacts({ pages: [homePage()], forms: [form()] }) },
  {
    name: 'pass: “Reporte ciudadano” link to a page with a report form',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [homePage(), contactPage],
      links: [link({ text: 'Reporte ciudadano', href: `${SITE}/contacto` })],
      forms: [form({ pageUrl: `${SITE}/contacto`, purposeText: 'Reporta un bache Describe el problema Enviar' })],
    }),
  },
  {
    name: 'pass: WhatsApp citizen-service line on the home page',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [homePage()], socialLinks: [socialLink({ platform: 'whatsapp', href: 'https://wa.me/523312345678', accountId: '523312345678' })] }),
  },
  {
    name: 'fail: only a mailto: and a phone on the home page',
    expected: 'fail',
    reason: /solo 2 enlaces mailto:\/tel:, que no cuentan/,
    reasonId: 'contact-tool-home.no-tool-bare-contacts',
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [link({ text: 'contacto@municipio.gob.mx', href: 'mailto:contacto@municipio.gob.mx' }), link({ text: '33 3283 4400', href: 'tel:3332834400' })],
    }),
  },
  { name: 'decoy: a search form is not a contact form', expected: 'fail', artifacts: buildArtifacts({ pages: [homePage()], forms: [searchForm()] }) },
  {
    name: 'decoy: newsletter sign-up with a free-text e-mail field',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [homePage()], forms: [form({ purposeText: 'Suscríbete a nuestro boletín Correo Enviar', fields: [{ tag: 'input', type: 'email', name: 'email', label: 'Correo' }] })] }),
  },
  {
    name: 'decoy: a contact form three clicks away',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [homePage(), deepPage], forms: [form({ pageUrl: deepPage.url })] }),
  },
  {
    name: 'unknown: “Quejas y denuncias” links to a page that was not fetched',
    expected: 'unknown',
    artifacts: buildArtifacts({ pages: [homePage()], links: [link({ pageUrl: HOME, text: 'Quejas y denuncias', href: 'https://quejas.municipio.gob.mx/' })] }),
  },
  {
    name: 'decoy: “Quejas y Sugerencias” leads to a page that answers 404 (a dead link is no channel)',
    expected: 'fail',
    reason: /enlaza a “Quejas y Sugerencias”, pero esa página no existe/,
    reasonId: 'contact-tool-home.no-tool-dead-links',
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [link({ pageUrl: HOME, text: 'Quejas y Sugerencias', href: `${SITE}/quejas.htm` }), link({ text: 'Contacto', href: 'mailto:contacto@municipio.gob.mx' })],
      failedPages: [{ url: `${SITE}/quejas.htm`, status: 404, errorKind: 'http', gone: true }],
    }),
  },
  {
    name: 'unknown: “Buzón ciudadano” timed out or answered 500 (not known to be dead)',
    expected: 'unknown',
    reasonId: 'contact-tool-home.no-tool-unvisited',
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [link({ pageUrl: HOME, text: 'Buzón ciudadano', href: `${SITE}/buzon` }), link({ pageUrl: HOME, text: 'Quejas y denuncias', href: `${SITE}/quejas` })],
      failedPages: [
        { url: `${SITE}/buzon`, status: null, errorKind: 'timeout', gone: false },
        { url: `${SITE}/quejas`, status: 500, errorKind: 'http', gone: false },
      ],
    }),
  },
  {
    name: 'pass: a dead “Quejas” link does not hide a working form elsewhere on the home page',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [link({ pageUrl: HOME, text: 'Quejas y Sugerencias', href: `${SITE}/quejas.htm` })],
      forms: [form()],
      failedPages: [{ url: `${SITE}/quejas.htm`, status: 404, errorKind: 'http', gone: true }],
    }),
  },
]);
