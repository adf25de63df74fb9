/**
 * social-account: the portal links the municipal government's own account on a main social network —
 * a profile or channel link with an account id (not a share button, not a bare platform home page such
 * as https://www.youtube.com), and not the mayor's nor another government's or party's (the social-accounts fact,
 * src/derive/social-accounts.ts: the State's @Edomex in a "Gobierno del Estado de México" box, the footer's bare icon to
 * the mayor's personal account); mentions inside embedded posts are not links of the portal (gather).
 * "Active" cannot be read from a link; social-recent-week checks activity.
 */
import { defineIndicator, fail, pass } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { isAccountLink } from '../../src/derive/social-accounts.ts';
import { toEvidence } from '../evidence.ts';
import { sharedMsg, socialKindMessage } from '../shared-messages.ts';
import { unattributedAccounts } from '../social-outcome.ts';

const messages = defineMessages('social-account', {
  'government-account': { es: '{kind}: {account}', en: '{kind}: {account}' },
  'mayor-account': { es: 'cuenta de {platform} (del presidente municipal)', en: '{platform} account (the mayor’s)' },
  'other-account': { es: 'cuenta de {platform} de otro gobierno o partido', en: '{platform} account of another government or party' },
  'without-account': { es: '{kind} sin cuenta', en: '{kind} without an account' },
  'no-social-link': {
    es: 'No hay enlaces a redes sociales en {pages} {pages:página|páginas}',
    en: 'no social-network link on {pages} {pages:page|pages}',
  },
  'no-government-account': {
    es: '{links:Se vio|Se vieron} {links} {links:enlace|enlaces} a redes sociales, ninguno a una cuenta propia del gobierno municipal: {kinds}',
    en: '{links} social {links:link|links} seen, none to the government’s own account: {kinds}',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'social-account',
  needs: ['socialAccounts', 'socialLinks', 'pages'],
  messages,
  evaluate(facts) {
    const accounts = facts.socialAccounts.government;
    if (accounts.length > 0) return pass(accounts.slice(0, 3).map((a) => toEvidence(a, msg('government-account', { kind: socialKindMessage(a), account: a.accountId ?? '' }))));
    const { unattributed, ownerOf } = facts.socialAccounts;
    const nobodys = unattributedAccounts(unattributed);
    if (nobodys) return nobodys;
    const links = facts.socialLinks;
    const describe = (l: (typeof links)[number]): Message => {
      const owner = isAccountLink(l) ? ownerOf(l) : null;
      if (owner === 'mayor' || owner === 'other') return msg(owner === 'mayor' ? 'mayor-account' : 'other-account', { platform: l.platform });
      return l.accountId
        ? socialKindMessage(l)
        : msg('without-account', { kind: socialKindMessage(l) });
    };
    const kinds = [...new Map(links.map((l) => describe(l)).map((m) => [JSON.stringify(m), m])).values()];
    const MAX_KINDS = 5;
    return fail(
      links.length === 0
        ? msg('no-social-link', { pages: facts.pages.length })
        : msg('no-government-account', {
            links: links.length,
            kinds: kinds.length > MAX_KINDS ? sharedMsg('quoted-list-more', { list: kinds.slice(0, MAX_KINDS), more: kinds.length - MAX_KINDS }) : kinds,
          }),
      links.slice(0, 3).map((l) => toEvidence(l, socialKindMessage(l))),
    );
  },
});
