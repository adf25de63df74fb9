import { describe, expect, it } from 'vitest';
import { deriveSectionScope } from '../../src/derive/section-scope.ts';
import { SECTION_URL, SITE, buildArtifacts, fileLink, form, homePage, link, page, section, sectionPage } from '../indicators/build-artifacts.ts';

const PRESUPUESTO = `${SECTION_URL}/presupuesto`;

describe('deriveSectionScope', () => {
  it('is none when the home page links no open-data section', () => {
    const artifacts = buildArtifacts({ pages: [homePage()], section: null });
    expect(deriveSectionScope(artifacts)).toEqual({ status: 'none' });
  });

  it('is not-fetched when none of the section pages was fetched, and keeps the section', () => {
    const s = section();
    const artifacts = buildArtifacts({ pages: [homePage(), page({ url: `${SITE}/noticias` })], section: s });
    const scope = deriveSectionScope(artifacts);
    expect(scope.status).toBe('not-fetched');
    expect(scope.status === 'not-fetched' && scope.section).toBe(s);
  });

  it('takes the landing page and a fetched sub-page, not the home page nor other pages', () => {
    const home = homePage();
    const landing = sectionPage();
    const sub = page({ url: PRESUPUESTO, depth: 2, title: 'Presupuesto de egresos 2016' });
    const other = page({ url: `${SITE}/turismo`, title: 'Turismo' });
    const scope = deriveSectionScope(buildArtifacts({ pages: [home, landing, other, sub] }));
    if (scope.status !== 'found') throw new Error(`expected found, got ${scope.status}`);
    expect(scope.pages).toEqual([landing, sub]);
    expect(scope.has(PRESUPUESTO)).toBe(true);
    expect(scope.has(`${SITE}/`)).toBe(false);
    expect(scope.has(`${SITE}/turismo`)).toBe(false);
    // nomina is in the section even though it was not fetched
    expect(scope.has(`${SECTION_URL}/nomina`)).toBe(true);
    expect([...scope.urls].sort()).toEqual(['municipio.gob.mx/datos-abiertos', 'municipio.gob.mx/datos-abiertos/nomina', 'municipio.gob.mx/datos-abiertos/presupuesto']);
  });

  it('names the same page whatever the scheme, www or index file (canonicalKey)', () => {
    const landing = page({ url: 'http://municipio.gob.mx/datos-abiertos/index.html', title: 'Datos abiertos' });
    const scope = deriveSectionScope(buildArtifacts({ pages: [homePage(), landing] }));
    if (scope.status !== 'found') throw new Error(`expected found, got ${scope.status}`);
    expect(scope.pages).toEqual([landing]);
    expect(scope.has('http://municipio.gob.mx/datos-abiertos/')).toBe(true);
    expect(scope.has('https://www.municipio.gob.mx/datos-abiertos/index.html')).toBe(true);
    expect(scope.has('https://www.municipio.gob.mx/datos-abiertos/default.aspx')).toBe(true);
    expect(scope.has('https://www.municipio.gob.mx/datos-abiertos-2')).toBe(false);
  });

  it('keeps only the file links, forms and links found on section pages', () => {
    const inFile = fileLink({ pageUrl: SECTION_URL });
    const subFile = fileLink({ pageUrl: `http://municipio.gob.mx/datos-abiertos/presupuesto/`, href: `${SITE}/archivos/egresos.xlsx`, format: 'xlsx', text: 'Egresos (Excel)' });
    const homeFile = fileLink({ pageUrl: `${SITE}/`, href: `${SITE}/archivos/gaceta-mayo.pdf`, format: 'pdf', text: 'Gaceta municipal mayo' });
    const inForm = form({ pageUrl: SECTION_URL, purposeText: 'Solicita un conjunto de datos Nombre Mensaje Enviar' });
    const homeForm = form({ pageUrl: `${SITE}/` });
    const inLink = link({ pageUrl: PRESUPUESTO, href: `${SITE}/archivos/presupuesto`, text: 'Presupuesto ciudadano' });
    const homeLink = link({ pageUrl: `${SITE}/`, href: SECTION_URL, text: 'Datos abiertos' });
    const artifacts = buildArtifacts({
      pages: [homePage(), sectionPage(), page({ url: PRESUPUESTO })],
      fileLinks: [homeFile, inFile, subFile],
      forms: [homeForm, inForm],
      links: [homeLink, inLink],
    });
    const scope = deriveSectionScope(artifacts);
    if (scope.status !== 'found') throw new Error(`expected found, got ${scope.status}`);
    expect(scope.fileLinks).toEqual([inFile, subFile]);
    expect(scope.forms).toEqual([inForm]);
    expect(scope.links).toEqual([inLink]);
  });
});
