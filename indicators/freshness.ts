/** The recency verdict updated-6-months and updated-1-month both give, each with its own window. */
import type { Facts } from '../src/derive/index.ts';
import { inWindow, windowStart } from '../src/derive/date-window.ts';
import type { UpdateDate } from '../src/derive/section-dates.ts';
import { fail, pass, unknown, type Evidence, type Outcome } from './define.ts';
import { fileEvidence, MAX_EVIDENCE } from './evidence.ts';
import type { Message } from './messages.ts';
import { withoutSection } from './section-outcome.ts';
import { dateSourceMessage, sharedMsg } from './shared-messages.ts';
import { probeableFiles, type ProbeNeed } from './probe-needs.ts';

function dateEvidence(d: UpdateDate): Evidence {
  if (d.from === 'file-header') return fileEvidence(d.source, sharedMsg('file-last-modified', { date: d.date }));
  const { pageUrl, text, date, source, labelledAsUpdate } = d.source;
  return { url: pageUrl, text, note: sharedMsg('date-found', { date, source: dateSourceMessage(source, labelledAsUpdate) }) };
}

/** "el mes anterior a la fecha de evaluación (…)" / "los 6 meses anteriores…". */
function monthsWindow(months: number, start: string, asOf: string): Message {
  return months === 1 ? sharedMsg('window-one-month', { start, asOf }) : sharedMsg('window-months', { months, start, asOf });
}

const newestOf = (dates: UpdateDate[]) => [...dates].sort((a, b) => b.date.localeCompare(a.date))[0]!;

export function evaluateSectionFreshness(
  { sectionScope: scope, sectionDates: all }: Pick<Facts, 'sectionScope' | 'sectionDates'>,
  asOf: string,
  span: { months: number },
): Outcome {
  if (scope.status !== 'found') return withoutSection(scope);
  const start = windowStart(asOf, span);
  const window = monthsWindow(span.months, start, asOf);
  const counted = all.filter((d) => d.kind !== 'unlabelled');
  const recent = counted.filter((d) => inWindow(d.date, start, asOf));
  if (recent.length > 0) return pass(recent.slice(0, MAX_EVIDENCE).map(dateEvidence));
  const pages = scope.pages.length;
  if (counted.length > 0) {
    const newest = newestOf(counted);
    return fail(sharedMsg('update-too-old', { pages, newest: newest.date, window }), [dateEvidence(newest)]);
  }
  const unlabelled = all.filter((d) => d.kind === 'unlabelled');
  const unlabelledRecent = unlabelled.filter((d) => inWindow(d.date, start, asOf));
  if (unlabelledRecent.length > 0)
    return unknown(sharedMsg('only-unlabelled-recent', { pages, dates: unlabelledRecent.length, window }), unlabelledRecent.slice(0, MAX_EVIDENCE).map(dateEvidence));
  if (unlabelled.length > 0) {
    const newest = newestOf(unlabelled);
    return fail(sharedMsg('only-unlabelled-old', { pages, newest: newest.date, window }), [dateEvidence(newest)]);
  }
  // No readable date at all is as often a gatherer gap as a portal fact: leave it to a reviewer.
  return unknown(sharedMsg('no-dates', { pages }), [{ url: scope.section.url, text: '', note: sharedMsg('section-landing-page') }]);
}

/**
 * The section's files whose Last-Modified could pass the criterion: none when a page or sitemap date in the
 * window already does. Probing stops at the first file modified in the window.
 */
export function sectionFreshnessProbes(
  { sectionScope: scope, sectionDates: all }: Pick<Facts, 'sectionScope' | 'sectionDates'>,
  asOf: string,
  span: { months: number },
): ProbeNeed[] {
  if (scope.status !== 'found') return [];
  const start = windowStart(asOf, span);
  if (all.some((d) => d.kind !== 'unlabelled' && inWindow(d.date, start, asOf))) return [];
  return [{ files: probeableFiles(scope.fileLinks), until: { modifiedSince: start, asOf } }];
}
