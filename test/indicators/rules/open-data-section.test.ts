import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../../src/derive/index.ts';
import { indicatorById } from '../../../indicators/index.ts';
import { renderMessage } from '../../../indicators/messages.ts';
import { buildArtifacts, context, homePage, link, runIndicatorCases, section } from '../build-artifacts.ts';

const transparencia = link({ text: 'Transparencia', href: 'https://www.municipio.gob.mx/transparencia', region: 'nav' });

runIndicatorCases('open-data-section', [
  { name: 'pass: menu link “Datos abiertos” to the catalogue', expected: 'pass', artifacts: buildArtifacts({ pages: [homePage()], section: section() }) },
  {
    name: 'pass: catalogue on a datos. subdomain',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [homePage()], section: section({ url: 'https://datos.municipio.gob.mx/', catalogueHost: true, matchedLabel: 'datos.' }) }),
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
]);

describe('open-data-section evidence and reasons', () => {
  const evaluate = (artifacts: ReturnType<typeof buildArtifacts>) => indicatorById.get('open-data-section')!.evaluate(deriveFacts(artifacts, context), context);

  it('quotes the link as on the page and puts Mirador’s annotation in a localised note', () => {
    const [entry, landing] = evaluate(buildArtifacts({ pages: [homePage()], section: section() })).evidence;
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
