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
): string | null {
  if (page.contentType && !HTML_TYPE.test(page.contentType)) return null;
  if (page.isHome) return 'home page';
  const $ = loadHtml(page.html);
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

  $('script, style, noscript, template').remove();
  const visibleChars = $('body').text().replace(/\s+/g, ' ').trim().length;
  const links = $('a[href]').length;
  if (scripts > 0 && visibleChars < options.minVisibleChars && links < options.minLinks) {
    return `app shell: ${visibleChars} characters of text, ${links} links, ${scripts} scripts`;
  }
  return null;
}

export function shouldRender(page: RenderCandidate, options: RenderDecisionOptions = defaultRenderDecisionOptions): boolean {
  return renderReason(page, options) !== null;
}
