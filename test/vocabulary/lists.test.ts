import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SNIFFED_EXTENSIONS } from '../../src/crawl/file-probe.ts';
import { linkKind } from '../../src/crawl/url.ts';
import { ASSET_EXTENSIONS, FILE_EXTENSIONS, FORMAT_BY_EXTENSION, OPEN_FORMATS, OPEN_FORMAT_EXTENSIONS, PAGE_EXTENSIONS } from '../../src/vocabulary/files.ts';
import { normalise } from '../../src/vocabulary/text.ts';
import {
  NOT_VISUALISATION_LABELS, VISUALISATION_HEADING_EXCLUSIONS, VISUALISATION_HEADING_WORDS, VISUALISATION_LABELS,
} from '../../src/vocabulary/visualisation.ts';

// Every module of src/vocabulary/, so a new module (and a new list in it) is checked without touching this file.
const dir = fileURLToPath(new URL('../../src/vocabulary/', import.meta.url));
const modules: [string, Record<string, unknown>][] = await Promise.all(
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map(async (file) => [file.replace(/\.ts$/, ''), (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>] as [string, Record<string, unknown>]),
);

const isStrings = (value: unknown): value is readonly string[] => Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');

/**
 * Every list of words an export holds, by name: a string array, a string Set, an object of string arrays
 * (RESERVED_PATHS.facebook) or an array of [key, string array] rows (REGION_CLASS_HINTS[footer]).
 */
function wordLists(): { name: string; words: readonly string[]; isArray: boolean }[] {
  const lists: { name: string; words: readonly string[]; isArray: boolean }[] = [];
  for (const [module, exports] of modules) {
    for (const [name, value] of Object.entries(exports)) {
      const id = `${module}.${name}`;
      if (isStrings(value)) lists.push({ name: id, words: value, isArray: true });
      else if (value instanceof Set && [...value].every((v) => typeof v === 'string')) lists.push({ name: id, words: [...value] as string[], isArray: false });
      else if (Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row) && isStrings(row[1]))) {
        for (const row of value as [unknown, string[]][]) lists.push({ name: `${id}[${String(row[0])}]`, words: row[1], isArray: true });
      } else if (value && typeof value === 'object' && !(value instanceof RegExp) && !Array.isArray(value) && !(value instanceof Set)) {
        const entries = Object.entries(value);
        if (entries.length > 0 && entries.every(([, v]) => isStrings(v))) {
          for (const [key, words] of entries) lists.push({ name: `${id}.${key}`, words: words as string[], isArray: true });
        }
      }
    }
  }
  return lists;
}

/**
 * Lists deliberately not in normal form, and why. Everything else is matched after `normalise` (or is
 * plain ASCII that normalise leaves alone), so an accent or capital there would never match.
 */
const NOT_NORMALISED: Record<string, string> = {
  // Built into a regex over the page's own text (dateParse.ts), so it spells both "miércoles" and "miercoles".
  'dates.WEEKDAYS': 'raw text alternatives',
  // Query parameter names compared as the URL spells them: "año" appears raw beside "anio" and "ano".
  'urls.CALENDAR_PARAMS': 'raw query parameter names',
};

/** Lists that must not share an entry: a phrase in two of them would be both things at once. */
const DISJOINT: string[][] = [
  // Whose social account or app it is: the mayor, the municipal government, another government or a party.
  ['social-ownership.MAYOR_WORDS', 'social-ownership.GOVERNMENT_ACCOUNT_WORDS', 'social-ownership.OTHER_GOVERNMENT_ACCOUNT_WORDS'],
  ['social-ownership.GOVERNMENT_ACCOUNT_WORDS', 'social-ownership.OTHER_GOVERNMENT_PUBLISHERS'],
  ['social-ownership.MUNICIPAL_PUBLISHER_WORDS', 'social-ownership.OTHER_GOVERNMENT_ACCOUNT_WORDS'],
  [
    'social-ownership.MUNICIPAL_PUBLISHER_WORDS', 'social-ownership.OTHER_GOVERNMENT_PUBLISHERS', 'social-ownership.NON_GOVERNMENT_PUBLISHERS',
    'social-ownership.COMPANY_PUBLISHERS',
  ],
  ['visualisation.VISUALISATION_LABELS', 'visualisation.NOT_VISUALISATION_LABELS'],
  ['visualisation.VISUALISATION_HEADING_WORDS', 'visualisation.VISUALISATION_HEADING_EXCLUSIONS'],
  // A date's label: an update, a future update, today's date, a copyright year.
  ['dates.UPDATE_LABELS', 'dates.UPDATE_LABEL_NEGATIONS', 'dates.TODAY_MARKERS', 'dates.COPYRIGHT_MARKERS'],
  // A contact channel is not a newsletter or login form; a mechanism, a proposal channel or an evaluation is not its regulation.
  ['contacts.CONTACT_TOOL_LABELS', 'forms.NON_CONTACT_FORM_PURPOSES'],
  ['contacts.CHAT_LABELS', 'forms.NON_CONTACT_FORM_PURPOSES'],
  ['participation.COLLABORATION_CHANNELS', 'legal.REGULATION_WORDS'],
  ['participation.EVALUATION_INSTRUMENTS', 'legal.REGULATION_WORDS'],
  ['participation.PARTICIPATION_MECHANISMS', 'legal.REGULATION_WORDS'],
  // A participation mechanism's contact is not another office's.
  ['participation.PARTICIPATION_MECHANISMS', 'contacts.OTHER_OFFICE_WORDS'],
  // A heading that names the page or its chrome is never a topic.
  ['topics.TOPIC_NAMES', 'link-texts.GENERIC_HEADINGS'],
];

describe('vocabulary lists', () => {
  const lists = wordLists();
  const byName = new Map(lists.map((l) => [l.name, l.words]));

  it('finds the lists of every module', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    expect(lists.length).toBeGreaterThan(50);
    for (const name of [...Object.keys(NOT_NORMALISED), ...DISJOINT.flat()]) expect(byName.has(name), name).toBe(true);
  });

  it.each(lists.filter((l) => !(l.name in NOT_NORMALISED)).map((l) => [l.name, l.words] as const))(
    '%s is in normal form (a trailing * marks a prefix)',
    (_name, words) => {
      for (const word of words) {
        const body = word.endsWith('*') ? word.slice(0, -1) : word;
        expect(normalise(body), JSON.stringify(word)).toBe(body);
      }
    },
  );

  it.each(lists.filter((l) => l.isArray).map((l) => [l.name, l.words] as const))('%s has no duplicates', (_name, words) => {
    const seen = new Set<string>();
    const repeated = words.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
    expect(repeated).toEqual([]);
  });

  it.each(DISJOINT.map((group) => [group.join(' / '), group] as const))('%s share no entry', (_name, group) => {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        const other = new Set(byName.get(b));
        expect(byName.get(a)!.filter((w) => other.has(w)), `${a} ∩ ${b}`).toEqual([]);
      }
    });
  });
});

describe('visualisation words', () => {
  // Heading words are substring stems, labels whole phrases in both numbers: the same words, two matchings.
  const HEADING_ONLY = ['georreferenc', 'indicadores de gestion'];
  const LABEL_ONLY = ['mapa', 'mapas']; // a bare "Mapa" link counts, a bare "Mapa" heading (a location map) does not

  it('every label except a bare map is found by a heading word, and every heading word but the heading-only ones is a label', () => {
    for (const label of VISUALISATION_LABELS) {
      if (!LABEL_ONLY.includes(label)) expect(VISUALISATION_HEADING_WORDS.some((w) => label.includes(w)), label).toBe(true);
    }
    for (const word of VISUALISATION_HEADING_WORDS) {
      if (!HEADING_ONLY.includes(word)) expect(VISUALISATION_LABELS as readonly string[], word).toContain(word);
    }
  });

  it('what is not a visualisation in a heading is not one in a link text either', () => {
    for (const x of VISUALISATION_HEADING_EXCLUSIONS) expect(NOT_VISUALISATION_LABELS as readonly string[]).toContain(x);
  });
});

describe('file extensions', () => {
  it('each extension is one kind: file, page or asset', () => {
    for (const ext of FILE_EXTENSIONS) expect(PAGE_EXTENSIONS.has(ext) || ASSET_EXTENSIONS.has(ext), ext).toBe(false);
    for (const ext of PAGE_EXTENSIONS) expect(ASSET_EXTENSIONS.has(ext), ext).toBe(false);
  });

  it('an extension the gatherer gives a format is never crawled as a page, and every open-format file is probed and sniffed', () => {
    for (const ext of Object.keys(FORMAT_BY_EXTENSION)) expect(linkKind(`http://x.gob.mx/a.${ext}`), ext).not.toBe('page');
    for (const ext of OPEN_FORMAT_EXTENSIONS) {
      expect(linkKind(`http://x.gob.mx/a.${ext}`), ext).toBe('file');
      expect(SNIFFED_EXTENSIONS.has(ext), ext).toBe(true);
      expect(OPEN_FORMATS as readonly string[]).toContain(FORMAT_BY_EXTENSION[ext]);
    }
    expect([...OPEN_FORMAT_EXTENSIONS]).toEqual(expect.arrayContaining(['kml', 'kmz', 'csv', 'xlsx']));
  });
});
