import { buildArtifacts, post, runIndicatorCases, socialLink } from '../build-artifacts.ts';

const account = socialLink();

runIndicatorCases('social-interaction-week', [
  {
    name: 'pass: a reply to a citizen three days ago',
    expected: 'pass',
    artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-17', isReplyToCitizen: true, text: '@vecina ya enviamos la cuadrilla' })] }),
  },
  { name: 'fail: a reply, but a month old and nothing since', expected: 'fail', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-04-15', isReplyToCitizen: true })] }) },
  { name: 'unknown: recent posts but no visible reply', expected: 'unknown', reason: /ninguna es respuesta a un ciudadano/, artifacts: buildArtifacts({ socialLinks: [account], posts: [post()] }) },
  {
    name: 'fail: recent posts, none a reply, and the timeline does show replies (an older one)',
    expected: 'fail',
    reason: /el timeline sí muestra respuestas y la más reciente es del 2016-05-05/,
    artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-17' }), post({ postedAt: '2016-05-14' }), post({ postedAt: '2016-05-05', isReplyToCitizen: true })] }),
  },
  {
    name: 'decoy: a reply to a citizen yesterday by the State government’s account',
    expected: 'fail',
    artifacts: buildArtifacts({
      socialLinks: [socialLink({ platform: 'twitter', href: 'https://twitter.com/Edomex', accountId: 'Edomex', text: 'Twitter @Edomex', contextText: 'Gobierno del Estado de México', region: 'main' })],
      posts: [post({ platform: 'twitter', accountId: 'Edomex', postedAt: '2016-05-18', isReplyToCitizen: true })],
    }),
  },
  {
    name: 'unknown: only old uploads of the channel feed (a feed never shows replies)',
    expected: 'unknown',
    artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-04-20', source: 'feed' })] }),
  },
  {
    name: 'unknown: recent uploads in the channel feed and an older reply on the page',
    expected: 'unknown',
    artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-18', source: 'feed' }), post({ postedAt: '2016-05-01', isReplyToCitizen: true })] }),
  },
  { name: 'unknown: accounts linked but no post visible', expected: 'unknown', artifacts: buildArtifacts({ socialLinks: [account] }) },
  { name: 'fail: no account at all', expected: 'fail', artifacts: buildArtifacts() },
]);
