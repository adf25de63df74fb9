/**
 * The page's visible text as lines, the way a reader sees it: block elements and <br> end a line,
 * inline markup does not ("<b>Fecha de actualización:</b> <span>30/04/2016</span>" is one line).
 * Each line remembers which element every piece of text came from, so dates and contacts can ask
 * "was this inside a clock widget?" or "which table column header is above this cell?".
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { BLOCK_TAGS, closestTag, isElement, type ParsedPage } from './dom.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'iframe', 'object', 'select', 'textarea']);

export interface TextSegment {
  start: number;
  end: number;
  /** Element holding the text node. */
  el: Element;
}

export interface TextLine {
  text: string;
  /** The block element the line belongs to (innermost block open when the line started). */
  block: Element;
  segments: TextSegment[];
}

/** Lines of visible text, in document order; whitespace collapsed, empty lines dropped. Cached per page. */
export function textLines(parsed: ParsedPage): TextLine[] {
  const cached = linesCache.get(parsed);
  if (cached) return cached;
  const root = parsed.$('body').get(0) ?? parsed.$.root().get(0);
  const lines: TextLine[] = [];
  let current: { parts: { text: string; el: Element }[]; block: Element } | null = null;
  const blocks: Element[] = [];

  const flush = (): void => {
    if (!current) return;
    let text = '';
    // Asked of the last piece, not of `text`: endsWith on the growing string flattens it each time, which made
    // a line of 100,000 links take a minute (issue 13's hostile page).
    let endsInSpace = true;
    const segments: TextSegment[] = [];
    for (const part of current.parts) {
      let piece = part.text.replace(/\s+/g, ' ');
      if (endsInSpace) piece = piece.replace(/^ /, '');
      if (!piece) continue;
      segments.push({ start: text.length, end: text.length + piece.length, el: part.el });
      text += piece;
      endsInSpace = piece.endsWith(' ');
    }
    const trimmed = text.trimEnd();
    if (trimmed) lines.push({ text: trimmed, block: current.block, segments });
    current = null;
  };

  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const data = (node as Text).data;
      if (!data.trim() && !current) return;
      const parent = node.parent;
      if (!parent || !isElement(parent)) return;
      current ??= { parts: [], block: blocks[blocks.length - 1] ?? parent };
      current.parts.push({ text: data, el: parent });
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    if (node.name === 'br' || node.name === 'hr') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) {
      flush();
      blocks.push(node);
    }
    for (const child of node.children) walk(child);
    if (block) {
      flush();
      blocks.pop();
    }
  };
  if (root) walk(root);
  flush();
  linesCache.set(parsed, lines);
  return lines;
}

const linesCache = new WeakMap<ParsedPage, TextLine[]>();

/** The element holding the text at `index` of the line. */
export function elementAt(line: TextLine, index: number): Element {
  for (const segment of line.segments) {
    if (index >= segment.start && index < segment.end) return segment.el;
  }
  return line.block;
}

/** Elements holding any text in [start, end) of the line. */
export function elementsIn(line: TextLine, start: number, end: number): Element[] {
  return line.segments.filter((s) => s.start < end && s.end > start).map((s) => s.el);
}

const headerCache = new WeakMap<Element, { row: Element | null; texts: string[] }>();

/**
 * For a table cell, the text of its column header (SIPOT-style tables put "Fecha de actualización"
 * in a header row and the dates below). Column index ignores colspan, which is good enough for the
 * simple listing tables portals publish.
 */
export function columnHeader(parsed: ParsedPage, cell: Element): string | null {
  if (cell.name !== 'td' && cell.name !== 'th') return null;
  const row = cell.parent;
  if (!row || !isElement(row) || row.name !== 'tr') return null;
  const table = closestTag(row, 'table');
  if (!table) return null;
  let cached = headerCache.get(table);
  if (!cached) {
    const $table = parsed.$(table);
    const headerRow = ($table.find('thead tr').first().get(0)
      ?? $table.find('tr').filter((_, tr) => parsed.$(tr).children('th').length > 0).first().get(0)) as Element | undefined;
    const texts = headerRow
      ? parsed.$(headerRow).children('th,td').map((_, c) => parsed.$(c).text().replace(/\s+/g, ' ').trim()).get()
      : [];
    cached = { row: headerRow ?? null, texts };
    headerCache.set(table, cached);
  }
  if (row === cached.row) return null;
  const headers = cached.texts;
  const index = row.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')).indexOf(cell);
  return headers[index] ?? null;
}
