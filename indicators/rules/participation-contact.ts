/**
 * participation-contact: on a participation page (src/derive/participation-pages.ts, as participation-info),
 * a phone, e-mail or street address given as contact for the strategy, read from the page's running text
 * blocks (the gatherer's contact extractor, src/gather/contacts.ts: a phone needs a "Tel."-like cue) and from
 * mailto:/tel: links in the page body. Judgement calls, from how the corpus and real portals place contacts:
 * - a contact counts when its own line, or the group it belongs to (from the heading above it: "Informes",
 *   "Contacto de la Dirección de Participación Ciudadana"), names participation or the mechanism;
 * - not when its own line names another office (the Unidad de Transparencia's contact closing a regulation page);
 * - not site chrome: the footer repeated on most pages of the site, even in table layouts with no <footer>; and
 *   on a site too small for a template (two or three pages), a contact that only its group ties to participation
 *   and that the site also prints on a page that is not about participation is the site's general contact;
 * - not text inside an embedded social post ("la luminaria de la calle 54 en la SM 63" in a tweet).
 */
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import type { ParticipationPage } from '../../src/derive/participation-pages.ts';
import { findContacts } from '../../src/gather/contacts.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { matchPhrase, normalise } from '../../src/vocabulary/match.ts';
import { contactEvidence, matchedNote } from '../evidence.ts';
import { OTHER_OFFICE_WORDS } from '../../src/vocabulary/contacts.ts';
import { PARTICIPATION_MECHANISMS } from '../../src/vocabulary/participation.ts';

const messages = defineMessages('participation-contact', {
  'contact-phone': { es: 'teléfono de contacto junto a “{mechanism}”', en: 'contact phone near “{mechanism}”' },
  'contact-email': { es: 'correo de contacto junto a “{mechanism}”', en: 'contact e-mail near “{mechanism}”' },
  'contact-address': { es: 'domicilio de contacto junto a “{mechanism}”', en: 'contact address near “{mechanism}”' },
  'no-participation-page': {
    es: 'No se encontró una página de participación ciudadana entre {pages} {pages:página|páginas}, así que no hay contacto para una estrategia de participación',
    en: 'no participation page was found among {pages} {pages:page|pages}, so there is no contact for a participation strategy',
  },
  'no-contact': {
    es: '{pages:Se revisó|Se revisaron} {pages} {pages:página|páginas} de participación ciudadana; no hay teléfono, correo electrónico ni domicilio dado como contacto de la participación (no cuentan el pie de página del sitio, los contactos de otras oficinas ni el texto de publicaciones en redes)',
    en: 'checked {pages} participation {pages:page|pages}; no phone, e-mail or street address given as the participation contact (the site footer, other offices’ contacts and social-post text do not count)',
  },
  'page-without-contact': { es: 'página de participación sin contacto', en: 'participation page without a contact' },
});
const { msg } = messages;
const CONTACT_NOTES = { phone: 'contact-phone', email: 'contact-email', address: 'contact-address' } as const;

const PARTICIPATION_WORDS = [...PARTICIPATION_MECHANISMS, 'participa*'];

/**
 * Whether the block at `at` gives the participation contact: its own line names participation, or it names
 * no other office and its group (the blocks from the heading above it) does.
 */
function participationTie(section: ParticipationPage, at: number): 'own-line' | 'group' | null {
  const blocks = section.page.textBlocks;
  if (matchPhrase(blocks[at]!, PARTICIPATION_WORDS)) return 'own-line';
  if (matchPhrase(blocks[at]!, OTHER_OFFICE_WORDS)) return null;
  const headings = new Set(section.page.headings.map(normalise));
  let start = at;
  while (start > 0 && !headings.has(normalise(blocks[start]!))) start--;
  return matchPhrase(blocks.slice(start, at + 1).join(' '), PARTICIPATION_WORDS) !== null ? 'group' : null;
}

export default defineIndicator({
  id: 'participation-contact',
  needs: ['participationPages', 'siteTemplate', 'contacts', 'pages', 'posts'],
  messages,
  evaluate(facts) {
    const { pages } = facts.participationPages;
    if (pages.length === 0) return fail(msg('no-participation-page', { pages: facts.pages.length }));
    const template = facts.siteTemplate;
    const participationUrls = new Set(pages.map((p) => canonicalKey(p.page.url)));
    const printedElsewhere = (value: string) => facts.contacts.some((c) => c.value === value && !participationUrls.has(canonicalKey(c.pageUrl)));
    const ties = (section: ParticipationPage, at: number, value: string): boolean => {
      const tie = participationTie(section, at);
      return tie === 'own-line' || (tie === 'group' && !printedElsewhere(value));
    };
    const evidence: Evidence[] = [];
    for (const section of pages) {
      const { page, mechanism } = section;
      const posts = facts.posts.filter((p) => canonicalKey(p.pageUrl) === canonicalKey(page.url)).map((p) => normalise(p.text));
      const inPost = (block: string) => posts.some((p) => p && (normalise(block).includes(p) || p.includes(normalise(block))));
      const blockOf = (text: string) => page.textBlocks.findIndex((b) => normalise(b).includes(normalise(text)));
      page.textBlocks.forEach((block, at) => {
        if (inPost(block)) return;
        for (const contact of findContacts(block))
          if (!template.hasContact(contact.text) && ties(section, at, contact.value))
            evidence.push({ url: page.url, text: contact.text, note: msg(CONTACT_NOTES[contact.kind], { mechanism }) });
      });
      // mailto:/tel: links are contacts, not page links: the gatherer keeps them with the contacts.
      for (const c of facts.contacts) {
        if (c.source !== 'link' || canonicalKey(c.pageUrl) !== canonicalKey(page.url)) continue;
        if (c.region === 'footer' || c.region === 'header' || c.region === 'nav' || template.hasContactLink(c)) continue;
        // A link whose text is not in the running text (an icon) is judged as body text of the participation page.
        const at = c.text.trim() ? blockOf(c.text) : -1;
        const counts = at >= 0 ? !inPost(page.textBlocks[at]!) && ties(section, at, c.value) : !matchPhrase(c.text, OTHER_OFFICE_WORDS);
        if (counts) evidence.push(contactEvidence(c, matchedNote(mechanism)));
      }
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(
      msg('no-contact', { pages: pages.length }),
      pages.slice(0, 3).map((p) => ({ url: p.page.url, text: p.heading.trim(), note: msg('page-without-contact') })),
    );
  },
});
