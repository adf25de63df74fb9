import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { HOME, page, siteFrom } from './helpers.ts';

describe('links', () => {
  const cases: { name: string; body: string; expected: { href: string; text: string; region: string; external: boolean }[] }[] = [
    {
      name: 'menu in <nav>, relative href resolved',
      body: '<nav><ul><li><a href="/ayuntamiento">Ayuntamiento</a></li></ul></nav>',
      expected: [{ href: 'https://www.municipio.gob.mx/ayuntamiento', text: 'Ayuntamiento', region: 'nav', external: false }],
    },
    {
      name: 'div#footer by id hint; footer menu stays footer',
      body: '<div id="footer"><a href="/aviso">Aviso de privacidad</a></div><footer><ul class="menu"><li><a href="/mapa">Mapa</a></li></ul></footer>',
      expected: [
        { href: 'https://www.municipio.gob.mx/aviso', text: 'Aviso de privacidad', region: 'footer', external: false },
        { href: 'https://www.municipio.gob.mx/mapa', text: 'Mapa', region: 'footer', external: false },
      ],
    },
    {
      name: 'class hints: navbar, pie-de-pagina, sidebar, role=banner',
      body: '<div class="navbar-collapse"><a href="/a">A</a></div><div class="pie-de-pagina"><a href="/b">B</a></div><div class="widget-sidebar"><a href="/c">C</a></div><div role="banner"><a href="/d">D</a></div><main><a href="/e">E</a></main><div><a href="/f">F</a></div>',
      expected: [
        { href: 'https://www.municipio.gob.mx/a', text: 'A', region: 'nav', external: false },
        { href: 'https://www.municipio.gob.mx/b', text: 'B', region: 'footer', external: false },
        { href: 'https://www.municipio.gob.mx/c', text: 'C', region: 'aside', external: false },
        { href: 'https://www.municipio.gob.mx/d', text: 'D', region: 'header', external: false },
        { href: 'https://www.municipio.gob.mx/e', text: 'E', region: 'main', external: false },
        { href: 'https://www.municipio.gob.mx/f', text: 'F', region: 'unknown', external: false },
      ],
    },
    {
      name: 'icon-only links take img alt, title, aria-label',
      body: '<header><a href="https://www.facebook.com/gobmun/"><img src="fb.png" alt="Facebook"></a><a title="Síguenos Twitter" href="https://twitter.com/gobmun"><i class="fa fa-twitter"></i></a><a aria-label="YouTube" href="https://youtube.com/@gobmun"><svg></svg></a></header>',
      expected: [
        { href: 'https://www.facebook.com/gobmun/', text: 'Facebook', region: 'header', external: true },
        { href: 'https://twitter.com/gobmun', text: 'Síguenos Twitter', region: 'header', external: true },
        { href: 'https://youtube.com/@gobmun', text: 'YouTube', region: 'header', external: true },
      ],
    },
    {
      name: 'accessible name: an image’s alt is part of the content, aria-hidden icons and icon-font ligature names are not',
      body: `<nav><a href="/datos"><img src="icono-datos.png" alt="Datos"> Abiertos</a>
        <a href="/transparencia" title="Transparencia"><i class="material-icons">visibility</i></a>
        <a href="/contacto" aria-label="Contacto"><span class="fa fa-envelope" aria-hidden="true">✉</span></a>
        <a href="/obras"><i class="fa fa-road"></i><span class="sr-only">Obras públicas</span></a>
        <a href="/mapa"><img src="mapa.png" alt=""><span title="Mapa del sitio"></span></a></nav>`,
      expected: [
        { href: 'https://www.municipio.gob.mx/datos', text: 'Datos Abiertos', region: 'nav', external: false },
        { href: 'https://www.municipio.gob.mx/transparencia', text: 'Transparencia', region: 'nav', external: false },
        { href: 'https://www.municipio.gob.mx/contacto', text: 'Contacto', region: 'nav', external: false },
        { href: 'https://www.municipio.gob.mx/obras', text: 'Obras públicas', region: 'nav', external: false },
        { href: 'https://www.municipio.gob.mx/mapa', text: 'Mapa del sitio', region: 'nav', external: false },
      ],
    },
    {
      name: 'an image menu: links named only by their images’ alt, and a link’s own text before its title',
      body: `<div id="menu"><a href="/datos-abiertos"><img src="btn_datos.gif" alt="Datos Abiertos"></a>
        <a href="/tramites" title="Trámites y servicios en línea">Trámites</a></div>`,
      expected: [
        { href: 'https://www.municipio.gob.mx/datos-abiertos', text: 'Datos Abiertos', region: 'nav', external: false },
        { href: 'https://www.municipio.gob.mx/tramites', text: 'Trámites', region: 'nav', external: false },
      ],
    },
    {
      name: 'placeholders, mailto and tel are not links; fragment removed',
      body: '<a href="#">Twitter</a><a href="javascript:void(0)">YouTube</a><a href="mailto:a@b.mx">Correo</a><a href="tel:3242411254">Tel</a><a href="/tramites#pagos">Trámites</a>',
      expected: [{ href: 'https://www.municipio.gob.mx/tramites', text: 'Trámites', region: 'unknown', external: false }],
    },
    {
      name: 'site identity: http alias, no-www, catalogue subdomain internal; other domains external',
      body: '<a href="http://municipio.gob.mx/x">x</a><a href="https://datos.municipio.gob.mx/">datos</a><a href="http://huehuetan.transparenciachiapas.org.mx/">t</a>',
      expected: [
        { href: 'http://municipio.gob.mx/x', text: 'x', region: 'unknown', external: false },
        { href: 'https://datos.municipio.gob.mx/', text: 'datos', region: 'unknown', external: false },
        { href: 'http://huehuetan.transparenciachiapas.org.mx/', text: 't', region: 'unknown', external: true },
      ],
    },
    {
      name: '<area> links use alt',
      body: '<map name="m"><area href="/obras" alt="Obras públicas"></map>',
      expected: [{ href: 'https://www.municipio.gob.mx/obras', text: 'Obras públicas', region: 'unknown', external: false }],
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    const { links } = gatherArtifacts(page(body));
    expect(links.map(({ href, text, region, external }) => ({ href, text, region, external }))).toEqual(expected);
  });

  it('resolves against <base href>', () => {
    const site = siteFrom([{ url: HOME, html: '<html><head><base href="https://www.municipio.gob.mx/portal/"></head><body><a href="tramites.php">T</a></body></html>' }]);
    expect(gatherArtifacts(site).links[0]!.href).toBe('https://www.municipio.gob.mx/portal/tramites.php');
  });

  it('gives selectors that find the element', () => {
    const html = '<html><body><div><ul><li><a href="/1">uno</a></li><li><a href="/2">dos</a></li></ul></div><div id="menu"><p><a href="/3">tres</a><a href="/4">cuatro</a></p></div></body></html>';
    const { links } = gatherArtifacts(siteFrom([{ url: HOME, html }]));
    const $ = cheerio.load(html);
    for (const link of links) {
      expect($(link.selector).length, link.selector).toBe(1);
      expect($(link.selector).text()).toBe(link.text);
    }
    expect(links[3]!.selector).toBe('#menu > p > a:nth-of-type(2)');
  });
});

describe('contacts', () => {
  it('reads tel:/mailto: links, entity-obfuscated e-mails, labelled phones and addresses', () => {
    const body = `<section><h2>Presupuesto participativo</h2>
      <p>Teléfono: (324) 241 1254 ext. 12</p>
      <p>Correo: <a href="mailto:p&#114;&#101;supuesto@municipio.gob.mx">escríbenos</a></p>
      <p>Dirección: Calle Hidalgo s/n, Centro, C.P. 63900</p>
      <a href="tel:+52-33-3283-4400">Llámanos</a></section>
      <p>Presupuesto 2016: 1 234 567 890 pesos</p>`;
    const contacts = gatherArtifacts(page(body)).contacts;
    expect(contacts.map((c) => [c.kind, c.value, c.source])).toEqual([
      ['email', 'presupuesto@municipio.gob.mx', 'link'],
      ['phone', '+523332834400', 'link'],
      ['phone', '3242411254', 'text'],
      // One extractor for the gatherer and the rules (gather/contacts.ts findContacts): the labelled street and
      // the postcode, each in normal form.
      ['address', 'direccion: calle hidalgo s/n', 'text'],
      ['address', 'c.p. 63900', 'text'],
    ]);
    expect(contacts[2]!.contextText).toContain('Presupuesto participativo');
  });
});

describe('regions: content tabs are not menus', () => {
  const regions = (body: string): string[] => gatherArtifacts(page(body)).links.map((l) => l.region);

  it('Bootstrap nav-tabs inside main content are main', () => {
    const { links } = gatherArtifacts(page('<div class="container"><ul class="nav nav-tabs"><li><a href="/datos/obras">Obras</a></li></ul></div>'));
    expect(links[0]!.region).toBe('main');
  });

  it('pills inside a <nav> landmark are the menu (Joomla 3 main menu, CKAN masthead)', () => {
    expect(regions('<nav class="navigation container" role="navigation"><ul class="nav menu nav-pills mod-list"><li><a href="/index.php/noticias">Noticias</a></li></ul></nav>')).toEqual(['nav']);
    expect(regions('<header class="masthead"><div class="container"><nav class="section navigation"><ul class="nav nav-pills"><li><a href="/dataset">Conjuntos de datos</a></li></ul></nav></div></header>')).toEqual(['nav']);
  });

  it('decoy: ARIA tabs stay content even inside a <nav> (Bootstrap 4 tab markup)', () => {
    expect(regions('<main><nav><div class="nav nav-tabs" role="tablist"><a href="/datos/obras">Obras</a></div></nav></main>')).toEqual(['main']);
    expect(regions('<main><div class="tab-content"><ul class="nav nav-pills"><li><a href="/datos/agua">Agua</a></li></ul></div></main>')).toEqual(['main']);
  });
});

describe('regions: image-map menus', () => {
  const map = (areas: number): string =>
    `<table><tr><td><img src="/menu.png" usemap="#m"><map name="m">${Array.from({ length: areas }, (_, i) => `<area shape="rect" coords="${i * 10},0,${i * 10 + 10},32" href="/p${i}.htm" alt="P${i}">`).join('')}</map></td></tr></table>`;

  it('an image map with several areas in a table layout is a menu', () => {
    expect(gatherArtifacts(page(map(4))).links.map((l) => l.region)).toEqual(['nav', 'nav', 'nav', 'nav']);
  });

  it('a one- or two-area map is a clickable picture, not a menu', () => {
    expect(gatherArtifacts(page(map(2))).links.map((l) => l.region)).toEqual(['unknown', 'unknown']);
  });

  it('a footer image map stays footer', () => {
    expect(gatherArtifacts(page(`<footer>${map(3)}</footer>`)).links.map((l) => l.region)).toEqual(['footer', 'footer', 'footer']);
  });
});
