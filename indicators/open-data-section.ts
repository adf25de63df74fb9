/**
 * open-data-section: a home-page link leads in one click to an open-data / focused-transparency section.
 * Which link qualifies is decided once, by the gatherer (artifacts.section, with the label vocabulary and the
 * rejection of the mandatory transparency listing); this indicator reports that decision with its evidence.
 */
import { defineIndicator, fail, pass, unknown } from './define.ts';
import { homePage, quoteList, toEvidence } from './shared.ts';

export default defineIndicator({
  id: 'open-data-section',
  needs: ['section', 'rejectedSectionLinks', 'pages', 'links'],
  evaluate(artifacts) {
    const { section, rejectedSectionLinks } = artifacts;
    if (section) {
      return pass([
        toEvidence(section.entry, `(label “${section.matchedLabel}”)`),
        {
          url: section.url,
          text: `section landing page${section.catalogueHost ? ' on a data-catalogue host' : ''}, ${section.pageUrls.length} section page(s)`,
        },
      ]);
    }
    const home = homePage(artifacts);
    if (!home) return unknown('the home page was not fetched, so its links could not be checked for an open-data section');
    const homeLinks = artifacts.links.filter((l) => l.pageUrl === home.url).length;
    if (rejectedSectionLinks.length > 0) {
      const why = rejectedSectionLinks.map((r) => `${r.link.text.trim() || r.link.href}: ${r.reason}`);
      return fail(
        `searched ${homeLinks} links on the home page; only the mandatory transparency listing or similar was found, which does not count by itself (${quoteList(why)})`,
        rejectedSectionLinks.slice(0, 3).map((r) => toEvidence(r.link, `(rejected: ${r.reason})`)),
      );
    }
    return fail(`searched ${homeLinks} links on the home page (${artifacts.pages.length} pages crawled); none labelled like an open-data or focused-transparency section`);
  },
});
