/**
 * Artifacts: the facts gatherers extract from a site's crawl. Rules read only these and the facts the derive
 * stage computes from them (never HTML), so that every rule sees the same links, dates and forms.
 *
 * The shape is versioned: ARTIFACT_SCHEMA_VERSION goes up when a field is added, removed or changes meaning,
 * and docs/artifacts.md says what each version changed (the history lives there, not in these comments).
 */
import type { FileFormat } from '../vocabulary/files.ts';
import type { SocialLinkKind, SocialPlatform } from '../vocabulary/platforms.ts';
import type { PageRegion } from '../vocabulary/regions.ts';

export type { FileFormat, PageRegion, SocialLinkKind, SocialPlatform };

export const ARTIFACT_SCHEMA_VERSION = 3;


export interface LinkArtifact {
  pageUrl: string;
  /**
   * Absolute URL, fragment removed unless it names a page: an app route (`#/datos`), or for a WebForms
   * postback link the form's action with `#postback=<target>,<argument>`, as the crawl names the page it posts for.
   */
  href: string;
  /** The accessible name: text with image alts in place, else aria-label, img alt or title (icon-only links). */
  text: string;
  region: PageRegion;
  /** A CSS selector that finds the element on its page, for evidence. */
  selector: string;
  /** Host differs from the site's (www/http aliases count as the same site). */
  external: boolean;
}

export interface PageArtifact {
  url: string;
  depth: number;
  /** The home page, or a same-site document its frames or iframes show (a frameset home's content is there). */
  isHome: boolean;
  /** Set on a document shown in a frame or iframe of the home page: the home page's URL. */
  framedBy?: string;
  status: number;
  title: string;
  /** h1–h3 texts and tab labels (role="tab", Bootstrap data-toggle="tab"), in document order. */
  headings: string[];
  /** Running text of the page (scripts, styles and nav/footer chrome removed), whitespace-collapsed, capped. */
  text: string;
  /** The same running text split at block boundaries (paragraphs, list items, cells, headings), in order. */
  textBlocks: string[];
  wordCount: number;
  /** `<meta name="viewport" content="width=device-width…">` present. */
  responsiveViewport: boolean;
  /** Images that may carry information: outside the header, menu, sidebar and footer, and not icons (< 64 px). */
  imageCount: number;
  /** `<table>` elements with at least two rows and a number in a cell. */
  dataTableCount: number;
  /** Flash/`<object>`/`<embed>` plugins on the page. */
  pluginCount: number;
  /**
   * Charts, maps, dashboards: <canvas>, <svg> with data, iframes to map/BI services (a Google map only when it
   * shows data, not where an office is), chart library classes.
   */
  visualisationHints: string[];
  /**
   * Video players that are not a video platform's embed (YouTube, Vimeo and Dailymotion embeds are social links):
   * HTML5 `<video>` and live-streaming services' iframes. Always set by the gatherer; optional for artifacts built
   * by hand.
   */
  videoPlayers?: VideoPlayerArtifact[];
  lastModified: string | null; // HTTP header, ISO date
  rendered: boolean;
  /** Measured in the browser at a 375 px phone viewport; null when the page was not rendered. */
  mobileLayout: { viewportWidth: number; scrollWidth: number; textChars: number } | null;
  /**
   * The widest element whose own markup fixes its width in px (inline `width`/`min-width`, a table's `width`
   * attribute), outside scrolling wrappers; what a page that was not rendered says about its phone layout.
   */
  fixedWidth: { px: number; element: string } | null;
}

export interface VideoPlayerArtifact {
  /** What it plays: the stream or file (an HLS .m3u8, an MP4), or the streaming service's player URL. */
  src: string;
  /**
   * 'hls', 'dash', 'rtmp', 'mp4', 'video-file', 'stream' (a script attaches it) for a `<video>`; the service
   * ('dacast', 'wowza', 'ibm-video', 'livestream', 'facebook-video', 'twitch'…) for an iframe.
   */
  source: string;
  /** The player's own words: its title or aria-label, its figure's caption, the heading over it. */
  caption: string;
  /** Text around the player (its block), as for social links. */
  contextText: string;
  region: PageRegion;
  selector: string;
}

export type DateSource = 'page-text' | 'last-modified' | 'sitemap';

export interface DateArtifact {
  pageUrl: string;
  /** YYYY-MM-DD. For month-only dates ("mayo 2016") the last day of the month. */
  date: string;
  /** The matched text, as on the page. */
  text: string;
  source: DateSource;
  /** Text around the date says it is an update/publication date (actualización, publicado, vigente…). */
  labelledAsUpdate: boolean;
  /** Looks like a copyright line or a clock widget: never counts as an update. */
  decoy: boolean;
  /**
   * A span of months ("Información vigente de enero a diciembre 2015"), dated at its end. It says
   * what period the information covers, not when it was updated: never labelled as an update.
   */
  period?: boolean;
  /**
   * 'news': the date dates a news item, an event or a post the page lists or links to (a list item linking to
   * /noticias/…, a sidebar widget headed "Últimas noticias" or "Próximos eventos"), not the page it sits on.
   */
  belongsTo?: 'news';
}

export interface FormField {
  tag: 'input' | 'textarea' | 'select';
  type: string;
  name: string;
  label: string;
}

export interface FormArtifact {
  pageUrl: string;
  action: string;
  method: string;
  fields: FormField[];
  /** Has a textarea or a free-text input (not search). */
  hasFreeText: boolean;
  hasSubmit: boolean;
  /** A search form: role=search, input type=search, or a name/label like q/buscar/search. */
  isSearch: boolean;
  /** Legend, heading before the form, labels and submit text: what the form says it is for. */
  purposeText: string;
  selector: string;
  region: PageRegion;
}


export interface FileLinkArtifact {
  pageUrl: string;
  href: string;
  text: string;
  /** From the file's first bytes when probed and they contradict the claim, else the served content-type, else the extension. */
  format: FileFormat;
  /** 'link-text': no extension or probe; the link text names the format ("Formato Excel", "CSV", "API"). */
  formatSource: 'content-type' | 'extension' | 'link-text' | 'content';
  /** What the content type or extension claimed when the first bytes say otherwise ('xls' for a PDF served as Excel). */
  claimedFormat?: FileFormat;
  /** An API endpoint (path /api/, or link text "API"), reported as format json. */
  isApi?: boolean;
  /** Probe result: the file is actually there (2xx). null when not probed. */
  available: boolean | null;
  lastModified: string | null; // ISO date
  selector: string;
  /**
   * A file the crawl could have probed and did not (no verdict needed it, another file of its series stood for
   * it, or the files budget was spent): how many files its series has on the site, and how many were probed.
   */
  unprobed?: { series: number; probed: number };
  /**
   * The words of the item the link sits in (its list item, table row, card): "Sueldos del personal — Los puestos
   * del Ayuntamiento y el sueldo de cada uno. PDF". Set by the gatherer when the link text says only its format or
   * "Descargar", and the item says more.
   */
  contextText?: string;
}

export interface SocialLinkArtifact {
  pageUrl: string;
  href: string;
  platform: SocialPlatform;
  kind: SocialLinkKind;
  /** Profile name, channel id, app id… null when the URL names none (bare youtube.com). */
  accountId: string | null;
  text: string;
  /** Text around the link (its list item, paragraph or card): tells the mayor's account from the government's. */
  contextText: string;
  region: PageRegion;
  selector: string;
  /** Embedded (iframe/timeline) rather than linked. */
  embedded: boolean;
}

/** A dated post seen in an embedded timeline or a public feed. */
export interface PostArtifact {
  pageUrl: string;
  platform: SocialPlatform;
  accountId: string | null;
  postedAt: string; // YYYY-MM-DD
  text: string;
  /** A reply by the account to a citizen. */
  isReplyToCitizen: boolean;
  /**
   * 'feed' when read from the account's public feed (a YouTube channel's), which lists the
   * account's own uploads and never shows replies; absent when seen on a portal page.
   */
  source?: 'feed';
}

/** The open-data / focused-transparency section found from the home page (see open-data-section). */
export interface OpenDataSection {
  /** The link on the home page that leads to it. */
  entry: LinkArtifact;
  /** The section's landing page. */
  url: string;
  /** Landing page plus its sub-pages (same path prefix, same catalogue host, or linked from the landing page). */
  pageUrls: string[];
  /** The section lives on a catalogue host (datos., datosabiertos.). */
  catalogueHost: boolean;
  /** Label vocabulary that matched (e.g. "datos abiertos"). */
  matchedLabel: string;
  /**
   * The landing page was fetched by the crawler. When false the section is still reported
   * (the home page does link to it) but `pageUrls` holds only fetched pages under it, possibly none.
   */
  landingCrawled?: boolean;
}

/** A phone, e-mail or street address seen on a page: a tel:/mailto: link, or found in the text by `findContacts`. */
export interface ContactArtifact {
  pageUrl: string;
  kind: 'phone' | 'email' | 'address';
  /** Digits for phones (tel: links keep their digits and a leading +), the address for e-mails, the normal form of a street address. */
  value: string;
  /** As on the page (link text or matched text). */
  text: string;
  /** A tel:/mailto: link, or the page text. */
  source: 'link' | 'text';
  /** Text of the surrounding block: tells a participation contact from the footer's general one. */
  contextText: string;
  region: PageRegion;
  selector: string;
}

/** A page link the crawler followed without getting a page. */
export interface FailedPageArtifact {
  /** The URL as requested (links name it so). */
  url: string;
  status: number | null;
  /** Why: 'http' (an error status), 'timeout', 'dns', 'not-html'… (the crawler's FetchErrorKind). */
  errorKind: string;
  /** 404/410: the server says the page does not exist. A dead link is a fact about the portal, not a gap in the crawl. */
  gone: boolean;
}

export interface SiteArtifact {
  seedUrl: string;
  finalUrl: string | null;
  status: 'ok' | 'unreachable' | 'refused' | 'blocked-by-robots';
  pagesCrawled: number;
}

export interface Artifacts {
  site: SiteArtifact;
  pages: PageArtifact[];
  links: LinkArtifact[];
  dates: DateArtifact[];
  forms: FormArtifact[];
  fileLinks: FileLinkArtifact[];
  socialLinks: SocialLinkArtifact[];
  posts: PostArtifact[];
  /** The open-data section, or null when none qualifies. */
  section: OpenDataSection | null;
  /** Candidate section links seen on the home page and rejected, with why (mandatory listing, PNT…). */
  rejectedSectionLinks: { link: LinkArtifact; reason: string }[];
  /** Phones, e-mails and street addresses per page (tel:/mailto: links and text); the links artifact has only web links. */
  contacts: ContactArtifact[];
  /** Page links requested without getting a page (404s, errors, timeouts). */
  failedPages: FailedPageArtifact[];
}

export interface EvaluationContext {
  /** The evaluation date, YYYY-MM-DD; recency windows end here. */
  asOf: string;
  municipality: { inegiCode: string; name: string; state: string };
}
