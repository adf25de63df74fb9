import { HOME, SITE, buildArtifacts, contactLink, form, homePage, link, page, runIndicatorCases, searchForm, socialLink } from '../build-artifacts.ts';
import { BASE_MENU, HOME_MAIN, framesetSite, site, url } from '../html-fixtures.ts';

const ATENCION_MENU = [...BASE_MENU.slice(0, 5), { text: 'Atención Ciudadana', href: '/atencion-ciudadana' }];
/** A Bootstrap form for complaints and suggestions, one click from the menu. */
const ATENCION_FORM = `
        <h1>Atención Ciudadana</h1>
        <p>Envíanos tu queja, sugerencia o reporte. Te responderemos en un máximo de 5 días hábiles.</p>
        <form action="${url('/atencion-ciudadana/enviar.php')}" method="post" class="form-horizontal">
          <div class="form-group"><label for="nombre">Nombre completo</label><input type="text" id="nombre" name="nombre" class="form-control"></div>
          <div class="form-group"><label for="correo">Correo electrónico</label><input type="email" id="correo" name="correo" class="form-control"></div>
          <div class="form-group"><label for="asunto">Asunto</label><select id="asunto" name="asunto" class="form-control"><option>Queja</option><option>Sugerencia</option><option>Reporte de servicio</option></select></div>
          <div class="form-group"><label for="mensaje">Mensaje</label><textarea id="mensaje" name="mensaje" rows="5" class="form-control"></textarea></div>
          <button type="submit" class="btn btn-primary">Enviar</button>
        </form>`;
/** A MailChimp sign-up in the sidebar (it even asks which topics interest you), the header search and bare mailto/tel links. */
const NEWSLETTER = `
          <div class="widget"><h3 class="widget-title">Suscríbete a nuestro boletín</h3><p>Recibe las noticias del municipio en tu correo.</p>
            <form action="https://tlajomulco.us12.list-manage.com/subscribe/post?u=5f3a&amp;id=9b1c" method="post">
              <input type="text" name="FNAME" placeholder="Tu nombre"><input type="text" name="EMAIL" placeholder="Tu correo electrónico">
              <input type="text" name="COMENTARIOS" placeholder="¿Qué temas te interesan?"><input type="submit" value="Suscribirme">
            </form>
          </div>`;
const BARE_CONTACTS = `${HOME_MAIN}
            <p class="contacto">Escríbenos a <a href="mailto:contacto@tlajomulco.gob.mx">contacto@tlajomulco.gob.mx</a> o llama al <a href="tel:+523332834400">(33) 3283 4400</a></p>`;
/** The "Contacto" page the menu leads to: a directory, no form. */
const DIRECTORY = `
            <h1 class="entry-title">Contacto</h1>
            <p>Presidencia Municipal: Higuera No. 70, Col. Centro. Horario de atención: lunes a viernes de 9:00 a 15:00 horas.</p>
            <p>Correo: <a href="mailto:contacto@tlajomulco.gob.mx">contacto@tlajomulco.gob.mx</a></p>`;

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
      contacts: [contactLink({ kind: 'email', value: 'contacto@municipio.gob.mx' }), contactLink({ kind: 'phone', value: '3332834400', text: '33 3283 4400' })],
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
      links: [link({ pageUrl: HOME, text: 'Quejas y Sugerencias', href: `${SITE}/quejas.htm` })],
      contacts: [contactLink({ kind: 'email', value: 'contacto@municipio.gob.mx', text: 'Contacto' })],
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
  {
    name: 'pass: html — Bootstrap menu “Atención Ciudadana” to a complaints form with a “Mensaje” textarea',
    expected: 'pass',
    html: site('bootstrap', { '/': { title: 'Inicio', main: HOME_MAIN }, '/atencion-ciudadana': { title: 'Atención Ciudadana', main: ATENCION_FORM } }, { menu: ATENCION_MENU }),
  },
  {
    name: 'decoy: html — a newsletter sign-up with a free-text “¿Qué temas te interesan?”, the site search and mailto:/tel: links (no form to write to)',
    expected: 'fail',
    // The mailto:/tel: links reach the rule through the contacts artifact (the links artifact keeps web links only).
    reasonId: 'contact-tool-home.no-tool-bare-contacts',
    html: site('wordpress', {
      '/': { title: 'Inicio', main: BARE_CONTACTS, aside: NEWSLETTER, search: true },
      '/contacto': { title: 'Contacto', main: DIRECTORY },
    }),
  },
  {
    name: 'pass: html — frameset home whose menu frame has the WhatsApp citizen-service line',
    expected: 'pass',
    html: framesetSite('<tr><td><a href="https://wa.me/523332834400">Atención ciudadana por WhatsApp</a></td></tr>'),
  },
  {
    name: 'fail: html — frameset home whose frames offer only a mailto: (frames are home-page content for the bare-contact count too)',
    expected: 'fail',
    reasonId: 'contact-tool-home.no-tool-bare-contacts',
    html: framesetSite('<tr><td><a href="mailto:contacto@tlajomulco.gob.mx">Escríbenos</a></td></tr>', { '/contacto': { title: 'Contacto', main: DIRECTORY } }),
  },
]);
