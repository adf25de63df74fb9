/**
 * Features → the verdict a careful evaluator gives each indicator, with a note of what that person sees and the
 * traps (decoys) the portal sets. Written from the methodology's operational definitions
 * (shared/methodology/aidh-2016.md), never from Mirador's rules: this is the answer key the rules are measured by.
 */
import { INDICATOR_IDS, type ExpectedVerdict } from '../../src/demo/expected.ts';
import { datasetKind } from './datasets.ts';
import type { Features } from './features.ts';

export interface Labels {
  expected: Record<string, ExpectedVerdict>;
  notes: Record<string, string>;
  decoys: Record<string, string>;
}

const FRESH_WORDS: Record<Features['freshness'], string> = {
  month: 'the newest dataset was updated less than a month before as-of',
  six: 'the newest dataset was updated 40–160 days before as-of',
  old: 'every dataset was last updated more than seven months before as-of',
  hidden: 'no date is shown on the section pages and the files were last modified more than seven months before as-of',
};

/** Collections a person counts: each dataset once, a monthly series once. */
export function distinctCollections(f: Features): number {
  return f.datasets.length;
}

export function distinctTopics(f: Features): number {
  return new Set(f.datasets.map((d) => datasetKind(d.kind).topic)).size;
}

export function hasSection(f: Features): boolean {
  return f.section === 'own-page' || f.section === 'catalogue-host';
}

export function deriveLabels(f: Features): Labels {
  const expected: Record<string, ExpectedVerdict> = {};
  const notes: Record<string, string> = {};
  const decoys: Record<string, string> = {};
  const set = (id: string, verdict: ExpectedVerdict, note: string, decoy?: string) => {
    expected[id] = verdict;
    notes[id] = note;
    if (decoy && verdict !== 'pass') decoys[id] = decoy;
  };

  if (f.unreachable) {
    for (const id of INDICATOR_IDS) set(id, 'unknown', 'The portal cannot be reached (connection refused): nothing to judge.');
    return { expected, notes, decoys };
  }

  // D1 — the section and the contact tool.
  const section = hasSection(f);
  const sectionDecoy =
    f.section === 'none-listing' ? 'The home page links only the mandatory transparency listing (obligations by article, with SIPOT spreadsheets), which is not an open-data section by itself.'
    : f.section === 'none-national' ? 'A "Datos abiertos" link on the home page leads to the national portal datos.gob.mx, not to a section of the municipality.'
    : f.section === 'none-construction' ? 'A "Datos abiertos" menu entry leads to a page that only says the section is under construction and offers no data.'
    : undefined;
  set(
    'open-data-section',
    section ? 'pass' : 'fail',
    section
      ? `The home page links (${f.sectionLink === 'text' ? 'menu text' : f.sectionLink === 'img-alt' ? 'an image whose alt names it' : f.sectionLink === 'icon-title' ? 'an icon whose title names it' : 'an icon with an aria-label naming it'}) to ${f.section === 'catalogue-host' ? 'a data catalogue on the datos. subdomain' : 'a page dedicated to open data'} with ${f.datasets.length} dataset(s).`
      : 'No open-data or focused-transparency section is reachable from the home page.',
    sectionDecoy,
  );
  const contactNote: Record<Features['contact'], string> = {
    'form-home': 'The home page itself carries a message form (name, e-mail, free-text message, submit).',
    'form-page': 'A home-page link leads to a page with a message form (free-text message and a submit button).',
    'mailto-page': 'The only contact page reachable from home lists phone numbers and a mailto: address; there is no form, report system or chat.',
    'phone-only': 'The home page shows only the town hall\'s phone number and address; no form, report system or chat.',
  };
  const contactPass = f.contact === 'form-home' || f.contact === 'form-page';
  set('contact-tool-home', contactPass ? 'pass' : 'fail', contactNote[f.contact],
    f.contact === 'mailto-page' ? 'A "Contacto" page with an e-mail link and phones looks like a contact tool but offers no way to write from the portal.' : undefined);

  // D2–D5 — the section's content; without a section there is nothing to update, count, search or read.
  const noSection = 'No open-data section (see open-data-section), so there is nothing to judge: fail.';
  if (!section) {
    for (const id of ['updated-6-months', 'updated-1-month', 'five-collections', 'thematic-categories', 'search-tool', 'plain-language', 'device-legible', 'decision-useful', 'open-format-download', 'processed-data'])
      set(id, 'fail', noSection);
  } else {
    const dateDecoy =
      f.dateDecoy === 'clock' ? "The section's pages print today's date in a clock widget and a copyright year; neither is an update date."
      : f.dateDecoy === 'copyright' ? "The section's footer carries the current copyright year, which is not an update date."
      : undefined;
    set('updated-6-months', f.freshness === 'month' || f.freshness === 'six' ? 'pass' : 'fail', `${FRESH_WORDS[f.freshness]}.`, dateDecoy);
    set('updated-1-month', f.freshness === 'month' ? 'pass' : 'fail', `${FRESH_WORDS[f.freshness]}.`, dateDecoy);

    const n = distinctCollections(f);
    const series = f.datasets.find((d) => d.monthlySeries);
    set('five-collections', n >= 5 ? 'pass' : 'fail', `${n} distinct collection(s) in the section${series ? ` (${datasetKind(series.kind).titles[0]} is one series of monthly files)` : ''}.`,
      series ? 'One collection is published as a file per month: many file links, one collection.' : undefined);

    const topics = distinctTopics(f);
    const grouped = f.grouping !== 'flat' && f.grouping !== 'format-filter' && topics >= 2;
    set('thematic-categories', grouped ? 'pass' : 'fail',
      f.grouping === 'flat' ? 'The datasets are one flat list with no topic headings, tabs or category filters.'
      : f.grouping === 'format-filter' ? 'The datasets are one flat list; the only filter links are by file format (CSV, XLSX, PDF), not by topic.'
      : topics < 2 ? `The datasets are all under a single topic (${f.grouping}), so there is no grouping by topics.`
      : `The datasets are grouped by ${topics} topics (${f.grouping === 'headings' ? 'headings' : f.grouping === 'tabs' ? 'tabs' : 'category links'}).`,
      f.grouping === 'format-filter' ? 'Filter links by format look like categories but name no topic.' : undefined);

    const searchNote: Record<Features['search'], string> = {
      section: 'A search form (text box and button) inside the section searches its datasets.',
      site: "The site-wide search box (text input + button) is in the header of every page of the section; its results cover the section's pages.",
      'news-only': 'The only search box says it searches the news ("Buscar en noticias", action under /noticias/); nothing searches the data.',
      none: 'No search form in the section or on its pages.',
    };
    set('search-tool', f.search === 'section' || f.search === 'site' ? 'pass' : 'fail', searchNote[f.search],
      f.search === 'news-only' ? 'A search box that only searches the news.' : undefined);

    set('plain-language', f.labels === 'legal' ? 'fail' : 'pass',
      f.labels === 'legal'
        ? 'The datasets are labelled only by bare legal citations ("Art. 15 Fr. XXI", "Fracción XXVII") and introduced by a long legal preamble: a citizen cannot tell what each file holds.'
        : f.labels === 'cited-explained'
          ? 'Each dataset carries its legal fraction followed by a plain name and a short plain description; the intro is short everyday Spanish.'
          : 'Short plain-Spanish intro and descriptions ("Cuánto dinero tiene cada área…"); no legal codes as labels.',
      f.labels === 'legal' ? 'A plain one-line welcome above the legal preamble and the bare citations.' : undefined);

    const legible = f.viewport && !f.fixedWidth;
    set('device-legible', legible ? 'pass' : 'fail',
      !f.viewport ? 'The section pages declare no viewport (a fixed desktop layout shrunk on a phone).'
      : f.fixedWidth ? 'The section landing page has a viewport tag but its data grid is fixed at 1200 px wide, so a phone must scroll sideways.'
      : 'Viewport declared, fluid layout, tables in scrolling wrappers; all content is text.',
      f.fixedWidth && f.viewport ? 'A responsive viewport tag on a page whose grid is fixed at 1200 px.' : undefined);

    const substantive = f.datasets.filter((d) => datasetKind(d.kind).substantive);
    set('decision-useful', substantive.length ? 'pass' : 'fail',
      substantive.length
        ? `Datasets with figures on government action: ${substantive.slice(0, 3).map((d) => datasetKind(d.kind).titles[0]).join(', ')}.`
        : 'The section holds only institutional documents (regulations, plans, gazettes) without figures on what the government does.',
      substantive.length ? undefined : 'A section full of documents, none of them data to decide with.');

    const open = f.datasets.filter((d) => d.formats.some((x) => x !== 'pdf'));
    set('open-format-download', open.length ? 'pass' : 'fail',
      open.length ? `Downloads in ${[...new Set(open.flatMap((d) => d.formats.filter((x) => x !== 'pdf')))].join(', ').toUpperCase()}.` : 'Every file of the section is a PDF.',
      open.length ? undefined : 'Many downloads, all of them PDF.');

    const processedNote: Record<Features['processed'], string> = {
      svg: 'A section page shows an SVG bar chart of figures computed from the data.',
      canvas: 'A section page draws a chart on a canvas, with a caption giving the figures it plots.',
      boxes: 'A section page summarises the data in indicator boxes (totals and percentages computed from the datasets).',
      'map-decoy': "The only map in the section is a Google map showing where the town hall is; it visualises no data.",
      none: 'No chart, map, dashboard or computed summary in the section: only lists of files.',
    };
    const processed = f.processed === 'svg' || f.processed === 'canvas' || f.processed === 'boxes';
    set('processed-data', processed ? 'pass' : 'fail', processedNote[f.processed], f.processed === 'map-decoy' ? 'A location map that is not a visualisation of data.' : undefined);
  }

  // D6 — participation, collaboration, evaluation.
  const participationNote: Record<Features['participation'], string> = {
    explained: 'A participation page explains mechanisms (what they are and how to take part).',
    'names-only': 'The only participation text quotes the regulation\'s list of mechanism names (plebiscito, referéndum…) without saying what they are or how to take part.',
    none: 'No page about citizen-participation mechanisms.',
  };
  set('participation-info', f.participation === 'explained' ? 'pass' : 'fail', participationNote[f.participation],
    f.participation === 'names-only' ? 'A regulation article that only names the mechanisms.' : undefined);
  set('participation-contact', f.participation === 'explained' && f.participationContact === 'given' ? 'pass' : 'fail',
    f.participation !== 'explained' ? 'No participation page, so no contact for a participation strategy.'
    : f.participationContact === 'given' ? 'The participation page gives the participation office\'s phone, e-mail and address as the contact for taking part.'
    : 'The participation page gives no phone, e-mail or address for it; only the site footer\'s general town-hall phone.',
    f.participation === 'explained' && f.participationContact === 'none' ? "The site footer's general town-hall phone and address are on every page, the participation page too, but are not a participation contact." : undefined);

  const collaborationNote: Record<Features['collaboration'], string> = {
    'data-request': 'A form lets citizens request or propose datasets ("Solicita datos"), with a description of the data wanted.',
    proposals: 'A proposals page lets citizens send project proposals with a description (participatory budget / ideas).',
    'complaints-decoy': 'Only a generic complaints and suggestions box; nothing lets citizens contribute or propose information.',
    'access-request-decoy': 'Only a link to file access-to-information requests on the national platform, a legal right rather than collaboration.',
    none: 'No channel for citizens to contribute information, data or proposals.',
  };
  set('citizen-collaboration', f.collaboration === 'data-request' || f.collaboration === 'proposals' ? 'pass' : 'fail', collaborationNote[f.collaboration],
    f.collaboration === 'complaints-decoy' ? 'A generic "Buzón" form for complaints and suggestions.'
    : f.collaboration === 'access-request-decoy' ? 'A "Solicitud de información" link to the PNT.' : undefined);

  const evaluationNote: Record<Features['evaluation'], string> = {
    survey: 'A satisfaction survey rates municipal services (rating scale and a submit button).',
    results: 'A page publishes the results of the citizens\' satisfaction survey on municipal services.',
    'law-decoy': 'The words "encuestas de satisfacción" appear only in a quoted law obligation on the transparency page; no survey exists.',
    none: 'No survey, rating or evaluation instrument.',
  };
  set('citizen-evaluation', f.evaluation === 'survey' || f.evaluation === 'results' ? 'pass' : 'fail', evaluationNote[f.evaluation],
    f.evaluation === 'law-decoy' ? 'Law text naming satisfaction surveys on the obligations page.' : undefined);

  // D7 — social networks, video, app.
  const own = f.social === 'own';
  const socialNote: Record<Features['social'], string> = {
    own: `The header links the government's own profiles (${f.socialPlatforms.join(', ')}${f.video === 'channel' ? ', youtube' : ''}).`,
    'share-decoy': 'Only share buttons (sharer.php, intent/tweet, WhatsApp); no profile of the government.',
    'state-decoy': "The only profiles linked are the State government's, labelled as such.",
    none: 'No social-network profile of the government is linked.',
  };
  set('social-account', own ? 'pass' : 'fail', socialNote[f.social] + (!own && f.mayor === 'own' ? " The mayor's personal accounts are linked on the mayor's page; they are not the government's." : ''),
    f.social === 'share-decoy' ? 'Share buttons on pages.' : f.social === 'state-decoy' ? "The State government's accounts." : !own && f.mayor === 'own' ? "The mayor's personal accounts." : undefined);

  const postsNote: Record<Features['posts'], string> = {
    'recent-reply': 'The home timeline shows the account\'s posts of the last few days, one of them a reply to a citizen within the week.',
    'recent-no-reply': 'The home timeline shows posts of the last few days, none of them a reply; whether it answered anyone is not visible.',
    'recent-old-reply': 'The home timeline shows posts of the last few days and the account\'s latest reply to a citizen, 10–20 days old.',
    old: 'The home timeline\'s newest post is more than two weeks old.',
    none: 'The accounts are linked but no post is shown on the portal, so no date can be seen.',
  };
  if (!own) {
    set('social-recent-week', 'fail', 'No account of the government (see social-account), so none was updated.');
    set('social-interaction-week', 'fail', 'No account of the government (see social-account), so no interaction.');
  } else {
    const recent = f.posts === 'recent-reply' || f.posts === 'recent-no-reply' || f.posts === 'recent-old-reply';
    set('social-recent-week', recent ? 'pass' : f.posts === 'old' ? 'fail' : 'unknown', postsNote[f.posts],
      f.posts === 'old' ? 'Dated posts are shown, all older than a week.' : undefined);
    set('social-interaction-week',
      f.posts === 'recent-reply' ? 'pass' : f.posts === 'recent-no-reply' || f.posts === 'none' ? 'unknown' : 'fail', postsNote[f.posts],
      f.posts === 'recent-old-reply' ? 'A reply to a citizen, but older than a week.' : undefined);
  }

  set('mayor-social', f.mayor === 'own' ? 'pass' : 'fail',
    f.mayor === 'own' ? "The mayor's page links the mayor's own profiles, distinct from the government's."
    : f.mayor === 'gov-only' ? "The mayor's page shows only the government's accounts." : "The mayor's page links no social profile.",
    f.mayor === 'gov-only' ? "The government's accounts next to the mayor's name." : undefined);

  const videoNote: Record<Features['video'], string> = {
    channel: "The header links the government's YouTube channel.",
    'live-html5': 'A page streams the council sessions live in an HTML5 player (HLS).',
    'live-iframe': 'A page embeds the live stream of the council sessions.',
    'single-video-decoy': "The only video is one embedded tourism clip of the State's tourism office; no channel of the government and no live stream.",
    none: 'No video channel or live stream.',
  };
  set('video-channel', f.video === 'channel' || f.video === 'live-html5' || f.video === 'live-iframe' ? 'pass' : 'fail', videoNote[f.video],
    f.video === 'single-video-decoy' ? "One embedded video of another office, not the government's channel." : undefined);

  set('mobile-app', f.app === 'own' ? 'pass' : 'fail',
    f.app === 'own' ? "A page presents the municipality's own app (named after it) with its Google Play and App Store links."
    : f.app === 'federal-decoy' ? "The only app linked is a federal agency's or utility's, recommended to citizens and named as theirs." : 'No mobile app is linked.',
    f.app === 'federal-decoy' ? "A store link to another publisher's app." : undefined);

  return { expected, notes, decoys };
}
