/**
 * citizen-evaluation: a survey, rating or evaluation instrument through which citizens assess the
 * government, a service or a programme, or its published results. Read from link texts, form purposes
 * and page headings — never from running text: obligations pages quote the law ("…recibir información de
 * interés y encuestas de satisfacción", real_portals 3.6) without offering any survey. Long law sentences
 * used as link texts, legal citations and regulation titles are excluded for the same reason. Published results
 * count too: a heading that reports how citizens rated ("Así calificaron los ciudadanos los servicios") over a
 * table of figures.
 */
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { isLegalCitation, matchPhrase, wordsOf } from '../../src/vocabulary/match.ts';
import { formEvidence, matchedNote, toEvidence } from '../evidence.ts';
import { REGULATION_WORDS } from '../../src/vocabulary/legal.ts';
import { EVALUATION_INSTRUMENTS, RATING_RESULT_WORDS } from '../../src/vocabulary/participation.ts';

const messages = defineMessages('citizen-evaluation', {
  'page-heading': { es: 'título de la página; coincide con “{phrase}”', en: 'page heading; matches “{phrase}”' },
  'results-table': {
    es: 'resultados de una evaluación ciudadana en una tabla de cifras, bajo un título que dice cómo “{phrase}”',
    en: 'results of a citizen evaluation in a table of figures, under a heading that reports how they “{phrase}”',
  },
  'no-instrument': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces}, {forms} {forms:formulario|formularios} y los títulos de {pages} {pages:página|páginas}; no hay encuesta, calificación ni otro instrumento de evaluación ciudadana',
    en: 'checked {links} {links:link|links}, {forms} {forms:form|forms} and the headings of {pages} {pages:page|pages}; no survey, rating or evaluation instrument',
  },
});
const { msg } = messages;

const MAX_LABEL_WORDS = 12;

function instrument(text: string): string | null {
  if (wordsOf(text).length > MAX_LABEL_WORDS || isLegalCitation(text) || matchPhrase(text, REGULATION_WORDS)) return null;
  return matchPhrase(text, EVALUATION_INSTRUMENTS);
}

export default defineIndicator({
  id: 'citizen-evaluation',
  needs: ['links', 'forms', 'pages'],
  messages,
  evaluate(facts) {
    const evidence: Evidence[] = [];
    for (const form of facts.forms) {
      const found = !form.isSearch && form.hasSubmit ? instrument(form.purposeText) : null;
      if (found) evidence.push(formEvidence(form, matchedNote(found)));
    }
    for (const link of facts.links) {
      const found = instrument(link.text);
      if (found) evidence.push(toEvidence(link, matchedNote(found)));
    }
    for (const page of facts.pages) {
      const heading = [page.title, ...page.headings].find((h) => instrument(h));
      if (heading) evidence.push({ url: page.url, text: heading.trim(), note: msg('page-heading', { phrase: instrument(heading)! }) });
      // Results reported in the past tense over a table of figures ("Así calificaron los ciudadanos los servicios").
      const results = page.dataTableCount > 0 ? page.headings.find((h) => wordsOf(h).length <= MAX_LABEL_WORDS && matchPhrase(h, RATING_RESULT_WORDS)) : undefined;
      if (!heading && results) evidence.push({ url: page.url, text: results.trim(), note: msg('results-table', { phrase: matchPhrase(results, RATING_RESULT_WORDS)! }) });
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(msg('no-instrument', { links: facts.links.length, forms: facts.forms.length, pages: facts.pages.length }));
  },
});
