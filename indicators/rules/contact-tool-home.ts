/**
 * contact-tool-home: from the home page, in at most one click, a form to write to the government
 * (free text + submit, not a search), a citizen-reports system or a chat. mailto:/tel: alone do not count.
 */
import type { FormArtifact } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, unknown, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { isOnHomePage } from '../../src/gather/home-frames.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { matchPhrase } from '../../src/vocabulary/match.ts';
import { contactEvidence, formEvidence, quoteList, toEvidence } from '../evidence.ts';
import { CHAT_LABELS, CONTACT_TOOL_LABELS } from '../../src/vocabulary/contacts.ts';
import { NON_CONTACT_FORM_PURPOSES } from '../../src/vocabulary/forms.ts';

const messages = defineMessages('contact-tool-home', {
  'home-not-fetched': {
    es: 'No se pudo leer la página de inicio, así que no se revisó a qué enlaza',
    en: 'the home page was not fetched, so what it links to could not be checked',
  },
  'contact-form': { es: 'formulario para escribir al gobierno', en: 'form to write to the government' },
  'home-link-to-form': { es: 'enlace de la página de inicio al formulario', en: 'home-page link to the form' },
  chat: { es: 'chat', en: 'chat' },
  'chat-line': { es: 'línea de chat de {platform}', en: '{platform} chat line' },
  'unvisited-tool': { es: 'página no leída', en: 'page not fetched' },
  'no-tool': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en la página de inicio y {pages} {pages:página|páginas} a un clic; ninguno tiene un campo de texto libre y un botón de envío (sin contar búsquedas, inicios de sesión y suscripciones), y no hay chat',
    en: 'checked {forms} {forms:form|forms} on the home page and {pages} {pages:page|pages} one click away; none has a free-text field and a submit button (search, log-in and newsletter forms excluded), and no chat',
  },
  'no-tool-unvisited': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en la página de inicio y {pages} {pages:página|páginas} a un clic sin hallar un formulario de contacto ni chat; la página de inicio enlaza a {labels}, cuya página no se pudo leer',
    en: 'checked {forms} {forms:form|forms} on the home page and {pages} {pages:page|pages} one click away without finding a contact form or chat; the home page links to {labels}, whose page was not fetched',
  },
  'no-tool-bare-contacts': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en la página de inicio y {pages} {pages:página|páginas} a un clic; ninguno tiene un campo de texto libre y un botón de envío, y no hay chat; solo {bare} {bare:enlace|enlaces} mailto:/tel:, que no cuentan',
    en: 'checked {forms} {forms:form|forms} on the home page and {pages} {pages:page|pages} one click away; none has a free-text field and a submit button, and no chat; only {bare} mailto:/tel: {bare:link|links}, which do not count',
  },
  'no-tool-dead-links': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en la página de inicio y {pages} {pages:página|páginas} a un clic; ninguno tiene un campo de texto libre y un botón de envío, y no hay chat; la página de inicio enlaza a {labels}, pero esa página no existe (el servidor responde 404 o 410)',
    en: 'checked {forms} {forms:form|forms} on the home page and {pages} {pages:page|pages} one click away; none has a free-text field and a submit button, and no chat; the home page links to {labels}, but that page does not exist (the server answers 404 or 410)',
  },
  'dead-tool': { es: 'enlace roto: HTTP {status}', en: 'dead link: HTTP {status}' },
  'bare-contact': { es: 'correo o teléfono solo: no cuenta', en: 'bare e-mail or phone: does not count' },
});
const { msg } = messages;

/** Newsletter sign-ups and log-ins take free text too, but nobody writes to the government through them. */
function isContactForm(form: FormArtifact): boolean {
  if (!form.hasFreeText || !form.hasSubmit || form.isSearch) return false;
  if (form.fields.some((f) => f.type === 'password')) return false;
  return !matchPhrase(form.purposeText, NON_CONTACT_FORM_PURPOSES);
}

export default defineIndicator({
  id: 'contact-tool-home',
  needs: ['homePage', 'pages', 'links', 'contacts', 'forms', 'socialLinks', 'failedPages'],
  messages,
  evaluate(facts) {
    const home = facts.homePage;
    if (!home) return unknown(msg('home-not-fetched'));
    // A frameset home page shows its menu and contacts from the documents its frames load.
    const isOnHome = isOnHomePage(facts.pages, home.url);
    const homeLinks = facts.links.filter((l) => isOnHome(l.pageUrl));
    const linkedFromHome = new Set(homeLinks.map((l) => canonicalKey(l.href)));
    // One click: the home page itself, pages the crawler reached at depth 1, and any page a home link points to.
    const reachable = new Set(
      facts.pages
        .filter((p) => p.isHome || p.depth <= 1 || linkedFromHome.has(canonicalKey(p.url)))
        .map((p) => canonicalKey(p.url)),
    );
    const forms = facts.forms.filter((f) => reachable.has(canonicalKey(f.pageUrl)));
    const contactForms = forms.filter(isContactForm);
    if (contactForms.length > 0) {
      const evidence: Evidence[] = contactForms.slice(0, 2).map((f) => formEvidence(f, msg('contact-form')));
      const entry = homeLinks.find((l) => canonicalKey(l.href) === canonicalKey(contactForms[0]!.pageUrl));
      if (entry) evidence.push(toEvidence(entry, msg('home-link-to-form')));
      return pass(evidence);
    }

    // A chat: a home link labelled like one, or a WhatsApp/Telegram line (a chat, not a share button).
    const chatLinks = homeLinks.filter((l) => matchPhrase(l.text, CHAT_LABELS) && !l.href.startsWith('mailto:'));
    const chatLines = facts.socialLinks.filter(
      (s) => isOnHome(s.pageUrl) && (s.platform === 'whatsapp' || s.platform === 'telegram') && s.kind !== 'share',
    );
    if (chatLinks.length > 0 || chatLines.length > 0)
      return pass([
        ...chatLinks.slice(0, 2).map((l) => toEvidence(l, msg('chat'))),
        ...chatLines.slice(0, 2).map((s) => toEvidence(s, msg('chat-line', { platform: s.platform }))),
      ].slice(0, 3));

    // A home link named like a citizen-reports system whose page was not fetched: a reviewer must look,
    // unless the server said the page does not exist (404/410): a dead link is no channel.
    const crawled = new Set(facts.pages.map((p) => canonicalKey(p.url)));
    const gone = new Map(facts.failedPages.filter((f) => f.gone).map((f) => [canonicalKey(f.url), f.status]));
    const toolLinks = homeLinks.filter(
      (l) =>
        matchPhrase(l.text, CONTACT_TOOL_LABELS) &&
        !l.href.startsWith('mailto:') &&
        !l.href.startsWith('tel:') &&
        !crawled.has(canonicalKey(l.href)),
    );
    const deadTools = toolLinks.filter((l) => gone.has(canonicalKey(l.href)));
    const unvisitedTools = toolLinks.filter((l) => !gone.has(canonicalKey(l.href)));
    const looked = { forms: forms.length, pages: reachable.size - 1 };
    if (unvisitedTools.length > 0)
      return unknown(
        msg('no-tool-unvisited', { ...looked, labels: quoteList(unvisitedTools.map((l) => l.text)) }),
        unvisitedTools.slice(0, 3).map((l) => toEvidence(l, msg('unvisited-tool'))),
      );
    const bare = facts.contacts.filter((c) => c.source === 'link' && isOnHome(c.pageUrl));
    if (deadTools.length > 0)
      return fail(
        msg('no-tool-dead-links', { ...looked, labels: quoteList(deadTools.map((l) => l.text)) }),
        deadTools.slice(0, 3).map((l) => toEvidence(l, msg('dead-tool', { status: gone.get(canonicalKey(l.href)) ?? 404 }))),
      );
    return fail(
      bare.length > 0 ? msg('no-tool-bare-contacts', { ...looked, bare: bare.length }) : msg('no-tool', looked),
      bare.slice(0, 3).map((c) => contactEvidence(c, msg('bare-contact'))),
    );
  },
});
