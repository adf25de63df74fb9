import { buildArtifacts, post, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { HOME_MAIN, followIcons, site, tweet, twitterTimeline } from '../html-fixtures.ts';

const GOVERNMENT_ICONS = followIcons({ twitter: 'TlajomulcoGob' });
/** The State's tweet as its rendered widget shows it: the author's display name names the State government. */
const STATE_TWEET = tweet({ account: 'GobiernoJalisco', id: '732700000000000003', datetime: '2016-05-19T09:00:00Z', shown: '19 may.', text: 'El Gobernador inaugura la Línea 3 del Tren Ligero.' }).replace(
  '>@GobiernoJalisco</a>',
  '>Gobierno del Estado de Jalisco @GobiernoJalisco</a>',
);

const account = socialLink();

runIndicatorCases('social-recent-week', [
  { name: 'pass: a post two days ago in the embedded timeline', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-18' })] }) },
  { name: 'pass: a post exactly a week before as-of (2016-05-13)', expected: 'pass', artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-13' })] }) },
  { name: 'fail: newest post eight days old', expected: 'fail', reason: /la más reciente \(2016-05-12\) no cae en la semana anterior a la fecha de evaluación \(2016-05-13 a 2016-05-20\)/, artifacts: buildArtifacts({ socialLinks: [account], posts: [post({ postedAt: '2016-05-12' }), post({ postedAt: '2016-04-01' })] }) },
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
  {
    name: 'pass: html — the government’s timeline in the WordPress sidebar shows a tweet of 18 May 2016',
    expected: 'pass',
    html: site(
      'wordpress',
      {
        '/': {
          title: 'Inicio',
          main: HOME_MAIN,
          aside: twitterTimeline('TlajomulcoGob', [
            tweet({ account: 'TlajomulcoGob', id: '732612000000000001', datetime: '2016-05-18T16:20:00Z', shown: '18 may.', text: 'Arranca la campaña de bacheo en 40 colonias. Consulta las rutas en nuestro sitio.' }),
            tweet({ account: 'TlajomulcoGob', id: '731100000000000002', datetime: '2016-05-11T10:00:00Z', shown: '11 may.', text: 'Hoy sesiona el Cabildo a las 10:00.' }),
          ]),
        },
      },
      { footer: GOVERNMENT_ICONS },
    ),
  },
  {
    name: 'decoy: html — a timeline of “Gobierno del Estado de Jalisco @GobiernoJalisco” posted yesterday; the government’s own last tweet is of 29 April',
    expected: 'fail',
    reasonId: 'social-recent-week.posts-too-old',
    html: site(
      'wordpress',
      {
        '/': {
          title: 'Inicio',
          main: `${HOME_MAIN}${twitterTimeline('GobiernoJalisco', [STATE_TWEET], 'Gobierno del Estado de Jalisco')}`,
          aside: twitterTimeline('TlajomulcoGob', [tweet({ account: 'TlajomulcoGob', id: '726000000000000004', datetime: '2016-04-29T12:00:00Z', shown: '29 abr.', text: 'Recuerda pagar tu predial antes del 30 de abril.' })]),
        },
      },
      { footer: GOVERNMENT_ICONS },
    ),
  },
  {
    name: 'pass: html — a “Últimos tweets” list the portal renders itself (no embed), each tweet with its permalink and “1 may. 2016”-style date',
    expected: 'pass',
    html: site(
      'bootstrap',
      {
        '/': {
          title: 'Inicio',
          main: HOME_MAIN,
          aside: `<div class="panel panel-default"><div class="panel-heading">Últimos tweets</div><ul class="list-group">
            <li class="list-group-item">Arranca la campaña de bacheo en 40 colonias <a href="https://twitter.com/TlajomulcoGob/status/732600000000000001">17 may. 2016</a></li>
            <li class="list-group-item">Hoy sesiona el Cabildo a las 10:00 <a href="https://twitter.com/TlajomulcoGob/status/731000000000000002">2 may. 2016</a></li></ul></div>`,
        },
      },
      { footer: GOVERNMENT_ICONS },
    ),
  },
  {
    name: 'unknown: html — a timeline embedded in a page’s body under nobody’s name is nobody’s for Mirador (it could be anyone’s)',
    expected: 'unknown',
    reasonId: 'shared.unattributed-accounts',
    html: site('wordpress', {
      '/': {
        title: 'Inicio',
        main: `${HOME_MAIN}<section><h2>Noticias</h2>${twitterTimeline('NoticiasGdl', [
          tweet({ account: 'NoticiasGdl', id: '732600000000000009', datetime: '2016-05-18T16:20:00Z', shown: '18 may.', text: 'Cierre vial en avenida López Mateos por obras.' }),
        ], 'Noticias')}</section>`,
      },
    }),
  },
]);
