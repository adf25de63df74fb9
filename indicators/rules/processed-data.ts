/**
 * processed-data: the section offers data worked for citizens — charts, maps, dashboards, infographics.
 * Read from the gatherer's visualisation hints on section pages (canvas/svg charts, map or BI iframes,
 * chart-library classes, tables of figures under a "Tablero"/"Estadísticas" heading, images described as
 * infographics of data). A link labelled as a dashboard, chart, map or infographic is only a label: it counts
 * when the page it leads to shows one (a section page can link to a dashboard elsewhere on the site), when it
 * leads to a map or BI service (an external Power BI/Tableau board is often only linked), or when it is a file
 * (a map layer, an infographic PDF). A labelled link to a page that was not fetched leaves the question open
 * (unknown): CKAN-like catalogues link "Visualizaciones" to showcases that say "Aún no hay…". "Mapa del sitio" and
 * location maps are not visualisations of data (the gatherer keeps a Google map only when it shows data — a KML
 * layer, or words naming what it maps — and a "Ver mapa" link to Google Maps counts only with a layer), nor is a
 * directory or calendar called an infographic. Links
 * in the site's header, menu or footer are chrome, not the section's, unless they lead into the section.
 */
import { normalise } from '../../src/vocabulary/text.ts';
import { GOOGLE_MAPS_SERVICE, LISTING_SUBJECT_PATTERN, MAP_DATA_LAYER_URL, VISUALISATION_IFRAMES } from '../../src/vocabulary/visualisation.ts';
import { defineIndicator, fail, pass, unknown, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { matchPhrase } from '../../src/vocabulary/match.ts';
import { matchedNote, toEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { NOT_VISUALISATION_LABELS, VISUALISATION_LABELS } from '../../src/vocabulary/visualisation.ts';

const messages = defineMessages('processed-data', {
  hint: { es: 'visualización detectada en la página', en: 'visualisation detected on the page' },
  'linked-page-shows': {
    es: 'lleva a una página que muestra una visualización ({hint})',
    en: 'leads to a page that shows a visualisation ({hint})',
  },
  'linked-service': { es: 'lleva a un tablero o mapa publicado en {service}', en: 'leads to a dashboard or map published on {service}' },
  'no-visualisation': {
    es: 'No hay gráficas, mapas, tableros ni infografías en {pages} {pages:página|páginas} de la sección (ninguna señal de visualización ni enlace que la nombre)',
    en: 'no chart, map, dashboard or infographic on {pages} section {pages:page|pages} (no visualisation hints, no link labelled as one)',
  },
  'labels-only': {
    es: 'No hay gráficas, mapas, tableros ni infografías en {pages} {pages:página|páginas} de la sección; {links} {links:enlace la nombra|enlaces la nombran}, pero {links:la página a la que lleva no muestra|las páginas a las que llevan no muestran} ninguna',
    en: 'no chart, map, dashboard or infographic on {pages} section {pages:page|pages}; {links} {links:link names|links name} one, but the {links:page it leads to shows|pages they lead to show} none',
  },
  'linked-not-fetched': {
    es: 'Ninguna página revisada de la sección muestra gráficas, mapas, tableros ni infografías; {links} {links:enlace lleva|enlaces llevan} a una página que se anuncia como tal y que no se leyó: hay que revisarla',
    en: 'no fetched section page shows a chart, map, dashboard or infographic; {links} {links:link leads|links lead} to a page announced as one that was not fetched: check it',
  },
});
const { msg } = messages;

/**
 * The map or BI service a link leads to, or 'location' for a Google Maps link without a layer of data (My Maps, a
 * KML file): "Ver mapa" → google.com/maps/place/Palacio+Municipal is where an office is, nothing left to read.
 */
function linkedService(href: string): string | undefined {
  const service = VISUALISATION_IFRAMES.find(([pattern]) => pattern.test(href))?.[1];
  return service === GOOGLE_MAPS_SERVICE && !MAP_DATA_LAYER_URL.test(href) ? 'location' : service;
}

/** The same menu link repeats on every catalogue page: each page it leads to is counted and shown once. */
function oncePerTarget<T extends { href: string }>(links: T[]): T[] {
  return [...new Map(links.map((l) => [canonicalKey(l.href), l])).values()];
}

export default defineIndicator({
  id: 'processed-data',
  needs: ['sectionScope', 'pages'],
  messages,
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    const evidence: Evidence[] = scope.pages.flatMap((p) => p.visualisationHints.map((hint) => ({ url: p.url, text: hint, note: msg('hint') })));
    const fetched = new Map(facts.pages.map((p) => [canonicalKey(p.url), p]));
    const labelled = scope.links.filter(
      (l) =>
        (l.region === 'main' || l.region === 'aside' || l.region === 'unknown' || scope.has(l.href)) &&
        matchPhrase(l.text, VISUALISATION_LABELS) &&
        !matchPhrase(l.text, NOT_VISUALISATION_LABELS),
    );
    const unread: typeof labelled = [];
    for (const link of labelled) {
      const target = fetched.get(canonicalKey(link.href));
      const service = linkedService(link.href);
      if (target?.visualisationHints.length) evidence.push(toEvidence(link, msg('linked-page-shows', { hint: target.visualisationHints[0]! })));
      else if (service === 'location') continue;
      else if (service) evidence.push(toEvidence(link, msg('linked-service', { service })));
      else if (!target) unread.push(link);
    }
    // A file is what its link says it is (a KML map layer, an infographic PDF), unless that is a list.
    for (const file of scope.fileLinks) {
      const phrase = matchPhrase(file.text, VISUALISATION_LABELS);
      if (phrase && !matchPhrase(file.text, NOT_VISUALISATION_LABELS) && !LISTING_SUBJECT_PATTERN.test(normalise(file.text)))
        evidence.push(toEvidence(file, matchedNote(phrase)));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    const unreadTargets = oncePerTarget(unread);
    if (unreadTargets.length > 0)
      return unknown(
        msg('linked-not-fetched', { links: unreadTargets.length }),
        unreadTargets.slice(0, 3).map((l) => toEvidence(l, matchedNote(matchPhrase(l.text, VISUALISATION_LABELS)!))),
      );
    const targets = oncePerTarget(labelled);
    if (targets.length > 0)
      return fail(msg('labels-only', { pages: scope.pages.length, links: targets.length }), targets.slice(0, 3).map((l) => toEvidence(l)));
    return fail(msg('no-visualisation', { pages: scope.pages.length }));
  },
});
