/**
 * participation-contact: on a participation page (same detection as participation-info), a phone, e-mail
 * or street address given as contact for the strategy. Until gather provides contacts per page, they are
 * read from the page's running text (shared.ts, findContacts: a phone needs a "Tel."-like cue) and from
 * mailto:/tel: links in the page body. Judgement call: a contact counts when it lies within NEAR characters
 * of a participation word; the site-wide footer contact is chrome (not in running text, footer links excluded).
 */
import { defineIndicator, fail, pass, type Evidence } from './define.ts';
import { canonicalUrl, findContacts, findPhrases, normalise, participationPages, plural, toEvidence } from './shared.ts';
import { PARTICIPATION_MECHANISMS } from './vocabulary.ts';

const NEAR = 400;
const PARTICIPATION_WORDS = [...PARTICIPATION_MECHANISMS, 'participa*'];

export default defineIndicator({
  id: 'participation-contact',
  needs: ['pages', 'links'],
  evaluate(artifacts) {
    const { pages } = participationPages(artifacts);
    if (pages.length === 0) return fail(`no participation page was found among ${plural(artifacts.pages.length, 'page')}, so there is no contact for a participation strategy`);
    const evidence: Evidence[] = [];
    for (const { page, mechanism } of pages) {
      const text = normalise(page.text);
      const anchors = findPhrases(text, PARTICIPATION_WORDS);
      for (const contact of findContacts(page.text)) {
        if (anchors.some((a) => Math.abs(a.index - contact.index) <= NEAR))
          evidence.push({ url: page.url, text: `${contact.kind} ${contact.text} (${mechanism})` });
      }
      const links = artifacts.links.filter(
        (l) =>
          canonicalUrl(l.pageUrl) === canonicalUrl(page.url) &&
          (l.href.startsWith('mailto:') || l.href.startsWith('tel:')) &&
          l.region !== 'footer' && l.region !== 'header' && l.region !== 'nav',
      );
      evidence.push(...links.map((l) => toEvidence(l, `(${mechanism})`)));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(
      `checked ${plural(pages.length, 'participation page')}; no phone, e-mail or street address near the participation text`,
      pages.slice(0, 3).map((p) => ({ url: p.page.url, text: `participation page “${p.heading.trim()}” without a contact` })),
    );
  },
});
