/**
 * The open-data section: found from the home page's links (methodology: open-data-section).
 *
 * Decisions:
 * - Candidates: a link whose text names open data / focused or proactive transparency / open
 *   government, or whose URL is a catalogue subdomain of the site (datos.x.gob.mx) or a
 *   /datos-abiertos-like path on it. The mandated transparency listing ("Transparencia",
 *   "Artículo 8", "Obligaciones de transparencia", PNT, INFOMEX) is rejected with a reason, however
 *   prominent: the study says adding items to that listing is not an open-data section.
 * - Ranking: landing page fetched, its own title/headings confirm (they name the section), link in
 *   header/menu rather than body, and body rather than footer; ties go to document order.
 * - A section whose landing page was not fetched is still reported (the home page does link to
 *   it) with `landingCrawled: false`, so the indicator can say the landing page was not crawled;
 *   `pageUrls` then lists only fetched pages under it (possibly none).
 * - A landing page that offers nothing (no data table, no link of its own to a page or file other than
 *   law texts) and only quotes the law or says it is under construction is not a section: a "Datos
 *   Abiertos" menu item leading to the LGTAIP's definition of open data and "en construcción" is a
 *   label without a section. The next candidate, if any, is taken.
 * - Sub-pages: fetched pages under the landing path (/datos-abiertos/…), every page of a catalogue
 *   host, and pages linked from the landing page's body (not its menus or footer, which link the
 *   whole site, nor the mandatory transparency listing it may point to), one level deep.
 */
import type { FetchedPage } from '../crawl/types.ts';
import type { LinkArtifact, OpenDataSection, PageArtifact, PageRegion } from './artifacts.ts';
import { canonicalKey, extensionOf, hostOf, stripWww } from './url.ts';
import { isOnHomePage } from './home-frames.ts';
import { FORMAT_BY_EXTENSION, OPEN_FORMAT_EXTENSIONS } from '../vocabulary/files.ts';
import { LAW_TEXT_PATTERN } from '../vocabulary/legal.ts';
import {
  CATALOGUE_HOST_LABELS, MANDATORY_TRANSPARENCY_HOSTS, MANDATORY_TRANSPARENCY_LABELS, NATIONAL_DATA_HOSTS, SECTION_LABELS,
  SECTION_PATH_PATTERN, UNDER_CONSTRUCTION_PATTERN, type MandatoryTransparencyCode,
} from '../vocabulary/section-labels.ts';
import { normalise } from '../vocabulary/text.ts';

/**
 * Why a home-page link was not taken as the section: a code, worded in Spanish and English by the
 * open-data-section indicator (gatherers produce facts, not prose).
 */
export type SectionRejectionCode = MandatoryTransparencyCode | 'file-link' | 'home-page-link' | EmptyLandingCode;

/** The landing page offers no data: it says it is under construction, or it only quotes the law. */
export type EmptyLandingCode = 'landing-under-construction' | 'landing-law-text-only';

export interface SectionResult {
  section: OpenDataSection | null;
  rejectedSectionLinks: { link: LinkArtifact; reason: SectionRejectionCode }[];
}

export interface SectionInput {
  /** URL of the home page as fetched, or null when it was not. */
  homeUrl: string | null;
  links: readonly LinkArtifact[];
  pages: readonly PageArtifact[];
  fetched: readonly FetchedPage[];
}

const MAX_LABEL_TEXT = 100;
const REGION_SCORE: Record<PageRegion, number> = { header: 2, nav: 2, main: 1, aside: 1, unknown: 1, footer: 0 };

interface Candidate {
  link: LinkArtifact;
  order: number;
  matchedLabel: string;
  byLabel: boolean;
  catalogueHost: boolean;
  landing: PageArtifact | null;
  confirms: boolean;
  score: number;
}

/** Which section label a link text names, if any. */
export function sectionLabelOf(text: string): string | null {
  const words = normalise(text);
  if (!words || words.length > MAX_LABEL_TEXT) return null;
  return SECTION_LABELS.find((label) => words.includes(label)) ?? null;
}

/** Why a link is the mandated transparency listing (or the national platform), or null. */
export function mandatoryTransparencyReason(link: Pick<LinkArtifact, 'href' | 'text'>): MandatoryTransparencyCode | null {
  const host = hostOf(link.href);
  for (const [pattern, reason] of [...MANDATORY_TRANSPARENCY_HOSTS, ...NATIONAL_DATA_HOSTS]) if (pattern.test(host)) return reason;
  const words = normalise(link.text);
  if (!words || words.length > MAX_LABEL_TEXT) return null;
  for (const [pattern, reason] of MANDATORY_TRANSPARENCY_LABELS) if (pattern.test(words)) return reason;
  return null;
}

function catalogueLabelOf(url: string): string | null {
  const first = stripWww(hostOf(url)).split('.')[0] ?? '';
  return CATALOGUE_HOST_LABELS.includes(first) ? first : null;
}

export function findOpenDataSection(input: SectionInput): SectionResult {
  const rejected: SectionResult['rejectedSectionLinks'] = [];
  if (!input.homeUrl) return { section: null, rejectedSectionLinks: rejected };
  const homeKey = canonicalKey(input.homeUrl);
  const pageByKey = pageIndex(input.pages, input.fetched);
  const onHome = isOnHomePage(input.pages, input.homeUrl);
  const homeLinks = input.links.filter((l) => onHome(l.pageUrl));

  const candidates: Candidate[] = [];
  const rejectedKeys = new Set<string>();
  const reject = (link: LinkArtifact, reason: SectionRejectionCode): void => {
    const key = `${link.href}|${link.text}|${reason}`;
    if (rejectedKeys.has(key)) return;
    rejectedKeys.add(key);
    rejected.push({ link, reason });
  };

  homeLinks.forEach((link, order) => {
    const label = sectionLabelOf(link.text);
    const catalogueLabel = !link.external ? catalogueLabelOf(link.href) : null;
    const pathMatch = !link.external ? SECTION_PATH_PATTERN.exec(safePath(link.href)) : null;
    const mandatory = mandatoryTransparencyReason(link);
    const hostReason = [...MANDATORY_TRANSPARENCY_HOSTS, ...NATIONAL_DATA_HOSTS].find(([p]) => p.test(hostOf(link.href)));
    if (hostReason) return reject(link, hostReason[1]);
    if (!label && !catalogueLabel && !pathMatch) {
      if (mandatory) reject(link, mandatory);
      return;
    }
    const extension = extensionOf(link.href);
    if (FORMAT_BY_EXTENSION[extension]) {
      return reject(link, 'file-link');
    }
    if (canonicalKey(link.href) === homeKey) return reject(link, 'home-page-link');

    const landing = pageByKey.get(canonicalKey(link.href)) ?? null;
    const confirms = !!landing && [landing.title, ...landing.headings].some((t) => sectionLabelOf(t) !== null);
    const byLabel = label !== null;
    const score = (landing ? 4 : 0) + (confirms ? 3 : 0) + REGION_SCORE[link.region] + (byLabel ? 2 : 0) + (catalogueLabel || pathMatch ? 1 : 0);
    candidates.push({
      link, order, byLabel, landing, confirms, score,
      catalogueHost: catalogueLabelOf(landing?.url ?? link.href) !== null,
      matchedLabel: label ?? (catalogueLabel ? `${catalogueLabel}. subdomain` : `${pathMatch![1]!.toLowerCase()} path`),
    });
  });

  const home = input.pages.find((p) => canonicalKey(p.url) === homeKey) ?? null;
  const best = [...candidates]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .find((c) => {
      const empty = c.landing ? emptyLandingCode(c.landing, homeLinks, input.links, home) : null;
      if (empty) reject(c.link, empty);
      return !empty;
    });
  if (!best) return { section: null, rejectedSectionLinks: rejected };

  const url = best.landing?.url ?? best.link.href;
  return {
    section: {
      entry: best.link,
      url,
      pageUrls: sectionPages(url, best, input, pageByKey, homeKey),
      catalogueHost: best.catalogueHost,
      matchedLabel: best.matchedLabel,
      landingCrawled: best.landing !== null,
    },
    rejectedSectionLinks: rejected,
  };
}

/** Fewest words for a text block to be read as prose (shorter ones are labels: "Marco jurídico"). */
const MIN_PROSE_WORDS = 3;
const CHROME_REGIONS: ReadonlySet<PageRegion> = new Set(['nav', 'header', 'footer']);

/**
 * Why a fetched landing page is no section, or null when it may be one. It must offer nothing — no data
 * table, no data file, no link in its body to a page or file other than a law text, the home page or a link the home
 * page has too (site chrome) — and say so: an under-construction notice, or prose that is all law text.
 * A page with no prose at all (an app shell whose catalogue was not rendered) is left alone.
 */
function emptyLandingCode(
  landing: PageArtifact,
  homeLinks: readonly LinkArtifact[],
  links: readonly LinkArtifact[],
  home: PageArtifact | null,
): EmptyLandingCode | null {
  if (landing.dataTableCount > 0) return null;
  const homeTargets = new Set(homeLinks.map((l) => canonicalKey(l.href)));
  if (home) homeTargets.add(canonicalKey(home.url));
  homeTargets.add(canonicalKey(landing.url));
  // A data file is data whatever its label: "Art. 8 Fr. V — Presupuesto 2016 (XLS)" cites the law and offers a table.
  const offersSomething = links.some(
    (l) =>
      l.pageUrl === landing.url && !CHROME_REGIONS.has(l.region) && !homeTargets.has(canonicalKey(l.href)) &&
      (OPEN_FORMAT_EXTENSIONS.has(extensionOf(l.href)) || !LAW_TEXT_PATTERN.test(normalise(l.text))),
  );
  if (offersSomething) return null;
  // Blocks the home page shows too (address, "optimizado para…" in a table layout) are the site's frame.
  const frame = new Set(home?.textBlocks ?? []);
  const headings = new Set(landing.headings);
  const blocks = landing.textBlocks.filter((b) => !frame.has(b) && !headings.has(b)).map(normalise);
  if (blocks.some((b) => UNDER_CONSTRUCTION_PATTERN.test(b))) return 'landing-under-construction';
  const prose = blocks.filter((b) => b.split(' ').length >= MIN_PROSE_WORDS);
  if (prose.length > 0 && prose.every((b) => LAW_TEXT_PATTERN.test(b))) return 'landing-law-text-only';
  return null;
}

function pageIndex(pages: readonly PageArtifact[], fetched: readonly FetchedPage[]): Map<string, PageArtifact> {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const index = new Map<string, PageArtifact>();
  for (const page of pages) index.set(canonicalKey(page.url), page);
  // Links name the URL as requested; the crawler stores it after redirects.
  for (const f of fetched) {
    const page = byUrl.get(f.url);
    if (page && !index.has(canonicalKey(f.requestedUrl))) index.set(canonicalKey(f.requestedUrl), page);
  }
  return index;
}

function sectionPages(url: string, best: Candidate, input: SectionInput, pageByKey: Map<string, PageArtifact>, homeKey: string): string[] {
  const urls = new Set<string>();
  if (best.landing) urls.add(best.landing.url);
  const landingHost = stripWww(hostOf(url));
  const prefix = pathPrefix(url);

  for (const page of input.pages) {
    if (canonicalKey(page.url) === homeKey) continue;
    const host = stripWww(hostOf(page.url));
    if (best.catalogueHost && host === landingHost) urls.add(page.url);
    else if (prefix && host === landingHost && `${safePath(page.url)}/`.startsWith(prefix)) urls.add(page.url);
  }
  if (best.landing) {
    const landingUrl = best.landing.url;
    for (const link of input.links) {
      if (link.pageUrl !== landingUrl || link.region === 'nav' || link.region === 'header' || link.region === 'footer') continue;
      const target = pageByKey.get(canonicalKey(link.href));
      if (!target || canonicalKey(target.url) === homeKey) continue;
      // The section pointing at the mandatory listing ("ver también: Artículo 8") does not make the listing part of it.
      const names = [link.text, target.title, target.headings[0] ?? ''];
      if (names.some((text) => mandatoryTransparencyReason({ href: target.url, text }))) continue;
      urls.add(target.url);
    }
  }
  // Keep crawl order (stable, deterministic), landing first.
  const order = new Map(input.pages.map((p, i) => [p.url, i]));
  return [...urls].sort((a, b) => (a === best.landing?.url ? -1 : b === best.landing?.url ? 1 : (order.get(a) ?? 0) - (order.get(b) ?? 0)));
}

/**
 * "/datos-abiertos/" for /datos-abiertos, /datos-abiertos/ or /datos-abiertos/index.php. None for
 * the root or for query-addressed pages (index.php?option=…, ?page_id=12), whose path says nothing.
 */
function pathPrefix(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.search) return null;
  const path = parsed.pathname.replace(/\/(index|default|inicio)\.(html?|php|aspx?|cfm|jsp)$/i, '/').replace(/\/+$/, '');
  if (!path) return null;
  return `${path}/`;
}

function safePath(url: string): string {
  try {
    return decodeURI(new URL(url).pathname);
  } catch {
    return '';
  }
}
