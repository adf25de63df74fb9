/**
 * Page regions: the tags, ARIA roles and class/id words that say which part of a page (header, menu,
 * main content, sidebar, footer) an element belongs to. Sources: docs/shared research on real municipal
 * portals (§3 vocabulary, §4 quirks).
 */
/** Where on the page an element sits; decoys often live in the footer, real sections in the menu. */
export type PageRegion = 'header' | 'nav' | 'main' | 'aside' | 'footer' | 'unknown';

/** Tags and ARIA roles that name a region outright. */
export const REGION_BY_TAG: Record<string, PageRegion> = {
  header: 'header',
  nav: 'nav',
  footer: 'footer',
  aside: 'aside',
  main: 'main',
  article: 'main',
};
export const REGION_BY_ROLE: Record<string, PageRegion> = {
  banner: 'header',
  navigation: 'nav',
  menubar: 'nav',
  contentinfo: 'footer',
  complementary: 'aside',
  main: 'main',
};
/**
 * Class/id word hints (a class token is split on - and _; "pie-de-pagina" → pie). Checked in this
 * order, so "footer-menu" is footer and "header-menu" is nav.
 */
export const REGION_CLASS_HINTS: [PageRegion, readonly string[]][] = [
  ['footer', ['footer', 'pie', 'piedepagina', 'piepagina', 'foot', 'copyright', 'creditos']],
  ['nav', ['menu', 'navbar', 'nav', 'navigation', 'navegacion', 'menubar', 'megamenu', 'mainmenu', 'topmenu']],
  ['header', ['header', 'cabecera', 'encabezado', 'masthead', 'topbar']],
  ['aside', ['sidebar', 'aside', 'lateral']],
  ['main', ['main', 'content', 'contenido', 'contenidos', 'principal']],
];

/** Bootstrap tab/pill lists sit inside content (category tabs of a data section): not menus. */
export const CONTENT_NAV_CLASSES = /(^|\s)(nav-tabs|nav-pills|tab-content|nav-justified)(\s|$)/i;
