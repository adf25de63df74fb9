/**
 * mobile-app: a link to an app published by or for the municipality on Google Play or the App Store
 * (a store listing with an app id; a badge pointing to the store's home or "#" names no app).
 * A pass needs positive evidence that the app is the municipality's: its store id names the municipality
 * (mx.gob.tlajomulco.contigo), or its link text or the text presenting it names the municipality or its
 * government ("App Tlajomulco", "la app del Ayuntamiento", "Descarga nuestra app"). A store link to an app
 * nothing ties to the municipality — a federal agency's or a utility's app recommended to citizens ("paga tu
 * recibo de luz desde tu celular") — is unknown: its publisher is on the store page, which is not read.
 * An app is not the municipality's (fail) when
 * - its link text or context names a non-government publisher (observatorio, asociación civil, A.C.,
 *   fundación…): real_portals 3.8 saw a citizens' observatory app ("ÚNETE CIUDADANO") on a municipal site;
 * - it names another government (a state's procedures app in a sidebar: "Aplicación del Gobierno del Estado de
 *   México", id mx.gob.edomex.…) or a company ("desarrollada por …, S.A. de C.V."), unless the text also names
 *   the municipal government, for which a contractor or a state programme may build the app;
 * - it is a well-known generic app (the "descarga Adobe Reader para ver los PDF" badge, WhatsApp, Facebook…);
 * - its own link text presents it as an organisation's that is not the municipality ("la app CFE Contigo de la
 *   Comisión Federal de Electricidad", "SAT Móvil del Servicio de Administración Tributaria"), whatever the
 *   footer around the link says of the Ayuntamiento.
 * The text around a link presents the app only when it is not the site's frame: the footer's "© Ayuntamiento de
 * …" repeated on every page names the portal's owner, not the app's.
 */
import type { MunicipalityNames } from '../../src/derive/municipality-names.ts';
import type { EvaluationContext, SocialLinkArtifact } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, unknown } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { uniqueBy } from '../../src/derive/unique-by.ts';
import { matchPhrase, normalise } from '../../src/vocabulary/match.ts';
import { quoteList, toEvidence } from '../evidence.ts';
import { socialKindMessage } from '../shared-messages.ts';
import { GENERIC_APP_PACKAGE_PREFIXES, GENERIC_APP_STORE_IDS, STATE_APP_ID_SEGMENTS } from '../../src/vocabulary/platforms.ts';
import {
  APP_PUBLISHER_CLAUSE, COMPANY_PUBLISHERS, MUNICIPAL_PUBLISHER_WORDS, NON_GOVERNMENT_PUBLISHERS, OTHER_GOVERNMENT_PUBLISHERS, OWN_APP_WORDS,
} from '../../src/vocabulary/social-ownership.ts';

const messages = defineMessages('mobile-app', {
  app: { es: 'app {app} en {platform}: {why}', en: '{platform} app {app}: {why}' },
  'id-names-municipality': { es: 'su identificador nombra al municipio (“{name}”)', en: 'its id names the municipality (“{name}”)' },
  'text-names-municipality': { es: 'el texto que la presenta nombra al municipio (“{name}”)', en: 'the text presenting it names the municipality (“{name}”)' },
  'text-names-government': { es: 'el texto la presenta como del gobierno municipal (“{phrase}”)', en: 'the text presents it as the municipal government’s (“{phrase}”)' },
  unattributed: {
    es: '{apps:Se enlaza|Se enlazan} {apps} {apps:app|apps} ({ids}), pero nada en el portal {apps:la|las} atribuye al municipio; quién la publica se ve en la tienda',
    en: '{apps} {apps:app is|apps are} linked ({ids}), but nothing on the portal ties {apps:it|them} to the municipality; the store page shows the publisher',
  },
  'unattributed-app': { es: 'app sin atribución al municipio', en: 'app not tied to the municipality' },
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
  'other-government-apps': {
    es: '{apps} {apps:app es|apps son} de otro gobierno ({publishers})',
    en: '{apps} {apps:app belongs|apps belong} to another government ({publishers})',
  },
  'generic-apps': {
    es: '{apps} {apps:app genérica que no es|apps genéricas que no son} del municipio ({ids})',
    en: '{apps} generic {apps:app|apps} not the municipality’s ({ids})',
  },
  'third-party-app': { es: 'app de terceros', en: 'third-party app' },
  'other-government-app': { es: 'app de otro gobierno', en: 'another government’s app' },
  'generic-app': { es: 'app genérica, no del municipio', en: 'generic app, not the municipality’s' },
});
const { msg } = messages;

type Publisher = 'third-party' | 'other-government' | 'generic';

const compact = (text: string) => normalise(text).replace(/[^a-z0-9]/g, '');

/** The government segment of a store id: "mx.gob.edomex.appedomex" → "edomex". */
function governmentSegment(appId: string): string | null {
  const parts = appId.toLowerCase().split('.');
  const gob = parts.indexOf('gob');
  return gob >= 0 ? (parts.slice(gob + 1).find((p) => p !== 'mx') ?? null) : null;
}

/** A capital named like its state ("Puebla", "Oaxaca de Juárez") may use the state's name in its app ids. */
function isOwnName(segment: string, context: EvaluationContext): boolean {
  return segment.length > 3 && compact(context.municipality.name).includes(segment);
}

/** The organisation the link's own text presents the app as belonging to, when it is not the municipality. */
function namedPublisher(link: SocialLinkArtifact, names: MunicipalityNames): Publisher | null {
  const publisher = APP_PUBLISHER_CLAUSE.exec(link.text)?.[1];
  if (!publisher || names.inText(publisher) || matchPhrase(publisher, MUNICIPAL_PUBLISHER_WORDS)) return null;
  return matchPhrase(publisher, NON_GOVERNMENT_PUBLISHERS) || matchPhrase(publisher, COMPANY_PUBLISHERS) ? 'third-party' : 'other-government';
}

/** Who else publishes the app, or null when nothing says it is not the municipality's. */
function otherPublisher(link: SocialLinkArtifact, context: EvaluationContext, names: MunicipalityNames, around: string): Publisher | null {
  const id = link.accountId ?? '';
  if (GENERIC_APP_STORE_IDS.some((g) => g === id) || GENERIC_APP_PACKAGE_PREFIXES.some((p) => id.toLowerCase().startsWith(p))) return 'generic';
  const named = namedPublisher(link, names);
  if (named) return named;
  const text = `${link.text} ${around}`;
  if (matchPhrase(text, NON_GOVERNMENT_PUBLISHERS)) return 'third-party';
  if (matchPhrase(text, MUNICIPAL_PUBLISHER_WORDS)) return null;
  if (matchPhrase(text, COMPANY_PUBLISHERS)) return 'third-party';
  if (matchPhrase(text, OTHER_GOVERNMENT_PUBLISHERS)) return 'other-government';
  const segment = governmentSegment(id);
  if (segment && STATE_APP_ID_SEGMENTS.some((s) => s === segment) && !isOwnName(segment, context)) return 'other-government';
  return null;
}

/** Why the app is the municipality's, or null when nothing on the portal says it is. */
function ownEvidence(link: SocialLinkArtifact, names: MunicipalityNames, around: string): Message | null {
  const inId = names.inIdentifier(link.accountId ?? '');
  if (inId) return msg('id-names-municipality', { name: inId });
  const text = `${link.text} ${around}`;
  const named = names.inText(text);
  if (named) return msg('text-names-municipality', { name: named });
  const phrase = matchPhrase(text, MUNICIPAL_PUBLISHER_WORDS) ?? matchPhrase(text, OWN_APP_WORDS);
  return phrase ? msg('text-names-government', { phrase }) : null;
}

export default defineIndicator({
  id: 'mobile-app',
  needs: ['socialLinks', 'municipalityNames', 'siteTemplate'],
  messages,
  evaluate(facts, context) {
    const stores = facts.socialLinks.filter((l) => l.platform === 'google-play' || l.platform === 'app-store');
    const listed = stores.filter((l) => l.accountId);
    const names = facts.municipalityNames;
    const around = (l: SocialLinkArtifact) => (facts.siteTemplate.hasBlock(l.contextText) ? '' : l.contextText);
    const others = listed.map((l) => {
      const text = around(l);
      return { link: l, publisher: otherPublisher(l, context, names, text), own: ownEvidence(l, names, text) };
    });
    const key = (l: SocialLinkArtifact) => `${l.platform}:${l.accountId}`;
    const apps = uniqueBy(others.filter((o) => !o.publisher && o.own), (o) => key(o.link));
    if (apps.length > 0)
      return pass(apps.slice(0, 3).map((o) => toEvidence(o.link, msg('app', { platform: o.link.platform, app: o.link.accountId ?? '', why: o.own! }))));
    const unattributed = uniqueBy(others.filter((o) => !o.publisher), (o) => key(o.link)).map((o) => o.link);
    if (unattributed.length > 0)
      return unknown(
        msg('unattributed', { apps: unattributed.length, ids: unattributed.map((l) => l.accountId ?? '').join(', ') }),
        unattributed.slice(0, 3).map((l) => toEvidence(l, msg('unattributed-app'))),
      );
    const notes: Message[] = [];
    if (stores.length > listed.length) notes.push(msg('store-links-without-app', { links: stores.length - listed.length }));
    const by = (publisher: Publisher) => others.filter((o) => o.publisher === publisher).map((o) => o.link);
    const thirdParty = by('third-party');
    const otherGovernment = by('other-government');
    const generic = by('generic');
    const publishers = (links: SocialLinkArtifact[]) => quoteList(links.map((l) => l.contextText || l.text));
    if (thirdParty.length) notes.push(msg('third-party-apps', { apps: thirdParty.length, publishers: publishers(thirdParty) }));
    if (otherGovernment.length) notes.push(msg('other-government-apps', { apps: otherGovernment.length, publishers: publishers(otherGovernment) }));
    if (generic.length) notes.push(msg('generic-apps', { apps: generic.length, ids: generic.map((l) => l.accountId ?? '').join(', ') }));
    const noteOf = (l: SocialLinkArtifact): Message => {
      const publisher = others.find((o) => o.link === l)?.publisher;
      return publisher ? msg(`${publisher}-app`) : socialKindMessage(l);
    };
    return fail(
      stores.length === 0 ? msg('no-store-link', { links: facts.socialLinks.length }) : msg('no-government-app', { notes }),
      stores.slice(0, 3).map((l) => toEvidence(l, noteOf(l))),
    );
  },
});
