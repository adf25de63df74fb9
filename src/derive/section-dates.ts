/**
 * Dates that say when the open-data section's content changed, best kind first then newest first. Counted:
 * page-text dates labelled as an update or publication ("Fecha de actualización: 30/04/2016"), sitemap
 * lastmod of section pages, and the Last-Modified of data files listed in the section. Kept apart as
 * `unlabelled`: page-text dates with no label (in a listing they are as often event or meeting dates). Not
 * kept: the Last-Modified header of HTML pages (dynamic CMS pages send the time of the request), copyright
 * years and clocks (decoy), dates of news items, events and posts the page lists (belongsTo 'news': a sidebar's
 * "Últimas noticias" says when a news item came out, not when the catalogue changed), coverage periods ("Información vigente de enero a diciembre 2015": what the data
 * covers, not when it changed), and future dates.
 */
import type { DateArtifact, FileLinkArtifact } from '../gather/artifacts.ts';
import { canonicalKey } from '../gather/url.ts';
import { isFuture } from './date-window.ts';
import type { SectionScope } from './section-scope.ts';

export type UpdateDateKind = 'labelled' | 'file' | 'sitemap' | 'unlabelled';

/** A date of the section and what it was read from: a date found on a page or in the sitemap, or a file's Last-Modified. */
export type UpdateDate =
  | { date: string; kind: UpdateDateKind; from: 'date'; source: DateArtifact }
  | { date: string; kind: 'file'; from: 'file-header'; source: FileLinkArtifact };

const KIND_ORDER: Record<UpdateDateKind, number> = { labelled: 0, file: 1, sitemap: 2, unlabelled: 3 };

export function deriveSectionDates(
  { sectionScope, dates }: { sectionScope: SectionScope; dates: readonly DateArtifact[] },
  asOf: string,
): UpdateDate[] {
  if (sectionScope.status !== 'found') return [];
  const scope = sectionScope;
  const fileHrefs = new Set(scope.fileLinks.map((f) => canonicalKey(f.href)));
  const found: UpdateDate[] = [];
  for (const d of dates) {
    if (d.decoy || d.period || d.belongsTo === 'news' || isFuture(d.date, asOf)) continue;
    const onPage = scope.has(d.pageUrl);
    let kind: UpdateDateKind | null = null;
    if (d.source === 'page-text' && onPage) kind = d.labelledAsUpdate ? 'labelled' : 'unlabelled';
    else if (d.source === 'sitemap' && onPage) kind = 'sitemap';
    else if (d.source === 'last-modified' && fileHrefs.has(canonicalKey(d.pageUrl))) kind = 'file';
    if (kind) found.push({ date: d.date, kind, from: 'date', source: d });
  }
  // A probed file's Last-Modified arrives both as a date of the file and on its link: one date.
  const fileDates = new Set(found.filter((d) => d.kind === 'file').map((d) => `${canonicalKey(d.source.pageUrl)}|${d.date}`));
  for (const f of scope.fileLinks) {
    if (!f.lastModified || isFuture(f.lastModified, asOf)) continue;
    const date = f.lastModified.slice(0, 10);
    if (fileDates.has(`${canonicalKey(f.href)}|${date}`)) continue;
    found.push({ date, kind: 'file', from: 'file-header', source: f });
  }
  return found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.date.localeCompare(a.date));
}
