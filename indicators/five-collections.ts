/**
 * five-collections: at least five distinct collections (datasets, data tables, document series) in the
 * section. Files of one series ("Nómina enero 2016", "Nómina febrero 2016", nomina_2016.xlsx/.csv) count
 * once: a file's series is its link text, or its file name when the text says nothing ("Descarga", "2021"),
 * with digits, months, periods and format words stripped. Each data table on a section page is a collection.
 * Judgement call: a section sub-page with neither a file nor a data table is not counted — "Acerca de" or
 * "Contacto" pages are sub-pages too, and a dataset page without data offers nothing to count.
 */
import type { FileLinkArtifact } from '../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, type Evidence } from './define.ts';
import { canonicalUrl, fileEvidence, isOutcome, normalise, quoteList, sectionScope } from './shared.ts';
import { GENERIC_LINK_TEXTS, SERIES_NOISE_WORDS } from './vocabulary.ts';

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
  return stem || canonicalUrl(file.href);
}

export default defineIndicator({
  id: 'five-collections',
  needs: ['section', 'pages', 'fileLinks'],
  evaluate(artifacts) {
    const scope = sectionScope(artifacts, 'hold collections');
    if (isOutcome(scope)) return scope;
    const collections = new Map<string, Evidence>();
    for (const file of artifacts.fileLinks) {
      if (!scope.has(file.pageUrl)) continue;
      const key = `series:${seriesKey(file)}`;
      if (!collections.has(key)) collections.set(key, fileEvidence(file, `(series “${seriesKey(file)}”)`));
    }
    for (const page of scope.pages) {
      for (let i = 0; i < page.dataTableCount; i++)
        collections.set(`table:${canonicalUrl(page.url)}#${i}`, {
          url: page.url,
          text: `data table ${i + 1} of ${page.dataTableCount} on “${page.title || page.url}”`,
          selector: `table:nth-of-type(${i + 1})`,
        });
    }
    const names = [...collections.keys()].map((k) => k.replace(/^series:/, ''));
    const summary = `counted ${collections.size} distinct collection(s) on ${scope.pages.length} section page(s)`;
    if (collections.size >= REQUIRED) return pass([...collections.values()].slice(0, 3), `${summary}: ${quoteList(names, 8)}`);
    return fail(
      collections.size === 0
        ? `${summary}: no data table and no file link in the section`
        : `${summary} (${quoteList(names, 8)}); at least ${REQUIRED} are needed`,
      [...collections.values()].slice(0, 3),
    );
  },
});
