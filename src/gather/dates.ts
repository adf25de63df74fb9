/**
 * Dates gatherer: every date on a page (text, <time>, meta tags, JSON-LD, inline scripts), the
 * Last-Modified headers of pages and probed files, and sitemap lastmod. Each date says whether the
 * text around it calls it an update/publication date, whether it is a decoy (copyright line,
 * clock widget, script) and whether it dates a news item or event the page lists rather than the page.
 * Future dates are kept: indicators judge them against as-of.
 */
import type { AnyNode, Element } from 'domhandler';
import type { SiteCrawl } from '../crawl/types.ts';
import type { DateArtifact } from './artifacts.ts';
import { collapse, isElement, regionOf, visibleText, type ParsedPage } from './dom.ts';
import { isoAttributeDate, parseSpanishDates } from './dateParse.ts';
import { columnHeader, elementsIn, textLines } from './lines.ts';
import { canonicalKey, extensionOf, header, httpDateToIso, resolveUrl } from './url.ts';
import {
  CLOCK_CLASS_HINTS, COPYRIGHT_MARKERS, CUT_OFF_BEFORE_DATE, EVENT_URL_PATTERNS, META_DATE_NAMES, NEWS_ITEM_CLASS_HINTS,
  NEWS_WIDGET_HEADINGS, TODAY_MARKERS, UPDATE_CLASS_HINTS, UPDATE_LABEL_NEGATIONS, UPDATE_LABELS,
} from '../vocabulary/dates.ts';
import { ASSET_EXTENSIONS, FILE_EXTENSIONS } from '../vocabulary/files.ts';
import { matchPhrase } from '../vocabulary/match.ts';
import { NEWS_URL_PATTERNS } from '../vocabulary/participation.ts';
import { normalise } from '../vocabulary/text.ts';

const CONTEXT_CHARS = 60;
const MAX_DATES_PER_PAGE = 1000;
const MAX_SCRIPT_CHARS = 20_000;
/** A news card or list item is short; a longer block is page content, whatever links it holds. */
const MAX_NEWS_ITEM_CHARS = 400;

/** The text before a date says it is an update/publication date. */
export function isUpdateLabel(context: string): boolean {
  const text = normalise(context);
  if (UPDATE_LABEL_NEGATIONS.some((n) => text.includes(n))) return false;
  return UPDATE_LABELS.some((label) => text.includes(label)) || CUT_OFF_BEFORE_DATE.test(text);
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
      const news = elements.some((el) => datesNewsItem(parsed, el));
      out.add({
        date: match.date, text: match.text, source: 'page-text', labelledAsUpdate: labelled, decoy: clock || today || copyright,
        ...(match.period && { period: true }), ...(news && { belongsTo: 'news' as const }),
      });
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
      ...(datesNewsItem(parsed, el) && { belongsTo: 'news' as const }),
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

/**
 * The date dates a news item, an event or a post the page lists, not the page: its list item (or news card)
 * links to a news or event page ("<li><a href="/noticias/inauguran-parque-lineal">…</a> Publicado el 17 de mayo
 * de 2016</li>"), or it sits in a sidebar widget whose heading names news or events ("Últimas noticias", "Próximos
 * eventos"). A catalogue's own listing links to datasets and files, so its stamps stay the page's.
 */
function datesNewsItem(parsed: ParsedPage, el: Element): boolean {
  const item = newsItemOf(el);
  if (item && visibleText(item).length <= MAX_NEWS_ITEM_CHARS && linksToNewsPage(parsed, item)) return true;
  if (regionOf(parsed, el) !== 'aside') return false;
  const heading = headingAbove(el);
  return heading !== null && matchPhrase(visibleText(heading), NEWS_WIDGET_HEADINGS) !== null;
}

/** The list item or news/event card holding the element. */
function newsItemOf(el: Element): Element | null {
  for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
    if (node.name === 'body') break;
    if (node.name === 'li' || NEWS_ITEM_CLASS_HINTS.test(classAndId(node))) return node;
  }
  return null;
}

function linksToNewsPage(parsed: ParsedPage, item: Element): boolean {
  return parsed.$(item).find('a[href]').toArray().some((a) => {
    const href = resolveUrl((a as Element).attribs.href ?? '', parsed.page.url);
    if (!href) return false;
    const extension = extensionOf(href);
    if (FILE_EXTENSIONS.has(extension) || ASSET_EXTENSIONS.has(extension)) return false;
    return NEWS_URL_PATTERNS.some((p) => p.test(href)) || EVENT_URL_PATTERNS.some((p) => p.test(href));
  });
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The heading the element falls under: the last one before it inside its nearest ancestor that has one. */
function headingAbove(el: Element): Element | null {
  for (let container = el.parent; container && isElement(container) && container.name !== 'body'; container = container.parent) {
    let last: Element | null = null;
    const visit = (node: AnyNode): boolean => {
      if (node === el) return true;
      if (!isElement(node)) return false;
      if (HEADING_TAGS.has(node.name)) last = node;
      return node.children.some(visit);
    };
    visit(container);
    if (last) return last;
  }
  return null;
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
/** Dates the server gave the files the crawl probed (Last-Modified). */
export function gatherFileDates(files: SiteCrawl['files']): DateArtifact[] {
  const dates: DateArtifact[] = [];
  for (const file of files) {
    const date = httpDateToIso(file.lastModified);
    if (date) {
      dates.push({ pageUrl: file.url, date, text: `Last-Modified: ${file.lastModified}`, source: 'last-modified', labelledAsUpdate: true, decoy: false });
    }
  }
  return dates;
}

/** The sitemap's lastmod of each page, dated on the page as fetched. */
export function gatherSitemapDates(site: Pick<SiteCrawl, 'pages' | 'sitemap'>): DateArtifact[] {
  const dates: DateArtifact[] = [];
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
    const key = `${date.date}|${date.text}|${date.source}|${date.labelledAsUpdate}|${date.decoy}|${date.belongsTo ?? ''}`;
    if (this.seen.has(key) || this.dates.length >= MAX_DATES_PER_PAGE) return;
    this.seen.add(key);
    this.dates.push({ pageUrl: this.pageUrl, ...date });
  }
}
