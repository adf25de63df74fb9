/**
 * The gather stage: a site's crawl → artifacts. Pure (no network, no clock): rescoring from the
 * archive re-runs it and must get the same artifacts. Each page is parsed once and the parsed
 * page is handed to every gatherer.
 */
import type { FetchedPage, SiteCrawl, SitePages } from '../crawl/types.ts';
import type { Artifacts, ContactArtifact, DateArtifact, FileLinkArtifact, FormArtifact, LinkArtifact, PageArtifact, PostArtifact, SocialLinkArtifact } from './artifacts.ts';
import { gatherContacts } from './contacts.ts';
import { gatherFileDates, gatherPageDates, gatherSitemapDates } from './dates.ts';
import { parsePage } from './dom.ts';
import { gatherFileLinks, withProbes } from './files.ts';
import { gatherForms } from './forms.ts';
import { homeFrameDocuments } from './home-frames.ts';
import { collectAnchors, gatherLinks } from './links.ts';
import { gatherPage } from './pages.ts';
import { gatherFeedPosts, gatherPosts } from './posts.ts';
import { findOpenDataSection } from './section.ts';
import { gatherSocialLinks } from './social.ts';
import { canonicalKey, siteHosts } from './url.ts';

export type { Artifacts } from './artifacts.ts';

export function gatherArtifacts(site: SiteCrawl): Artifacts {
  return withCrawlExtras(gatherPageArtifacts(site), site);
}

/**
 * The artifacts of a site's pages alone. The crawl asks for them before probing files (which files a verdict
 * needs probed is read from them, indicators/probe-needs.ts); withCrawlExtras then adds the probes and feeds,
 * so a site is gathered once, and a rescoring from the store takes the same two steps.
 */
export function gatherPageArtifacts(site: SitePages): Artifacts {
  const hosts = siteHosts(site.seedUrl, site.finalUrl);
  const home = homePage(site);

  const pages: PageArtifact[] = [];
  const links: LinkArtifact[] = [];
  const dates: DateArtifact[] = [];
  const forms: FormArtifact[] = [];
  const fileLinks: FileLinkArtifact[] = [];
  const socialLinks: SocialLinkArtifact[] = [];
  const posts: PostArtifact[] = [];
  const contacts: ContactArtifact[] = [];

  const parsedHome = home ? parsePage(home, true) : null;
  // The home page and its frames are parsed first (which documents are frames is read from their trees), every
  // other page in the loop: each page once. A frame's tree is let go once its page's artifacts are taken.
  const homeFrames = new Map((parsedHome ? homeFrameDocuments(parsedHome, site.pages, hosts) : []).map((parsed) => [parsed.page, parsed]));
  for (const page of site.pages) {
    const frame = homeFrames.get(page);
    homeFrames.delete(page);
    const parsed = (page === home ? parsedHome : null) ?? frame ?? parsePage(page, false);
    const anchors = collectAnchors(parsed);
    // A snippet cut from a page's text is a slice that keeps the whole text alive (V8 shares the parent
    // string): copied, a 10 MB page's artifacts hold kilobytes, not the page (issue 13: 114 MB → 39 MB for four).
    const own = structuredClone({
      page: { ...gatherPage(parsed), ...(frame ? { framedBy: home!.url } : {}) },
      links: gatherLinks(parsed, anchors, hosts),
      dates: gatherPageDates(parsed),
      forms: gatherForms(parsed),
      fileLinks: gatherFileLinks(parsed, anchors),
      socialLinks: gatherSocialLinks(parsed, anchors),
      posts: gatherPosts(parsed),
      contacts: gatherContacts(parsed, anchors),
    });
    pages.push(own.page);
    links.push(...own.links);
    dates.push(...own.dates);
    forms.push(...own.forms);
    fileLinks.push(...own.fileLinks);
    socialLinks.push(...own.socialLinks);
    posts.push(...own.posts);
    contacts.push(...own.contacts);
  }
  dates.push(...gatherSitemapDates(site));

  const { section, rejectedSectionLinks } = findOpenDataSection({ homeUrl: home?.url ?? null, links, pages, fetched: site.pages });
  return {
    site: { seedUrl: site.seedUrl, finalUrl: site.finalUrl, status: site.status, pagesCrawled: site.pages.length },
    pages, links, dates, forms, fileLinks, socialLinks, posts, section, rejectedSectionLinks, contacts,
    failedPages: (site.failedPages ?? []).map((f) => ({ url: f.url, status: f.status, errorKind: f.error.kind, gone: f.status === 404 || f.status === 410 })),
  };
}

/** The home page: the page the seed resolved to, else the shallowest page. */
/** The page artifacts with what the crawl learnt after the pages: the files' probes and the channels' feeds. */
export function withCrawlExtras(artifacts: Artifacts, crawl: Pick<SiteCrawl, 'files' | 'feeds'>): Artifacts {
  return {
    ...artifacts,
    fileLinks: withProbes(artifacts.fileLinks, crawl.files),
    dates: withFileDates(artifacts.dates, gatherFileDates(crawl.files)),
    posts: [...artifacts.posts, ...(crawl.feeds ?? []).flatMap((feed) => gatherFeedPosts(feed))],
  };
}

/** The files' dates where a gathering with the probes in hand puts them: after the pages', before the sitemap's. */
function withFileDates(dates: readonly DateArtifact[], fileDates: readonly DateArtifact[]): DateArtifact[] {
  let sitemapStart = dates.length;
  while (sitemapStart > 0 && dates[sitemapStart - 1]!.source === 'sitemap') sitemapStart -= 1;
  return [...dates.slice(0, sitemapStart), ...fileDates, ...dates.slice(sitemapStart)];
}

export function homePage(site: Pick<SiteCrawl, 'pages' | 'finalUrl' | 'seedUrl'>): FetchedPage | null {
  if (site.pages.length === 0) return null;
  const wanted = new Set([site.finalUrl, site.seedUrl].filter((u): u is string => !!u).map(canonicalKey));
  const exact = site.pages.find((p) => wanted.has(canonicalKey(p.url)) || wanted.has(canonicalKey(p.requestedUrl)));
  if (exact) return exact;
  return [...site.pages].sort((a, b) => a.depth - b.depth)[0] ?? null;
}
