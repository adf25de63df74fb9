/**
 * search-tool: a search form on a section page — the catalogue's own search or the site-wide search box
 * shown on the section's pages (the definition accepts a site search reachable from the section).
 * Judgement call: filter forms made only of selects (year, quarter) are not counted: the definition asks for
 * a text input, and such forms are usually a listing's pager.
 */
import { defineIndicator, fail, pass } from './define.ts';
import { formEvidence, isOutcome, plural, sectionScope } from './shared.ts';

export default defineIndicator({
  id: 'search-tool',
  needs: ['section', 'pages', 'forms'],
  evaluate(artifacts) {
    const scope = sectionScope(artifacts, 'search');
    if (isOutcome(scope)) return scope;
    const forms = artifacts.forms.filter((f) => scope.has(f.pageUrl));
    const search = forms.filter((f) => f.isSearch);
    if (search.length > 0) {
      // Prefer a search in the page body (the catalogue's) over the header's site-wide box.
      const ordered = [...search].sort((a, b) => Number(a.region !== 'main') - Number(b.region !== 'main'));
      return pass(ordered.slice(0, 3).map((f) => formEvidence(f, f.region === 'main' ? '(search in the section)' : `(search in the ${f.region})`)));
    }
    return fail(`checked ${plural(forms.length, 'form')} on ${plural(scope.pages.length, 'section page')}; none is a search form`);
  },
});
