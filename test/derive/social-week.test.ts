import { describe, expect, it } from 'vitest';
import type { PostArtifact, SocialLinkArtifact } from '../../src/gather/artifacts.ts';
import { deriveSocialAccounts } from '../../src/derive/social-accounts.ts';
import { SOCIAL_WINDOW_DAYS, deriveSocialWeek } from '../../src/derive/social-week.ts';
import type { SiteTemplate } from '../../src/derive/site-template.ts';
import { AS_OF, SITE, homePage, page, post, socialLink } from '../indicators/build-artifacts.ts';
import { deriveMunicipalityNames } from '../../src/derive/municipality-names.ts';
import { context as tlajomulco } from '../indicators/build-artifacts.ts';

const TLAJOMULCO = deriveMunicipalityNames({ site: { seedUrl: 'https://www.municipio.gob.mx/', finalUrl: 'https://www.municipio.gob.mx/', status: 'ok', pagesCrawled: 1 } }, tlajomulco);

const NO_TEMPLATE: SiteTemplate = { hasBlock: () => false, hasLink: () => false, hasSocialLink: () => false, hasContact: () => false, hasContactLink: () => false };
const PRESIDENTE = `${SITE}/presidente-municipal`;

const GOVERNMENT = socialLink(); // facebook GobiernoMunicipio, footer
const MAYOR = socialLink({ pageUrl: PRESIDENTE, href: 'https://www.facebook.com/JuanPerezOficial', accountId: 'JuanPerezOficial', text: 'Facebook', contextText: 'Síguelo', region: 'main', selector: 'main a.fb' });
const STATE = socialLink({ href: 'https://twitter.com/Edomex', platform: 'twitter', accountId: 'Edomex', text: 'Twitter', contextText: 'Gobierno del Estado de México', region: 'aside', selector: 'aside a.tw', embedded: true });

function week(posts: PostArtifact[], socialLinks: SocialLinkArtifact[] = [GOVERNMENT, MAYOR, STATE], asOf = AS_OF) {
  const pages = [homePage(), page({ url: PRESIDENTE, title: 'Presidente Municipal', headings: ['Presidente Municipal'] })];
  const socialAccounts = deriveSocialAccounts({ socialLinks, pages, siteTemplate: NO_TEMPLATE, municipalityNames: TLAJOMULCO });
  return deriveSocialWeek({ posts, socialAccounts }, asOf);
}

describe('deriveSocialWeek', () => {
  it('keeps only the government’s posts: not the mayor’s, the State’s embedded timeline or a post of no account', () => {
    const own = post({ postedAt: '2016-05-18', text: 'Arranca la campaña de bacheo en la cabecera municipal' });
    const ownOtherCase = post({ accountId: 'gobiernomunicipio', postedAt: '2016-05-17', text: 'Horario de la Tesorería esta semana' });
    const mayor = post({ accountId: 'JuanPerezOficial', postedAt: '2016-05-19', text: 'Gracias a los vecinos de Santa Fe' });
    const state = post({ platform: 'twitter', accountId: 'Edomex', postedAt: '2016-05-19', text: 'El Gobernador inaugura el Tren Interurbano' });
    const anonymous = post({ accountId: null, postedAt: '2016-05-19', text: 'Publicación compartida' });
    const otherPlatform = post({ platform: 'twitter', accountId: 'GobiernoMunicipio', postedAt: '2016-05-19' });
    const w = week([own, mayor, state, anonymous, ownOtherCase, otherPlatform]);
    expect(w.accounts).toEqual([GOVERNMENT]);
    expect(w.posts).toEqual([own, ownOtherCase]);
    expect(w.recent).toEqual([own, ownOtherCase]);
  });

  it('takes the 7 days before as-of, both ends included, and drops future-dated posts', () => {
    expect(SOCIAL_WINDOW_DAYS).toBe(7);
    const at = (postedAt: string) => post({ postedAt, text: `Publicación del ${postedAt}` });
    const [before, first, last, future] = [at('2016-05-12'), at('2016-05-13'), at('2016-05-20'), at('2016-05-21')];
    const w = week([before, first, last, future]);
    expect(w.start).toBe('2016-05-13');
    expect(w.posts).toEqual([before, first, last]);
    expect(w.recent).toEqual([first, last]);
  });

  it('counts the replies to citizens among the week’s posts only', () => {
    const reply = post({ postedAt: '2016-05-16', text: 'Hola Sra. Martínez, el reporte de la luminaria quedó registrado con folio 1234', isReplyToCitizen: true });
    const oldReply = post({ postedAt: '2016-05-02', text: 'Gracias por su reporte, ya se atendió', isReplyToCitizen: true });
    const notice = post({ postedAt: '2016-05-16', text: 'Aviso: corte de agua en la colonia Centro' });
    const w = week([reply, oldReply, notice]);
    expect(w.recent).toEqual([reply, notice]);
    expect(w.recentReplies).toEqual([reply]);
  });

  it('has no posts when the site links no government account', () => {
    const w = week([post()], [MAYOR]);
    expect(w.accounts).toEqual([]);
    expect(w.posts).toEqual([]);
    expect(w.recent).toEqual([]);
  });
});
