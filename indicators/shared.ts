/**
 * Small helpers several indicators share: text normalisation and vocabulary matching, the section
 * scope, the site's template, date windows, contact detection in running text, evidence shaping. Helpers of
 * one family of indicators live beside it: shared-freshness.ts, shared-participation.ts, shared-social.ts.
 */
import { subDays, subMonths } from 'date-fns';
import type {
  Artifacts,
  FileLinkArtifact,
  FormArtifact,
  LinkArtifact,
  OpenDataSection,
  PageArtifact,
} from '../src/gather/artifacts.ts';
import { normalise } from '../src/gather/vocabulary.ts';
import { fail, unknown, type Evidence, type Outcome } from './define.ts';
import type { Message, MessageParam } from './messages.ts';
import { sharedMsg } from './shared-messages.ts';
import { CONTACT_CUES, LEGAL_CITATION_PATTERNS } from './vocabulary.ts';

export const MAX_EVIDENCE = 3;

/** One normal form for every vocabulary, shared with the gatherers. */
export { normalise };

const compiled = new WeakMap<readonly string[], RegExp[]>();

function compile(phrases: readonly string[]): RegExp[] {
  let regexes = compiled.get(phrases);
  if (!regexes) {
    regexes = phrases.map((phrase) => {
      const prefix = phrase.endsWith('*');
      const body = normalise(prefix ? phrase.slice(0, -1) : phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
    });
    compiled.set(phrases, regexes);
  }
  return regexes;
}

/** The first vocabulary phrase found in `text` (on word boundaries, accent- and case-insensitive), or null. */
export function matchPhrase(text: string, phrases: readonly string[]): string | null {
  const normalised = normalise(text);
  const regexes = compile(phrases);
  for (let i = 0; i < regexes.length; i++) if (regexes[i]!.test(normalised)) return phrases[i]!;
  return null;
}

/** Every occurrence of any vocabulary phrase in already-normalised text, in text order. */
export function findPhrases(normalisedText: string, phrases: readonly string[]): { index: number; phrase: string }[] {
  const found: { index: number; phrase: string }[] = [];
  const regexes = compile(phrases);
  regexes.forEach((regex, i) => {
    const global = new RegExp(regex.source, 'gu');
    for (const m of normalisedText.matchAll(global)) found.push({ index: m.index, phrase: phrases[i]! });
  });
  return found.sort((a, b) => a.index - b.index);
}

export function isLegalCitation(text: string): boolean {
  const normalised = normalise(text);
  return LEGAL_CITATION_PATTERNS.some((p) => p.test(normalised));
}

export function wordsOf(text: string): string[] {
  return normalise(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------- URLs

/** Same page: fragment and trailing slash dropped, host lower-cased. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    // Not an absolute URL (a test fixture or a broken href): compare it as written.
    return url.replace(/#.*$/, '').replace(/\/+$/, '');
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    // mailto:, javascript:void(0) and broken hrefs have no host.
    return '';
  }
}

export function inSection(url: string, artifacts: Pick<Artifacts, 'section'>): boolean {
  const section = artifacts.section;
  if (!section) return false;
  const target = canonicalUrl(url);
  return section.pageUrls.some((u) => canonicalUrl(u) === target);
}

export interface SectionScope {
  section: OpenDataSection;
  /** Canonical URLs of the section's pages. */
  urls: Set<string>;
  /** The section pages that were fetched. */
  pages: PageArtifact[];
  has(url: string): boolean;
}

/**
 * The section an indicator looks at, or the outcome when there is none: no section → fail (the study gave
 * no points: a section that does not exist cannot be updated, searched…); a section none of whose pages
 * were fetched → unknown.
 */
export function sectionScope(artifacts: Artifacts): SectionScope | Outcome {
  const section = artifacts.section;
  if (!section) return fail(sharedMsg('no-section'));
  const urls = new Set([section.url, ...section.pageUrls].map(canonicalUrl));
  const pages = artifacts.pages.filter((p) => urls.has(canonicalUrl(p.url)));
  if (pages.length === 0)
    return unknown(sharedMsg('section-not-fetched', { url: section.url }), [
      { url: section.entry.pageUrl, text: section.entry.text, selector: section.entry.selector },
    ]);
  return { section, urls, pages, has: (url: string) => urls.has(canonicalUrl(url)) };
}

export function isOutcome(value: SectionScope | Outcome): value is Outcome {
  return 'verdict' in value;
}

export function homePage(artifacts: Artifacts): PageArtifact | undefined {
  return artifacts.pages.find((p) => p.isHome);
}

/** A block or link on more than this share of the crawled pages (and on 3 at least) belongs to the site's template. */
const TEMPLATE_SHARE = 0.5;
const MIN_TEMPLATE_PAGES = 3;

/** Keys of the items found on most crawled pages (the site's template: header, menu, sidebar, footer). */
export function recurring<T>(items: readonly T[], key: (item: T) => string, pageOf: (item: T) => string, pages: number): Set<string> {
  const on = new Map<string, Set<string>>();
  for (const item of items) {
    const k = key(item);
    on.set(k, (on.get(k) ?? new Set()).add(canonicalUrl(pageOf(item))));
  }
  return new Set([...on].filter(([, where]) => where.size >= MIN_TEMPLATE_PAGES && where.size > pages * TEMPLATE_SHARE).map(([k]) => k));
}

/**
 * Normalised text blocks of the site's template: the same block on most crawled pages. Old table layouts have
 * no header/nav/footer markup, so their menu ("Inicio | Ayuntamiento | …"), sidebar, clock and footer address
 * come through as running text of every page.
 */
export function siteTemplateBlocks(artifacts: Pick<Artifacts, 'pages'>): Set<string> {
  const blocks = artifacts.pages.flatMap((p) => [...new Set(p.textBlocks.map(normalise))].map((text) => ({ text, url: p.url })));
  return recurring(blocks, (b) => b.text, (b) => b.url, artifacts.pages.length);
}

/** Links of the site's template (same target and text on most crawled pages), as `siteTemplateLinkKey`s. */
export function siteTemplateLinks(artifacts: Pick<Artifacts, 'pages' | 'links'>): Set<string> {
  return recurring(artifacts.links, siteTemplateLinkKey, (l) => l.pageUrl, artifacts.pages.length);
}

export function siteTemplateLinkKey(link: Pick<LinkArtifact, 'href' | 'text'>): string {
  return `${canonicalUrl(link.href)}|${normalise(link.text)}`;
}

// --------------------------------------------------------------------------------------------- dates

function parseDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  // Noon, so that DST changes at midnight can never move the day.
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** First day of a window ending at `asOf`: `{ months: 6 }` from 2016-05-20 is 2015-11-20. */
export function windowStart(asOf: string, span: { months?: number; days?: number }): string {
  let date = parseDay(asOf);
  if (span.months) date = subMonths(date, span.months);
  if (span.days) date = subDays(date, span.days);
  return formatDay(date);
}

/** `date` (YYYY-MM-DD or ISO date-time) lies in [start, asOf]; future dates never count. */
export function inWindow(date: string, start: string, asOf: string): boolean {
  const day = date.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= start && day <= asOf.slice(0, 10);
}

export function isFuture(date: string, asOf: string): boolean {
  return date.slice(0, 10) > asOf.slice(0, 10);
}

// ------------------------------------------------------------------------------------------ evidence

type Linkish = Pick<LinkArtifact, 'pageUrl' | 'text' | 'selector'> & { href?: string };

/** Evidence of a link: its label and target as on the page ("Datos abiertos → https://…"), plus Mirador's note. */
export function toEvidence(link: Linkish, note?: Message): Evidence {
  const label = link.text.trim() || link.href || '';
  const text = [label, link.href && link.href !== link.pageUrl && link.href !== label ? `→ ${link.href}` : ''].filter(Boolean).join(' ');
  return { url: link.pageUrl, text, selector: link.selector, ...(note ? { note } : {}) };
}

/** Evidence of a form: its purpose text, or its field names in brackets when it has none. */
export function formEvidence(form: FormArtifact, note?: Message): Evidence {
  const purpose = form.purposeText.trim() || `[${form.fields.map((f) => f.name || f.type).join(', ')}]`;
  return { url: form.pageUrl, text: purpose, selector: form.selector, ...(note ? { note } : {}) };
}

export function fileEvidence(file: FileLinkArtifact, note?: Message): Evidence {
  return toEvidence(file, note ?? sharedMsg('file-format', { format: file.format }));
}

/** "coincide con “datos abiertos”": which vocabulary phrase or label made the evidence count. */
export function matchedNote(phrase: string): Message {
  return sharedMsg('matched', { phrase });
}

export function firstEvidence<T>(items: T[], map: (item: T) => Evidence): Evidence[] {
  return items.slice(0, MAX_EVIDENCE).map(map);
}

/** Page texts quoted verbatim (“a”, “b”), the first `max` of them, then "y N más" / "and N more". */
export function quoteList(texts: string[], max = MAX_EVIDENCE): MessageParam {
  const shown = texts.slice(0, max).map((t) => `“${t.trim()}”`).join(', ');
  return texts.length > max ? sharedMsg('quoted-list-more', { list: shown, more: texts.length - max }) : shown;
}

// ------------------------------------------------------------------------------------------ contacts

export interface ContactMatch {
  kind: 'phone' | 'email' | 'address';
  text: string;
  /** Offset in the normalised text. */
  index: number;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
// Mexican shapes seen: "(01)(81) 8130-63-81", "33 3283 4400", "238 7700, extensiones 6125", "+52 33 1234 5678".
const PHONE = /(?:\+?52[\s.-]?)?(?:\(\d{2,3}\)\s?){0,2}(?:\d{2,3}[\s.-])?\d{3,4}[\s.-]?\d{2}[\s.-]?\d{2}(?!\d)/g;
const STREET =
  /\b(?:calle|av\.?|avenida|blvd\.?|boulevard|bulevar|calzada|calz\.|privada|prol\.|prolongacion|carretera|andador)\s+[^,;:]{2,60}?(?:#\s?\d+|no\.\s?\d+|\d+|s\/n)/g;
const POSTCODE = /\bc\.\s?p\.?\s*\d{5}\b/g;
const PHONE_CUE_DISTANCE = 40;

/**
 * Phones, e-mails and street addresses in running text (until gather provides a `contacts` artifact).
 * A digit run counts as a phone only when a cue (Tel., Teléfono, ext., WhatsApp…) precedes it closely:
 * without it, amounts, folios and dates would look like phones.
 */
export function findContacts(text: string): ContactMatch[] {
  const t = normalise(text);
  const found: ContactMatch[] = [];
  for (const m of t.matchAll(EMAIL)) found.push({ kind: 'email', text: m[0], index: m.index });
  const cues = findPhrases(t, CONTACT_CUES);
  for (const m of t.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 13) continue;
    if (cues.some((c) => c.index <= m.index && m.index - c.index <= PHONE_CUE_DISTANCE))
      found.push({ kind: 'phone', text: m[0].trim(), index: m.index });
  }
  for (const m of t.matchAll(STREET)) found.push({ kind: 'address', text: m[0], index: m.index });
  for (const m of t.matchAll(POSTCODE)) found.push({ kind: 'address', text: m[0], index: m.index });
  return found.sort((a, b) => a.index - b.index);
}


export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
