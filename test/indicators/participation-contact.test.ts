import { SITE, buildArtifacts, homePage, link, runIndicatorCases } from './build-artifacts.ts';
import { EXPLANATION, obligationsPage, participationPage } from './participation-fixtures.ts';

const pageUrl = participationPage().url;

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
    name: 'pass: mailto link in the page body',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [participationPage()], links: [link({ pageUrl, text: 'Escríbenos', href: 'mailto:participa@municipio.gob.mx' })] }),
  },
  {
    name: 'decoy: the site-wide footer e-mail is not the strategy’s contact',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [participationPage()], links: [link({ pageUrl, region: 'footer', text: 'contacto@municipio.gob.mx', href: 'mailto:contacto@municipio.gob.mx' })] }),
  },
  {
    name: 'decoy: a contact on the obligations listing (not a participation page)',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [obligationsPage({ text: 'Fracción XXXVII. Los mecanismos de participación ciudadana. Unidad de Transparencia Tel. 33 3283 4400' })] }),
  },
  { name: 'fail: no participation page at all', expected: 'fail', reason: /No se encontró una página de participación ciudadana/, artifacts: buildArtifacts({ pages: [homePage({ text: `Tel. 33 3283 4400, ${SITE}` })] }) },
]);
