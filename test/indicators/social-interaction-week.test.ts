import { buildArtifacts, post, runIndicatorCases, socialLink } from './build-artifacts.ts';

const account = socialLink();

runIndicatorCases('social-interaction-week', [
  {
    name: 'pass: a reply to a citizen three days ago',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-17', isReplyToCitizen: true, text: '@vecina ya enviamos la cuadrilla' })] }),
  },
  { name: 'fail: a reply, but a month old and nothing since', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-04-15', isReplyToCitizen: true })] }) },
  { name: 'unknown: recent posts but no visible reply', expected: 'unknown', reason: /ninguna es respuesta a un ciudadano/, artifacts: buildArtifacts({ socialLinks: [account], posts: [post()] }) },
  { name: 'unknown: accounts linked but no post visible', expected: 'unknown', artifacts: buildArtifacts({ socialLinks: [account] }) },
  { name: 'fail: no account at all', expected: 'fail', artifacts: buildArtifacts() },
]);
