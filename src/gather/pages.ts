/**
 * Pages gatherer: what a page is and shows (title, headings, running text, viewport, tables,
 * plugins, charts/maps/dashboards) for the clarity, usefulness and processed-data indicators.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { PageArtifact } from './artifacts.ts';
import { BLOCK_TAGS, closestTag, collapse, isElement, regionOf, visibleText, type ParsedPage } from './dom.ts';
import { header, httpDateToIso } from './url.ts';
import {
  CHART_CLASS_HINTS, CHART_SCRIPT_CALLS, CONTENT_NAV_CLASSES, CHART_SCRIPT_SOURCES, VISUALISATION_HEADING_EXCLUSIONS,
  VISUALISATION_HEADING_WORDS, VISUALISATION_IFRAMES, normalise,
} from './vocabulary.ts';

const MAX_TEXT_CHARS = 50_000;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'iframe', 'object', 'select', 'button']);
/** Shapes an SVG needs before it is taken for a chart rather than an icon. */
const SVG_CHART_MIN_SHAPES = 8;

export function gatherPage(parsed: ParsedPage): PageArtifact {
  const { $, page } = parsed;
  const blocks = runningTextBlocks(parsed);
  const fullText = blocks.join(' ');
  return {
    url: page.url,
    depth: page.depth,
    isHome: parsed.isHome,
    status: page.status,
    title: collapse($('title').first().text()),
    headings: $('h1, h2, h3').map((_, h) => visibleText(h)).get().filter(Boolean),
    text: fullText.length > MAX_TEXT_CHARS ? fullText.slice(0, MAX_TEXT_CHARS) : fullText,
    textBlocks: capBlocks(blocks, MAX_TEXT_CHARS),
    wordCount: fullText ? fullText.split(' ').filter((w) => /[\p{L}\d]/u.test(w)).length : 0,
    responsiveViewport: $('meta[name="viewport" i]').toArray().some((m) => /width\s*=\s*device-width/i.test((m as Element).attribs.content ?? '')),
    imageCount: $('img').length,
    dataTableCount: $('table').toArray().filter((t) => isDataTable(parsed, t as Element)).length,
    pluginCount: $('object, embed, applet').toArray().filter((el) => !$(el).parents('object').length).length,
    visualisationHints: visualisationHints(parsed),
    lastModified: httpDateToIso(header(page.headers, 'last-modified')),
    rendered: page.rendered,
    mobileLayout: page.mobile ?? null,
  };
}

/** Block boundaries survive whitespace collapsing only as this character, which pages do not use. */
const BLOCK_BREAK = '\u2029';

/**
 * Running text: visible text without nav/header/footer chrome (by tag, role or class/id hint),
 * so readability and keyword checks read the content, not the menu repeated on every page.
 * Kept as blocks (paragraphs, list items, cells, headings): a list of titles is not one long sentence.
 */
function runningTextBlocks(parsed: ParsedPage): string[] {
  const root = parsed.$('body').get(0) ?? parsed.$.root().get(0);
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      parts.push((node as Text).data);
      return;
    }
    if (!isElement(node) || NOT_TEXT.has(node.name)) return;
    if (node.name !== 'body' && isChrome(parsed, node)) return;
    const block = BLOCK_TAGS.has(node.name) || node.name === 'br';
    if (block) parts.push(BLOCK_BREAK);
    for (const child of node.children) walk(child);
    if (block) parts.push(BLOCK_BREAK);
  };
  if (root) walk(root);
  return parts
    .join('')
    .split(BLOCK_BREAK)
    .map(collapse)
    .filter(Boolean);
}

function capBlocks(blocks: string[], maxChars: number): string[] {
  const kept: string[] = [];
  let total = 0;
  for (const block of blocks) {
    if (total + block.length > maxChars) break;
    kept.push(block);
    total += block.length;
  }
  return kept;
}

function isChrome(parsed: ParsedPage, el: Element): boolean {
  if (el.name === 'nav' || el.name === 'footer') return true;
  const role = (el.attribs.role ?? '').toLowerCase();
  if (role === 'navigation' || role === 'contentinfo' || role === 'banner') return true;
  if (el.name === 'header') return regionOf(parsed, el) === 'header';
  // Class/id hints only on containers (a <p class="menu-note"> is content).
  if (el.name !== 'div' && el.name !== 'ul' && el.name !== 'section') return false;
  if (CONTENT_NAV_CLASSES.test(el.attribs.class ?? '')) return false;
  const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => ['footer', 'pie', 'piedepagina', 'navbar', 'menu', 'nav', 'navigation', 'megamenu', 'mainmenu'].includes(w));
}

/** A cell whose content is a figure: amounts, counts, percentages (dates alone are not data). */
const FIGURE_CELL = /^[$€]?\s*[-+]?\d[\d\s.,]*\s*%?$/;
const MIN_FIGURE_SHARE = 0.2;

/**
 * A table of data: figures in at least a fifth of its body cells, no nested tables (old portals lay out
 * whole pages with tables), and not a list of links (a file index lists collections, it is not one).
 */
function isDataTable(parsed: ParsedPage, table: Element): boolean {
  const { $ } = parsed;
  if ($(table).find('table').length > 0) return false;
  const rows = ($(table).find('tr').toArray() as Element[]).filter((tr) => closestTag(tr, 'table') === table);
  if (rows.length < 2) return false;
  const cells = rows.flatMap((tr) => tr.children.filter((td): td is Element => isElement(td) && td.name === 'td'));
  if (cells.length < 2) return false;
  const rowsWithLinks = rows.filter((tr) => $(tr).find('a[href]').length > 0).length;
  if (rowsWithLinks * 2 > rows.length) return false;
  const figures = cells.filter((td) => FIGURE_CELL.test(collapse($(td).text()))).length;
  return figures / cells.length >= MIN_FIGURE_SHARE;
}

function visualisationHints(parsed: ParsedPage): string[] {
  const { $ } = parsed;
  const hints = new Set<string>();
  if ($('canvas').length) hints.add('canvas');
  $('svg').each((_, svg) => {
    const $svg = $(svg);
    const classes = `${$svg.attr('class') ?? ''} ${$svg.parent().attr('class') ?? ''}`;
    if (/chart|graph|grafic|plot/i.test(classes)) hints.add('svg:chart');
    else if ($svg.find('rect, circle, path, line, polyline, polygon').length >= SVG_CHART_MIN_SHAPES && !$svg.closest('a, button').length) hints.add('svg:chart');
  });
  $('script').each((_, node) => {
    const el = node as Element;
    const src = el.attribs.src;
    const sources = src ? CHART_SCRIPT_SOURCES : CHART_SCRIPT_CALLS;
    const haystack = src ?? $(el).text().slice(0, 50_000);
    for (const [pattern, name] of sources) if (pattern.test(haystack)) hints.add(`script:${name}`);
  });
  $('[class]').each((_, node) => {
    for (const token of ((node as Element).attribs.class ?? '').split(/\s+/)) {
      for (const [pattern, name] of CHART_CLASS_HINTS) if (token && pattern.test(token)) hints.add(`class:${name}`);
    }
  });
  $('iframe[src], iframe[data-src], embed[src]').each((_, node) => {
    const el = node as Element;
    const src = el.attribs.src ?? el.attribs['data-src'] ?? '';
    for (const [pattern, name] of VISUALISATION_IFRAMES) if (pattern.test(src)) hints.add(`iframe:${name}`);
  });
  $('h1, h2, h3, h4, figcaption').each((_, h) => {
    const text = normalise(visibleText(h));
    if (VISUALISATION_HEADING_EXCLUSIONS.some((x) => text.includes(x))) return;
    for (const word of VISUALISATION_HEADING_WORDS) if (text.includes(word)) hints.add(`heading:${word}`);
  });
  $('img').each((_, node) => {
    const el = node as Element;
    if (/infograf/i.test(normalise(`${el.attribs.alt ?? ''} ${el.attribs.src ?? ''}`))) hints.add('image:infografia');
  });
  return [...hints];
}
