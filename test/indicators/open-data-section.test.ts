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
    reason: /mandatory transparency listing/,
    artifacts: buildArtifacts({
      pages: [homePage()],
      links: [transparencia],
      section: null,
      rejectedSectionLinks: [
        { link: transparencia, reason: 'mandatory transparency listing (Artículo 8)' },
        { link: link({ text: 'Plataforma Nacional de Transparencia', href: 'https://www.plataformadetransparencia.org.mx/' }), reason: 'national platform (PNT)' },
      ],
    }),
  },
  {
    name: 'fail: no candidate link at all',
    expected: 'fail',
    reason: /none labelled like an open-data/,
    artifacts: buildArtifacts({ pages: [homePage()], links: [link({ text: 'Noticias' })], section: null }),
  },
  { name: 'unknown: the home page was not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [], section: null }) },
]);
