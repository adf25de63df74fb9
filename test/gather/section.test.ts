import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { HOME, siteFrom, type PageSpec } from './helpers.ts';

const html = (body: string, title = 'Municipio'): string => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
const u = (path: string): string => new URL(path, HOME).href;
/** An old fixed-width table layout whose menus are image maps (Durango 2013–2016). */
const tableLayout = (content: string): string => `<table width="900">
  <tr><td colspan="2"><img src="/menu.png" usemap="#principal"><map name="principal">
    <area href="/index.html" alt="Inicio"><area href="/transparencia.htm" alt="Transparencia"><area href="/datos_abiertos.htm" alt="Datos Abiertos"><area href="/quejas.htm" alt="Quejas y Sugerencias">
  </map></td></tr>
  <tr><td><img src="/lateral.png" usemap="#lateral"><map name="lateral">
    <area href="/app.htm" alt="Descarga la App"><area href="/participacion.htm" alt="Participación Ciudadana"><area href="/transparencia.htm" alt="Información Pública de Oficio">
  </map></td><td>${content}</td></tr>
  <tr><td colspan="2">H. Ayuntamiento · Av. 5 de Febrero No. 800 · Tel. (618) 137 8000. Sitio optimizado para Internet Explorer 7.</td></tr>
</table>`;

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
      name: 'the landing page points to the mandatory listing in its body: the listing stays out of the section',
      pages: [
        { url: HOME, html: html('<nav><a href="/datos-abiertos/">Datos Abiertos</a></nav>') },
        {
          url: u('/datos-abiertos/'),
          html: html('<main><h1>Datos abiertos</h1><a href="/obras.csv">Obras 2016</a><p>Consulta también la <a href="/transparencia/articulo-8">información fundamental del Artículo 8</a> y el <a href="/t/listado">listado</a>.</p></main>'),
        },
        { url: u('/transparencia/articulo-8'), html: html('<h1>Artículo 8</h1>') },
        { url: u('/t/listado'), html: html('<h1>Obligaciones de transparencia</h1>') },
      ],
      expected: { url: u('/datos-abiertos/'), label: 'datos abiertos', crawled: true, pageUrls: [u('/datos-abiertos/')] },
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
    {
      name: 'image-map "Datos Abiertos" to a page of law text and "en construcción": no section (table layout, image-map menus)',
      pages: [
        { url: HOME, html: html(`${tableLayout('<p>Bienvenidos al portal del Municipio</p>')}`) },
        {
          url: u('/datos_abiertos.htm'),
          html: html(
            tableLayout(`<b>DATOS ABIERTOS</b><br><p><b>Marco jurídico</b></p>
              <p><b>Ley General de Transparencia y Acceso a la Información Pública, Artículo 3, fracción VI.</b> Datos abiertos: los datos digitales de carácter público que son accesibles en línea.</p>
              <p><b>Artículo 56.</b> Los sujetos obligados procurarán utilizar tecnologías de la información para publicar la información en formatos abiertos.</p>
              <p><i>La sección de datos abiertos del Municipio se encuentra en construcción. Próximamente podrá consultar aquí la información municipal.</i></p>`),
            'Datos Abiertos',
          ),
        },
        { url: u('/transparencia.htm'), html: html(tableLayout('<a href="/transparencia/art65/fr01.pdf">Fracción I. Marco normativo</a>')) },
      ],
      expected: null,
      rejected: ['transparency-listing', 'transparency-listing', 'landing-under-construction'],
    },
    {
      name: 'image-map menus on the landing page are chrome: their targets do not join the section',
      pages: [
        { url: HOME, html: html(tableLayout('<p>Bienvenidos al portal del Municipio</p>')) },
        { url: u('/datos_abiertos.htm'), html: html(tableLayout('<b>DATOS ABIERTOS</b><p><a href="/datos/obras.htm">Obra pública 2016</a></p>'), 'Datos Abiertos') },
        { url: u('/datos/obras.htm'), html: html(tableLayout('<table><tr><td>Obra</td><td>Monto</td></tr><tr><td>Bacheo</td><td>120000</td></tr></table>')) },
        { url: u('/transparencia.htm'), html: html(tableLayout('<a href="/transparencia/art65/fr01.pdf">Fracción I. Marco normativo</a>')) },
        { url: u('/participacion.htm'), html: html(tableLayout('<p>Comités de participación</p>')) },
      ],
      expected: { url: u('/datos_abiertos.htm'), label: 'datos abiertos', region: 'nav', crawled: true, pageUrls: [u('/datos_abiertos.htm'), u('/datos/obras.htm')] },
    },
    {
      name: 'a landing page that only quotes the law (no notice, no data): no section',
      pages: [
        { url: HOME, html: html('<nav><a href="/datos-abiertos">Datos abiertos</a></nav>') },
        {
          url: u('/datos-abiertos'),
          html: html('<nav><a href="/datos-abiertos">Datos abiertos</a></nav><main><h1>Datos abiertos</h1><p>Con fundamento en el Artículo 70, fracción XLVIII de la Ley General de Transparencia.</p><p><a href="/docs/lgtaip.pdf">Ley General de Transparencia y Acceso a la Información Pública</a></p></main>'),
        },
      ],
      expected: null,
      rejected: ['landing-law-text-only'],
    },
    {
      name: 'decoy: a landing page that quotes the law and then lists data is a section',
      pages: [
        { url: HOME, html: html('<nav><a href="/datos-abiertos">Datos abiertos</a></nav>') },
        {
          url: u('/datos-abiertos'),
          html: html('<main><h1>Datos abiertos</h1><p>Con fundamento en el Artículo 56 de la Ley General de Transparencia, publicamos en formatos abiertos.</p><p>Próximamente más conjuntos.</p><ul><li><a href="/datos-abiertos/obras.csv">Obra pública 2016</a></li></ul></main>'),
        },
      ],
      expected: { url: u('/datos-abiertos'), label: 'datos abiertos', crawled: true },
    },
    {
      name: 'a landing page of a legal preamble whose every link cites the law but leads to a data file is a section',
      pages: [
        { url: HOME, html: html('<nav><a href="/datos-abiertos">Datos abiertos</a></nav>') },
        {
          url: u('/datos-abiertos'),
          html: html('<main><h1>Datos abiertos</h1><p>En cumplimiento del Artículo 70 de la Ley General de Transparencia y Acceso a la Información Pública se publica la siguiente información.</p><ul><li><a href="/datos/art70-fr21-presupuesto-2016.xlsx">Art. 70 Fr. XXI Presupuesto asignado 2016</a></li><li><a href="/datos/art70-fr28-contratos.csv">Art. 70 Fr. XXVIII Contratos de obra pública</a></li></ul></main>'),
        },
      ],
      expected: { url: u('/datos-abiertos'), label: 'datos abiertos', crawled: true },
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
