/**
 * participation-info: a page of the portal describes participation mechanisms (what they are, how to take
 * part). Detection is shared with participation-contact (the participation-pages fact, src/derive/participation-pages.ts): a heading or title
 * naming a mechanism (in either number: "Comités de Vecinos") plus text under it that explains what it is or
 * how to take part, so that law text quoting "participación ciudadana" inside a transparency obligations
 * listing, a regulation page that only lists the mechanisms' names, a news item about a ceremony, a home-page
 * teaser or a bare menu label does not count.
 */
import { defineIndicator, fail, pass } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { quoteList } from '../evidence.ts';

const messages = defineMessages('participation-info', {
  'mechanism-page': {
    es: 'describe un mecanismo de participación (“{mechanism}”) en {words} palabras',
    en: 'describes a participation mechanism (“{mechanism}”) in {words} words',
  },
  'no-page': {
    es: '{pages:Se revisó|Se revisaron} {pages} {pages:página|páginas}; ninguna tiene un título sobre un mecanismo de participación ciudadana con texto que lo explique',
    en: 'checked {pages} {pages:page|pages}; none has a heading about a participation mechanism with text explaining it',
  },
  'only-mentions': {
    es: '{pages:Se revisó|Se revisaron} {pages} {pages:página|páginas}; ninguna tiene un título sobre un mecanismo de participación ciudadana con texto que lo explique; {mentions} {mentions:página solo menciona|páginas solo mencionan} alguno ({titles})',
    en: 'checked {pages} {pages:page|pages}; none has a heading about a participation mechanism with text explaining it; {mentions} {mentions:page only mentions|pages only mention} one ({titles})',
  },
  mention: {
    es: 'menciona la participación sin describir un mecanismo',
    en: 'mentions participation without describing a mechanism',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'participation-info',
  needs: ['participationPages', 'pages'],
  messages,
  evaluate(facts) {
    const { pages, mentions } = facts.participationPages;
    if (pages.length > 0)
      return pass(
        pages.slice(0, 3).map((p) => ({
          url: p.page.url,
          text: p.heading.trim(),
          note: msg('mechanism-page', { mechanism: p.mechanism, words: p.page.wordCount }),
        })),
      );
    return fail(
      mentions.length
        ? msg('only-mentions', { pages: facts.pages.length, mentions: mentions.length, titles: quoteList(mentions.map((p) => p.title || p.url)) })
        : msg('no-page', { pages: facts.pages.length }),
      mentions.slice(0, 3).map((p) => ({ url: p.url, text: p.title, note: msg('mention') })),
    );
  },
});
