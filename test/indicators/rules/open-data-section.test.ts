import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../../src/derive/index.ts';
import { indicatorById } from '../../../indicators/index.ts';
import { renderMessage } from '../../../indicators/messages.ts';
import { buildArtifacts, context, homePage, link, page, runIndicatorCases, SECTION_URL, section } from '../build-artifacts.ts';
import { HOME_MAIN, framesetSite, sectionSite, site, url } from '../html-fixtures.ts';

/** A WordPress catalogue page: an introduction and a table of datasets with their downloads. */
const CATALOGUE = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>En esta sección el Gobierno Municipal publica su información en formatos abiertos para que cualquier persona la pueda descargar, usar y compartir sin restricciones.</p>
            <table class="tabla-datos">
              <thead><tr><th>Conjunto de datos</th><th>Dependencia</th><th>Descarga</th></tr></thead>
              <tbody>
                <tr><td>Presupuesto de egresos 2016</td><td>Tesorería</td><td><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">CSV</a></td></tr>
                <tr><td>Nómina de servidores públicos</td><td>Recursos Humanos</td><td><a href="${url('/wp-content/uploads/datos/nomina-abril-2016.xlsx')}">XLSX</a></td></tr>
                <tr><td>Obra pública 2016</td><td>Obras Públicas</td><td><a href="${url('/wp-content/uploads/datos/obra-publica-2016.csv')}">CSV</a></td></tr>
              </tbody>
            </table>`;

/** The Artículo 8 listing of Jalisco's transparency law, reached from the menu and from a home-page banner. */
const ARTICULO_8 = `
      <p><b>TRANSPARENCIA</b></p>
      <p>Información fundamental del Artículo 8 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios.</p>
      <table width="100%" border="0" cellpadding="3">
        <tr><td><a href="${url('/transparencia/articulo-8/fraccion-i')}">Fracción I. Normatividad aplicable</a></td></tr>
        <tr><td><a href="${url('/transparencia/articulo-8/fraccion-v')}">Fracción V. Información financiera, patrimonial y administrativa</a></td></tr>
        <tr><td><a href="${url('/transparencia/articulo-8/fraccion-vi')}">Fracción VI. Información sobre la gestión pública</a></td></tr>
      </table>`;

/** "Datos Abiertos" in the menu, and a landing page that quotes the law's definition and says it is under construction. */
const UNDER_CONSTRUCTION = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>De acuerdo con el artículo 3, fracción VI de la Ley General de Transparencia y Acceso a la Información Pública, los datos abiertos son los datos digitales de carácter público que son accesibles en línea y pueden ser usados, reutilizados y redistribuidos por cualquier interesado.</p>
            <p>Esta sección se encuentra en construcción. Próximamente podrá consultar aquí la información del municipio.</p>
            <p><a href="${url('/wp-content/uploads/2015/05/lgtaip.pdf')}">Ley General de Transparencia y Acceso a la Información Pública</a></p>`;

const landingPage = page({ url: SECTION_URL, title: 'Datos abiertos' });

const transparencia = link({ text: 'Transparencia', href: 'https://www.municipio.gob.mx/transparencia', region: 'nav' });

runIndicatorCases('open-data-section', [
  { name: 'pass: menu link “Datos abiertos” to the catalogue', expected: 'pass', artifacts: buildArtifacts({ pages: [homePage(), landingPage], section: section() }) },
  {
    name: 'pass: catalogue on a datos. subdomain',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [homePage(), page({ url: 'https://datos.municipio.gob.mx/', title: 'Catálogo de datos' })],
      section: section({ url: 'https://datos.municipio.gob.mx/', pageUrls: ['https://datos.municipio.gob.mx/'], catalogueHost: true, matchedLabel: 'datos.' }),
    }),
  },
  {
    name: 'unknown: the section link’s page timed out — the label alone is no section',
    expected: 'unknown',
    reason: /enlaza una sección de datos abiertos \(https:\/\/www\.municipio\.gob\.mx\/datos-abiertos\), pero esa página no se pudo leer \(timeout\)/,
    reasonId: 'open-data-section.landing-not-read',
    artifacts: buildArtifacts({
      pages: [homePage()],
      section: section({ pageUrls: [], landingCrawled: false }),
      failedPages: [{ url: SECTION_URL, status: null, errorKind: 'timeout', gone: false }],
    }),
  },
  {
    name: 'unknown: the section is on another host the crawl did not read',
    expected: 'unknown',
    reasonId: 'open-data-section.landing-not-read',
    artifacts: buildArtifacts({
      pages: [homePage()],
      section: section({ url: 'https://datos.municipio.gob.mx/', pageUrls: [], catalogueHost: true, matchedLabel: 'datos.', landingCrawled: false }),
    }),
  },
  {
    name: 'fail: the “Datos abiertos” link is dead (404)',
    expected: 'fail',
    reasonId: 'open-data-section.landing-gone',
    artifacts: buildArtifacts({
      pages: [homePage()],
      section: section({ pageUrls: [], landingCrawled: false }),
      failedPages: [{ url: SECTION_URL, status: 404, errorKind: 'http', gone: true }],
    }),
  },
  {
    name: 'decoy: only the mandatory Artículo 8 listing and the PNT',
    expected: 'fail',
    reason: /solo se encontró el listado obligatorio de transparencia.*“Transparencia”: listado obligatorio de transparencia, “Plataforma Nacional de Transparencia”: Plataforma Nacional de Transparencia \(PNT\)/,
    reasonId: 'open-data-section.only-mandatory-listing',
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [transparencia],
      section: null,
      rejectedSectionLinks: [
        { link: transparencia, reason: 'transparency-listing' },
        { link: link({ text: 'Plataforma Nacional de Transparencia', href: 'https://www.plataformadetransparencia.org.mx/' }), reason: 'national-transparency-platform' },
      ],
    }),
  },
  {
    name: 'decoy: image-map “Datos Abiertos” whose page only quotes the law and says it is under construction',
    expected: 'fail',
    reason: /ninguno lleva a una sección de datos abiertos que ofrezca datos \(“Datos Abiertos”: su página no ofrece datos: dice que está en construcción, “Transparencia”: listado obligatorio de transparencia\)/,
    reasonId: 'open-data-section.only-empty-landing',
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [transparencia],
      section: null,
      rejectedSectionLinks: [
        { link: transparencia, reason: 'transparency-listing' },
        { link: link({ text: 'Datos Abiertos', href: 'https://www.municipio.gob.mx/datos_abiertos.htm', region: 'nav' }), reason: 'landing-under-construction' },
      ],
    }),
  },
  {
    name: 'fail: no candidate link at all',
    expected: 'fail',
    reason: /Se revisó 1 enlace de la página de inicio \(1 página rastreada\); ninguno lleva a una sección de datos abiertos/,
    reasonId: 'open-data-section.no-section-link',
    artifacts: buildArtifacts({ pages: [homePage()], links: [link({ text: 'Noticias' })], section: null }),
  },
  { name: 'unknown: the home page was not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [], section: null }) },
  { name: 'pass: html — WordPress menu “Datos Abiertos” to a catalogue page with a table of downloads', expected: 'pass', html: sectionSite({ style: 'wordpress', landing: CATALOGUE }) },
  {
    name: 'decoy: html — table layout whose only candidates are “Transparencia”, an “Artículo 8 · Información Fundamental” banner and the PNT',
    expected: 'fail',
    reasonId: 'open-data-section.only-mandatory-listing',
    html: site('table', {
      '/': {
        title: 'Inicio',
        main: `${HOME_MAIN}
      <p align="center"><a href="${url('/transparencia/articulo-8')}">Artículo 8 · Información Fundamental</a> | <a href="https://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a></p>`,
      },
      '/transparencia': { title: 'Transparencia', main: ARTICULO_8 },
    }),
  },
  {
    name: 'decoy: html — a “Datos Abiertos” menu item whose page quotes the law’s definition and says it is under construction',
    expected: 'fail',
    reasonId: 'open-data-section.only-empty-landing',
    reason: /dice que está en construcción/,
    html: sectionSite({ style: 'wordpress', landing: UNDER_CONSTRUCTION }),
  },
  {
    name: 'pass: html — frameset home whose menu frame has “Datos Abiertos” (the menu is on the home page a person sees)',
    expected: 'pass',
    html: framesetSite(`<tr><td><a href="${url('/datos-abiertos')}" target="principal">Datos Abiertos</a></td></tr>`, {
      '/datos-abiertos': { title: 'Datos Abiertos', main: CATALOGUE },
    }),
  },
]);

describe('open-data-section evidence and reasons', () => {
  const evaluate = (artifacts: ReturnType<typeof buildArtifacts>) => indicatorById.get('open-data-section')!.evaluate(deriveFacts(artifacts, context), context);

  it('quotes the link as on the page and puts Mirador’s annotation in a localised note', () => {
    const [entry, landing] = evaluate(buildArtifacts({ pages: [homePage(), landingPage], section: section() })).evidence;
    expect(entry).toMatchObject({ text: 'Datos abiertos → https://www.municipio.gob.mx/datos-abiertos', note: { id: 'shared.matched', params: { phrase: 'datos abiertos' } } });
    expect(renderMessage(entry!.note!, 'es')).toBe('coincide con “datos abiertos”');
    expect(landing).toMatchObject({ text: '', note: { id: 'open-data-section.landing-page', params: { pages: 3 } } });
    expect(renderMessage(landing!.note!, 'es')).toBe('página principal de la sección, con 3 páginas de la sección');
    expect(renderMessage(landing!.note!, 'en')).toBe('section landing page, 3 section pages');
  });

  it('words each rejection code of the gatherer, and keeps the rejected link’s label verbatim', () => {
    const rejected = link({ text: 'Artículo 8 <Fracción V>', href: 'https://www.municipio.gob.mx/art8' });
    const outcome = evaluate(
      buildArtifacts({ pages: [homePage()], links: [rejected], section: null, rejectedSectionLinks: [{ link: rejected, reason: 'transparency-law-article' }] }),
    );
    expect(renderMessage(outcome.reason!, 'es')).toContain('(“Artículo 8 <Fracción V>”: listado obligatorio de transparencia (artículo de la ley de transparencia))');
    expect(renderMessage(outcome.reason!, 'en')).toContain('(“Artículo 8 <Fracción V>”: mandatory transparency listing (article of the transparency law))');
    expect(renderMessage(outcome.evidence[0]!.note!, 'es')).toBe('descartado: listado obligatorio de transparencia (artículo de la ley de transparencia)');
  });
});
