/**
 * five-collections: at least five distinct collections (datasets, data tables, document series) in the
 * section. Files of one series ("Nómina enero 2016", "Nómina febrero 2016", nomina_2016.xlsx/.csv) count
 * once: a file's series is its link text, or its file name when the text says nothing ("Descarga", "2021"),
 * with what names its period or format stripped — numbers and ordinals however written ("1ra", "2da",
 * "4to", "5ta", "1°"), period words (vocabulary PERIOD_WORDS: "quincena", "bimestre", "ene-feb", "primera"),
 * roman numerals ("Trimestre IV", "II Informe") — and singular and plural read as one ("Acta"/"Actas"), so
 * what is left is its subject. Each data table on a section page is a collection.
 * Judgement call: a roman numeral in a legal citation ("Fracción XXVII", "Fr. IV") numbers a different
 * obligation, not a period, and is kept: the law's fractions are distinct rubros.
 * Judgement call: a section sub-page with neither a file nor a data table is not counted — "Acerca de" or
 * "Contacto" pages are sub-pages too, and a dataset page without data offers nothing to count.
 */
import type { FileLinkArtifact } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { sharedMsg } from '../shared-messages.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { isLegalCitation, normalise } from '../../src/vocabulary/match.ts';
import { fileEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { GENERIC_FILE_STEMS, GENERIC_LINK_TEXTS, NUMBER_OR_ORDINAL, ROMAN_NUMERAL, SERIES_NOISE_WORDS } from '../../src/vocabulary/link-texts.ts';

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

/** "actas" → "acta", "licitaciones" → "licitacion": files of one series are named in either number. */
function singular(word: string): string {
  if (word.length < 5) return word;
  if (/[^aeiou]es$/.test(word) && /[lrndj]$/.test(word.slice(0, -2))) return word.slice(0, -2);
  return word.replace(/(?<!s)s$/, '');
}

/**
 * The words of `text` that name its subject: periods, numbers, formats and link chrome stripped, in either
 * number ("quincenales" as "quincenal"). A citation's numerals stay, "Fracción I" and "V" included.
 */
function stripNoise(text: string): string {
  const normalised = normalise(text);
  const citation = isLegalCitation(normalised);
  const tokens = (normalised.match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !NUMBER_OR_ORDINAL.test(t));
  const words = tokens
    .flatMap((t) => t.match(/\p{L}+/gu) ?? [])
    .filter((w) => (citation && ROMAN_NUMERAL.test(w)) || (w.length > 1 && !NOISE.has(w) && !NOISE.has(singular(w)) && !ROMAN_NUMERAL.test(w)));
  return words.join(' ');
}

/** A series' key: its subject words, each in the singular. */
const keyOf = (subject: string): string => subject.split(' ').map(singular).join(' ');

/** Generic link texts in stripped form ("Dé clic aquí" → "clic aqui"). */
const GENERIC = new Set(GENERIC_LINK_TEXTS.map(stripNoise));

function fileStem(href: string): string {
  let path = href;
  try {
    path = decodeURIComponent(new URL(href).pathname);
  } catch {
    // keep the raw href
  }
  const segments = path.split('/').filter(Boolean);
  const stem = (segment: string) => segment.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_\-.+]+/g, ' ');
  // Catalogue exports name the file generically and the dataset by its folder: /api/views/nomina/rows.csv.
  const last = stem(segments.pop() ?? '');
  return GENERIC_FILE_STEMS.has(normalise(last)) && segments.length > 0 ? stem(segments.pop()!) : last;
}

/** The series a file belongs to, as shown: its subject words. */
export function seriesName(file: Pick<FileLinkArtifact, 'text' | 'href'>): string {
  const text = stripNoise(file.text);
  if (text && !GENERIC.has(text)) return text;
  const stem = stripNoise(fileStem(file.href));
  return stem || canonicalKey(file.href);
}

/** The series a file belongs to, as counted: its subject words in the singular. */
export function seriesKey(file: Pick<FileLinkArtifact, 'text' | 'href'>): string {
  return keyOf(seriesName(file));
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
    // One file is one collection however often it is linked: a catalogue's table says "XLSX" where the dataset's
    // page says "Lámparas por colonia XLSX" for the same /api/views/…/rows.xlsx. It is named by its best link.
    const namedBy = new Map<string, FileLinkArtifact>();
    for (const file of scope.fileLinks) {
      const text = stripNoise(file.text);
      if (text && !GENERIC.has(text) && !namedBy.has(canonicalKey(file.href))) namedBy.set(canonicalKey(file.href), file);
    }
    for (const link of scope.fileLinks) {
      const file = namedBy.get(canonicalKey(link.href)) ?? link;
      const key = `series:${seriesKey(file)}`;
      const series = seriesName(file);
      if (!collections.has(key)) collections.set(key, { name: `“${series}”`, evidence: fileEvidence(file, msg('series', { series })) });
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
