import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { loadHtml } from '../html-guard.ts';
import { APP_ROOT_SELECTORS, NOSCRIPT_NEEDS_JS } from './app-shell-vocabulary.ts';

/** The static facts the decision looks at: a page as fetched, before any rendering. */
export interface RenderCandidate {
  isHome: boolean;
  html: string;
  contentType: string;
}

export interface RenderDecisionOptions {
  /** Below this many characters of visible text (scripts and styles excluded) a page may be a shell. */
  minVisibleChars: number;
  /** Below this many links a page may be a shell. */
  minLinks: number;
}

export const defaultRenderDecisionOptions: RenderDecisionOptions = { minVisibleChars: 200, minLinks: 5 };

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Why this page should be rendered in the browser, or null to keep its static HTML. The home
 * page always is (its menus and screenshot matter most); other pages only when their static HTML
 * is an app shell, since rendering costs a browser page and one fetch per same-site script.
 */
export function renderReason(
  page: RenderCandidate,
  options: RenderDecisionOptions = defaultRenderDecisionOptions,
  parse: () => CheerioAPI = () => loadHtml(page.html),
): string | null {
  if (page.contentType && !HTML_TYPE.test(page.contentType)) return null;
  if (page.isHome) return 'home page';
  // Read only, never changed: the crawl reuses this parse for the page's links.
  const $ = parse();
  const scripts = $('script').length;

  const emptyRoot = APP_ROOT_SELECTORS.find((selector) => {
    const root = $(selector).first();
    return root.length > 0 && root.children().length === 0 && root.text().trim() === '';
  });
  if (emptyRoot) return `empty app root ${emptyRoot}`;

  const noscript = $('noscript')
    .map((_, element) => $(element).text())
    .get()
    .join(' ');
  if (NOSCRIPT_NEEDS_JS.some((pattern) => pattern.test(noscript))) return '<noscript> asks for JavaScript';

  const visibleChars = visible($('body').toArray()).text.replace(/\s+/g, ' ').trim().length;
  const links = visible($.root().toArray()).links;
  if (scripts > 0 && visibleChars < options.minVisibleChars && links < options.minLinks) {
    return `app shell: ${visibleChars} characters of text, ${links} links, ${scripts} scripts`;
  }
  return null;
}

export function shouldRender(
  page: RenderCandidate,
  options: RenderDecisionOptions = defaultRenderDecisionOptions,
  parse?: () => CheerioAPI,
): boolean {
  return renderReason(page, options, parse) !== null;
}

/** Elements whose content a reader never sees as the page's text or links. */
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The text and the <a href> links of `nodes` outside script, style, noscript and template: what cheerio's text() and
 * $('a[href]') give once those are removed, without removing them (a template's content is not among its
 * ancestors' descendants to a selector, so a walk is what matches the removal).
 */
function visible(nodes: readonly AnyNode[]): { text: string; links: number } {
  let text = '';
  let links = 0;
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      text += node.data;
      return;
    }
    if (node.type === 'script' || node.type === 'style' || (node.type === 'tag' && HIDDEN_TAGS.has(node.name))) return;
    if (node.type === 'tag' && node.name === 'a' && node.attribs.href !== undefined) links += 1;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const node of nodes) walk(node);
  return { text, links };
}
