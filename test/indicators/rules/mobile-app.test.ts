import { buildArtifacts, context, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { HOME_MAIN, site, url } from '../html-fixtures.ts';

/** The government's app, with both store badges. */
const OWN_APP = `
        <section class="app"><h2>Tlajomulco Contigo</h2><p>Descarga la app del Gobierno Municipal para reportar baches, fugas y luminarias.</p>
          <a href="https://play.google.com/store/apps/details?id=mx.gob.tlajomulco.contigo"><img src="${url('/img/google-play-badge.png')}" alt="Disponible en Google Play"></a>
          <a href="https://itunes.apple.com/mx/app/tlajomulco-contigo/id1084123456?mt=8"><img src="${url('/img/app-store-badge.png')}" alt="Descárgalo en el App Store"></a>
        </section>`;
/** Sidebar: the State's procedures app, the Adobe Reader badge and a badge to the store's home. */
const OTHERS_APPS = `
          <div class="widget"><h3 class="widget-title">Trámites estatales</h3><p>Descarga la aplicación del Gobierno del Estado de Jalisco.</p>
            <a href="https://play.google.com/store/apps/details?id=mx.gob.jalisco.tramites"><img src="${url('/img/google-play.png')}" alt="Google Play"></a></div>
          <div class="widget"><p>Para ver los documentos PDF descarga Adobe Reader</p>
            <a href="https://play.google.com/store/apps/details?id=com.adobe.reader"><img src="${url('/img/adobe.png')}" alt="Adobe Reader"></a>
            <a href="https://play.google.com/store/apps"><img src="${url('/img/play.png')}" alt="Google Play"></a></div>`;

const app = (partial: Parameters<typeof socialLink>[0] = {}) =>
  socialLink({
    platform: 'google-play',
    kind: 'app',
    accountId: 'mx.gob.tlajomulco.reportes',
    href: 'https://play.google.com/store/apps/details?id=mx.gob.tlajomulco.reportes',
    text: 'Disponible en Google Play',
    contextText: 'Descarga la app Tlajomulco Reporta',
    region: 'main',
    ...partial,
  });

runIndicatorCases('mobile-app', [
  { name: 'pass: Google Play badge with the municipal app', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [app()] }) },
  {
    name: 'pass: App Store listing',
    expected: 'pass',
    artifacts: buildArtifacts({
      socialLinks: [app({ platform: 'app-store', accountId: 'id1234567890', href: 'https://apps.apple.com/mx/app/reportes/id1234567890', contextText: 'Descarga la app del Ayuntamiento para reportar baches' })],
    }),
  },
  {
    name: 'pass: the portal presents the app as its own (“Descarga nuestra app”), though its id and name say nothing',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [app({ accountId: 'com.civica.reporta', href: 'https://play.google.com/store/apps/details?id=com.civica.reporta', contextText: 'Descarga nuestra app y reporta fugas y baches' })] }),
  },
  {
    name: 'unknown: a federal agency’s app recommended to citizens — nothing on the portal ties it to the municipality',
    expected: 'unknown',
    reasonId: 'mobile-app.unattributed',
    artifacts: buildArtifacts({
      socialLinks: [app({ accountId: 'mx.gob.sat.satmovil', href: 'https://play.google.com/store/apps/details?id=mx.gob.sat.satmovil', text: 'SAT Móvil', contextText: 'Aplicaciones útiles · SAT Móvil' })],
    }),
  },
  {
    name: 'unknown: a utility’s app (“paga tu recibo de luz desde tu celular”)',
    expected: 'unknown',
    artifacts: buildArtifacts({
      socialLinks: [app({ accountId: 'com.cfe.app', href: 'https://play.google.com/store/apps/details?id=com.cfe.app', text: 'Google Play', contextText: 'Paga tu recibo de luz desde tu celular' })],
    }),
  },
  {
    name: 'unknown: html — a sidebar “Aplicaciones útiles” with SAT Móvil and IMSS Digital',
    expected: 'unknown',
    reasonId: 'mobile-app.unattributed',
    html: site('bootstrap', {
      '/': {
        title: 'Inicio',
        main: HOME_MAIN,
        aside: `<div class="panel panel-default"><div class="panel-heading">Aplicaciones útiles</div><ul class="list-group">
            <li class="list-group-item"><a href="https://play.google.com/store/apps/details?id=mx.gob.sat.satmovil">SAT Móvil</a></li>
            <li class="list-group-item"><a href="https://play.google.com/store/apps/details?id=mx.gob.imss.imssdigital">IMSS Digital</a></li></ul></div>`,
      },
    }),
  },
  {
    name: 'decoy: html — the footer recommends “la app CFE Contigo de la Comisión Federal de Electricidad” beside “© Ayuntamiento de Tlajomulco”, on every page',
    expected: 'fail',
    reasonId: 'mobile-app.no-government-app',
    html: site(
      'wordpress',
      { '/': { title: 'Inicio', main: HOME_MAIN }, '/gobierno': { title: 'Gobierno', main: '<p>El Ayuntamiento.</p>' }, '/tramites': { title: 'Trámites', main: '<p>Trámites.</p>' } },
      { footer: '<p><a href="https://play.google.com/store/apps/details?id=mx.com.cfe.cfecontigo">Descarga la app CFE Contigo de la Comisión Federal de Electricidad y paga tu recibo de luz desde tu celular</a></p>' },
    ),
  },
  {
    name: 'decoy: html — “911 Emergencias, la aplicación del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública” on a services page of the Ayuntamiento',
    expected: 'fail',
    html: site('bootstrap', {
      '/': { title: 'Inicio', main: HOME_MAIN },
      '/servicios': {
        title: 'Servicios del Ayuntamiento de Tlajomulco',
        main: '<h1>Servicios del Ayuntamiento de Tlajomulco</h1><p><a href="https://apps.apple.com/mx/app/911-emergencias/id1234567890">Descarga 911 Emergencias, la aplicación del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública</a></p>',
      },
    }),
  },
  {
    name: 'pass: html — “Descarga la aplicación oficial del Ayuntamiento de Tlajomulco” (the clause names the municipality)',
    expected: 'pass',
    html: site('bootstrap', {
      '/': { title: 'Inicio', main: `${HOME_MAIN}<p><a href="https://play.google.com/store/apps/details?id=com.civica.reporta">Descarga la aplicación oficial del Gobierno Municipal de Tlajomulco</a></p>` },
    }),
  },
  {
    name: 'decoy: app by a citizens’ observatory',
    expected: 'fail',
    reason: /1 app publicada por terceros/,
    artifacts: buildArtifacts({ socialLinks: [app({ accountId: 'org.unete.ciudadano', contextText: 'ÚNETE CIUDADANO, la app del Observatorio Ciudadano A.C.' })] }),
  },
  {
    name: 'decoy: the state government’s app in a sidebar (naucalpan)',
    expected: 'fail',
    reason: /1 app es de otro gobierno/,
    artifacts: buildArtifacts({
      socialLinks: [
        app({
          accountId: 'mx.gob.edomex.appedomex',
          text: 'App Edoméx: trámites y servicios del Gobierno del Estado de México',
          contextText: 'Descarga la app Aplicación del Gobierno del Estado de México para consultar trámites estatales, verificación vehicular y tenencia.',
        }),
      ],
    }),
  },
  {
    name: 'decoy: a state government’s app named only by its store id',
    expected: 'fail',
    reason: /de otro gobierno/,
    artifacts: buildArtifacts({ socialLinks: [app({ accountId: 'mx.gob.jalisco.tramites', contextText: 'Descarga la app' })] }),
  },
  {
    name: 'pass: a capital named like its state uses the state’s name in its app id',
    expected: 'pass',
    context: { ...context, municipality: { inegiCode: '21114', name: 'Puebla', state: 'Puebla' } },
    artifacts: buildArtifacts({ socialLinks: [app({ accountId: 'mx.gob.puebla.app', contextText: 'Descarga la app Puebla Capital:' })] }),
  },
  {
    name: 'decoy: a private company’s tourist guide (zacatecas)',
    expected: 'fail',
    reason: /1 app publicada por terceros/,
    artifacts: buildArtifacts({
      socialLinks: [
        app({
          accountId: 'com.travesiasdelcentro.zacatecasguide',
          contextText: 'Descarga la app "Zacatecas Travel Guide", desarrollada por Travesías del Centro, S.A. de C.V., con rutas turísticas, hoteles y restaurantes de la ciudad:',
        }),
      ],
    }),
  },
  {
    name: 'pass: a company developed the app for the Ayuntamiento',
    expected: 'pass',
    artifacts: buildArtifacts({
      socialLinks: [app({ contextText: 'Municipio Reporta, la app del H. Ayuntamiento, desarrollada por Soluciones Móviles S.A. de C.V.' })],
    }),
  },
  {
    name: 'decoy: Adobe Acrobat Reader badges to open the portal’s PDFs (tonala)',
    expected: 'fail',
    reason: /2 apps genéricas que no son del municipio/,
    artifacts: buildArtifacts({
      socialLinks: [
        app({ accountId: 'com.adobe.reader', text: 'Descarga Adobe Acrobat Reader en Google Play', contextText: 'Para consultar los documentos en PDF, descarga gratis Adobe Acrobat Reader:' }),
        app({ platform: 'app-store', accountId: '469337564', href: 'https://apps.apple.com/mx/app/adobe-acrobat-reader/id469337564', text: 'Descarga Adobe Acrobat Reader en el App Store' }),
      ],
    }),
  },
  { name: 'decoy: store badge with no app id (href="#" or store home)', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [app({ accountId: null, href: 'https://play.google.com/store' })] }) },
  { name: 'fail: no store links', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [socialLink()] }) },
  { name: 'pass: html — “Tlajomulco Contigo” with Google Play and App Store badges', expected: 'pass', html: site('bootstrap', { '/': { title: 'Inicio', main: `${HOME_MAIN}${OWN_APP}` } }) },
  {
    name: 'decoy: html — the State’s procedures app, the Adobe Reader badge and a badge to the store’s home page',
    expected: 'fail',
    reasonId: 'mobile-app.no-government-app',
    html: site('wordpress', { '/': { title: 'Inicio', main: HOME_MAIN, aside: OTHERS_APPS } }),
  },
]);
