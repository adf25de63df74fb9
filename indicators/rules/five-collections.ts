/**
 * five-collections: at least five distinct collections (datasets, data tables, document series) in the
 * section. Files of one series ("Nómina enero 2016", "Nómina febrero 2016", nomina_2016.xlsx/.csv) count
 * once: a file's series is its link text, or its file name when the text says nothing ("Descarga", "2021"),
 * with digits, months, periods and format words stripped. Each data table on a section page is a collection.
 * Judgement call: a section sub-page with neither a file nor a data table is not counted — "Acerca de" or
 * "Contacto" pages are sub-pages too, and a dataset page without data offers nothing to count.
 */
import type { FileLinkArtifact } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { sharedMsg } from '../shared-messages.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { normalise } from '../../src/vocabulary/match.ts';
import { fileEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { GENERIC_LINK_TEXTS, SERIES_NOISE_WORDS } from '../../src/vocabulary/link-texts.ts';

const messages = defineMessages('five-collections', {
  series: { es: 'serie “{series}”', en: 'series “{series}”' },
  'table-name': { es: 'una tabla de datos en “{page}”', en: 'a data table on “{page}”' },
  'data-table': {
    es: 'tabla de datos {n} de {total} en “{page}”',
    en: 'data table {n} of {total} on “{page}”',
  },
  counted: {
    es: '{collections:Se contó|Se contaron} {collections} {collections:colección distinta|colecciones distintas} en {pages} {pages:página|páginas} de la sección: {names}',
    en: 'counted {collections} distinct {collections:collection|collections} on {pages} section {pages:page|pages}: {names}',
  },
  'none-found': {
    es: '{pages:Se revisó|Se revisaron} {pages} {pages:página|páginas} de la sección: no hay ninguna tabla de datos ni enlace a archivo',
    en: 'checked {pages} section {pages:page|pages}: no data table and no file link in the section',
  },
  'too-few': {
    es: '{collections:Se contó|Se contaron} {collections} {collections:colección distinta|colecciones distintas} en {pages} {pages:página|páginas} de la sección ({names}); se necesitan al menos {required}',
    en: 'counted {collections} distinct {collections:collection|collections} on {pages} section {pages:page|pages} ({names}); at least {required} are needed',
  },
});
const { msg } = messages;

const REQUIRED = 5;
const NOISE = new Set<string>(SERIES_NOISE_WORDS);

function stripNoise(text: string): string {
  const words = (normalise(text).match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1 && !NOISE.has(w));
  return words.join(' ');
}

/** Generic link texts in stripped form ("Dé clic aquí" → "clic aqui"). */
const GENERIC = new Set(GENERIC_LINK_TEXTS.map(stripNoise));

function fileStem(href: string): string {
  let path = href;
  try {
    path = decodeURIComponent(new URL(href).pathname);
  } catch {
    // keep the raw href
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_\-.+]+/g, ' ');
}

/** The series a file belongs to. */
export function seriesKey(file: Pick<FileLinkArtifact, 'text' | 'href'>): string {
  const text = stripNoise(file.text);
  if (text && !GENERIC.has(text)) return text;
  const stem = stripNoise(fileStem(file.href));
  return stem || canonicalKey(file.href);
}

export default defineIndicator({
  id: 'five-collections',
  needs: ['sectionScope'],
  messages,
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    // Keyed for counting; each collection keeps the words a reader is shown (a series' name, a table's page).
    const collections = new Map<string, { name: string | Message; evidence: Evidence }>();
    for (const file of scope.fileLinks) {
      const series = seriesKey(file);
      if (!collections.has(`series:${series}`)) collections.set(`series:${series}`, { name: `“${series}”`, evidence: fileEvidence(file, msg('series', { series })) });
    }
    for (const page of scope.pages) {
      for (let i = 0; i < page.dataTableCount; i++) {
        const note = msg('data-table', { n: i + 1, total: page.dataTableCount, page: page.title || page.url });
        collections.set(`table:${canonicalKey(page.url)}#${i}`, {
          name: msg('table-name', { page: page.title || page.url }),
          evidence: { url: page.url, text: '', note, selector: `table:nth-of-type(${i + 1})` },
        });
      }
    }
    const names = [...collections.values()].map((c) => c.name);
    const MAX_NAMES = 8;
    const shown = names.length > MAX_NAMES ? sharedMsg('quoted-list-more', { list: names.slice(0, MAX_NAMES), more: names.length - MAX_NAMES }) : names;
    const counts = { collections: collections.size, pages: scope.pages.length, names: shown };
    const evidence = [...collections.values()].slice(0, 3).map((c) => c.evidence);
    if (collections.size >= REQUIRED) return pass(evidence, msg('counted', counts));
    return fail(
      collections.size === 0 ? msg('none-found', { pages: scope.pages.length }) : msg('too-few', { ...counts, required: REQUIRED }),
      evidence,
    );
  },
});
