/**
 * Small helpers several indicators share: text normalisation and vocabulary matching, the section
 * scope, date windows, contact detection in running text, evidence shaping.
 */
import { subDays, subMonths } from 'date-fns';
import type {
  Artifacts,
  FileLinkArtifact,
  FormArtifact,
  LinkArtifact,
  OpenDataSection,
  PageArtifact,
  PostArtifact,
  SocialLinkArtifact,
} from '../src/gather/artifacts.ts';
import { normalise } from '../src/gather/vocabulary.ts';
import { fail, pass, unknown, type Evidence, type Outcome } from './define.ts';
import type { Message, MessageParam } from './messages.ts';
import { dateSourceMessage, sharedMsg } from './shared-messages.ts';
import {
  CONTACT_CUES,
  GOVERNMENT_ACCOUNT_WORDS,
  LEGAL_CITATION_PATTERNS,
  LAW_TEXT_START,
  MAYOR_WORDS,
  NEWS_URL_PATTERNS,
  OTHER_GOVERNMENT_ACCOUNT_WORDS,
  PARTICIPATION_EXPLANATION_CUES,
  PARTICIPATION_MECHANISMS,
  PUBLICATION_DATE_LINE,
} from './vocabulary.ts';

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

// ----------------------------------------------------------------------------------- social accounts

/** Account-bearing links (profiles and channels), not share buttons, posts or bare platform home pages. */
export function isAccountLink(link: SocialLinkArtifact): boolean {
  return (link.kind === 'profile' || link.kind === 'channel') && link.accountId !== null && link.accountId !== '';
}

export function accountKey(link: { platform: string; accountId: string | null }): string {
  return `${link.platform}:${normalise(link.accountId ?? '')}`;
}

/** Pages about the mayor: their title or a heading names the office. */
export function mayorPageUrls(artifacts: Artifacts): Set<string> {
  return new Set(
    artifacts.pages
      .filter((p) => !p.isHome && [p.title, ...p.headings].some((h) => matchPhrase(h, MAYOR_WORDS)))
      .map((p) => canonicalUrl(p.url)),
  );
}

/**
 * Social links of the site's template: the same link in the same place on several pages. Old table layouts
 * put the icons in a left column beside the menu with no header/nav/footer markup; repeated on every page,
 * they are site chrome all the same — on the mayor's page too.
 */
export function templateLinks(artifacts: Artifacts): Set<string> {
  const pages = new Map<string, Set<string>>();
  for (const l of artifacts.socialLinks) {
    const key = `${l.href}|${l.selector}`;
    if (!pages.has(key)) pages.set(key, new Set());
    pages.get(key)!.add(canonicalUrl(l.pageUrl));
  }
  return new Set([...pages].filter(([, on]) => on.size > 1).map(([key]) => key));
}

/** Header, menu, footer or the template: the site's chrome, where the surrounding text is the menu or the address, not a label. */
function inChrome(link: SocialLinkArtifact, template: Set<string>): boolean {
  return link.region === 'header' || link.region === 'nav' || link.region === 'footer' || template.has(`${link.href}|${link.selector}`);
}

/**
 * A link is the mayor's when its own text or surrounding text names the mayor, or when it sits in the
 * body of a page about the mayor (site chrome in header/nav/footer of that page is the government's).
 */
export function isMayorLink(link: SocialLinkArtifact, mayorPages: Set<string>, template: Set<string> = new Set()): boolean {
  const chrome = inChrome(link, template);
  // In site chrome the surrounding text is the menu ("Inicio · Alcalde · Transparencia" beside the
  // government's icons), so there only the link's own text can name the mayor.
  if (matchPhrase(chrome ? link.text : `${link.text} ${link.contextText}`, MAYOR_WORDS)) return true;
  return !chrome && mayorPages.has(canonicalUrl(link.pageUrl));
}

/** The link's own words: its text and its handle split into words ("AyuntamientoZitacuaro" → "Ayuntamiento Zitacuaro"). */
function ownWords(link: SocialLinkArtifact): string {
  const handle = (link.accountId ?? '').replace(/[_.-]+/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return `${link.text} ${handle}`;
}

/** Whose account a link says it is; null for a bare icon that names nobody. */
export type AccountOwner = 'government' | 'mayor' | 'other' | null;

/**
 * What one link says about its account. Its own words speak first: a handle or text naming the
 * ayuntamiento is the government's even on the mayor's page or beside "Presidente Municipal" in a menu;
 * one naming another government or a party ("Gobierno del Estado", "Morena") is theirs. Outside site
 * chrome the surrounding text and the mayor's page speak next (isMayorLink).
 */
export function linkOwner(link: SocialLinkArtifact, mayorPages: Set<string>, template: Set<string> = new Set()): AccountOwner {
  const own = ownWords(link);
  if (matchPhrase(own, MAYOR_WORDS)) return 'mayor';
  if (matchPhrase(own, GOVERNMENT_ACCOUNT_WORDS)) return 'government';
  if (matchPhrase(own, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return 'other';
  if (inChrome(link, template)) return null;
  if (matchPhrase(link.contextText, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return 'other';
  if (isMayorLink(link, mayorPages, template)) return 'mayor';
  if (matchPhrase(link.contextText, GOVERNMENT_ACCOUNT_WORDS)) return 'government';
  return null;
}

/** Store listings and messaging lines are not accounts on a social network. */
const NOT_SOCIAL_NETWORKS = new Set(['google-play', 'app-store', 'whatsapp', 'telegram']);

/**
 * Whose each linked account is, from all its links: the government's when any link names it so; else
 * another government's or the mayor's when a link says so; an account only ever shown as a bare icon is
 * the government's (the site links it as its own). So the footer's unlabelled Twitter icon that leads to
 * the account the mayor's page presents as hers is the mayor's, not the government's.
 */
export function accountOwners(artifacts: Artifacts): Map<string, Exclude<AccountOwner, null>> {
  const mayorPages = mayorPageUrls(artifacts);
  const template = templateLinks(artifacts);
  const said = new Map<string, Set<AccountOwner>>();
  for (const link of artifacts.socialLinks) {
    if (!isAccountLink(link)) continue;
    const key = accountKey(link);
    if (!said.has(key)) said.set(key, new Set());
    said.get(key)!.add(linkOwner(link, mayorPages, template));
  }
  const owners = new Map<string, Exclude<AccountOwner, null>>();
  for (const [key, owners_] of said) {
    owners.set(key, owners_.has('government') ? 'government' : owners_.has('other') ? 'other' : owners_.has('mayor') ? 'mayor' : 'government');
  }
  return owners;
}

/** The government's own accounts: account links whose account is the municipal government's (accountOwners). */
export function governmentAccounts(artifacts: Artifacts): SocialLinkArtifact[] {
  const owners = accountOwners(artifacts);
  return artifacts.socialLinks.filter(
    (l) => isAccountLink(l) && !NOT_SOCIAL_NETWORKS.has(l.platform) && owners.get(accountKey(l)) === 'government',
  );
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

// ---------------------------------------------------------------------------------- participation

export interface ParticipationPage {
  page: PageArtifact;
  /** The title or heading that names a mechanism. */
  heading: string;
  mechanism: string;
  /** The text blocks that heading introduces: the whole body for the page's title or main heading. */
  blocks: string[];
}

const MIN_PARTICIPATION_WORDS = 60;
const MAX_HEADING_WORDS = 15;
/** Words of explanation (not law text) under the mechanism heading: a news teaser's one sentence is not enough. */
const MIN_EXPLAINING_WORDS = 30;
/** A paragraph this long under a mechanism heading explains it, even without a cue like "¿Qué es?". */
const MIN_EXPLAINING_BLOCK_WORDS = 15;
const MAX_DATE_LINE_WORDS = 12;

/** "09/05/2016", "Publicado el 9 de mayo de 2016 en Noticias": the dateline under a news headline. */
function isDateLine(block: string): boolean {
  return wordsOf(block).length <= MAX_DATE_LINE_WORDS && PUBLICATION_DATE_LINE.test(normalise(block));
}

/** A quoted article or fraction ("Artículo 5.- Son mecanismos…"), or a law's name in capitals ("REGLAMENTO DE …"). */
function isLawText(block: string): boolean {
  const letters = block.replace(/[^\p{L}]/gu, '');
  return LAW_TEXT_START.test(normalise(block)) || (letters.length >= 12 && letters === letters.toUpperCase());
}

/**
 * A news item reports an event ("Entrega … obras del Presupuesto Participativo"); it does not explain a
 * mechanism or how to take part, even when it names one. Known by its URL (noticias, boletines, ?p=123) or by
 * a dateline under its main heading.
 */
export function isNewsItem(page: PageArtifact): boolean {
  if (page.isHome) return false;
  if (NEWS_URL_PATTERNS.some((p) => p.test(page.url))) return true;
  const main = page.headings[0];
  const at = main === undefined ? -1 : page.textBlocks.findIndex((b) => normalise(b) === normalise(main));
  return at >= 0 && isDateLine(page.textBlocks[at + 1] ?? '');
}

/**
 * Headings that name a mechanism, each with the blocks it introduces. The title and the main heading of a
 * page introduce its whole body; any other heading (and every heading of the home page, a collection of
 * teasers) the blocks up to the next heading that names no mechanism ("Comités vecinales" then "Cabildo
 * abierto" then "Informes" on a participation page: the first two are read together). A heading with a
 * dateline under it is a news headline.
 */
function mechanismSections(page: PageArtifact): ParticipationPage[] {
  const names = (h: string) => (wordsOf(h).length <= MAX_HEADING_WORDS && !isLegalCitation(h) ? matchPhrase(h, PARTICIPATION_MECHANISMS) : null);
  const headings = new Set(page.headings.map(normalise));
  const blocks = page.textBlocks;
  const isHeading = (b: string) => headings.has(normalise(b));
  const sections: ParticipationPage[] = [];
  const mainAt = page.headings[0] === undefined ? -1 : blocks.findIndex((b) => normalise(b) === normalise(page.headings[0]!));
  const titleMechanism = page.isHome ? null : names(page.title);
  if (titleMechanism) sections.push({ page, heading: page.title, mechanism: titleMechanism, blocks: blocks.slice(mainAt + 1) });
  blocks.forEach((block, at) => {
    const mechanism = isHeading(block) ? names(block) : null;
    if (!mechanism || isDateLine(blocks[at + 1] ?? '')) return;
    const whole = at === mainAt && !page.isHome;
    const end = blocks.findIndex((b, i) => i > at && isHeading(b) && !names(b));
    sections.push({ page, heading: block, mechanism, blocks: blocks.slice(at + 1, whole || end < 0 ? undefined : end) });
  });
  return sections;
}

/**
 * Explanatory text: 30+ words that are not law text, a dateline or a bare contact line, with a cue of what
 * the mechanism is or how to take part, or a paragraph of 15+ words.
 */
function explains(blocks: string[]): boolean {
  const cue = (b: string) => matchPhrase(b, PARTICIPATION_EXPLANATION_CUES) !== null;
  const prose = blocks.filter((b) => !isLawText(b) && !isDateLine(b) && (cue(b) || findContacts(b).length === 0));
  const words = prose.reduce((sum, b) => sum + wordsOf(b).length, 0);
  return words >= MIN_EXPLAINING_WORDS && prose.some((b) => cue(b) || wordsOf(b).length >= MIN_EXPLAINING_BLOCK_WORDS);
}

/**
 * Pages that describe a participation mechanism: the title or a heading names one (not as a legal citation),
 * and the text it introduces explains what it is or how to take part ("¿Qué es?", "requisitos", "se eligen en
 * asamblea", "inscríbete", or a real paragraph). Not counted: a regulation page
 * that only quotes "Artículo 5.- Son mecanismos…: I. Plebiscito; …", a fraction heading "Fracción XXXVII. Los
 * mecanismos de participación ciudadana", a news item or a home-page teaser about a ceremony, a menu label.
 */
export function participationPages(artifacts: Artifacts): { pages: ParticipationPage[]; mentions: PageArtifact[] } {
  const pages: ParticipationPage[] = [];
  const mentions: PageArtifact[] = [];
  for (const page of artifacts.pages) {
    const sections = mechanismSections(page);
    const explained =
      page.wordCount >= MIN_PARTICIPATION_WORDS && !isNewsItem(page) ? sections.find((s) => explains(s.blocks)) : undefined;
    if (explained) pages.push(explained);
    else if (sections.length || matchPhrase(page.text, PARTICIPATION_MECHANISMS)) mentions.push(page);
  }
  return { pages, mentions };
}

// ------------------------------------------------------------------------------------ social posts

/** A week before as-of, both ends included: as-of 2016-05-20 → 2016-05-13 … 2016-05-20. */
export const SOCIAL_WINDOW_DAYS = 7;

export interface SocialWeek {
  accounts: SocialLinkArtifact[];
  /** The government's posts (not the mayor's), future-dated ones dropped. */
  posts: PostArtifact[];
  recent: PostArtifact[];
  start: string;
}

export function socialWeek(artifacts: Artifacts, asOf: string): SocialWeek {
  const accounts = uniqueBy(governmentAccounts(artifacts), accountKey);
  const government = new Set(accounts.map(accountKey));
  const start = windowStart(asOf, { days: SOCIAL_WINDOW_DAYS });
  // Only the government's accounts' posts: not the mayor's, not the State's timeline the home page embeds,
  // nor a post whose account cannot be told.
  const posts = artifacts.posts.filter((p) => p.accountId && government.has(accountKey(p)) && !isFuture(p.postedAt, asOf));
  return { accounts, posts, recent: posts.filter((p) => inWindow(p.postedAt, start, asOf)), start };
}

/** The post's text verbatim; the note says whose post and when. */
export function postEvidence(post: PostArtifact): Evidence {
  const account = `${post.platform}${post.accountId ? ` @${post.accountId}` : ''}`;
  return { url: post.pageUrl, text: post.text, note: sharedMsg('post', { account, date: post.postedAt }) };
}

/** "cuenta de facebook ayuntamiento": for account links a reviewer should open. */
export function accountNote(link: { platform: string; accountId: string | null }): Message {
  return sharedMsg('account', { platform: link.platform, account: link.accountId ?? '' });
}
