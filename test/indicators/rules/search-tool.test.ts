import { HOME, SECTION_URL, SITE, buildArtifacts, form, runIndicatorCases, searchForm, sectionPage } from '../build-artifacts.ts';

runIndicatorCases('search-tool', [
  { name: 'pass: catalogue search in the section body', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, purposeText: 'Buscar conjuntos de datos' })] }) },
  { name: 'pass: site-wide search box in the header of a section page', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'header' })] }) },
  { name: 'decoy: search only on the home page, not on the section', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: HOME })] }) },
  {
    name: 'pass: a sidebar site search that names no scope',
    expected: 'pass',
    artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'aside', action: `${SITE}/`, purposeText: 'Buscar en el sitio · Buscar' })] }),
  },
  {
    name: 'decoy: the sidebar “Buscar en Boletines” widget searches press releases only',
    expected: 'fail',
    reason: /solo busca en noticias o boletines/,
    artifacts: buildArtifacts({
      pages: [sectionPage()],
      forms: [searchForm({ pageUrl: SECTION_URL, region: 'aside', action: `${SITE}/boletines/`, purposeText: 'Buscar en Boletines · Buscar boletines de prensa: · Buscar' })],
    }),
  },
  {
    name: 'decoy: a search box whose target is the news listing',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'aside', action: `${SITE}/noticias/`, purposeText: 'Buscar' })] }),
  },
  { name: 'decoy: a contact form in the section is not a search', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [form({ pageUrl: SECTION_URL })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null, forms: [searchForm()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
]);
