import { SITE, buildArtifacts, contactLink, homePage, link, page, post, runIndicatorCases } from '../build-artifacts.ts';
import { EXPLANATION, obligationsPage, pageOfBlocks, participationPage } from '../participation-fixtures.ts';
import { participationSite, presupuestoParticipativo } from '../html-fixtures.ts';

const INFORMES = `
            <h2>Informes</h2>
            <p>Dirección de Participación Ciudadana<br>Tel. (33) 3283 4400 ext. 1250<br>Correo: <a href="mailto:participacion@tlajomulco.gob.mx">participacion@tlajomulco.gob.mx</a></p>`;
/** The page's only contact is the Unidad de Transparencia's, for information requests; the footer has the conmutador. */
const TRANSPARENCY_UNIT = `
            <p>Para solicitar información pública sobre el programa acude a la Unidad de Transparencia, Tel. (33) 3283 4400 ext. 1020, <a href="mailto:transparencia@tlajomulco.gob.mx">transparencia@tlajomulco.gob.mx</a>.</p>`;

/** The participation office's e-mail written to fool harvesters, and no phone: the e-mail alone is the contact. */
const informesObfuscated = (email: string) => `
            <h2>Informes</h2>
            <p>Dirección de Participación Ciudadana<br>Correo: ${email}</p>`;

const pageUrl = participationPage().url;

/** A participation page in blocks: heading, explanation, then whatever closes it. */
const participationBlocks = (...closing: string[]) =>
  pageOfBlocks(['Presupuesto participativo', EXPLANATION, 'Consulta el Reglamento de Participación Ciudadana.', ...closing], {
    url: pageUrl,
    title: 'Presupuesto participativo | Municipio',
    headings: ['Presupuesto participativo', ...closing.filter((b) => b === 'Informes' || b === 'Lo último en Twitter')],
  });

/** Zacatecas: a table layout whose footer (no <footer> landmark) gives the town hall's address and phone. */
const TABLE_FOOTER = 'Participa en tu municipio · H. Ayuntamiento · Av. Hidalgo No. 201, Centro Histórico · Tel. (492) 923 9421';
const otherPage = (path: string) => pageOfBlocks(['Trámites', 'Consulta los requisitos de cada trámite.', TABLE_FOOTER], { url: `${SITE}/${path}` });

runIndicatorCases('participation-contact', [
  {
    name: 'pass: phone and e-mail of the participation office',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [participationPage({ text: `${EXPLANATION} Informes en la Dirección de Participación Ciudadana: Tel. 33 3283 4400 ext. 1234, correo participacion@municipio.gob.mx` })],
    }),
  },
  {
    name: 'pass: street address for registration',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [participationPage({ text: `${EXPLANATION} Regístrate para participar en Av. Hidalgo 120, Centro, C.P. 45640.` })] }),
  },
  {
    name: 'pass: phone on its own line under “Informes” with the participation office',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [participationBlocks('Informes', 'Dirección de Participación Ciudadana', 'Teléfono: (312) 316 2000 ext. 1240')] }),
  },
  {
    name: 'pass: mailto link in the page body',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [participationPage()], contacts: [contactLink({ pageUrl, kind: 'email', value: 'participa@municipio.gob.mx', text: 'Escríbenos' })] }),
  },
  {
    name: 'decoy: the site-wide footer e-mail is not the strategy’s contact',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [participationPage()], contacts: [contactLink({ pageUrl, region: 'footer', kind: 'email', value: 'contacto@municipio.gob.mx' })] }),
  },
  {
    name: 'decoy: a table-layout footer repeated on every page, next to participation words (zacatecas)',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [homePage(), participationBlocks(TABLE_FOOTER), otherPage('tramites'), otherPage('turismo'), otherPage('contacto')] }),
  },
  {
    name: 'decoy: the Unidad de Transparencia’s contact closing a participation page (tonala)',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [participationBlocks('Unidad de Transparencia del Municipio: Av. Tonaltecas No. 24 Sur · Tel. (33) 3586 6000 ext. 1127 · transparencia@municipio.gob.mx')],
    }),
  },
  {
    name: 'decoy: a street in an embedded tweet on a participation page (benitojuarez)',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [participationBlocks('Lo último en Twitter', '@ramon_sm63 Hola Ramón, gracias por avisarnos a los comités. Ya reparamos la luminaria de la calle 54 en la SM 63.')],
      posts: [post({ pageUrl, text: '@ramon_sm63 Hola Ramón, gracias por avisarnos a los comités. Ya reparamos la luminaria de la calle 54 en la SM 63.' })],
    }),
  },
  {
    name: 'decoy: a contact on the obligations listing (not a participation page)',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [obligationsPage({ text: 'Fracción XXXVII. Los mecanismos de participación ciudadana. Unidad de Transparencia Tel. 33 3283 4400' })] }),
  },
  {
    name: 'decoy: a news item’s page with the town hall’s phone (no participation page)',
    expected: 'fail',
    reason: /No se encontró una página de participación ciudadana/,
    artifacts: buildArtifacts({
      pages: [page({ url: `${SITE}/noticias/entrega-presupuesto-participativo`, title: 'Entrega de obras del Presupuesto Participativo', text: `${EXPLANATION} Tel. (492) 923 9421` })],
    }),
  },
  { name: 'fail: no participation page at all', expected: 'fail', reason: /No se encontró una página de participación ciudadana/, artifacts: buildArtifacts({ pages: [homePage({ text: `Tel. 33 3283 4400, ${SITE}` })] }) },
  {
    name: 'pass: html — “Informes” block of the Dirección de Participación Ciudadana under the mechanism’s explanation',
    expected: 'pass',
    html: participationSite('wordpress', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo(INFORMES)),
  },
  {
    name: 'decoy: html — the explanation closes with the Unidad de Transparencia’s phone and e-mail; the footer has the conmutador',
    expected: 'fail',
    reasonId: 'participation-contact.no-contact',
    html: participationSite('bootstrap', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo(TRANSPARENCY_UNIT)),
  },
  {
    name: 'pass: html — the “Informes” block gives the office’s e-mail and phone only as icon links (mailto:/tel:)',
    expected: 'pass',
    html: participationSite(
      'bootstrap',
      '/participacion-ciudadana/presupuesto-participativo',
      'Presupuesto Participativo',
      presupuestoParticipativo(`
            <h2>Informes</h2>
            <p>Dirección de Participación Ciudadana: <a href="mailto:participacion@tlajomulco.gob.mx"><i class="fa fa-envelope"></i> Escríbenos</a> · <a href="tel:+523332834400,1250"><i class="fa fa-phone"></i> Llámanos</a></p>`),
    ),
  },
  {
    name: 'pass: html — the “Informes” block gives the e-mail as “participacion [arroba] tlajomulco [punto] gob [punto] mx”',
    expected: 'pass',
    html: participationSite(
      'wordpress',
      '/participacion-ciudadana/presupuesto-participativo',
      'Presupuesto Participativo',
      presupuestoParticipativo(informesObfuscated('participacion [arroba] tlajomulco [punto] gob [punto] mx')),
    ),
  },
  {
    name: 'pass: html — “Informes” with “participacion(at)tlajomulco.gob.mx”',
    expected: 'pass',
    html: participationSite('wordpress', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo(informesObfuscated('participacion(at)tlajomulco.gob.mx'))),
  },
  {
    name: 'pass: html — Bootstrap, “Informes” with “participacion @ tlajomulco . gob . mx”',
    expected: 'pass',
    html: participationSite('bootstrap', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo(informesObfuscated('participacion @ tlajomulco . gob . mx'))),
  },
  {
    name: 'pass: html — “Informes” with the address written with an entity, “participacion&#64;tlajomulco.gob.mx”',
    expected: 'pass',
    html: participationSite('wordpress', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo(informesObfuscated('participacion&#64;tlajomulco.gob.mx'))),
  },
  {
    name: 'decoy: html — a two-page table layout (too small for a template): the conmutador closing the page follows the participation heading, but the home page prints it too',
    expected: 'fail',
    reasonId: 'participation-contact.no-contact',
    html: participationSite(
      'table',
      '/participacion.php',
      'Participación Ciudadana',
      `<h2>Comités vecinales de participación ciudadana</h2>
            <p>Los vecinos de cada colonia eligen cada tres años a su comité, que propone obras y vigila los servicios públicos. Las asambleas se convocan en el centro comunitario.</p>`,
    ),
  },
  {
    name: 'fail: html — the same “Informes” block with no contact in it (the obfuscated e-mail rows pass on the e-mail alone)',
    expected: 'fail',
    reasonId: 'participation-contact.no-contact',
    html: participationSite('wordpress', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo(informesObfuscated('pregunta en tu delegación'))),
  },
]);
