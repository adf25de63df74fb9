/**
 * What a generated portal has, indicator by indicator, before any wording is chosen: the features. Pages are
 * rendered from them (render.ts) and the expected verdicts are derived from them (labels.ts), so a page and
 * its label cannot drift apart. Every feature value is something a careful evaluator can tell from the pages.
 */
import type { Rng } from './prng.ts';
import { DATASET_KINDS, type DatasetKindId } from './datasets.ts';

export const STYLES = [
  'wordpress', 'joomla', 'drupal', 'aspnet', 'liferay', 'hash-spa', 'frameset', 'catalogue', 'iso-table', 'vendor-php',
] as const;
export type Style = (typeof STYLES)[number];

export type DataFormat = 'csv' | 'xlsx' | 'xls' | 'json' | 'pdf';

export interface DatasetFeature {
  kind: DatasetKindId;
  formats: DataFormat[];
  /** Days before as-of of its last update (page text and the files' Last-Modified). */
  ageDays: number;
  /** Published as one file per month of a single series (the five-collections decoy): counts once. */
  monthlySeries?: boolean;
}

export interface Features {
  style: Style;
  /** For the catalogue style: which product the data host imitates. */
  catalogue: 'socrata' | 'dkan';
  /** `/` is a `<meta http-equiv=refresh>` to the real home page. */
  homeRedirect: boolean;
  /**
   * own-page: a page of the site; catalogue-host: a datos. subdomain; none-listing: only the mandatory
   * transparency listing; none-national: "Datos abiertos" points at datos.gob.mx; none-construction: a
   * "Datos abiertos" page that says it is under construction and offers nothing.
   */
  section: 'own-page' | 'catalogue-host' | 'none-listing' | 'none-national' | 'none-construction';
  /** How the home page's menu entry to the section is labelled. */
  sectionLink: 'text' | 'img-alt' | 'icon-title' | 'aria-label';
  datasets: DatasetFeature[];
  /** month: newest update within 1 month; six: within 6 months but not 1; old: none within 6; hidden: no dates shown, files old. */
  freshness: 'month' | 'six' | 'old' | 'hidden';
  /** Dates that are not update dates, shown on section pages where freshness is not month. */
  dateDecoy: 'copyright' | 'clock' | null;
  /** format-filter: a flat list with filter links by file format (CSV, XLSX, PDF), which are not topics. */
  grouping: 'headings' | 'tabs' | 'category-links' | 'flat' | 'format-filter';
  search: 'section' | 'site' | 'news-only' | 'none';
  labels: 'plain' | 'cited-explained' | 'legal';
  listing: 'table' | 'cards' | 'list';
  viewport: boolean;
  /** A data grid fixed at 1200 px on the section's landing page (legible on a desktop only). */
  fixedWidth: boolean;
  processed: 'svg' | 'canvas' | 'boxes' | 'map-decoy' | 'none';
  contact: 'form-home' | 'form-page' | 'mailto-page' | 'phone-only';
  participation: 'explained' | 'names-only' | 'none';
  participationContact: 'given' | 'none';
  collaboration: 'data-request' | 'proposals' | 'complaints-decoy' | 'access-request-decoy' | 'none';
  evaluation: 'survey' | 'results' | 'law-decoy' | 'none';
  social: 'own' | 'share-decoy' | 'state-decoy' | 'none';
  socialPlatforms: ('facebook' | 'twitter' | 'instagram')[];
  /** What the home page's timeline shows (only with social: own). */
  posts: 'recent-reply' | 'recent-no-reply' | 'recent-old-reply' | 'old' | 'none';
  postFormat: 'blockquote' | 'hace' | 'time';
  mayor: 'own' | 'gov-only' | 'none';
  video: 'channel' | 'live-html5' | 'live-iframe' | 'single-video-decoy' | 'none';
  app: 'own' | 'federal-decoy' | 'none';
  /** The whole site cannot be reached: every verdict unknown. */
  unreachable: boolean;
}

const SUBSTANTIVE = DATASET_KINDS.filter((k) => k.substantive).map((k) => k.id);
const INSTITUTIONAL = DATASET_KINDS.filter((k) => !k.substantive).map((k) => k.id);

function drawFormats(rng: Rng, substantive: boolean, pdfOnly: boolean): DataFormat[] {
  if (pdfOnly || !substantive) return ['pdf'];
  return rng.pick<DataFormat[]>([['csv'], ['csv', 'xlsx'], ['xlsx'], ['json', 'csv'], ['xls'], ['pdf', 'xlsx'], ['csv', 'pdf'], ['pdf']]);
}

function drawAges(rng: Rng, n: number, freshness: Features['freshness']): number[] {
  const [newestMin, newestMax] = freshness === 'month' ? [2, 24] : freshness === 'six' ? [40, 160] : [220, 520];
  const newest = rng.int(newestMin, newestMax);
  // Older datasets are older than the newest one and keep out of the next window's edge.
  return Array.from({ length: n }, (_, i) => (i === 0 ? newest : newest + rng.int(1, 300)));
}

export function drawFeatures(rng: Rng, style: Style): Features {
  const section: Features['section'] =
    style === 'catalogue' ? 'catalogue-host'
    : rng.weighted({ 'own-page': 7, 'none-listing': 1.2, 'none-national': 0.6, 'none-construction': 0.6 });
  const hasSection = section === 'own-page' || section === 'catalogue-host';
  const freshness = rng.weighted({ month: 4, six: 2, old: 1.5, hidden: 1 });

  let datasets: DatasetFeature[] = [];
  if (hasSection) {
    const institutionalOnly = rng.chance(0.12);
    const pdfOnly = !institutionalOnly && rng.chance(0.15);
    const count = rng.weighted({ 1: 0.5, 2: 1, 3: 1, 4: 1.2, 5: 1.2, 6: 1.5, 7: 1.5, 8: 1, 9: 1 });
    const kinds = institutionalOnly ? rng.sample(INSTITUTIONAL, Math.min(Number(count), INSTITUTIONAL.length)) : rng.sample(SUBSTANTIVE, Number(count));
    const ages = drawAges(rng, kinds.length, freshness);
    datasets = rng.shuffle(kinds.map((kind, i) => {
      const substantive = DATASET_KINDS.find((k) => k.id === kind)!.substantive;
      return { kind, formats: drawFormats(rng, substantive, pdfOnly), ageDays: ages[i]! };
    }));
    // The five-collections decoy: few datasets, one of them spread over monthly files.
    if (datasets.length <= 3 && !institutionalOnly && rng.chance(0.5)) datasets[0] = { ...datasets[0]!, monthlySeries: true };
  }
  const social = rng.weighted({ own: 6, 'share-decoy': 1.2, 'state-decoy': 1, none: 0.8 });
  const contact = rng.weighted({ 'form-home': 2, 'form-page': 3, 'mailto-page': 1.5, 'phone-only': 1 });
  const contactIsForm = contact === 'form-home' || contact === 'form-page';
  const participation = rng.weighted({ explained: 5, 'names-only': 1.5, none: 1 });
  const video = rng.weighted({ channel: 3, 'live-html5': 1.2, 'live-iframe': 1.2, 'single-video-decoy': 1.2, none: 1 });

  const features: Features = {
    style,
    catalogue: rng.pick(['socrata', 'dkan'] as const),
    homeRedirect: style === 'vendor-php' || style === 'iso-table' ? rng.chance(0.6) : style === 'hash-spa' || style === 'frameset' ? false : rng.chance(0.15),
    section,
    sectionLink: rng.weighted({ text: 5, 'img-alt': 1.2, 'icon-title': 1, 'aria-label': 1 }),
    datasets,
    freshness,
    dateDecoy: freshness === 'month' ? null : rng.pick(['copyright', 'clock', 'clock'] as const),
    grouping: style === 'catalogue' ? rng.pick(['category-links', 'flat', 'category-links'] as const) : rng.weighted({ headings: 4, tabs: 1.5, 'category-links': 1, flat: 1.2, 'format-filter': 1 }),
    search: style === 'catalogue' ? rng.pick(['section', 'section', 'none'] as const) : rng.weighted({ section: 3, site: 2, 'news-only': 1.5, none: 1.5 }),
    labels: rng.weighted({ plain: 5, 'cited-explained': 1.5, legal: 2 }),
    listing: rng.pick(['table', 'cards', 'list'] as const),
    viewport: style === 'iso-table' ? false : rng.chance(0.85),
    fixedWidth: (style === 'aspnet' || style === 'liferay' || style === 'vendor-php') && rng.chance(0.35),
    processed: rng.weighted({ svg: 2, canvas: 1.5, boxes: 1.5, 'map-decoy': 1.5, none: 2 }),
    contact,
    participation,
    participationContact: participation === 'explained' && rng.chance(0.65) ? 'given' : 'none',
    collaboration: contactIsForm
      ? rng.weighted({ 'data-request': 2, proposals: 2, 'complaints-decoy': 2, 'access-request-decoy': 1, none: 1 })
      : rng.weighted({ 'data-request': 2, proposals: 2, 'access-request-decoy': 1, none: 1 }),
    evaluation: rng.weighted({ survey: 2.5, results: 1.5, 'law-decoy': 1.5, none: 1.5 }),
    social,
    socialPlatforms: rng.sample(['facebook', 'twitter', 'instagram'] as const, rng.int(1, 3)).sort(),
    posts: social === 'own' ? rng.weighted({ 'recent-reply': 3, 'recent-no-reply': 1.5, 'recent-old-reply': 1.2, old: 1.2, none: 1.2 }) : 'none',
    postFormat: rng.pick(['blockquote', 'hace', 'time'] as const),
    mayor: social === 'own' ? rng.weighted({ own: 3, 'gov-only': 1, none: 1 }) : rng.weighted({ own: 1, none: 1 }),
    video,
    app: rng.weighted({ own: 2, 'federal-decoy': 1.5, none: 1.5 }),
    unreachable: false,
  };
  return reconcile(features);
}

/**
 * Features that cannot go together on one portal, drawn independently above, made consistent: what the pages
 * would show otherwise would contradict the label (a chart of data the section does not have, a YouTube
 * channel link that is also a social profile…).
 */
function reconcile(f: Features): Features {
  const out = { ...f, socialPlatforms: [...f.socialPlatforms] };
  const sectionExists = out.section === 'own-page' || out.section === 'catalogue-host';
  // A data-request form lives in the section; without one, citizens propose projects instead.
  if (out.collaboration === 'data-request' && !sectionExists) out.collaboration = 'proposals';
  // Charts and indicator boxes are computed from a substantive dataset.
  const substantive = out.datasets.some((d) => DATASET_KINDS.find((k) => k.id === d.kind)!.substantive);
  if (!substantive && (out.processed === 'svg' || out.processed === 'canvas' || out.processed === 'boxes')) out.processed = 'none';
  // A channel link or a live embed from a YouTube channel is itself a profile of the government.
  if (out.social !== 'own' && (out.video === 'channel' || out.video === 'live-iframe')) out.video = 'live-html5';
  if (out.social !== 'own' && out.mayor === 'gov-only') out.mayor = 'none';
  // Timelines: tweets (blockquote, <time>) need the Twitter account, the "hace N días" list the Facebook page.
  if (out.social === 'own' && out.posts !== 'none') {
    const platform: Features['socialPlatforms'][number] = out.postFormat === 'hace' ? 'facebook' : 'twitter';
    if (!out.socialPlatforms.includes(platform)) out.socialPlatforms = [...out.socialPlatforms, platform].sort();
  }
  // A frameset cannot be laid out for a phone.
  if (out.style === 'frameset') out.viewport = false;
  if (out.freshness === 'month') out.dateDecoy = null;
  return out;
}
