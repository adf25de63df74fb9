/**
 * Pages gatherer: what a page is and shows (title, headings, running text, viewport, tables,
 * plugins, charts/maps/dashboards, video players) for the clarity, usefulness, processed-data and
 * video-channel indicators.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { PageArtifact, PageRegion, VideoPlayerArtifact } from './artifacts.ts';
import { BLOCK_TAGS, closestTag, collapse, contextText, cssSelector, isElement, regionOf, visibleText, type ParsedPage } from './dom.ts';
import { header, httpDateToIso, resolveUrl } from './url.ts';
import { matchPhrase } from '../vocabulary/match.ts';
import { SCRIPT_STREAM_URL, STREAMING_PLAYERS, VIDEO_SOURCE_KINDS } from '../vocabulary/platforms.ts';
import { CONTACT_COLUMN_WORDS } from '../vocabulary/contacts.ts';
import { MONTHS, WEEKDAYS } from '../vocabulary/dates.ts';
import { CONTENT_NAV_CLASSES } from '../vocabulary/regions.ts';
import { normalise } from '../vocabulary/text.ts';
import {
  CHART_CLASS_HINTS, CHART_SCRIPT_CALLS, CHART_SCRIPT_SOURCES, DATA_MAP_SUBJECTS, EMPTY_NOTICE_PATTERN, GOOGLE_MAPS_SERVICE,
  MAP_DATA_SCRIPT, MAP_LIBRARY_HINTS, MAP_MARKER_CALL, MAP_MARKER_MIN,
  LISTING_SUBJECT_PATTERN, LOCATION_MAP_WORDS, MAP_DATA_LAYER_URL, MAP_WORDS, MY_MAPS_URL, VISUALISATION_HEADING_EXCLUSIONS,
  VISUALISATION_HEADING_WORDS, VISUALISATION_IFRAMES,
} from '../vocabulary/visualisation.ts';

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
    // A tab's label heads its panel as a heading does ("Seguridad pública" over the datasets it shows).
    headings: $(HEADING_SELECTOR).map((_, h) => visibleText(h)).get().filter(Boolean),
    text: fullText.length > MAX_TEXT_CHARS ? fullText.slice(0, MAX_TEXT_CHARS) : fullText,
    textBlocks: capBlocks(blocks, MAX_TEXT_CHARS),
    wordCount: fullText ? fullText.split(' ').filter((w) => /[\p{L}\d]/u.test(w)).length : 0,
    responsiveViewport: $('meta[name="viewport" i]').toArray().some((m) => /width\s*=\s*device-width/i.test((m as Element).attribs.content ?? '')),
    imageCount: contentImages(parsed),
    dataTableCount: $('table').toArray().filter((t) => isDataTable(parsed, t as Element)).length,
    pluginCount: $('object, embed, applet').toArray().filter((el) => !$(el).parents('object').length).length,
    visualisationHints: visualisationHints(parsed),
    videoPlayers: videoPlayers(parsed),
    lastModified: httpDateToIso(header(page.headers, 'last-modified')),
    rendered: page.rendered,
    mobileLayout: page.mobile ?? null,
    fixedWidth: page.mobile ? null : widestFixedWidth(parsed),
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

/**
 * Media whose width stylesheets usually cap (`img { max-width: 100% }`): their width attributes and inline
 * widths say little about the layout.
 */
const FLUID_MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object', 'canvas', 'svg']);
/** Table parts whose `width` attribute Chromium applies in px ("table width=1000"); on a div it is ignored. */
const WIDTH_ATTRIBUTE_TAGS = new Set(['table', 'td', 'th', 'col']);
const SCROLLS_ITSELF = /(?:^|;)\s*overflow(?:-x)?\s*:\s*(?:auto|scroll|hidden)/i;

/**
 * The widest element fixed in px by its own markup. An inline `width` counts unless the same style caps it
 * (`max-width`) or the box only frames a picture; an inline `min-width` always counts (no stylesheet
 * `max-width` beats it). What sits inside a wrapper that scrolls or clips by itself (inline overflow,
 * Bootstrap's .table-responsive) or is hidden does not widen the page.
 */
function widestFixedWidth(parsed: ParsedPage): { px: number; element: string } | null {
  let widest: { px: number; element: string } | null = null;
  const walk = (el: Element): void => {
    if (FLUID_MEDIA.has(el.name) || el.name === 'noscript' || el.name === 'template' || el.name === 'script') return;
    const style = el.attribs.style ?? '';
    if (/display\s*:\s*none/i.test(style) || SCROLLS_ITSELF.test(style) || /(^|\s)table-responsive(\s|$)/.test(el.attribs.class ?? '')) return;
    const found: [number, string][] = [];
    if (style) {
      // A box sized to the picture it frames (WordPress captions: <div class="wp-caption" style="width: 610px">)
      // shrinks with the image when themes cap it.
      const framesMedia = (): boolean => el.name !== 'table' && parsed.$(el).find('img, picture, video, iframe').length > 0 && parsed.$(el).find('table').length === 0;
      for (const m of style.matchAll(/(?:^|;)\s*(min-width|width)\s*:\s*(\d+(?:\.\d+)?)px/gi)) {
        const px = Number(m[2]);
        const capped = m[1]!.toLowerCase() === 'width' && (/max-width/i.test(style) || (px > (widest?.px ?? 0) && framesMedia()));
        if (!capped) found.push([px, `style="${m[1]}:${m[2]}px"`]);
      }
    }
    const attribute = el.attribs.width?.trim() ?? '';
    if (WIDTH_ATTRIBUTE_TAGS.has(el.name) && /^\d+(px)?$/i.test(attribute)) found.push([Number.parseInt(attribute, 10), `width="${attribute}"`]);
    for (const [px, declaration] of found) if (!widest || px > widest.px) widest = { px, element: `<${el.name} ${declaration}>` };
    for (const child of el.children) if (isElement(child)) walk(child);
  };
  const body = parsed.$('body').get(0);
  if (body) walk(body);
  return widest;
}

const HEADING_SELECTOR = 'h1, h2, h3, [role="tab"], [data-toggle="tab"], [data-bs-toggle="tab"], [data-toggle="pill"], [data-bs-toggle="pill"]';

/** A cell whose content is a figure: amounts, counts, percentages (dates alone are not data). */
const FIGURE_CELL = /^[$€]?\s*[-+]?\d[\d\s.,]*\s*%?$/;
/** A phone number written as digit groups ("33 3283 4400", "3332834400"): a figure by shape, not data. */
const PHONE_CELL = /^(?:\d{2,3}\s)?\d{3,4}\s\d{4}$|^\d{10}$/;
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
  const cellsOf = (tr: Element) => tr.children.filter((td): td is Element => isElement(td) && (td.name === 'td' || td.name === 'th'));
  // A directory's phone and extension columns are numbers, not figures: found by their heading.
  const headingRow = rows.find((tr) => cellsOf(tr).some((c) => c.name === 'th')) ?? rows[0]!;
  const contactColumns = new Set(
    cellsOf(headingRow).flatMap((c, i) => (matchPhrase(visibleText(c), CONTACT_COLUMN_WORDS) ? [i] : [])),
  );
  const cells = rows.flatMap((tr) => cellsOf(tr).filter((td) => td.name === 'td'));
  if (cells.length < 2) return false;
  const rowsWithLinks = rows.filter((tr) => $(tr).find('a[href]').length > 0).length;
  if (rowsWithLinks * 2 > rows.length) return false;
  const figures = rows
    .flatMap((tr) => cellsOf(tr).map((td, i) => ({ td, i })))
    .filter(({ td, i }) => td.name === 'td' && !contactColumns.has(i))
    .filter(({ td }) => {
      const text = collapse($(td).text());
      return FIGURE_CELL.test(text) && !PHONE_CELL.test(text);
    }).length;
  return figures / cells.length >= MIN_FIGURE_SHARE;
}

/**
 * Charts, maps, dashboards and infographics that are on the page, not only named: a word in a heading or an
 * image's alt is a label, and CKAN-like catalogues carry "Visualizaciones" headings over empty showcases.
 */
function visualisationHints(parsed: ParsedPage): string[] {
  const { $ } = parsed;
  const hints = new Set<string>();
  if ($('canvas').length) hints.add('canvas');
  $('svg').each((_, node) => {
    const svg = node as Element;
    const $svg = $(svg);
    const inControl = $svg.closest('a, button').length > 0;
    const classes = `${$svg.attr('class') ?? ''} ${$svg.parent().attr('class') ?? ''}`;
    const shapes = $svg.find('rect, circle, path, line, polyline, polygon').length;
    if (/chart|graph|grafic|plot/i.test(classes)) hints.add('svg:chart');
    else if (shapes >= SVG_CHART_MIN_SHAPES && !inControl) hints.add('svg:chart');
    // A few bars or one line drawn inline, named as a chart for screen readers ("Gráfica de barras: …").
    else if (shapes > 0 && !inControl && describedVisualisation(`${$svg.attr('aria-label') ?? ''} ${$svg.children('title').text()} ${figureCaption(parsed, svg)}`))
      hints.add('svg:chart');
  });
  $('script').each((_, node) => {
    const el = node as Element;
    const src = el.attribs.src;
    const sources = src ? CHART_SCRIPT_SOURCES : CHART_SCRIPT_CALLS;
    const haystack = src ?? $(el).text().slice(0, 50_000);
    for (const [pattern, name] of sources) if (pattern.test(haystack)) hints.add(`script:${name}`);
  });
  $('[class]').each((_, node) => {
    const el = node as Element;
    const tokens = (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
    const names = tokens.flatMap((token) => CHART_CLASS_HINTS.filter(([pattern]) => pattern.test(token)).map(([, name]) => name));
    // An empty CKAN view pane ("Aún no se han creado vistas de gráfica") is a container without a chart.
    if (names.length === 0 || EMPTY_NOTICE_PATTERN.test(normalise(visibleText(el)))) return;
    for (const name of names) hints.add(`class:${name}`);
  });
  $('iframe[src], iframe[data-src], embed[src]').each((_, node) => {
    const el = node as Element;
    const src = el.attribs.src ?? el.attribs['data-src'] ?? '';
    for (const [pattern, name] of VISUALISATION_IFRAMES) {
      if (!pattern.test(src)) continue;
      if (name === GOOGLE_MAPS_SERVICE && !googleMapShowsData(parsed, el, src)) continue;
      hints.add(`iframe:${name}`);
    }
  });
  for (const word of headingsOverFigures(parsed)) hints.add(`heading:${word}`);
  if (hasIndicatorBoxes(parsed)) hints.add('figures:summary');
  $('img').each((_, node) => {
    const word = visualisationImage(parsed, node as Element);
    if (word) hints.add(`image:${word}`);
  });
  const scripted = [...hints].filter((h) => /^(script|class):/.test(h) && MAP_LIBRARY_HINTS.has(h.slice(h.indexOf(':') + 1)));
  if (scripted.length > 0 && !scriptedMapShowsData(parsed)) for (const hint of scripted) hints.delete(hint);
  return [...hints];
}

/**
 * A map the page draws with a library's script shows data when the script loads a layer of data or places a set of
 * markers (three or more, or one inside a loop), or when the words presenting its container name the data it maps.
 */
function scriptedMapShowsData(parsed: ParsedPage): boolean {
  const { $ } = parsed;
  const containers = new Set<string>();
  for (const script of $('script:not([src])').toArray()) {
    const code = $(script).text().slice(0, 50_000);
    if (MAP_DATA_SCRIPT.test(code)) return true;
    const markers = [...code.matchAll(MAP_MARKER_CALL)];
    if (markers.length >= MAP_MARKER_MIN) return true;
    if (markers.length > 0 && /\bfor\s*\(|\.forEach\s*\(|\.map\s*\(\s*(?:function\b|\(|\w+\s*=>)|\$\.each\s*\(/.test(code)) return true;
    for (const m of code.matchAll(/getElementById\(\s*['"]([\w-]+)['"]|L\.map\(\s*['"]([\w-]+)['"]|container:\s*['"]([\w-]+)['"]|target:\s*['"]([\w-]+)['"]/g)) {
      containers.add(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    }
  }
  const elements = [
    ...$('[id]').toArray().filter((e) => containers.has((e as Element).attribs.id ?? '')),
    ...$('.gm-style, .leaflet-container, .mapboxgl-map, .ol-viewport').toArray(),
  ] as Element[];
  return elements.some((el) => namesDataMap(presentation(parsed, el)));
}

const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4 };
const SITE_WIDGET_REGIONS = new Set<PageRegion>(['header', 'nav', 'aside', 'footer']);

/**
 * A Google Maps embed shows data when it carries a KML layer (a file of data), or when its words say what data it
 * maps: a map word and a subject of data ("Mapa de obras públicas 2016", "Mapa de baches reparados"). A My Maps
 * layer is drawn by hand, so it needs those words too. The common embed (maps/embed?pb=…) under "Cómo llegar" or
 * "Ubicación" shows where an office is.
 */
function googleMapShowsData(parsed: ParsedPage, iframe: Element, src: string): boolean {
  if (MAP_DATA_LAYER_URL.test(src) && !MY_MAPS_URL.test(src)) return true;
  return namesDataMap(presentation(parsed, iframe));
}

/** A description that names a map and what data it shows: a plural subject that is not a place to go, or a data stem. */
function namesDataMap(description: string): boolean {
  const text = normalise(description);
  if (!matchPhrase(text, MAP_WORDS) || LISTING_SUBJECT_PATTERN.test(text)) return false;
  if (VISUALISATION_HEADING_EXCLUSIONS.some((x) => text.includes(x))) return false;
  if (matchPhrase(text, DATA_MAP_SUBJECTS)) return true;
  return text.split(/[^a-z0-9ñ]+/).some((w) => w.length >= 5 && /[a-zñ]s$/.test(w) && !LOCATION_MAP_WORDS.has(w));
}

/**
 * The words that present an embedded element: its title and aria-label, its figure's caption, and the heading
 * over it (the nearest h1–h4 before it in the same region of the page).
 */
function presentation(parsed: ParsedPage, el: Element): string {
  const own = [el.attribs.title, el.attribs['aria-label'], figureCaption(parsed, el)].map((t) => collapse(t ?? '')).filter(Boolean);
  const heading = headingOver(parsed, el);
  return [...own, heading].filter(Boolean).join(' · ');
}

/** The page's elements in document order, listed once per page (several players or maps read them). */
const documentOrder = new WeakMap<ParsedPage, Element[]>();

function headingOver(parsed: ParsedPage, el: Element): string {
  let elements = documentOrder.get(parsed);
  if (!elements) documentOrder.set(parsed, (elements = parsed.$('body *').toArray() as Element[]));
  const at = elements.indexOf(el);
  const region = regionOf(parsed, el);
  for (let i = at - 1; i >= 0; i--) {
    const candidate = elements[i]!;
    if (HEADING_LEVELS[candidate.name] && regionOf(parsed, candidate) === region) return visibleText(candidate);
  }
  return '';
}

/**
 * Video players that are not a video platform's embed (those are social links): HTML5 `<video>` elements and
 * the iframes of live-streaming services, with the words that present them. A muted looping video without
 * controls is a page's moving background, not something to watch.
 */
function videoPlayers(parsed: ParsedPage): VideoPlayerArtifact[] {
  const { $ } = parsed;
  const players: VideoPlayerArtifact[] = [];
  const add = (el: Element, src: string, source: string): void => {
    players.push({
      src,
      source,
      caption: presentation(parsed, el),
      contextText: contextText(el, ''),
      region: regionOf(parsed, el),
      selector: cssSelector(parsed, el),
    });
  };
  const scriptStream = (): string | null => {
    for (const script of $('script:not([src])').toArray()) {
      const found = SCRIPT_STREAM_URL.exec($(script).text().slice(0, 50_000));
      if (found) return found[0];
    }
    return null;
  };
  $('video').each((_, node) => {
    const video = node as Element;
    const { attribs } = video;
    if ('muted' in attribs && 'loop' in attribs && !('controls' in attribs)) return;
    const sources = [
      { src: attribs.src ?? attribs['data-src'] ?? '', type: attribs.type ?? '' },
      ...$(video).find('source').toArray().map((s) => ({ src: (s as Element).attribs.src ?? (s as Element).attribs['data-src'] ?? '', type: (s as Element).attribs.type ?? '' })),
    ].filter((s) => s.src);
    // hls.js and video.js hand the stream to an empty <video> from a script (a rendered page shows a blob: URL).
    const streamed = sources.length === 0 || sources.every((s) => s.src.startsWith('blob:')) ? scriptStream() : null;
    if (streamed) {
      add(video, streamed, VIDEO_SOURCE_KINDS.find(([pattern]) => pattern.test(streamed))?.[1] ?? 'stream');
      return;
    }
    const first = sources[0];
    if (!first) return;
    const src = first.src.startsWith('blob:') ? first.src : (resolveUrl(first.src, parsed.baseUrl) ?? first.src);
    const kinds = sources.map((s) => VIDEO_SOURCE_KINDS.find(([pattern]) => pattern.test(`${s.type} ${s.src}`))?.[1]);
    add(video, src, kinds.find(Boolean) ?? (src.startsWith('blob:') ? 'stream' : 'video-file'));
  });
  $('iframe, embed').each((_, node) => {
    const el = node as Element;
    const src = resolveUrl(el.attribs.src ?? el.attribs['data-src'] ?? '', parsed.baseUrl);
    const provider = src ? STREAMING_PLAYERS.find(([pattern]) => pattern.test(src))?.[1] : undefined;
    if (src && provider) add(el, src, provider);
  });
  return players;
}

/**
 * Heading words ("Tablero de indicadores", "Estadísticas") that head a table of figures: a dashboard of
 * computed indicators is often a plain table. The heading's part of the page runs to the next heading of
 * the same or a higher level; a part that says it is empty ("Aún no hay…") shows nothing.
 */
function headingsOverFigures(parsed: ParsedPage): string[] {
  const elements = parsed.$('body *').toArray() as Element[];
  const words: string[] = [];
  elements.forEach((heading, i) => {
    const level = HEADING_LEVELS[heading.name];
    if (!level) return;
    const text = normalise(visibleText(heading));
    if (VISUALISATION_HEADING_EXCLUSIONS.some((x) => text.includes(x))) return;
    const word = VISUALISATION_HEADING_WORDS.find((w) => text.includes(w));
    // Old portals keep a visit counter under "Estadísticas" in a sidebar or footer widget.
    if (!word || SITE_WIDGET_REGIONS.has(regionOf(parsed, heading))) return;
    let figures = false;
    for (let j = i + 1; j < elements.length; j++) {
      const el = elements[j]!;
      const nextLevel = HEADING_LEVELS[el.name];
      if (nextLevel && nextLevel <= level) break;
      if (EMPTY_NOTICE_PATTERN.test(normalise(ownText(el)))) return;
      if (el.name === 'table' && isDataTable(parsed, el)) figures = true;
    }
    if (figures) words.push(word);
  });
  return words;
}

/** A figure shown on its own in an indicator box: "1,245", "87 %", "$12.5 mdp" (not a year, not a phone). */
const BOX_FIGURE = /^[$]?\s*\d[\d,.]*\s*(?:%|mdp|millones|mil|km|m2|ha)?$/i;
const YEAR = /^(?:19|20)\d{2}$/;
const MIN_BOXES = 3;
const MAX_BOX_WORDS = 14;
/** Fourteen words and a figure, with the markup's indentation: more text than this is a passage, not a box. */
const MAX_BOX_CHARS = 1000;

/**
 * Indicator boxes: three or more sibling blocks in the page body, each a figure set apart in its own element
 * and a few words saying what it counts ("1,245 · reportes atendidos en abril", "87 % · de avance de la obra"):
 * a summary computed from the data. Tables, links and the site's frame (a visit counter in the footer) are not.
 */
function hasIndicatorBoxes(parsed: ParsedPage): boolean {
  const isBox = (el: Element): boolean => {
    if (el.name === 'a' || someDescendant(el, (d) => d.name === 'a' || d.name === 'table' || d.name === 'img')) return false;
    // A box is a figure and a few words: a text without a digit, or a long one, is none (and is not read out for
    // each of its ancestors).
    if (!shortTextWithDigit(el, MAX_BOX_CHARS)) return false;
    const text = collapse(visibleText(el));
    const words = text.split(' ').filter((w) => /\p{L}{2,}/u.test(w));
    if (words.length === 0 || text.split(' ').length > MAX_BOX_WORDS) return false;
    // A date badge ("09 · MAY") or a step number ("1 · Regístrate") is set apart the same way.
    const tokens = normalise(textNodesOf(el).join(' ')).split(' ').map((w) => w.replace(/\.$/, ''));
    if (tokens.slice(0, 3).some((w) => w in MONTHS || WEEKDAYS.includes(w))) return false;
    return someDescendant(el, (child) => {
      const figure = collapse(visibleText(child));
      return BOX_FIGURE.test(figure) && !YEAR.test(figure) && !PHONE_CELL.test(figure) && /\d\d|%|\$/.test(figure);
    });
  };
  return (parsed.$('body *').toArray() as Element[]).some((parent) => {
    // Most elements have fewer than three element children: counted before anything costlier is asked.
    const children = parent.children.filter(isElement);
    if (children.length < MIN_BOXES) return false;
    if (parent.name === 'table' || closestTag(parent, 'table') || SITE_WIDGET_REGIONS.has(regionOf(parsed, parent))) return false;
    let boxes = 0;
    for (let i = 0; i < children.length && boxes + children.length - i >= MIN_BOXES; i++) {
      if (isBox(children[i]!)) boxes += 1;
      if (boxes >= MIN_BOXES) return true;
    }
    return false;
  });
}

/** Whether the text under `el` (markup aside) has a digit and at most `limit` characters; stops as soon as it has more. */
function shortTextWithDigit(el: Element, limit: number): boolean {
  let left = limit;
  let digit = false;
  const tooLong = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      const { data } = node as Text;
      digit ||= /\d/.test(data);
      return (left -= data.length) < 0;
    }
    return isElement(node) && !NOT_TEXT.has(node.name) && node.children.some(tooLong);
  };
  return !tooLong(el) && digit;
}

/** Whether an element under `el` (not `el` itself) passes `test`, in document order, stopping at the first. */
function someDescendant(el: Element, test: (descendant: Element) => boolean): boolean {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (test(child) || someDescendant(child, test)) return true;
  }
  return false;
}

/** The text nodes under an element, in order: inline badges ("<span>09</span><span>MAY</span>") kept apart. */
function textNodesOf(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') out.push((node as Text).data.trim());
    else if (isElement(node) && !NOT_TEXT.has(node.name)) node.children.forEach(walk);
  };
  walk(el);
  return out.filter(Boolean);
}

function ownText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? (c as Text).data : ' ')).join('');
}

/** Below this size (width or height attribute, px) an image is an icon. */
const ICON_MAX_PX = 64;

/** Declared smaller than an icon's size on either side (an image without width or height is not). */
function isIcon(img: Element): boolean {
  return Math.min(...['width', 'height'].map((a) => Number.parseInt(img.attribs[a] ?? '', 10)).filter(Number.isFinite)) < ICON_MAX_PX;
}

/** Images that may carry the page's information: not the site's frame (logo, banners of the header and footer), not icons. */
function contentImages(parsed: ParsedPage): number {
  return (parsed.$('img').toArray() as Element[]).filter((img) => {
    if (SITE_WIDGET_REGIONS.has(regionOf(parsed, img))) return false;
    return !isIcon(img);
  }).length;
}

/**
 * An image shown as a chart or infographic: its description (alt, title, caption, file name) names one and
 * says what it shows. An image that only links elsewhere is a banner, not the infographic itself, unless
 * it opens the full-size picture or document.
 */
function visualisationImage(parsed: ParsedPage, img: Element): string | null {
  if (isIcon(img)) return null;
  const link = closestTag(img, 'a');
  if (link && !/\.(jpe?g|png|gif|webp|svg|pdf)([?#].*)?$/i.test(link.attribs.href ?? '')) return null;
  const src = img.attribs.src ?? img.attribs['data-src'] ?? '';
  const file = safeDecode(src.split(/[?#]/)[0]!.split('/').pop() ?? '').replace(/\.[a-z0-9]+$/i, '').replace(/[_\-.+]+/g, ' ');
  return describedVisualisation(`${img.attribs.alt ?? ''} ${img.attribs.title ?? ''} ${figureCaption(parsed, img)} ${file}`);
}

function figureCaption(parsed: ParsedPage, el: Element): string {
  const figure = closestTag(el, 'figure');
  return figure ? parsed.$(figure).children('figcaption').text() : '';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray % in a file name: read it as written.
    return text;
  }
}

/** Words of a description that say nothing about what a picture shows. */
const EMPTY_DESCRIPTION_WORDS = new Set(['imagen', 'image', 'foto', 'banner', 'icono', 'icon', 'grafica', 'graficas', 'grafico', 'graficos', 'infografia', 'infografias']);

/**
 * The visualisation word of a description that names a chart or infographic and what it shows ("Infografía:
 * presupuesto ciudadano 2016", "Gráfica de barras: reportes por mes"). A bare "infografía" says nothing of its
 * content, and a directory or a calendar drawn as an image is a list, not processed data.
 */
function describedVisualisation(description: string): string | null {
  const text = normalise(description);
  if (VISUALISATION_HEADING_EXCLUSIONS.some((x) => text.includes(x))) return null;
  const word = VISUALISATION_HEADING_WORDS.find((w) => text.includes(w));
  if (!word || LISTING_SUBJECT_PATTERN.test(text)) return null;
  const subject = text.split(/[^a-z0-9ñ]+/).some((w) => w.length >= 4 && !/^\d+$/.test(w) && !EMPTY_DESCRIPTION_WORDS.has(w) && !word.includes(w));
  return subject ? word : null;
}
