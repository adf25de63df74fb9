/** Update dates of the open-data section and the recency verdict both updated-* indicators give from them. */
import type { Artifacts } from '../src/gather/artifacts.ts';
import { fail, pass, unknown, type Evidence, type Outcome } from './define.ts';
import type { Message } from './messages.ts';
import { dateSourceMessage, sharedMsg } from './shared-messages.ts';
import { MAX_EVIDENCE, canonicalUrl, type SectionScope, sectionScope, isOutcome, windowStart, inWindow, isFuture, fileEvidence } from './shared.ts';

// ----------------------------------------------------------------------------- section update dates

interface UpdateDate {
  date: string;
  kind: 'labelled' | 'file' | 'sitemap' | 'unlabelled';
  evidence: Evidence;
}

const KIND_ORDER: Record<UpdateDate['kind'], number> = { labelled: 0, file: 1, sitemap: 2, unlabelled: 3 };

/**
 * Dates that say when the section's content changed. Counted: page-text dates labelled as an update or
 * publication ("Fecha de actualización: 30/04/2016"), sitemap lastmod of section pages, and the
 * Last-Modified of data files listed in the section. Not counted: unlabelled page-text dates (in a listing
 * they are as often event or meeting dates), the Last-Modified header of HTML pages (dynamic CMS pages send
 * the time of the request), copyright years and clocks (decoy), coverage periods ("Información vigente de
 * enero a diciembre 2015": what the data covers, not when it changed), and future dates.
 */
function sectionDates(artifacts: Artifacts, scope: SectionScope, asOf: string): UpdateDate[] {
  const fileHrefs = new Set(artifacts.fileLinks.filter((f) => scope.has(f.pageUrl)).map((f) => canonicalUrl(f.href)));
  const dates: UpdateDate[] = [];
  for (const d of artifacts.dates) {
    // A coverage period ("vigente de enero a diciembre 2015") is not a date of update, labelled or not.
    if (d.decoy || d.period || isFuture(d.date, asOf)) continue;
    const onPage = scope.has(d.pageUrl);
    const onFile = fileHrefs.has(canonicalUrl(d.pageUrl));
    let kind: UpdateDate['kind'] | null = null;
    if (d.source === 'page-text' && onPage) kind = d.labelledAsUpdate ? 'labelled' : 'unlabelled';
    else if (d.source === 'sitemap' && onPage) kind = 'sitemap';
    else if (d.source === 'last-modified' && onFile) kind = 'file';
    if (kind)
      dates.push({
        date: d.date,
        kind,
        evidence: { url: d.pageUrl, text: d.text, note: sharedMsg('date-found', { date: d.date, source: dateSourceMessage(d.source, d.labelledAsUpdate) }) },
      });
  }
  for (const f of artifacts.fileLinks) {
    if (!f.lastModified || !scope.has(f.pageUrl) || isFuture(f.lastModified, asOf)) continue;
    const date = f.lastModified.slice(0, 10);
    dates.push({ date, kind: 'file', evidence: fileEvidence(f, sharedMsg('file-last-modified', { date })) });
  }
  return dates.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.date.localeCompare(a.date));
}

/** "el mes anterior a la fecha de evaluación (…)" / "los 6 meses anteriores…". */
function monthsWindow(months: number, start: string, asOf: string): Message {
  return months === 1 ? sharedMsg('window-one-month', { start, asOf }) : sharedMsg('window-months', { months, start, asOf });
}

/** updated-6-months and updated-1-month: the same rule with a different window. */
export function evaluateSectionFreshness(artifacts: Artifacts, asOf: string, span: { months: number }): Outcome {
  const scope = sectionScope(artifacts);
  if (isOutcome(scope)) return scope;
  const start = windowStart(asOf, span);
  const window = monthsWindow(span.months, start, asOf);
  const all = sectionDates(artifacts, scope, asOf);
  const counted = all.filter((d) => d.kind !== 'unlabelled');
  const recent = counted.filter((d) => inWindow(d.date, start, asOf));
  if (recent.length > 0) return pass(recent.slice(0, MAX_EVIDENCE).map((d) => d.evidence));
  const pages = scope.pages.length;
  if (counted.length > 0) {
    const newest = [...counted].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    return fail(sharedMsg('update-too-old', { pages, newest: newest.date, window }), [newest.evidence]);
  }
  const unlabelled = all.filter((d) => d.kind === 'unlabelled');
  const unlabelledRecent = unlabelled.filter((d) => inWindow(d.date, start, asOf));
  if (unlabelledRecent.length > 0)
    return unknown(
      sharedMsg('only-unlabelled-recent', { pages, dates: unlabelledRecent.length, window }),
      unlabelledRecent.slice(0, MAX_EVIDENCE).map((d) => d.evidence),
    );
  if (unlabelled.length > 0) {
    const newest = [...unlabelled].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    return fail(sharedMsg('only-unlabelled-old', { pages, newest: newest.date, window }), [newest.evidence]);
  }
  // No readable date at all is as often a gatherer gap as a portal fact: leave it to a reviewer.
  return unknown(sharedMsg('no-dates', { pages }), [{ url: scope.section.url, text: '', note: sharedMsg('section-landing-page') }]);
}
