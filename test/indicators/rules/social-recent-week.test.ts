import { buildArtifacts, post, runIndicatorCases, socialLink } from '../build-artifacts.ts';

const account = socialLink();

runIndicatorCases('social-recent-week', [
  { name: 'pass: a post two days ago in the embedded timeline', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-18' })] }) },
  { name: 'pass: a post exactly a week before as-of (2016-05-13)', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-13' })] }) },
  { name: 'fail: newest post eight days old', expected: 'fail', reason: /la más reciente \(2016-05-12\) es anterior a la semana anterior a la fecha de evaluación \(2016-05-13 a 2016-05-20\)/, artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-12' }), post({ postedAt: '2016-04-01' })] }) },
  { name: 'decoy: a post dated after as-of', expected: 'unknown', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-06-01' })] }) },
  {
    name: 'decoy: the mayor’s timeline is not the government’s',
    expected: 'unknown',
    artifacts: buildArtifacts({
      socialLinks: [account, socialLink({ accountId: 'JuanPerezAlcalde', contextText: 'Alcalde Juan Pérez', region: 'main' })],
      posts: [post({ accountId: 'JuanPerezAlcalde', postedAt: '2016-05-19' })],
    }),
  },
  { name: 'unknown: accounts linked but no dated post visible', expected: 'unknown', reason: /No se pudo ver ninguna publicación fechada/, reasonId: 'social-recent-week.no-dated-post', artifacts: buildArtifacts({ socialLinks: [account] }) },
  {
    name: 'decoy: the State government’s embedded timeline with posts yesterday',
    expected: 'fail',
    artifacts: buildArtifacts({
      socialLinks: [socialLink({ platform: 'twitter', href: 'https://twitter.com/Edomex', accountId: 'Edomex', text: 'Tweets por @Edomex', contextText: 'Gobierno del Estado de México', region: 'main', embedded: true })],
      posts: [post({ platform: 'twitter', accountId: 'Edomex', postedAt: '2016-05-19' })],
    }),
  },
  {
    name: 'unknown: a post whose account cannot be told is not counted',
    expected: 'unknown',
    artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ accountId: null, postedAt: '2016-05-19' })] }),
  },
  { name: 'fail: no account at all', expected: 'fail', artifacts: buildArtifacts() },
]);
