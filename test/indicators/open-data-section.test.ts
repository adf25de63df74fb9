import { buildArtifacts, homePage, link, runIndicatorCases, section } from './build-artifacts.ts';

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
    name: 'fail: no candidate link at all',
    expected: 'fail',
    reason: /Se revisaron 1 enlace de la página de inicio \(1 página rastreada\); ninguno lleva a una sección de datos abiertos/,
    reasonId: 'open-data-section.no-section-link',
    artifacts: buildArtifacts({ pages: [homePage()], links: [link({ text: 'Noticias' })], section: null }),
  },
  { name: 'unknown: the home page was not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [], section: null }) },
]);
