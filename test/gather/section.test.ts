import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { HOME, siteFrom, type PageSpec } from './helpers.ts';

const html = (body: string, title = 'Municipio'): string => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
const u = (path: string): string => new URL(path, HOME).href;

describe('open-data section', () => {
  const cases: { name: string; pages: PageSpec[]; expected: { url: string; label: string; region?: string; crawled?: boolean; catalogue?: boolean; pageUrls?: string[] } | null; rejected?: string[] }[] = [
    {
      name: 'menu link "Datos Abiertos" to a fetched landing page with sub-pages',
      pages: [
        { url: HOME, html: html('<nav><a href="/transparencia">Transparencia</a><a href="/datos-abiertos/">Datos Abiertos</a></nav>') },
        { url: u('/datos-abiertos/'), html: html('<nav><a href="/tramites">Trámites</a></nav><main><h1>Datos abiertos</h1><a href="/obras/padron.html">Padrón de obras</a></main>') },
        { url: u('/datos-abiertos/presupuesto'), html: html('<h1>Presupuesto</h1>') },
        { url: u('/obras/padron.html'), html: html('<h1>Padrón</h1>') },
        { url: u('/tramites'), html: html('<h1>Trámites</h1>') },
        { url: u('/transparencia'), html: html('<h1>Transparencia</h1>') },
      ],
      expected: {
        url: u('/datos-abiertos/'), label: 'datos abiertos', region: 'nav', crawled: true, catalogue: false,
        pageUrls: [u('/datos-abiertos/'), u('/datos-abiertos/presupuesto'), u('/obras/padron.html')],
      },
      rejected: ['transparency-listing'],
    },
    {
      name: 'mandatory-transparency decoys only: no section',
      pages: [
        { url: HOME, html: html('<nav><a href="/transparencia">Transparencia</a><a href="/art8">Artículo 8</a><a href="/oblig">Obligaciones de Transparencia</a><a href="/fund">Información Fundamental</a><a href="https://consultapublicamx.plataformadetransparencia.org.mx/vut-web/">Consulta</a><a href="/pnt">Transparencia (PNT)</a></nav>') },
      ],
      expected: null,
      rejected: [
        'transparency-listing',
        'transparency-law-article',
        'transparency-listing',
        'transparency-listing',
        'national-transparency-platform',
        'transparency-listing',
      ],
    },
    {
      name: 'footer-only "Transparencia" decoy: no section',
      pages: [{ url: HOME, html: html('<main><p>Bienvenidos</p></main><footer><a href="/transparencia/">Transparencia</a></footer>') }],
      expected: null,
      rejected: ['transparency-listing'],
    },
    {
      name: 'catalogue subdomain linked by an icon (no label): section on the datos. host',
      pages: [
        { url: HOME, html: html('<header><a href="https://datos.municipio.gob.mx/"><img src="logo-datos.png" alt=""></a></header>') },
        { url: 'https://datos.municipio.gob.mx/', html: html('<h1>Portal de datos</h1>') },
        { url: 'https://datos.municipio.gob.mx/dataset/obras', html: html('<h1>Obras</h1>') },
      ],
      expected: {
        url: 'https://datos.municipio.gob.mx/', label: 'datos. subdomain', region: 'header', crawled: true, catalogue: true,
        pageUrls: ['https://datos.municipio.gob.mx/', 'https://datos.municipio.gob.mx/dataset/obras'],
      },
    },
    {
      name: 'prefers the menu over the footer, and a fetched, confirming landing page',
      pages: [
        { url: HOME, html: html('<footer><a href="/gobierno-abierto">Gobierno Abierto</a></footer><nav><a href="/transparencia-proactiva">Transparencia Proactiva</a></nav>') },
        { url: u('/transparencia-proactiva'), html: html('<h1>Transparencia proactiva</h1>') },
        { url: u('/gobierno-abierto'), html: html('<h1>Gobierno abierto</h1>') },
      ],
      expected: { url: u('/transparencia-proactiva'), label: 'transparencia proactiva', region: 'nav', crawled: true },
    },
    {
      name: 'landing reached after a redirect (matched by requested URL)',
      pages: [
        { url: HOME, html: html('<nav><a href="http://municipio.gob.mx/datosabiertos">Open Data</a></nav>') },
        { url: u('/datosabiertos/inicio.php'), requestedUrl: 'http://municipio.gob.mx/datosabiertos', html: html('<h1>Open data</h1>') },
      ],
      expected: { url: u('/datosabiertos/inicio.php'), label: 'open data', crawled: true },
    },
    {
      name: 'landing page not crawled: still reported, landingCrawled false',
      pages: [{ url: HOME, html: html('<nav><a href="/datos-abiertos">Datos abiertos</a></nav>') }],
      expected: { url: u('/datos-abiertos'), label: 'datos abiertos', crawled: false, pageUrls: [] },
    },
    {
      name: 'a link to a DOCX file labelled "Datos abiertos" is not a section',
      pages: [{ url: HOME, html: html('<main><a href="/docs/datos.docx">Datos abiertos (formato DOCX)</a></main>') }],
      expected: null,
      rejected: ['file-link'],
    },
  ];
  it.each(cases)('$name', ({ pages, expected, rejected }) => {
    const artifacts = gatherArtifacts(siteFrom(pages));
    const section = artifacts.section;
    if (expected === null) {
      expect(section).toBeNull();
    } else {
      expect(section).not.toBeNull();
      expect(section!.url).toBe(expected.url);
      expect(section!.matchedLabel).toBe(expected.label);
      if (expected.region) expect(section!.entry.region).toBe(expected.region);
      if (expected.crawled !== undefined) expect(section!.landingCrawled).toBe(expected.crawled);
      if (expected.catalogue !== undefined) expect(section!.catalogueHost).toBe(expected.catalogue);
      if (expected.pageUrls) expect(section!.pageUrls).toEqual(expected.pageUrls);
    }
    if (rejected) expect(artifacts.rejectedSectionLinks.map((r) => r.reason)).toEqual(rejected);
  });
});
