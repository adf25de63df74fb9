/**
 * mobile-app: a link to an app published by or for the municipality on Google Play or the App Store
 * (a store listing with an app id; a badge pointing to the store's home or "#" names no app).
 * Judgement call: an app whose link text or context names a non-government publisher (observatorio,
 * asociación civil, A.C., fundación…) is not the government's — real_portals 3.8 saw a citizens'
 * observatory app ("ÚNETE CIUDADANO") promoted on a municipal site.
 */
import { defineIndicator, fail, pass } from './define.ts';
import { defineMessages, type Message } from './messages.ts';
import { matchPhrase, quoteList, toEvidence, uniqueBy } from './shared.ts';
import { socialKindMessage } from './shared-messages.ts';
import { NON_GOVERNMENT_PUBLISHERS } from './vocabulary.ts';

const messages = defineMessages('mobile-app', {
  app: { es: 'app {app} en {platform}', en: '{platform} app {app}' },
  'no-store-link': {
    es: 'No hay enlace a Google Play ni a la App Store entre {links} {links:enlace|enlaces} a redes sociales y tiendas de apps',
    en: 'no Google Play or App Store link among {links} social/app {links:link|links}',
  },
  'no-government-app': { es: 'No hay app del gobierno municipal: {notes}', en: 'no government app: {notes}' },
  'store-links-without-app': {
    es: '{links} {links:enlace|enlaces} a tiendas no {links:nombra|nombran} ninguna app',
    en: '{links} store {links:link names|links name} no app',
  },
  'third-party-apps': {
    es: '{apps} {apps:app publicada|apps publicadas} por terceros ({publishers})',
    en: '{apps} {apps:app|apps} published by others ({publishers})',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'mobile-app',
  needs: ['socialLinks'],
  messages,
  evaluate(artifacts) {
    const stores = artifacts.socialLinks.filter((l) => l.platform === 'google-play' || l.platform === 'app-store');
    const listed = stores.filter((l) => l.accountId);
    const thirdParty = listed.filter((l) => matchPhrase(`${l.text} ${l.contextText}`, NON_GOVERNMENT_PUBLISHERS));
    const apps = uniqueBy(listed.filter((l) => !thirdParty.includes(l)), (l) => `${l.platform}:${l.accountId}`);
    if (apps.length > 0) return pass(apps.slice(0, 3).map((l) => toEvidence(l, msg('app', { platform: l.platform, app: l.accountId ?? '' }))));
    const notes: Message[] = [];
    if (stores.length > listed.length) notes.push(msg('store-links-without-app', { links: stores.length - listed.length }));
    if (thirdParty.length)
      notes.push(msg('third-party-apps', { apps: thirdParty.length, publishers: quoteList(thirdParty.map((l) => l.contextText || l.text)) }));
    return fail(
      stores.length === 0 ? msg('no-store-link', { links: artifacts.socialLinks.length }) : msg('no-government-app', { notes }),
      stores.slice(0, 3).map((l) => toEvidence(l, socialKindMessage(l))),
    );
  },
});
