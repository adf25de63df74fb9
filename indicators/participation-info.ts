/**
 * participation-info: a page of the portal describes participation mechanisms (what they are, how to take
 * part). Detection is shared with participation-contact (shared.ts, participationPages): a heading or title
 * naming a mechanism plus explanatory text, so that law text quoting "participación ciudadana" inside a
 * transparency obligations listing, or a bare menu label, does not count.
 */
import { defineIndicator, fail, pass } from './define.ts';
import { participationPages, plural, quoteList } from './shared.ts';

export default defineIndicator({
  id: 'participation-info',
  needs: ['pages'],
  evaluate(artifacts) {
    const { pages, mentions } = participationPages(artifacts);
    if (pages.length > 0)
      return pass(pages.slice(0, 3).map((p) => ({ url: p.page.url, text: `“${p.heading.trim()}” (${p.mechanism}), ${p.page.wordCount} words` })));
    return fail(
      `checked ${plural(artifacts.pages.length, 'page')}; none has a heading about a participation mechanism with text explaining it` +
        (mentions.length ? `; ${plural(mentions.length, 'page')} only mention one (${quoteList(mentions.map((p) => p.title || p.url))})` : ''),
      mentions.slice(0, 3).map((p) => ({ url: p.url, text: `mentions participation without describing a mechanism: ${p.title}` })),
    );
  },
});
