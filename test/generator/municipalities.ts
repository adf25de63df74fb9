/**
 * Who a generated portal pretends to be: a real municipality of the AIDH 2016 list (seeds/municipios-aidh2016.csv,
 * itself copied from shared/data/aidh2016-seeds.csv), minus those a hand-written corpus or demo portal already
 * plays, so no generated host can clash with one. The INEGI code is synthetic (state code 90–99 does not exist),
 * so a generated portal is never mistaken for the real municipality in a database.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CORPUS_DIR, PORTALS_DIR } from '../../src/demo/expected.ts';
import { projectPath } from '../../src/project-root.ts';

export interface Municipality {
  name: string;
  state: string;
  /** Lower-case ASCII label for host names: "Benito Juárez" → "benitojuarez". */
  label: string;
}

const SEEDS_CSV = projectPath('seeds', 'municipios-aidh2016.csv');

export function hostLabel(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Host labels of the hand-written portals, read from their portal.json (host names, minus www./datos. and .gob.mx). */
function handWrittenLabels(): Set<string> {
  const labels = new Set<string>();
  for (const dir of [PORTALS_DIR, CORPUS_DIR]) {
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'portal.json');
      if (!statSync(join(dir, slug)).isDirectory()) continue;
      const spec = JSON.parse(readFileSync(file, 'utf8')) as { slug: string; hosts: string[]; name: string };
      labels.add(spec.slug);
      labels.add(hostLabel(spec.name));
      for (const host of spec.hosts) for (const part of host.split('.')) labels.add(part);
    }
  }
  return labels;
}

let cached: Municipality[] | null = null;

/** The eligible municipalities in the list's order (duplicated names get their state's initials). */
export function municipalities(): Municipality[] {
  if (cached) return cached;
  const rows = parse(readFileSync(SEEDS_CSV, 'utf8'), { columns: true, skip_empty_lines: true }) as { name: string; state: string }[];
  const taken = handWrittenLabels();
  const seen = new Map<string, number>();
  // "Juárez (Chih.)": the list tells namesakes apart by a parenthesis a portal would not print.
  const plain = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
  for (const row of rows) seen.set(hostLabel(plain(row.name)), (seen.get(hostLabel(plain(row.name))) ?? 0) + 1);
  const list: Municipality[] = [];
  for (const row of rows) {
    const name = plain(row.name);
    let label = hostLabel(name);
    if (taken.has(label)) continue;
    if ((seen.get(label) ?? 0) > 1) label += row.state.split(/\s+/).map((w) => hostLabel(w)[0] ?? '').join('');
    if (list.some((m) => m.label === label)) continue;
    list.push({ name, state: row.state, label });
  }
  cached = list;
  return list;
}
