/**
 * participation-contact: on a participation page (same detection as participation-info), a phone, e-mail
 * or street address given as contact for the strategy. Until gather provides contacts per page, they are
 * read from the page's running text (shared.ts, findContacts: a phone needs a "Tel."-like cue) and from
 * mailto:/tel: links in the page body. Judgement call: a contact counts when it lies within NEAR characters
 * of a participation word; the site-wide footer contact is chrome (not in running text, footer links excluded).
 */
import { defineIndicator, fail, pass, type Evidence } from './define.ts';
import { defineMessages } from './messages.ts';
import { canonicalUrl, findContacts, findPhrases, matchedNote, normalise, participationPages, toEvidence } from './shared.ts';
import { PARTICIPATION_MECHANISMS } from './vocabulary.ts';

const messages = defineMessages('participation-contact', {
  'contact-phone': { es: 'teléfono de contacto junto a “{mechanism}”', en: 'contact phone near “{mechanism}”' },
  'contact-email': { es: 'correo de contacto junto a “{mechanism}”', en: 'contact e-mail near “{mechanism}”' },
  'contact-address': { es: 'domicilio de contacto junto a “{mechanism}”', en: 'contact address near “{mechanism}”' },
  'no-participation-page': {
    es: 'No se encontró una página de participación ciudadana entre {pages} {pages:página|páginas}, así que no hay contacto para una estrategia de participación',
    en: 'no participation page was found among {pages} {pages:page|pages}, so there is no contact for a participation strategy',
  },
  'no-contact': {
    es: '{pages:Se revisó|Se revisaron} {pages} {pages:página|páginas} de participación ciudadana; no hay teléfono, correo electrónico ni domicilio cerca del texto sobre participación',
    en: 'checked {pages} participation {pages:page|pages}; no phone, e-mail or street address near the participation text',
  },
  'page-without-contact': { es: 'página de participación sin contacto', en: 'participation page without a contact' },
});
const { msg } = messages;
const CONTACT_NOTES = { phone: 'contact-phone', email: 'contact-email', address: 'contact-address' } as const;

const NEAR = 400;
const PARTICIPATION_WORDS = [...PARTICIPATION_MECHANISMS, 'participa*'];

export default defineIndicator({
  id: 'participation-contact',
  needs: ['pages', 'links'],
  messages,
  evaluate(artifacts) {
    const { pages } = participationPages(artifacts);
    if (pages.length === 0) return fail(msg('no-participation-page', { pages: artifacts.pages.length }));
    const evidence: Evidence[] = [];
    for (const { page, mechanism } of pages) {
      const text = normalise(page.text);
      const anchors = findPhrases(text, PARTICIPATION_WORDS);
      for (const contact of findContacts(page.text)) {
        if (anchors.some((a) => Math.abs(a.index - contact.index) <= NEAR))
          evidence.push({ url: page.url, text: contact.text, note: msg(CONTACT_NOTES[contact.kind], { mechanism }) });
      }
      const links = artifacts.links.filter(
        (l) =>
          canonicalUrl(l.pageUrl) === canonicalUrl(page.url) &&
          (l.href.startsWith('mailto:') || l.href.startsWith('tel:')) &&
          l.region !== 'footer' && l.region !== 'header' && l.region !== 'nav',
      );
      evidence.push(...links.map((l) => toEvidence(l, matchedNote(mechanism))));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(
      msg('no-contact', { pages: pages.length }),
      pages.slice(0, 3).map((p) => ({ url: p.page.url, text: p.heading.trim(), note: msg('page-without-contact') })),
    );
  },
});
