/**
 * social-account: the portal links the municipal government's own account on a main social network —
 * a profile or channel link with an account id (not a share button, not a bare platform home page such
 * as https://www.youtube.com), and not the mayor's (shared.ts, isMayorLink). "Active" cannot be read from
 * a link; social-recent-week checks activity.
 */
import { defineIndicator, fail, pass } from './define.ts';
import { accountKey, governmentAccounts, isAccountLink, plural, quoteList, toEvidence, uniqueBy } from './shared.ts';

export default defineIndicator({
  id: 'social-account',
  needs: ['socialLinks', 'pages'],
  evaluate(artifacts) {
    const accounts = uniqueBy(governmentAccounts(artifacts), accountKey);
    if (accounts.length > 0) return pass(accounts.slice(0, 3).map((a) => toEvidence(a, `(${a.platform} ${a.kind} ${a.accountId})`)));
    const links = artifacts.socialLinks;
    const kinds = [...new Set(links.map((l) => (isAccountLink(l) ? `${l.platform} account (the mayor's)` : `${l.platform} ${l.kind}${l.accountId ? '' : ' without an account'}`)))];
    return fail(
      links.length === 0
        ? `no social-network link on ${plural(artifacts.pages.length, 'page')}`
        : `${plural(links.length, 'social link')} seen, none to the government's own account: ${quoteList(kinds, 5)}`,
      links.slice(0, 3).map((l) => toEvidence(l, `(${l.platform} ${l.kind})`)),
    );
  },
});
