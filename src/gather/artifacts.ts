/**
 * Artifacts: the facts gatherers extract from a site's crawl. Indicators read only these
 * (never HTML), so that every indicator sees the same links, dates and forms.
 */
import type { SocialLinkKind, SocialPlatform } from '../platforms/vocabulary.ts';

/** Where on the page an element sits; decoys often live in the footer, real sections in the menu. */
export type PageRegion = 'header' | 'nav' | 'main' | 'aside' | 'footer' | 'unknown';

export interface LinkArtifact {
  pageUrl: string;
  /** Absolute URL (fragment removed). */
  href: string;
  /** Visible text, or img alt / title / aria-label when the link is an image or icon. */
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
  isHome: boolean;
  status: number;
  title: string;
  /** h1–h3 texts, in order. */
  headings: string[];
  /** Running text of the page (scripts, styles and nav/footer chrome removed), whitespace-collapsed, capped. */
  text: string;
  /** The same running text split at block boundaries (paragraphs, list items, cells, headings), in order. */
  textBlocks: string[];
  wordCount: number;
  /** `<meta name="viewport" content="width=device-width…">` present. */
  responsiveViewport: boolean;
  imageCount: number;
  /** `<table>` elements with at least two rows and a number in a cell. */
  dataTableCount: number;
  /** Flash/`<object>`/`<embed>` plugins on the page. */
  pluginCount: number;
  /** Charts, maps, dashboards: <canvas>, <svg> with data, iframes to map/BI services, chart library classes. */
  visualisationHints: string[];
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
   * Added: a span of months ("Información vigente de enero a diciembre 2015"), dated at its end. It says
   * what period the information covers, not when it was updated: never labelled as an update.
   */
  period?: boolean;
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

export type FileFormat =
  | 'csv' | 'xls' | 'xlsx' | 'ods' | 'json' | 'xml' | 'geojson' | 'kml' | 'zip'
  | 'pdf' | 'doc' | 'docx' | 'odt' | 'ppt' | 'pptx' | 'txt' | 'image' | 'other';

export interface FileLinkArtifact {
  pageUrl: string;
  href: string;
  text: string;
  /** From the file's first bytes when probed and they contradict the claim, else the served content-type, else the extension. */
  format: FileFormat;
  /** 'link-text' (added): no extension or probe; the link text names the format ("Formato Excel", "CSV", "API"). */
  formatSource: 'content-type' | 'extension' | 'link-text' | 'content';
  /** Added: what the content type or extension claimed when the first bytes say otherwise ('xls' for a PDF served as Excel). */
  claimedFormat?: FileFormat;
  /** Added: an API endpoint (path /api/, or link text "API"), reported as format json. */
  isApi?: boolean;
  /** Probe result: the file is actually there (2xx). null when not probed. */
  available: boolean | null;
  lastModified: string | null; // ISO date
  selector: string;
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
   * Added: 'feed' when read from the account's public feed (a YouTube channel's), which lists the
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
   * Added: the landing page was fetched by the crawler. When false the section is still reported
   * (the home page does link to it) but `pageUrls` holds only fetched pages under it, possibly none.
   */
  landingCrawled?: boolean;
}

/** Added: a phone, e-mail or street address seen on a page (participation-contact reads these). */
export interface ContactArtifact {
  pageUrl: string;
  kind: 'phone' | 'email' | 'address';
  /** Digits for phones (tel: links keep their digits), lower-case address for e-mails, collapsed text for street addresses. */
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

/** Added: a page link the crawler followed without getting a page. */
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
  /** Added: phones, e-mails and street addresses per page (tel:/mailto: links and text). */
  contacts?: ContactArtifact[];
  /** Added: page links requested without getting a page (404s, errors, timeouts); absent for artifacts built before. */
  failedPages?: FailedPageArtifact[];
}

export interface EvaluationContext {
  /** The evaluation date, YYYY-MM-DD; recency windows end here. */
  asOf: string;
  municipality: { inegiCode: string; name: string; state: string };
}
