/**
 * One parsed page shared by every gatherer (cheerio loads each page once), plus the DOM helpers
 * they share: visible text, regions, selectors, block context.
 */
import { loadHtml } from '../crawl/html-guard.ts';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import type { FetchedPage } from '../crawl/types.ts';
import type { PageRegion } from './artifacts.ts';
import { ICON_LIGATURE_CLASS } from '../vocabulary/link-texts.ts';
import { CONTENT_NAV_CLASSES, REGION_BY_ROLE, REGION_BY_TAG, REGION_CLASS_HINTS } from '../vocabulary/regions.ts';
import { resolveUrl } from './url.ts';

export interface ParsedPage {
  page: FetchedPage;
  $: CheerioAPI;
  /** Base for relative URLs: `<base href>` resolved against the page URL. */
  baseUrl: string;
  isHome: boolean;
  /** Per-page caches (id counts for selectors, regions). */
  cache: { idCounts: Map<string, number> | null; regions: Map<Element, PageRegion>; steps: Map<Element, string> };
}

export function parsePage(page: FetchedPage, isHome: boolean): ParsedPage {
  const $ = loadHtml(page.html);
  const baseHref = $('base[href]').first().attr('href');
  const baseUrl = (baseHref && resolveUrl(baseHref, page.url)) || page.url;
  return { page, $, baseUrl, isHome, cache: { idCounts: null, regions: new Map(), steps: new Map() } };
}

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** Elements whose content is never visible text. */
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'svg', 'canvas', 'select']);
/** Elements that break a line of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend', 'details', 'summary', 'caption',
  'option', 'br', 'center', 'label',
]);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible text of a node: scripts/styles skipped, blocks separated by spaces, whitespace collapsed. */
export function visibleText(node: AnyNode): string {
  return textOf(node, false);
}

/**
 * The text of a node; `asName`: what a link's content says to a person, as accessible-name computation reads
 * it: each image's alt in place ("<img alt="Datos"> Abiertos" is "Datos Abiertos"), without what is hidden
 * from assistive technology (aria-hidden icons) and icon-font ligature names.
 */
function textOf(node: AnyNode, asName: boolean): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') {
      parts.push((n as Text).data);
      return;
    }
    if (!isElement(n) || INVISIBLE_TAGS.has(n.name)) return;
    if (asName && (n.attribs['aria-hidden'] === 'true' || ICON_LIGATURE_CLASS.test(n.attribs.class ?? ''))) return;
    if (asName && n.name === 'img') {
      parts.push(` ${n.attribs.alt ?? ''} `);
      return;
    }
    const block = BLOCK_TAGS.has(n.name);
    if (block) parts.push(' ');
    for (const child of n.children) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return collapse(parts.join(''));
}

/** Link or control text, its accessible name: its content (text and image alts), else aria-label, img alt, title (icon-only links). */
export function labelText($: CheerioAPI, el: Element): string {
  const visible = textOf(el, true);
  if (visible) return visible;
  const $el = $(el);
  const candidates = [
    $el.attr('aria-label'),
    $el.attr('alt'), // <area alt>
    ...$el.find('img[alt]').map((_, img) => $(img).attr('alt')).get(),
    $el.attr('title'),
    ...$el.find('[title]').map((_, t) => $(t).attr('title')).get(),
    ...$el.find('[aria-label]').map((_, t) => $(t).attr('aria-label')).get(),
    $el.find('svg title').first().text(),
  ];
  for (const c of candidates) {
    const text = collapse(c ?? '');
    if (text) return text;
  }
  return '';
}

function hintRegion(el: Element): PageRegion | null {
  const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  for (const [region, hints] of REGION_CLASS_HINTS) {
    if (words.some((w) => hints.includes(w))) return region;
  }
  return null;
}

function strongRegion(el: Element): PageRegion | null {
  const role = (el.attribs.role ?? '').toLowerCase();
  return REGION_BY_ROLE[role] ?? REGION_BY_TAG[el.name] ?? null;
}

/** Fewest `<area>`s that make an image map a menu: old table-layout portals draw their menus as one image. */
const MENU_MAP_AREAS = 3;

/** An image map with several areas is the menu drawn as a picture (a one-area map is a clickable banner). */
function isMenuMap(el: Element): boolean {
  return el.name === 'map' && el.children.filter((c) => isElement(c) && c.name === 'area').length >= MENU_MAP_AREAS;
}

/** Bootstrap tab/pill lists (CONTENT_NAV_CLASSES): category tabs of a data section, unless a menu landmark holds them. */
function isContentTabs(el: Element): boolean {
  return CONTENT_NAV_CLASSES.test(el.attribs.class ?? '');
}

/**
 * Where an element sits. The nearest ancestor that names a region (tag, role, or class/id hint)
 * decides, except that anything inside a semantic `<footer>`/contentinfo is footer (footer menus
 * are still footer chrome). `<header>` inside an article is the article's header, i.e. main.
 */
export function regionOf(parsed: ParsedPage, el: Element): PageRegion {
  const cached = parsed.cache.regions.get(el);
  if (cached) return cached;
  let nearest: PageRegion | null = null;
  let inArticle = false;
  let semanticFooter = false;
  // Pills/tabs are content unless a <nav>/<header>/role=navigation holds them: Joomla's main menu is
  // <nav role="navigation"><ul class="nav menu nav-pills">, CKAN's masthead <nav><ul class="nav nav-pills">.
  let inContentTabs = false;
  for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
    if (node.name === 'body' || node.name === 'html') break;
    const strong = strongRegion(node);
    if (strong === 'footer' && (node.name === 'footer' || node.attribs.role === 'contentinfo')) semanticFooter = true;
    if (!nearest) {
      if (node.name === 'header' && !node.attribs.role && isInside(node, ['article', 'main'])) {
        nearest = 'main';
      } else if ((node.attribs.role ?? '').toLowerCase() === 'tablist') {
        nearest = 'main'; // ARIA tabs switch panels of the page itself, wherever they sit
      } else if (inContentTabs) {
        if (strong === 'nav' || strong === 'header' || strong === 'footer') nearest = strong;
        else if (strong || hintRegion(node)) nearest = 'main';
      } else if (isContentTabs(node) && !strong) {
        inContentTabs = true;
      } else {
        nearest = strong ?? (isMenuMap(node) ? 'nav' : hintRegion(node));
      }
    }
    if (node.name === 'article') inArticle = true;
  }
  let region: PageRegion = nearest ?? (inContentTabs ? 'main' : 'unknown');
  if (semanticFooter && !inArticle) region = 'footer';
  parsed.cache.regions.set(el, region);
  return region;
}

function isInside(el: Element, tags: string[]): boolean {
  for (let node = el.parent; node && isElement(node); node = node.parent) {
    if (tags.includes(node.name)) return true;
  }
  return false;
}

const SIMPLE_ID = /^[A-Za-z][\w-]*$/;

/** A CSS selector that finds `el` on its page: nth-of-type path, anchored at the nearest unique id. */
export function cssSelector(parsed: ParsedPage, el: Element): string {
  if (!parsed.cache.idCounts) {
    const counts = new Map<string, number>();
    parsed.$('[id]').each((_, node) => {
      const id = (node as Element).attribs.id ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    parsed.cache.idCounts = counts;
  }
  const idCounts = parsed.cache.idCounts;
  const steps: string[] = [];
  for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
    const id = node.attribs.id;
    if (id && SIMPLE_ID.test(id) && idCounts.get(id) === 1) {
      steps.unshift(`#${id}`);
      break;
    }
    if (node.name === 'html') {
      steps.unshift('html');
      break;
    }
    steps.unshift(selectorStep(parsed, node));
  }
  return steps.join(' > ');
}

/** `tag` or `tag:nth-of-type(n)`; computed for all siblings at once (long lists would be quadratic). */
function selectorStep(parsed: ParsedPage, el: Element): string {
  const cached = parsed.cache.steps.get(el);
  if (cached) return cached;
  const parent = el.parent;
  if (!parent || !isElement(parent)) return el.name;
  const counts = new Map<string, number>();
  for (const child of parent.children) if (isElement(child)) counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    const n = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, n);
    parsed.cache.steps.set(child, (counts.get(child.name) ?? 0) > 1 ? `${child.name}:nth-of-type(${n})` : child.name);
  }
  return parsed.cache.steps.get(el) ?? el.name;
}

/** Nearest ancestor-or-self with this tag name (cheaper than cheerio's selector-based closest). */
export function closestTag(el: AnyNode | null, tag: string): Element | null {
  for (let node = el; node && isElement(node); node = node.parent) if (node.name === tag) return node;
  return null;
}

const CONTEXT_STOP = new Set(['body', 'html']);
const LANDMARKS = new Set(['section', 'article', 'aside', 'footer', 'header', 'nav', 'main', 'form']);

/**
 * Text around an element: the nearest ancestor (list item, paragraph, card, section…) whose text
 * says more than the element itself, trimmed to about `max` characters around the element's text.
 */
export function contextText(el: Element, ownText: string, max = 200, startAtSelf = false): string {
  let best = '';
  let depth = 0;
  for (let node: AnyNode | null = startAtSelf ? el : el.parent; node && isElement(node) && !CONTEXT_STOP.has(node.name); node = node.parent) {
    const text = visibleText(node);
    best = text;
    depth += 1;
    if (text.length - ownText.length >= 12 || LANDMARKS.has(node.name) || depth >= 6) break;
  }
  if (best.length <= max) return best;
  const at = ownText ? best.indexOf(ownText) : -1;
  if (at < 0) return `${best.slice(0, max - 1)}…`;
  const start = Math.max(0, Math.min(at - Math.floor((max - ownText.length) / 2), best.length - max));
  return `${start > 0 ? '…' : ''}${best.slice(start, start + max).trim()}${start + max < best.length ? '…' : ''}`;
}

/** True when some ancestor-or-self matches. */
export function hasAncestor(el: AnyNode, test: (e: Element) => boolean): boolean {
  for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
    if (test(node)) return true;
  }
  return false;
}
