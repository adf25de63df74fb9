/**
 * device-legible: the section's pages declare a responsive viewport and carry their information as text.
 * A page is legible when it has `<meta name="viewport" content="width=device-width…">` and at least
 * MIN_WORDS words of running text; a page that is mostly Flash/`<object>` plugins or scanned images with
 * little text is not. The section passes when its landing page is legible and at least half its fetched pages are.
 * Where the crawler rendered a page, its layout at a 375 px phone viewport is checked too: content wider
 * than the screen (beyond a few pixels of scrollbar slack) means horizontal scrolling, so the page fails
 * even with a viewport tag. Pages that were not rendered are judged by their viewport declaration alone,
 * and the evidence says so.
 */
import type { PageArtifact } from '../src/gather/artifacts.ts';
import { defineIndicator, fail, pass } from './define.ts';
import { canonicalUrl, isOutcome, quoteList, sectionScope } from './shared.ts';

const MIN_WORDS = 20;
const OVERFLOW_SLACK_PX = 8;

function problems(page: PageArtifact): string[] {
  const found: string[] = [];
  if (!page.responsiveViewport) found.push('no responsive viewport');
  const layout = page.mobileLayout;
  if (layout && layout.scrollWidth > layout.viewportWidth + OVERFLOW_SLACK_PX)
    found.push(`scrolls sideways at ${layout.viewportWidth} px (content ${layout.scrollWidth} px wide)`);
  if (page.wordCount < MIN_WORDS) {
    if (page.pluginCount > 0) found.push(`${page.pluginCount} plugin object(s) and only ${page.wordCount} words`);
    else if (page.imageCount > 0) found.push(`${page.imageCount} image(s) and only ${page.wordCount} words`);
    else found.push(`only ${page.wordCount} words of text`);
  }
  return found;
}

export default defineIndicator({
  id: 'device-legible',
  needs: ['section', 'pages'],
  evaluate(artifacts) {
    const scope = sectionScope(artifacts, 'read on a phone');
    if (isOutcome(scope)) return scope;
    const checked = scope.pages.map((page) => ({ page, problems: problems(page) }));
    const legible = checked.filter((c) => c.problems.length === 0);
    const landing = checked.find((c) => canonicalUrl(c.page.url) === canonicalUrl(scope.section.url));
    const landingOk = !landing || landing.problems.length === 0;
    if (landingOk && legible.length * 2 >= checked.length)
      return pass(
        legible.slice(0, 3).map((c) => ({
          url: c.page.url,
          text: `responsive viewport, ${c.page.wordCount} words of text, ${
            c.page.mobileLayout ? `no sideways scrolling at ${c.page.mobileLayout.viewportWidth} px` : 'not rendered at phone width'
          }`,
        })),
        `${legible.length} of ${checked.length} section pages legible`,
      );
    const bad = checked.filter((c) => c.problems.length > 0);
    return fail(
      `${bad.length} of ${checked.length} section pages are not legible on a phone${landingOk ? '' : ', including the landing page'}: ` +
        quoteList(bad.map((c) => `${c.page.url}: ${c.problems.join(', ')}`)),
      bad.slice(0, 3).map((c) => ({ url: c.page.url, text: c.problems.join(', ') })),
    );
  },
});
