/**
 * device-legible: the section's pages declare a responsive viewport and carry their information as text.
 * A page is legible when it has `<meta name="viewport" content="width=device-width…">` and at least
 * MIN_WORDS words of running text when it shows images or plugins; a page that is mostly Flash/`<object>` plugins
 * or scanned images with little text is not, while a short page of plain text (a dataset's page: its title, date
 * and download links) is. The section passes when its landing page is legible and at least half its fetched pages are.
 * Where the crawler rendered a page, its layout at a 375 px phone viewport is checked too: content wider
 * than the screen (beyond a few pixels of scrollbar slack) means horizontal scrolling, so the page fails
 * even with a viewport tag. Pages that were not rendered (the crawler renders the home page and app shells)
 * are judged by their markup: the viewport declaration, and elements whose own markup fixes them wider than
 * the phone (an ASP.NET GridView at style="width:1200px", a table width="1000"); the evidence says they were
 * not rendered. Site stylesheets are not read, so a page laid out wide by its CSS alone can still pass.
 */
import type { PageArtifact } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { withoutSection } from '../section-outcome.ts';
import { sharedMsg } from '../shared-messages.ts';

const messages = defineMessages('device-legible', {
  'no-viewport': { es: 'no declara un viewport adaptable (responsive)', en: 'no responsive viewport' },
  'scrolls-sideways': {
    es: 'obliga a desplazarse de lado a {viewport} px (el contenido mide {content} px de ancho)',
    en: 'scrolls sideways at {viewport} px (content {content} px wide)',
  },
  'fixed-width': {
    es: 'un elemento de ancho fijo ({element}) mide {width} px, más que una pantalla de teléfono de {viewport} px: la página se desplaza de lado o se ve reducida',
    en: 'a fixed-width element ({element}) is {width} px wide, wider than a {viewport} px phone screen: the page scrolls sideways or is shown shrunk',
  },
  'plugins-few-words': {
    es: '{plugins} {plugins:objeto incrustado (plugin)|objetos incrustados (plugins)} y solo {words} {words:palabra|palabras}',
    en: '{plugins} plugin {plugins:object|objects} and only {words} {words:word|words}',
  },
  'images-few-words': {
    es: '{images} {images:imagen|imágenes} y solo {words} {words:palabra|palabras}',
    en: '{images} {images:image|images} and only {words} {words:word|words}',
  },
  'legible-rendered': {
    es: 'viewport adaptable, {words} palabras de texto, sin desplazamiento lateral a {viewport} px',
    en: 'responsive viewport, {words} words of text, no sideways scrolling at {viewport} px',
  },
  'legible-not-rendered': {
    es: 'viewport adaptable, {words} palabras de texto, ningún ancho fijo mayor que un teléfono en el HTML; no se abrió en el navegador a ancho de teléfono',
    en: 'responsive viewport, {words} words of text, no fixed width wider than a phone in the HTML; not rendered at phone width',
  },
  'legible-count': {
    es: '{legible} de {checked} páginas de la sección son legibles en un teléfono',
    en: '{legible} of {checked} section pages legible',
  },
  'not-legible': {
    es: '{bad} de {checked} páginas de la sección no son legibles en un teléfono: {pages}',
    en: '{bad} of {checked} section pages are not legible on a phone: {pages}',
  },
  'not-legible-landing': {
    es: '{bad} de {checked} páginas de la sección no son legibles en un teléfono, incluida la página principal: {pages}',
    en: '{bad} of {checked} section pages are not legible on a phone, including the landing page: {pages}',
  },
  'page-problems': { es: '{url}: {problems}', en: '{url}: {problems}' },
  problems: { es: '{problems}', en: '{problems}' },
});
const { msg } = messages;

const MIN_WORDS = 20;
const OVERFLOW_SLACK_PX = 8;
/** The phone the renderer measures with (src/crawl/render/browser.ts). */
const PHONE_WIDTH_PX = 375;

function problems(page: PageArtifact): Message[] {
  const found: Message[] = [];
  if (!page.responsiveViewport) found.push(msg('no-viewport'));
  const layout = page.mobileLayout;
  if (layout && layout.scrollWidth > layout.viewportWidth + OVERFLOW_SLACK_PX)
    found.push(msg('scrolls-sideways', { viewport: layout.viewportWidth, content: layout.scrollWidth }));
  const fixed = layout ? null : page.fixedWidth;
  if (fixed && fixed.px > PHONE_WIDTH_PX + OVERFLOW_SLACK_PX)
    found.push(msg('fixed-width', { element: fixed.element, width: fixed.px, viewport: PHONE_WIDTH_PX }));
  // Few words are a problem only beside what carries the information instead: a short page of text is text.
  const words = page.wordCount;
  if (words < MIN_WORDS) {
    if (page.pluginCount > 0) found.push(msg('plugins-few-words', { plugins: page.pluginCount, words }));
    else if (page.imageCount > 0) found.push(msg('images-few-words', { images: page.imageCount, words }));
  }
  return found;
}

export default defineIndicator({
  id: 'device-legible',
  needs: ['sectionScope'],
  messages,
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    const checked = scope.pages.map((page) => ({ page, problems: problems(page) }));
    const legible = checked.filter((c) => c.problems.length === 0);
    const landing = checked.find((c) => canonicalKey(c.page.url) === canonicalKey(scope.section.url));
    const landingOk = !landing || landing.problems.length === 0;
    if (landingOk && legible.length * 2 >= checked.length)
      return pass(
        legible.slice(0, 3).map((c) => ({
          url: c.page.url,
          text: '',
          note: c.page.mobileLayout
            ? msg('legible-rendered', { words: c.page.wordCount, viewport: c.page.mobileLayout.viewportWidth })
            : msg('legible-not-rendered', { words: c.page.wordCount }),
        })),
        msg('legible-count', { legible: legible.length, checked: checked.length }),
      );
    const bad = checked.filter((c) => c.problems.length > 0);
    const shown = bad.slice(0, 3).map((c) => msg('page-problems', { url: c.page.url, problems: c.problems }));
    const pages = bad.length > shown.length ? sharedMsg('quoted-list-more', { list: shown, more: bad.length - shown.length }) : shown;
    const counts = { bad: bad.length, checked: checked.length, pages };
    return fail(
      landingOk ? msg('not-legible', counts) : msg('not-legible-landing', counts),
      bad.slice(0, 3).map((c) => ({ url: c.page.url, text: '', note: msg('problems', { problems: c.problems }) })),
    );
  },
});
