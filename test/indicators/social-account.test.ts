import { buildArtifacts, runIndicatorCases, socialLink } from './build-artifacts.ts';

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
  { name: 'fail: no social links', expected: 'fail', artifacts: buildArtifacts() },
]);
