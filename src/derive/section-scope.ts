/**
 * What belongs to the open-data section: its pages (landing page and sub-pages that were fetched) and the
 * file links, forms and links on them. Every section-dependent rule reads the section through this one
 * scope, so "in the section" means the same thing for all of them.
 */
import type { FileLinkArtifact, FormArtifact, LinkArtifact, OpenDataSection, PageArtifact } from '../gather/artifacts.ts';
import { canonicalKey } from '../gather/url.ts';

export interface FoundSection {
  status: 'found';
  section: OpenDataSection;
  /** Page keys (canonicalKey) of the section's pages, fetched or not. */
  urls: Set<string>;
  /** The section pages that were fetched, in crawl order. */
  pages: PageArtifact[];
  fileLinks: FileLinkArtifact[];
  forms: FormArtifact[];
  links: LinkArtifact[];
  has(url: string): boolean;
}

/** No section on the home page; or one whose pages were none of them fetched (nothing to judge it by). */
export type SectionScope = FoundSection | { status: 'none' } | { status: 'not-fetched'; section: OpenDataSection };

export interface SectionScopeInput {
  section: OpenDataSection | null;
  pages: readonly PageArtifact[];
  fileLinks: readonly FileLinkArtifact[];
  forms: readonly FormArtifact[];
  links: readonly LinkArtifact[];
}

export function deriveSectionScope({ section, pages, fileLinks, forms, links }: SectionScopeInput): SectionScope {
  if (!section) return { status: 'none' };
  const urls = new Set([section.url, ...section.pageUrls].map(canonicalKey));
  const has = (url: string) => urls.has(canonicalKey(url));
  const inside = pages.filter((p) => has(p.url));
  if (inside.length === 0) return { status: 'not-fetched', section };
  return {
    status: 'found',
    section,
    urls,
    pages: inside,
    fileLinks: fileLinks.filter((f) => has(f.pageUrl)),
    forms: forms.filter((f) => has(f.pageUrl)),
    links: links.filter((l) => has(l.pageUrl)),
    has,
  };
}
