/**
 * mayor-social: the portal links the mayor's own account, distinct from the government's. A link is the
 * mayor's when its text or context names the office (vocabulary MAYOR_WORDS: presidente/a municipal,
 * alcalde/alcaldesa, primer edil, munícipe — not "Presidencia Municipal" nor "Alcaldía", which name
 * governments) or when it sits in the body of a page about the mayor. Its account must not also be linked
 * as the government's: the ayuntamiento's page shown on the mayor's page is still the ayuntamiento's.
 */
import { defineIndicator, fail, pass } from './define.ts';
import { accountKey, governmentAccounts, isAccountLink, isMayorLink, mayorPageUrls, plural, toEvidence, uniqueBy } from './shared.ts';

export default defineIndicator({
  id: 'mayor-social',
  needs: ['socialLinks', 'pages'],
  evaluate(artifacts) {
    const mayorPages = mayorPageUrls(artifacts);
    const government = new Set(governmentAccounts(artifacts).map(accountKey));
    const candidates = artifacts.socialLinks.filter((l) => isAccountLink(l) && isMayorLink(l, mayorPages));
    const mayor = uniqueBy(candidates.filter((l) => !government.has(accountKey(l))), accountKey);
    if (mayor.length > 0) return pass(mayor.slice(0, 3).map((l) => toEvidence(l, `(${l.platform} ${l.accountId}; ${l.contextText.trim().slice(0, 80)})`)));
    const shared = candidates.filter((l) => government.has(accountKey(l)));
    return fail(
      `checked ${plural(artifacts.socialLinks.length, 'social link')} and ${plural(mayorPages.size, 'page')} about the mayor; ` +
        (shared.length ? 'the only accounts near the mayor are the government’s own' : 'no account attributed to the mayor'),
      shared.slice(0, 3).map((l) => toEvidence(l, '(government account)')),
    );
  },
});
