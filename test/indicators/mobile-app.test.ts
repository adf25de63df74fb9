import { buildArtifacts, runIndicatorCases, socialLink } from './build-artifacts.ts';

const app = (partial: Parameters<typeof socialLink>[0] = {}) =>
  socialLink({
    platform: 'google-play',
    kind: 'app',
    accountId: 'mx.gob.municipio.reportes',
    href: 'https://play.google.com/store/apps/details?id=mx.gob.municipio.reportes',
    text: 'Disponible en Google Play',
    contextText: 'Descarga la app Municipio Reporta',
    region: 'main',
    ...partial,
  });

runIndicatorCases('mobile-app', [
  { name: 'pass: Google Play badge with the municipal app', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [app()] }) },
  {
    name: 'pass: App Store listing',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [app({ platform: 'app-store', accountId: 'id1234567890', href: 'https://apps.apple.com/mx/app/municipio/id1234567890' })] }),
  },
  {
    name: 'decoy: app by a citizens’ observatory',
    expected: 'fail',
    reason: /1 app publicada por terceros/,
    artifacts: buildArtifacts({ socialLinks: [app({ accountId: 'org.unete.ciudadano', contextText: 'ÚNETE CIUDADANO, la app del Observatorio Ciudadano A.C.' })] }),
  },
  { name: 'decoy: store badge with no app id (href="#" or store home)', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [app({ accountId: null, href: 'https://play.google.com/store' })] }) },
  { name: 'fail: no store links', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [socialLink()] }) },
]);
