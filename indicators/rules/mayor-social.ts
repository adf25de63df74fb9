/**
 * mayor-social: the portal links the mayor's own account, distinct from the government's. A link is the
 * mayor's when its text or context names the office (vocabulary MAYOR_WORDS: presidente/a municipal,
 * alcalde/alcaldesa, primer edil, munícipe — not "Presidencia Municipal" nor "Alcaldía", which name
 * governments) or when it sits in the body of a page about the mayor. Its account must not be the
 * government's (src/derive/social-accounts.ts): the ayuntamiento's page shown on the mayor's page is still the
 * ayuntamiento's, while the footer's bare icon leading to the mayor's personal account does not make it the
 * government's.
 */
import { defineIndicator, fail, pass } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { accountKey } from '../../src/derive/social-accounts.ts';
import { uniqueBy } from '../../src/derive/unique-by.ts';
import { toEvidence } from '../evidence.ts';

const messages = defineMessages('mayor-social', {
  'mayor-account': {
    es: 'cuenta de {platform} {account} atribuida al presidente municipal; contexto: “{context}”',
    en: '{platform} account {account} attributed to the mayor; context: “{context}”',
  },
  'government-account': { es: 'cuenta del gobierno municipal, no del presidente municipal', en: 'the government’s account, not the mayor’s' },
  'only-government-accounts': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} a redes sociales y {pages} {pages:página|páginas} sobre el presidente municipal; las únicas cuentas cercanas a él son las del propio gobierno municipal',
    en: 'checked {links} social {links:link|links} and {pages} {pages:page|pages} about the mayor; the only accounts near the mayor are the government’s own',
  },
  'no-mayor-account': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} a redes sociales y {pages} {pages:página|páginas} sobre el presidente municipal; ninguna cuenta se atribuye al presidente municipal',
    en: 'checked {links} social {links:link|links} and {pages} {pages:page|pages} about the mayor; no account attributed to the mayor',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'mayor-social',
  needs: ['socialAccounts', 'socialLinks'],
  messages,
  evaluate(facts) {
    const { mayorLinks: candidates, mayorPages, ownerOf } = facts.socialAccounts;
    const mayor = uniqueBy(candidates.filter((l) => ownerOf(l) === 'mayor'), accountKey);
    if (mayor.length > 0) return pass(mayor.slice(0, 3).map((l) => toEvidence(l, msg('mayor-account', { platform: l.platform, account: l.accountId ?? '', context: l.contextText.trim().slice(0, 80) }))));
    const shared = candidates.filter((l) => ownerOf(l) === 'government');
    const counts = { links: facts.socialLinks.length, pages: mayorPages.size };
    return fail(
      shared.length ? msg('only-government-accounts', counts) : msg('no-mayor-account', counts),
      shared.slice(0, 3).map((l) => toEvidence(l, msg('government-account'))),
    );
  },
});
