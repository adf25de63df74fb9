/**
 * search-tool: a search form on a section page — the catalogue's own search or the site-wide search box
 * shown on the section's pages (the definition accepts a site search reachable from the section).
 * Judgement call: filter forms made only of selects (year, quarter) are not counted: the definition asks for
 * a text input, and such forms are usually a listing's pager. A search that says it only searches the news
 * ("Buscar en Boletines", action /boletines/) does not search the section's information either, nor does a
 * lookup whose only text field asks for a record's key ("Clave catastral", "Folio"): it finds one bill or one
 * procedure, not the section's information.
 */
import type { FormArtifact, PageRegion } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { matchPhrase } from '../../src/vocabulary/match.ts';
import { formEvidence, quoteList } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { NEWS_SEARCH_LABELS, NEWS_SEARCH_PATHS, RECORD_LOOKUP_FIELD_WORDS } from '../../src/vocabulary/forms.ts';

const messages = defineMessages('search-tool', {
  'search-in-section': { es: 'búsqueda en la sección', en: 'search in the section' },
  'search-in-frame': {
    es: 'búsqueda del sitio en el marco del menú, visible junto a cada página de la sección',
    en: 'site search in the menu frame, shown beside every section page',
  },
  'search-in-region': { es: 'búsqueda en {region}', en: 'search in the {region}' },
  'region-header': { es: 'el encabezado del sitio', en: 'header' },
  'region-nav': { es: 'el menú', en: 'menu' },
  'region-footer': { es: 'el pie de página', en: 'footer' },
  'region-aside': { es: 'la barra lateral', en: 'sidebar' },
  'region-unknown': { es: 'otra parte de la página', en: 'page outside its main content' },
  'no-search': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en {pages} {pages:página|páginas} de la sección; ninguno es un formulario de búsqueda',
    en: 'checked {forms} {forms:form|forms} on {pages} section {pages:page|pages}; none is a search form',
  },
  'record-lookup-only': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en {pages} {pages:página|páginas} de la sección; {labels} solo consulta un registro por su clave (un adeudo, un trámite), no busca en la información de la sección',
    en: 'checked {forms} {forms:form|forms} on {pages} section {pages:page|pages}; {labels} only looks up one record by its key (a bill, a procedure), it does not search the section’s information',
  },
  'news-search-only': {
    es: '{forms:Se revisó|Se revisaron} {forms} {forms:formulario|formularios} en {pages} {pages:página|páginas} de la sección; ningún buscador busca en su información: {labels} solo {news:busca|buscan} en noticias o boletines',
    en: 'checked {forms} {forms:form|forms} on {pages} section {pages:page|pages}; no search looks in its information: {labels} only {news:searches|search} news or press releases',
  },
});
const { msg } = messages;

const REGIONS = {
  header: 'region-header',
  nav: 'region-nav',
  footer: 'region-footer',
  aside: 'region-aside',
  unknown: 'region-unknown',
} as const satisfies Record<Exclude<PageRegion, 'main'>, keyof typeof messages.templates>;

/** The form says it searches only news or press releases: by its heading, labels or button, or by its target (/boletines/). */
function searchesOnlyNews(form: FormArtifact): boolean {
  if (matchPhrase(form.purposeText, NEWS_SEARCH_LABELS)) return true;
  if (form.action === form.pageUrl) return false; // no action of its own: it submits to the page it is on
  const first = URL.canParse(form.action) ? new URL(form.action).pathname.split('/').filter(Boolean)[0] ?? '' : '';
  return (NEWS_SEARCH_PATHS as readonly string[]).includes(first.toLowerCase());
}

const TEXT_TYPES = new Set(['text', 'search', '']);

/** Every text field of the form names a record key: a lookup of one record, not a search. */
function isRecordLookup(form: FormArtifact): boolean {
  const text = form.fields.filter((f) => f.tag === 'input' && TEXT_TYPES.has(f.type));
  return text.length > 0 && text.every((f) => matchPhrase(`${f.label} ${f.name.replace(/[_-]/g, ' ')}`, RECORD_LOOKUP_FIELD_WORDS));
}

export default defineIndicator({
  id: 'search-tool',
  needs: ['sectionScope', 'forms', 'pages'],
  messages,
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    const forms = scope.forms;
    const searchesInformation = (f: FormArtifact) => f.isSearch && !searchesOnlyNews(f) && !isRecordLookup(f);
    const search = forms.filter(searchesInformation);
    // A frameset keeps its menu frame beside whatever the content frame shows: a site search there is reachable
    // from every section page.
    const frames = new Set(facts.pages.filter((p) => p.framedBy).map((p) => p.url));
    const inFrame = facts.forms.filter((f) => frames.has(f.pageUrl) && !scope.has(f.pageUrl) && searchesInformation(f));
    if (search.length === 0 && inFrame.length > 0) return pass(inFrame.slice(0, 3).map((f) => formEvidence(f, msg('search-in-frame'))));
    if (search.length > 0) {
      // Prefer a search in the page body (the catalogue's) over the header's site-wide box.
      const ordered = [...search].sort((a, b) => Number(a.region !== 'main') - Number(b.region !== 'main'));
      return pass(ordered.slice(0, 3).map((f) => formEvidence(f, f.region === 'main' ? msg('search-in-section') : msg('search-in-region', { region: msg(REGIONS[f.region]) }))));
    }
    const counts = { forms: forms.length, pages: scope.pages.length };
    const lookups = forms.filter((f) => f.isSearch && isRecordLookup(f));
    if (lookups.length > 0 && lookups.length === forms.filter((f) => f.isSearch).length) {
      return fail(msg('record-lookup-only', { ...counts, labels: quoteList([...new Set(lookups.map((f) => f.purposeText))]) }), lookups.slice(0, 3).map((f) => formEvidence(f)));
    }
    const news = forms.filter((f) => f.isSearch && !isRecordLookup(f));
    const labels = [...new Set(news.map((f) => f.purposeText))];
    return news.length
      ? fail(msg('news-search-only', { ...counts, news: labels.length, labels: quoteList(labels) }), news.slice(0, 3).map((f) => formEvidence(f)))
      : fail(msg('no-search', counts));
  },
});
