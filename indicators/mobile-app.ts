/**
 * mobile-app: a link to an app published by or for the municipality on Google Play or the App Store
 * (a store listing with an app id; a badge pointing to the store's home or "#" names no app).
 * Judgement call: an app whose link text or context names a non-government publisher (observatorio,
 * asociación civil, A.C., fundación…) is not the government's — real_portals 3.8 saw a citizens'
 * observatory app ("ÚNETE CIUDADANO") promoted on a municipal site.
 */
import { defineIndicator, fail, pass } from './define.ts';
import { matchPhrase, plural, quoteList, toEvidence, uniqueBy } from './shared.ts';
import { NON_GOVERNMENT_PUBLISHERS } from './vocabulary.ts';

export default defineIndicator({
  id: 'mobile-app',
  needs: ['socialLinks'],
  evaluate(artifacts) {
    const stores = artifacts.socialLinks.filter((l) => l.platform === 'google-play' || l.platform === 'app-store');
    const listed = stores.filter((l) => l.accountId);
    const thirdParty = listed.filter((l) => matchPhrase(`${l.text} ${l.contextText}`, NON_GOVERNMENT_PUBLISHERS));
    const apps = uniqueBy(listed.filter((l) => !thirdParty.includes(l)), (l) => `${l.platform}:${l.accountId}`);
    if (apps.length > 0) return pass(apps.slice(0, 3).map((l) => toEvidence(l, `(${l.platform} app ${l.accountId})`)));
    const notes = [
      stores.length - listed.length > 0 ? `${plural(stores.length - listed.length, 'store link')} name no app` : '',
      thirdParty.length ? `${plural(thirdParty.length, 'app')} published by others (${quoteList(thirdParty.map((l) => l.contextText || l.text))})` : '',
    ].filter(Boolean);
    return fail(
      stores.length === 0
        ? `no Google Play or App Store link among ${plural(artifacts.socialLinks.length, 'social/app link')}`
        : `no government app: ${notes.join('; ')}`,
      stores.slice(0, 3).map((l) => toEvidence(l)),
    );
  },
});
