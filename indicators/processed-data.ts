/**
 * processed-data: the section offers data worked for citizens — charts, maps, dashboards, infographics.
 * Read from the gatherer's visualisation hints on section pages (canvas/svg charts, map or BI iframes,
 * chart-library classes), and from links in the section's body labelled as a dashboard, chart, map or
 * infographic (an external Power BI/Tableau board is often only linked). "Mapa del sitio" and location
 * maps are not visualisations of data. Links in the site's header, menu or footer are chrome, not the section's,
 * unless they lead into the section.
 */
import { defineIndicator, fail, pass, type Evidence } from './define.ts';
import { defineMessages } from './messages.ts';
import { isOutcome, matchedNote, matchPhrase, sectionScope, toEvidence } from './shared.ts';
import { NOT_VISUALISATION_LABELS, VISUALISATION_LABELS } from './vocabulary.ts';

const messages = defineMessages('processed-data', {
  hint: { es: 'visualización detectada en la página', en: 'visualisation detected on the page' },
  'no-visualisation': {
    es: 'No hay gráficas, mapas, tableros ni infografías en {pages} {pages:página|páginas} de la sección (ninguna señal de visualización ni enlace que la nombre)',
    en: 'no chart, map, dashboard or infographic on {pages} section {pages:page|pages} (no visualisation hints, no link labelled as one)',
  },
});
const { msg } = messages;

export default defineIndicator({
  id: 'processed-data',
  needs: ['section', 'pages', 'links', 'fileLinks'],
  messages,
  evaluate(artifacts) {
    const scope = sectionScope(artifacts);
    if (isOutcome(scope)) return scope;
    const evidence: Evidence[] = scope.pages.flatMap((p) => p.visualisationHints.map((hint) => ({ url: p.url, text: hint, note: msg('hint') })));
    const labelled = [...artifacts.links, ...artifacts.fileLinks.map((f) => ({ ...f, region: 'main' as const }))].filter(
      (l) =>
        scope.has(l.pageUrl) &&
        (l.region === 'main' || l.region === 'aside' || l.region === 'unknown' || scope.has(l.href)) &&
        matchPhrase(l.text, VISUALISATION_LABELS) &&
        !matchPhrase(l.text, NOT_VISUALISATION_LABELS),
    );
    evidence.push(...labelled.map((l) => toEvidence(l, matchedNote(matchPhrase(l.text, VISUALISATION_LABELS)!))));
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(msg('no-visualisation', { pages: scope.pages.length }));
  },
});
