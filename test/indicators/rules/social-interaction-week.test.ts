import { buildArtifacts, post, runIndicatorCases, socialLink } from '../build-artifacts.ts';
import { HOME_MAIN, followIcons, site, tweet, twitterTimeline } from '../html-fixtures.ts';

const GOVERNMENT_ICONS = followIcons({ twitter: 'TlajomulcoGob' });
const BACHEO = tweet({ account: 'TlajomulcoGob', id: '732612000000000001', datetime: '2016-05-18T16:20:00Z', shown: '18 may.', text: 'Arranca la campaña de bacheo en 40 colonias.' });

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
  {
    name: 'pass: html — the government’s timeline shows its reply of 17 May to a neighbour’s report',
    expected: 'pass',
    html: site(
      'wordpress',
      {
        '/': {
          title: 'Inicio',
          main: HOME_MAIN,
          aside: twitterTimeline('TlajomulcoGob', [
            tweet({ account: 'TlajomulcoGob', id: '732400000000000005', datetime: '2016-05-17T19:05:00Z', shown: '17 may.', reply: true, text: '@vecina_chulavista Gracias por tu reporte, la cuadrilla de alumbrado público atenderá la luminaria de tu calle mañana.' }),
            BACHEO,
          ]),
        },
      },
      { footer: GOVERNMENT_ICONS },
    ),
  },
  {
    name: 'decoy: html — the timeline shows a reply, but of 2 May; this week’s tweet is an announcement',
    expected: 'fail',
    reasonId: 'social-interaction-week.no-reply-in-week',
    html: site(
      'bootstrap',
      {
        '/': {
          title: 'Inicio',
          main: HOME_MAIN,
          aside: twitterTimeline('TlajomulcoGob', [
            BACHEO,
            tweet({ account: 'TlajomulcoGob', id: '728000000000000006', datetime: '2016-05-02T18:00:00Z', shown: '2 may.', reply: true, text: '@vecino_santafe Con gusto, el módulo de predial de Santa Fe abre de 9 a 15 h.' }),
          ]),
        },
      },
      { footer: GOVERNMENT_ICONS },
    ),
  },
  {
    name: 'pass: html — the portal’s own list of tweets shows a reply to a neighbour (“En respuesta a @…”) dated 17 May',
    expected: 'pass',
    html: site(
      'wordpress',
      {
        '/': {
          title: 'Inicio',
          main: HOME_MAIN,
          aside: `<section class="widget"><h3 class="widget-title">@TlajomulcoGob</h3><ul>
            <li><span>En respuesta a @vecina_chulavista</span> Ya enviamos una cuadrilla a revisar la luminaria <a href="https://twitter.com/TlajomulcoGob/status/732300000000000001"><time datetime="2016-05-17T12:00:00-05:00">17 may.</time></a></li>
            <li>Sesión de Cabildo hoy a las 11 h <a href="https://twitter.com/TlajomulcoGob/status/732000000000000002">16 may. 2016</a></li></ul></section>`,
        },
      },
      { footer: followIcons({ twitter: 'TlajomulcoGob' }) },
    ),
  },
]);
