import { describe, expect, it } from 'vitest';
import type { Artifacts, PageArtifact } from '../../src/gather/artifacts.ts';
import { deriveSiteTemplate } from '../../src/derive/site-template.ts';
import { SITE, buildArtifacts, contactLink, homePage, link, page, socialLink } from '../indicators/build-artifacts.ts';

const MENU = 'Inicio | Ayuntamiento | Transparencia | Datos Abiertos | Trámites | Contacto';
const FOOTER = 'H. Ayuntamiento de Tlajomulco · Av. Higuera No. 70, Centro, C.P. 45640 · Tel. (33) 3283 4400';

/** `n` pages of the site: the home page and n-1 inner pages, each with its own text plus `shared` blocks. */
function pagesOf(n: number, shared: string[] = [], base = SITE): PageArtifact[] {
  return Array.from({ length: n }, (_, i) => {
    const own = `Contenido propio de la página ${i + 1}`;
    const blocks = [...shared, own];
    const url = i === 0 ? `${base}/` : `${base}/pagina-${i}`;
    const p = i === 0 ? homePage({ url }) : page({ url, depth: 1 });
    return { ...p, text: blocks.join(' '), textBlocks: blocks };
  });
}

const template = (partial: Partial<Artifacts>) => deriveSiteTemplate(buildArtifacts(partial));

describe('deriveSiteTemplate', () => {
  it('takes a text block on more than half of the pages (and three at least) as template, in any form', () => {
    const pages = pagesOf(4);
    for (const p of pages.slice(0, 3)) p.textBlocks.unshift(MENU);
    const t = template({ pages });
    expect(t.hasBlock(MENU)).toBe(true);
    expect(t.hasBlock('INICIO | AYUNTAMIENTO | TRANSPARENCIA | DATOS ABIERTOS | TRAMITES | CONTACTO')).toBe(true);
    expect(t.hasBlock('Contenido propio de la página 1')).toBe(false);
  });

  it('does not take a block on half of the pages, nor one on every page of a two-page crawl', () => {
    const four = pagesOf(4);
    for (const p of four.slice(0, 2)) p.textBlocks.unshift(MENU);
    expect(template({ pages: four }).hasBlock(MENU)).toBe(false);
    expect(template({ pages: pagesOf(2, [MENU]) }).hasBlock(MENU)).toBe(false);
  });

  it('takes a block on 3 of 3 pages but not on 2 of 3 (more than half, yet fewer than three pages)', () => {
    expect(template({ pages: pagesOf(3, [MENU]) }).hasBlock(MENU)).toBe(true);
    const three = pagesOf(3);
    for (const p of three.slice(0, 2)) p.textBlocks.unshift(MENU);
    expect(template({ pages: three }).hasBlock(MENU)).toBe(false);
  });

  it('counts a page once however often a block repeats on it', () => {
    const pages = pagesOf(5);
    pages[0]!.textBlocks.push(MENU, MENU, MENU);
    pages[1]!.textBlocks.push(MENU);
    expect(template({ pages }).hasBlock(MENU)).toBe(false);
  });

  it('counts www.<site> and <site> as one host', () => {
    const pages = [...pagesOf(2), ...pagesOf(3, [], 'http://municipio.gob.mx').slice(1)];
    const links = pages.slice(0, 4).map((p) => link({ pageUrl: p.url, href: `${SITE}/tramites`, text: 'Trámites' }));
    expect(template({ pages, links }).hasLink({ href: `${SITE}/tramites`, text: 'Trámites' })).toBe(true);
  });

  it('takes a link with the same target and text on most pages, the same page under http/www aliases', () => {
    const pages = pagesOf(4);
    const menuLinks = pages.map((p) => link({ pageUrl: p.url, href: `${SITE}/transparencia`, text: 'Transparencia', region: 'main' }));
    menuLinks[1] = { ...menuLinks[1]!, href: 'http://municipio.gob.mx/transparencia/index.php', text: 'TRANSPARENCIA' };
    const once = link({ pageUrl: pages[2]!.url, href: `${SITE}/noticias/bacheo`, text: 'Arranca la campaña de bacheo' });
    const t = template({ pages, links: [...menuLinks, once] });
    expect(t.hasLink({ href: `${SITE}/transparencia`, text: 'Transparencia' })).toBe(true);
    expect(t.hasLink({ href: `${SITE}/transparencia`, text: 'Portal de Transparencia' })).toBe(false);
    expect(t.hasLink({ href: once.href, text: once.text })).toBe(false);
  });

  it('takes a social icon with the same target and selector on most pages, not the same account elsewhere on a page', () => {
    const pages = pagesOf(4);
    const icons = pages.map((p) => socialLink({ pageUrl: p.url, text: '', region: 'main', selector: 'td.pie a:nth-child(1)' }));
    const t = template({ pages, socialLinks: icons });
    expect(t.hasSocialLink({ href: 'https://www.facebook.com/GobiernoMunicipio/', selector: 'td.pie a:nth-child(1)' })).toBe(true);
    expect(t.hasSocialLink({ href: 'https://www.facebook.com/GobiernoMunicipio/', selector: 'div.noticia a' })).toBe(false);
  });

  it('counts a catalogue host (datos.<site>) on its own: the main menu stays template beside a large catalogue', () => {
    const www = pagesOf(4);
    const datos = Array.from({ length: 10 }, (_, i) => page({ url: `https://datos.municipio.gob.mx/dataset/conjunto-${i}`, text: `Conjunto de datos ${i}` }));
    const menuLinks = www.map((p) => link({ pageUrl: p.url, href: `${SITE}/tramites`, text: 'Trámites y servicios' }));
    const catalogueLinks = datos.map((p) => link({ pageUrl: p.url, href: 'https://datos.municipio.gob.mx/dataset', text: 'Conjuntos de datos' }));
    const icons = www.map((p) => socialLink({ pageUrl: p.url, selector: 'footer a.fa-facebook' }));
    for (const p of www) p.textBlocks.unshift(MENU);
    const t = template({ pages: [...www, ...datos], links: [...menuLinks, ...catalogueLinks], socialLinks: icons });
    expect(t.hasBlock(MENU)).toBe(true);
    expect(t.hasLink({ href: `${SITE}/tramites`, text: 'Trámites y servicios' })).toBe(true);
    expect(t.hasSocialLink({ href: 'https://www.facebook.com/GobiernoMunicipio/', selector: 'footer a.fa-facebook' })).toBe(true);
    expect(t.hasLink({ href: 'https://datos.municipio.gob.mx/dataset', text: 'Conjuntos de datos' })).toBe(true);
  });

  it('a catalogue link on 3 of 10 catalogue pages is not template there', () => {
    const datos = Array.from({ length: 10 }, (_, i) => page({ url: `https://datos.municipio.gob.mx/dataset/conjunto-${i}` }));
    const links = datos.slice(0, 3).map((p) => link({ pageUrl: p.url, href: 'https://datos.municipio.gob.mx/organizacion/tesoreria', text: 'Tesorería' }));
    expect(template({ pages: datos, links }).hasLink({ href: 'https://datos.municipio.gob.mx/organizacion/tesoreria', text: 'Tesorería' })).toBe(false);
  });

  it('takes a contact recurring in the running text (a footer address and phone in a table layout) as template', () => {
    const t = template({ pages: pagesOf(4, [FOOTER]) });
    // keyed by the text findContacts matched (normalised), as the rules pass it
    expect(t.hasContact('(33) 3283 4400')).toBe(true);
    expect(t.hasContact('av. higuera no. 70')).toBe(true);
    expect(t.hasContact('c.p. 45640')).toBe(true);
    expect(t.hasContact('3332834400')).toBe(false);
    const once = pagesOf(4);
    once[3]!.text += ' Oficina de Participación Ciudadana: Tel. (33) 3283 4499';
    expect(template({ pages: once }).hasContact('(33) 3283 4499')).toBe(false);
  });

  it('takes a mailto:/tel: link on most pages as template, not one on a single page', () => {
    const pages = pagesOf(4);
    const footerMail = pages.map((p) => contactLink({ pageUrl: p.url, kind: 'email', value: 'contacto@municipio.gob.mx', region: 'footer' }));
    const participation = contactLink({ pageUrl: pages[2]!.url, kind: 'email', value: 'participacion@municipio.gob.mx' });
    const textPhone = pages.map((p) => contactLink({ pageUrl: p.url, kind: 'phone', value: '3332834400', source: 'text' }));
    const t = template({ pages, contacts: [...footerMail, participation, ...textPhone] });
    expect(t.hasContactLink({ kind: 'email', value: 'contacto@municipio.gob.mx' })).toBe(true);
    expect(t.hasContactLink({ kind: 'phone', value: 'contacto@municipio.gob.mx' })).toBe(false);
    expect(t.hasContactLink({ kind: 'email', value: 'participacion@municipio.gob.mx' })).toBe(false);
    // contacts found in the text are not links
    expect(t.hasContactLink({ kind: 'phone', value: '3332834400' })).toBe(false);
  });
});
