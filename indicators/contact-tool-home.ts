/**
 * contact-tool-home: from the home page, in at most one click, a form to write to the government
 * (free text + submit, not a search), a citizen-reports system or a chat. mailto:/tel: alone do not count.
 */
import type { FormArtifact } from '../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, unknown, type Evidence } from './define.ts';
import {
  canonicalUrl,
  formEvidence,
  homePage,
  matchPhrase,
  plural,
  quoteList,
  toEvidence,
} from './shared.ts';
import { CHAT_LABELS, CONTACT_TOOL_LABELS, NON_CONTACT_FORM_PURPOSES } from './vocabulary.ts';

/** Newsletter sign-ups and log-ins take free text too, but nobody writes to the government through them. */
function isContactForm(form: FormArtifact): boolean {
  if (!form.hasFreeText || !form.hasSubmit || form.isSearch) return false;
  if (form.fields.some((f) => f.type === 'password')) return false;
  return !matchPhrase(form.purposeText, NON_CONTACT_FORM_PURPOSES);
}

export default defineIndicator({
  id: 'contact-tool-home',
  needs: ['pages', 'links', 'forms', 'socialLinks'],
  evaluate(artifacts) {
    const home = homePage(artifacts);
    if (!home) return unknown('the home page was not fetched, so what it links to could not be checked');
    const homeUrl = canonicalUrl(home.url);
    const homeLinks = artifacts.links.filter((l) => canonicalUrl(l.pageUrl) === homeUrl);
    const linkedFromHome = new Set(homeLinks.map((l) => canonicalUrl(l.href)));
    // One click: the home page itself, pages the crawler reached at depth 1, and any page a home link points to.
    const reachable = new Set(
      artifacts.pages
        .filter((p) => p.isHome || p.depth <= 1 || linkedFromHome.has(canonicalUrl(p.url)))
        .map((p) => canonicalUrl(p.url)),
    );
    const forms = artifacts.forms.filter((f) => reachable.has(canonicalUrl(f.pageUrl)));
    const contactForms = forms.filter(isContactForm);
    if (contactForms.length > 0) {
      const evidence: Evidence[] = contactForms.slice(0, 2).map((f) => formEvidence(f));
      const entry = homeLinks.find((l) => canonicalUrl(l.href) === canonicalUrl(contactForms[0]!.pageUrl));
      if (entry) evidence.push(toEvidence(entry, '(home-page link to the form)'));
      return pass(evidence);
    }

    // A chat: a home link labelled like one, or a WhatsApp/Telegram line (a chat, not a share button).
    const chatLinks = homeLinks.filter((l) => matchPhrase(l.text, CHAT_LABELS) && !l.href.startsWith('mailto:'));
    const chatLines = artifacts.socialLinks.filter(
      (s) => canonicalUrl(s.pageUrl) === homeUrl && (s.platform === 'whatsapp' || s.platform === 'telegram') && s.kind !== 'share',
    );
    if (chatLinks.length > 0 || chatLines.length > 0)
      return pass([
        ...chatLinks.slice(0, 2).map((l) => toEvidence(l, '(chat)')),
        ...chatLines.slice(0, 2).map((s) => toEvidence(s, `(${s.platform} chat line)`)),
      ].slice(0, 3));

    // A home link named like a citizen-reports system whose page was not fetched: a reviewer must look.
    const crawled = new Set(artifacts.pages.map((p) => canonicalUrl(p.url)));
    const unvisitedTools = homeLinks.filter(
      (l) =>
        matchPhrase(l.text, CONTACT_TOOL_LABELS) &&
        !l.href.startsWith('mailto:') &&
        !l.href.startsWith('tel:') &&
        !crawled.has(canonicalUrl(l.href)),
    );
    const looked = `checked ${plural(forms.length, 'form')} on the home page and ${plural(reachable.size - 1, 'page')} one click away; none has a free-text field and a submit button (search, log-in and newsletter forms excluded), and no chat`;
    if (unvisitedTools.length > 0)
      return unknown(
        `${looked}; the home page links to ${quoteList(unvisitedTools.map((l) => l.text))}, whose page was not fetched`,
        unvisitedTools.slice(0, 3).map((l) => toEvidence(l)),
      );
    const bare = homeLinks.filter((l) => l.href.startsWith('mailto:') || l.href.startsWith('tel:'));
    return fail(
      bare.length > 0 ? `${looked}; only ${plural(bare.length, 'mailto:/tel: link')}, which do not count` : looked,
      bare.slice(0, 3).map((l) => toEvidence(l)),
    );
  },
});
