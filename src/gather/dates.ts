/**
 * Dates gatherer: every date on a page (text, <time>, meta tags, JSON-LD, inline scripts), the
 * Last-Modified headers of pages and probed files, and sitemap lastmod. Each date says whether the
 * text around it calls it an update/publication date and whether it is a decoy (copyright line,
 * clock widget, script). Future dates are kept: indicators judge them against as-of.
 */
import type { AnyNode, Element } from 'domhandler';
import type { SiteCrawl } from '../crawl/types.ts';
import type { DateArtifact } from './artifacts.ts';
import { collapse, isElement, visibleText, type ParsedPage } from './dom.ts';
import { isoAttributeDate, parseSpanishDates } from './dateParse.ts';
import { columnHeader, elementsIn, textLines } from './lines.ts';
import { canonicalKey, header, httpDateToIso } from './url.ts';
import {
  CLOCK_CLASS_HINTS, COPYRIGHT_MARKERS, META_DATE_NAMES, TODAY_MARKERS, UPDATE_CLASS_HINTS, UPDATE_LABEL_NEGATIONS,
  UPDATE_LABELS,
} from '../vocabulary/dates.ts';
import { normalise } from '../vocabulary/text.ts';

const CONTEXT_CHARS = 60;
const MAX_DATES_PER_PAGE = 1000;
const MAX_SCRIPT_CHARS = 20_000;

/** The text before a date says it is an update/publication date. */
export function isUpdateLabel(context: string): boolean {
  const text = normalise(context);
  if (UPDATE_LABEL_NEGATIONS.some((n) => text.includes(n))) return false;
  return UPDATE_LABELS.some((label) => text.includes(label));
}

export function hasCopyrightMarker(text: string): boolean {
  const lower = normalise(text);
  return COPYRIGHT_MARKERS.some((marker) => lower.includes(marker));
}

function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
}

function ancestorMatches(el: AnyNode | null, pattern: RegExp, stopAt?: Element): boolean {
  for (let node = el; node && isElement(node); node = node.parent) {
    if (pattern.test(classAndId(node))) return true;
    if (node === stopAt || node.name === 'body') break;
  }
  return false;
}

export function gatherPageDates(parsed: ParsedPage): DateArtifact[] {
  const pageUrl = parsed.page.url;
  const out = new DateCollector(pageUrl);
  const lines = textLines(parsed);

  lines.forEach((line, lineIndex) => {
    for (const match of parseSpanishDates(line.text)) {
      let before = line.text.slice(Math.max(0, match.index - CONTEXT_CHARS), match.index);
      // "<dt>Actualización</dt><dd>30/04/2016</dd>": the label is the line above.
      if (!/\p{L}/u.test(before) && lineIndex > 0) before = `${lines[lineIndex - 1]!.text.slice(-CONTEXT_CHARS)} ${before}`;
      const elements = elementsIn(line, match.index, match.index + match.text.length);
      const cell = elements.map((el) => closestCell(el, line.block)).find(Boolean) ?? null;
      const columnLabel = cell ? columnHeader(parsed, cell) : null;
      // A period ("Información vigente de enero a diciembre 2015", even under "Fecha de actualización:")
      // says what the information covers, not when it was updated (methodology: updated-6-months).
      const labelled =
        !match.period &&
        (isUpdateLabel(before) ||
        (columnLabel !== null && isUpdateLabel(columnLabel)) ||
          elements.some((el) => ancestorMatches(el, UPDATE_CLASS_HINTS, line.block)));
      const clock = elements.some((el) => ancestorMatches(el, CLOCK_CLASS_HINTS));
      const today = TODAY_MARKERS.some((marker) => normalise(before.slice(-30)).includes(marker));
      const copyright = !labelled && hasCopyrightMarker(line.text);
      out.add({ date: match.date, text: match.text, source: 'page-text', labelledAsUpdate: labelled, decoy: clock || today || copyright, ...(match.period && { period: true }) });
    }
  });

  // <time datetime="…"> whose visible text is not itself a parseable date ("hace 2 días", "Mar 3").
  parsed.$('time[datetime]').each((_, node) => {
    const el = node as Element;
    const date = isoAttributeDate(el.attribs.datetime);
    const shown = visibleText(el);
    if (!date || parseSpanishDates(shown).length > 0) return;
    const parentText = el.parent && isElement(el.parent) ? visibleText(el.parent) : '';
    const before = parentText.slice(0, Math.max(0, parentText.indexOf(shown))).slice(-CONTEXT_CHARS);
    out.add({
      date,
      text: shown || el.attribs.datetime!,
      source: 'page-text',
      labelledAsUpdate: isUpdateLabel(before) || ancestorMatches(el, UPDATE_CLASS_HINTS),
      decoy: ancestorMatches(el, CLOCK_CLASS_HINTS),
    });
  });

  // Publication metadata (WordPress/Drupal emit these): an update stamp, not page chrome.
  parsed.$('meta[content]').each((_, node) => {
    const el = node as Element;
    const name = (el.attribs.property ?? el.attribs.name ?? el.attribs['http-equiv'] ?? '').toLowerCase();
    if (!META_DATE_NAMES.includes(name)) return;
    const content = el.attribs.content ?? '';
    const date = isoAttributeDate(content) ?? httpDateToIso(content);
    if (date) out.add({ date, text: `${name}: ${content}`, source: 'page-text', labelledAsUpdate: true, decoy: false });
  });

  parsed.$('script').each((_, node) => {
    const el = node as Element;
    const code = parsed.$(el).text();
    if (!code.trim()) return;
    if ((el.attribs.type ?? '').toLowerCase() === 'application/ld+json') {
      for (const m of code.matchAll(/"(dateModified|datePublished|dateCreated)"\s*:\s*"([^"]+)"/g)) {
        const date = isoAttributeDate(m[2]);
        if (date) out.add({ date, text: `${m[1]}: ${m[2]}`, source: 'page-text', labelledAsUpdate: m[1] !== 'dateCreated', decoy: false });
      }
      return;
    }
    // Dates in code (clock scripts, document.write of the year, config) are never content updates.
    for (const match of parseSpanishDates(code.slice(0, MAX_SCRIPT_CHARS))) {
      out.add({ date: match.date, text: collapse(match.text), source: 'page-text', labelledAsUpdate: false, decoy: true });
    }
  });

  const lastModified = httpDateToIso(header(parsed.page.headers, 'last-modified'));
  if (lastModified) {
    out.add({ date: lastModified, text: `Last-Modified: ${header(parsed.page.headers, 'last-modified')}`, source: 'last-modified', labelledAsUpdate: true, decoy: false });
  }
  return out.dates;
}

function closestCell(el: Element, stopAt: Element): Element | null {
  for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
    if (node.name === 'td' || node.name === 'th') return node;
    if (node === stopAt) break;
  }
  return stopAt.name === 'td' || stopAt.name === 'th' ? stopAt : null;
}

/**
 * Dates the crawl itself carries: Last-Modified of probed files (pageUrl = the file's URL; the
 * file-link artifacts say which pages link it) and sitemap lastmod (pageUrl = the fetched page the
 * entry names when there is one, else the entry's URL).
 */
export function gatherCrawlDates(site: SiteCrawl): DateArtifact[] {
  const dates: DateArtifact[] = [];
  for (const file of site.files) {
    const date = httpDateToIso(file.lastModified);
    if (date) {
      dates.push({ pageUrl: file.url, date, text: `Last-Modified: ${file.lastModified}`, source: 'last-modified', labelledAsUpdate: true, decoy: false });
    }
  }
  const pageByKey = new Map<string, string>();
  for (const page of site.pages) {
    pageByKey.set(canonicalKey(page.requestedUrl), page.url);
    pageByKey.set(canonicalKey(page.url), page.url);
  }
  for (const entry of site.sitemap) {
    if (!entry.lastmod) continue;
    const date = isoAttributeDate(entry.lastmod) ?? httpDateToIso(entry.lastmod);
    if (!date) continue;
    const pageUrl = pageByKey.get(canonicalKey(entry.url)) ?? entry.url;
    dates.push({ pageUrl, date, text: `lastmod: ${entry.lastmod}`, source: 'sitemap', labelledAsUpdate: true, decoy: false });
  }
  return dates;
}

class DateCollector {
  readonly dates: DateArtifact[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly pageUrl: string) {}

  add(date: Omit<DateArtifact, 'pageUrl'>): void {
    const key = `${date.date}|${date.text}|${date.source}|${date.labelledAsUpdate}|${date.decoy}`;
    if (this.seen.has(key) || this.dates.length >= MAX_DATES_PER_PAGE) return;
    this.seen.add(key);
    this.dates.push({ pageUrl: this.pageUrl, ...date });
  }
}
