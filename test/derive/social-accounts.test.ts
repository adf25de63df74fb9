import { describe, expect, it } from 'vitest';
import type { PageArtifact, SocialLinkArtifact } from '../../src/gather/artifacts.ts';
import { accountKey, deriveSocialAccounts, isAccountLink } from '../../src/derive/social-accounts.ts';
import { deriveSiteTemplate, type SiteTemplate } from '../../src/derive/site-template.ts';
import { SITE, buildArtifacts, homePage, page, socialLink } from '../indicators/build-artifacts.ts';
import { deriveMunicipalityNames } from '../../src/derive/municipality-names.ts';
import { context as tlajomulco } from '../indicators/build-artifacts.ts';

const TLAJOMULCO = deriveMunicipalityNames({ site: { seedUrl: 'https://www.municipio.gob.mx/', finalUrl: 'https://www.municipio.gob.mx/', status: 'ok', pagesCrawled: 1 } }, tlajomulco);

const NO_TEMPLATE: SiteTemplate = { hasBlock: () => false, hasLink: () => false, hasSocialLink: () => false, hasContact: () => false, hasContactLink: () => false };

const PRESIDENTA = `${SITE}/presidenta-municipal`;
const mayorPage = page({ url: PRESIDENTA, title: 'Presidenta Municipal | Tlajomulco', headings: ['Mensaje de la Presidenta Municipal'], text: 'Bienvenidos' });
const TURISMO = `${SITE}/turismo`;
const tourismPage = page({ url: TURISMO, title: 'Turismo', headings: ['Conoce Tlajomulco'] });

/** A personal account of the mayor, with no word of its own saying whose it is. */
const MAYOR_HANDLE = 'LauraHaroOficial';

function accounts(socialLinks: SocialLinkArtifact[], pages: PageArtifact[] = [homePage(), mayorPage, tourismPage], siteTemplate = NO_TEMPLATE) {
  return deriveSocialAccounts({ socialLinks, pages, siteTemplate, municipalityNames: TLAJOMULCO });
}

describe('deriveSocialAccounts', () => {
  it('gives a handle naming the ayuntamiento to the government even in the body of the mayor’s page', () => {
    const l = socialLink({ pageUrl: PRESIDENTA, href: 'https://www.facebook.com/AyuntamientoTlajomulco', accountId: 'AyuntamientoTlajomulco', text: 'Facebook', contextText: 'Sigue a la Presidenta Municipal en redes sociales', region: 'main', selector: 'main a.fb' });
    const a = accounts([l]);
    expect(a.ownerOf(l)).toBe('government');
    expect(a.government).toEqual([l]);
    // presented on the mayor's page, so it is also among the mayor's links, whoever owns the account
    expect(a.mayorLinks).toEqual([l]);
  });

  it('gives an account beside "Gobierno del Estado" to another government', () => {
    const l = socialLink({ pageUrl: `${SITE}/`, href: 'https://twitter.com/edomex', platform: 'twitter', accountId: 'edomex', text: 'Twitter', contextText: 'Gobierno del Estado de México · Síguenos', region: 'aside', selector: 'aside a.tw' });
    const a = accounts([l]);
    expect(a.ownerOf(l)).toBe('other');
    expect(a.government).toEqual([]);
    expect(a.mayorLinks).toEqual([]);
  });

  it('gives a link in the body of a page whose title names the Presidenta Municipal to the mayor', () => {
    const l = socialLink({ pageUrl: PRESIDENTA, href: `https://www.facebook.com/${MAYOR_HANDLE}`, accountId: MAYOR_HANDLE, text: 'Facebook', contextText: 'Síguela en redes sociales', region: 'main', selector: 'main a.fb' });
    const a = accounts([l]);
    expect([...a.mayorPages]).toEqual(['municipio.gob.mx/presidenta-municipal']);
    expect(a.ownerOf(l)).toBe('mayor');
    expect(a.mayorLinks).toEqual([l]);
    expect(a.government).toEqual([]);
  });

  it('does not take the home page for a page about the mayor, even when its title names the office', () => {
    const home = homePage({ title: 'H. Ayuntamiento de Tlajomulco | Presidente Municipal' });
    const l = socialLink({ pageUrl: `${SITE}/`, href: `https://www.facebook.com/${MAYOR_HANDLE}`, accountId: MAYOR_HANDLE, text: '', contextText: 'Noticias recientes', region: 'main', selector: 'main a.fb' });
    const a = accounts([l], [home]);
    expect(a.mayorPages.size).toBe(0);
    // Not the mayor's; and nothing presents it as the government's either (a body link under "Noticias recientes").
    expect(a.ownerOf(l)).toBeNull();
    expect(a.unattributed).toEqual([l]);
  });

  it('gives a handle naming the state, and not the municipality, to another government, though it says “Gob”', () => {
    const state = socialLink({ href: 'https://twitter.com/GobJalisco', platform: 'twitter', accountId: 'GobJalisco', text: 'Twitter', contextText: 'Síguenos', region: 'aside', selector: 'aside a.tw' });
    const own = socialLink({ href: 'https://twitter.com/TlajomulcoGob', platform: 'twitter', accountId: 'TlajomulcoGob', text: '', contextText: 'Noticias', region: 'main', selector: 'main a.tw' });
    const a = accounts([state, own]);
    expect(a.ownerOf(state)).toBe('other');
    expect(a.ownerOf(own)).toBe('government');
    expect(a.government).toEqual([own]);
  });

  it('takes an account nobody names as the government’s when the portal presents it under “Síguenos”', () => {
    const l = socialLink({ href: 'https://www.instagram.com/somos_tlaj', platform: 'instagram', accountId: 'somos_tlaj', text: '', contextText: 'Síguenos en redes sociales', region: 'main', selector: 'main a.ig' });
    expect(accounts([l]).ownerOf(l)).toBe('government');
  });

  it('judges a chrome link by its own words only: the footer address naming the mayor does not make it hers', () => {
    const footer = socialLink({ pageUrl: PRESIDENTA, href: `https://www.facebook.com/${MAYOR_HANDLE}`, accountId: MAYOR_HANDLE, text: '', contextText: 'Presidenta Municipal Laura Haro · Av. Higuera No. 70, Centro', region: 'footer', selector: 'footer a.fb' });
    const a = accounts([footer]);
    expect(a.ownerOf(footer)).toBe('government');
    expect(a.mayorLinks).toEqual([]);
    expect(a.government).toEqual([footer]);

    const labelled = { ...footer, text: 'Facebook de la Presidenta Municipal' };
    expect(accounts([labelled]).ownerOf(labelled)).toBe('mayor');
  });

  it('treats an icon the template repeats in the body (table layout) as chrome', () => {
    const pages = [homePage(), mayorPage, tourismPage];
    const icons = pages.map((p) => socialLink({ pageUrl: p.url, href: `https://www.facebook.com/${MAYOR_HANDLE}`, accountId: MAYOR_HANDLE, text: '', contextText: 'Presidenta Municipal Laura Haro', region: 'main', selector: 'td.pie a:nth-child(1)' }));
    const template = deriveSiteTemplate(buildArtifacts({ pages, socialLinks: icons }));
    const a = accounts(icons, pages, template);
    expect(a.ownerOf(icons[1]!)).toBe('government');
    expect(a.mayorLinks).toEqual([]);
    // without the template the same links' context speaks
    expect(accounts(icons, pages).ownerOf(icons[1]!)).toBe('mayor');
  });

  it('gives the footer’s bare icon the owner the mayor’s page presents; an account only ever a bare icon is the government’s', () => {
    const footerIcon = socialLink({ href: `https://www.facebook.com/${MAYOR_HANDLE}`, accountId: MAYOR_HANDLE, text: '', contextText: '', region: 'footer', selector: 'footer a.fb' });
    const onMayorPage = socialLink({ pageUrl: PRESIDENTA, href: `https://www.facebook.com/${MAYOR_HANDLE}`, accountId: MAYOR_HANDLE, text: 'Facebook', contextText: 'Síguela', region: 'main', selector: 'main a.fb' });
    const bare = socialLink({ href: 'https://www.instagram.com/tlajomulco', platform: 'instagram', accountId: 'tlajomulco', text: '', contextText: '', region: 'footer', selector: 'footer a.ig' });
    const a = accounts([footerIcon, onMayorPage, bare]);
    expect(a.ownerOf(footerIcon)).toBe('mayor');
    expect(a.ownerOf(bare)).toBe('government');
    expect(a.government).toEqual([bare]);
    expect(a.mayorLinks).toEqual([onMayorPage]);
  });

  it('never lists store listings or messaging lines among the government’s accounts', () => {
    const app = socialLink({ href: 'https://play.google.com/store/apps/details?id=mx.gob.tlajomulco.app', platform: 'google-play', kind: 'app', accountId: 'mx.gob.tlajomulco.app', text: 'Descarga la app del Ayuntamiento', region: 'main', selector: 'main a.app' });
    const whatsapp = socialLink({ href: 'https://wa.me/5213332834400', platform: 'whatsapp', kind: 'profile', accountId: '5213332834400', text: 'WhatsApp del Ayuntamiento', region: 'main', selector: 'main a.wa' });
    const telegram = socialLink({ href: 'https://t.me/AyuntamientoTlajomulco', platform: 'telegram', kind: 'profile', accountId: 'AyuntamientoTlajomulco', text: 'Telegram', region: 'footer', selector: 'footer a.tg' });
    const facebook = socialLink();
    const a = accounts([app, whatsapp, telegram, facebook]);
    expect(a.government).toEqual([facebook]);
    expect(a.ownerOf(whatsapp)).toBe('government');
    expect(isAccountLink(app)).toBe(false);
  });

  it('lists each government account once, by its first link (handles compared in any case)', () => {
    const header = socialLink({ region: 'header', selector: 'header a.fb' });
    const footer = socialLink({ href: 'https://facebook.com/gobiernomunicipio', accountId: 'gobiernomunicipio', selector: 'footer a.fb' });
    const onTourism = socialLink({ pageUrl: TURISMO, region: 'main', selector: 'main a.fb', contextText: 'Comparte tus fotos' });
    const twitter = socialLink({ href: 'https://twitter.com/GobMunicipio', platform: 'twitter', accountId: 'GobMunicipio', text: 'Twitter' });
    const a = accounts([header, footer, onTourism, twitter]);
    expect(a.government).toEqual([header, twitter]);
    expect(accountKey(footer)).toBe(accountKey(header));
  });

  it('judges a link with no account (an embedded video) by its own words and context', () => {
    const video = (contextText: string, pageUrl = TURISMO): SocialLinkArtifact =>
      socialLink({ pageUrl, href: 'https://www.youtube.com/embed/abc123', platform: 'youtube', kind: 'video', accountId: null, text: '', contextText, region: 'main', selector: 'iframe', embedded: true });
    const a = accounts([]);
    expect(a.ownerOf(video('Mensaje de la Presidenta Municipal con motivo del informe'))).toBe('mayor');
    expect(a.ownerOf(video('Spot del Gobierno del Estado de Jalisco'))).toBe('other');
    expect(a.ownerOf(video('Video del H. Ayuntamiento: Festival cultural'))).toBe('government');
    expect(a.ownerOf(video('Festival cultural 2016'))).toBe(null);
    expect(a.ownerOf(video('Festival cultural 2016', PRESIDENTA))).toBe('mayor');
  });
});
