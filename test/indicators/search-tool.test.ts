import { HOME, SECTION_URL, buildArtifacts, form, runIndicatorCases, searchForm, sectionPage } from './build-artifacts.ts';

runIndicatorCases('search-tool', [
  { name: 'pass: catalogue search in the section body', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, purposeText: 'Buscar conjuntos de datos' })] }) },
  { name: 'pass: site-wide search box in the header of a section page', expected: 'pass', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: SECTION_URL, region: 'header' })] }) },
  { name: 'decoy: search only on the home page, not on the section', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [searchForm({ pageUrl: HOME })] }) },
  { name: 'decoy: a contact form in the section is not a search', expected: 'fail', artifacts: buildArtifacts({ pages: [sectionPage()], forms: [form({ pageUrl: SECTION_URL })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null, forms: [searchForm()] }) },
  { name: 'unknown: section pages were not fetched', expected: 'unknown', artifacts: buildArtifacts({ pages: [] }) },
]);
