/**
 * The portal generator (issue 12, item 4): `generatePortals({ seed, count, outDir })` writes `count` labelled
 * portals in the demo/corpus format (src/demo/portals/README.md), each drawn from a seeded PRNG: features per
 * indicator (features.ts) → pages in one of ten styles with wordings from variant tables (render.ts, shells.ts,
 * wordings.ts) and, from the same features, the expected verdicts, notes and decoys (labels.ts). Same seed and
 * count → byte-identical files. See README.md here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parsePortalSpec } from '../../src/demo/expected.ts';
import { drawFeatures, STYLES, type Features } from './features.ts';
import { deriveLabels } from './labels.ts';
import { municipalities, type Municipality } from './municipalities.ts';
import { createRng } from './prng.ts';
import { buildSite, makeIdentity } from './render.ts';
import { renderSiteFiles } from './shells.ts';
import { REAL_HOME, routerFor, STYLE_SCHEMA } from './styles.ts';

export { DEFAULT_COUNT, TUNE_SEEDS, REPORT_SEEDS } from './seeds.ts';

export interface GenerateOptions {
  seed: number;
  /** Portals to write (at most MAX_PER_SEED). */
  count: number;
  outDir: string;
  /** Recorded in the manifest only: pages carry date placeholders, resolved against the network's as-of date. */
  asOf?: string;
}

export interface GeneratedPortal {
  slug: string;
  features: Features;
  /** Files written, relative to outDir. */
  files: string[];
}

/** INEGI codes are 9 + 4 digits from (seed slot, index): unique for seeds 0–124 and 1000–1124 with up to 40 portals each. */
export const MAX_PER_SEED = 40;

function seedSlot(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  return (seed < 1000 ? seed : 125 + (seed - 1000)) % 250;
}

export function inegiCode(seed: number, n: number): string {
  return String(90000 + seedSlot(seed) * MAX_PER_SEED + n);
}

/** Municipalities in a fixed order (its own PRNG), so portal n of a seed is always the same town. */
function municipalityFor(seed: number, n: number, count: number): Municipality {
  const list = createRng(0x6d697261).shuffle(municipalities());
  return list[(seedSlot(seed) * count + n) % list.length]!;
}

export function generatePortal(seed: number, n: number, count: number): { slug: string; features: Features; spec: Record<string, unknown>; files: { path: string; content: string }[] } {
  const rng = createRng(seed * 1000 + n);
  const style = STYLES[(n + seed) % STYLES.length]!;
  const features: Features = { ...drawFeatures(rng.fork('features'), style), unreachable: rng.fork('reach').chance(0.04) };
  const m = municipalityFor(seed, n, count);
  const hostRng = rng.fork('host');
  const domain = hostRng.pick([`${m.label}.gob.mx`, `${m.label}.gob.mx`, `municipiode${m.label}.gob.mx`, `ayuntamiento${m.label}.gob.mx`]);
  const host = `www.${domain}`;
  const router = routerFor(style, host, features.catalogue);
  const id = makeIdentity(rng.fork('identity'), m, host);
  const site = buildSite(features, id, rng.fork('site'), router);
  const homeUrl = router.url('home');
  const realHome = style === 'hash-spa' || style === 'frameset' ? null : homeUrl !== '/' ? homeUrl : features.homeRedirect ? REAL_HOME[style] : null;
  const out = renderSiteFiles({ f: features, id, site, router }, realHome);
  const labels = deriveLabels(features);
  const slug = `g${seed}-${n}-${style}`;
  const hosts = [host, ...(router.sectionHost ? [router.sectionHost] : [])];
  const bareAlias = hostRng.chance(0.5);
  const byPath: Record<string, string> = {};
  for (const file of site.files) byPath[file.urlPath] = `-${file.ageDays}d`;
  const spec = {
    slug,
    inegi_code: inegiCode(seed, n),
    name: m.name,
    state: m.state,
    hosts,
    aliases: bareAlias ? { [domain]: host } : {},
    home: `http://${host}/`,
    ...(bareAlias ? { seed_url: `http://${domain}/` } : {}),
    reachable: !features.unreachable,
    style: STYLE_SCHEMA[style],
    charset: style === 'iso-table' ? 'ISO-8859-1' : 'UTF-8',
    file_last_modified: { default: '-400d', by_path: byPath },
    seed: { pop_rank: null, url_confidence: 'high', published_score_2016: null, published_position_2016: null },
    expected: labels.expected,
    notes: labels.notes,
    decoys: labels.decoys,
    generator: { seed, index: n, features },
  };
  parsePortalSpec(spec, `${slug}/portal.json`);
  const files: { path: string; content: string }[] = [{ path: 'portal.json', content: `${JSON.stringify(spec, null, 2)}\n` }];
  if (!features.unreachable) {
    for (const h of hosts) files.push({ path: `site/${h}/robots.txt`, content: 'User-agent: *\nAllow: /\n' });
    for (const o of out) files.push({ path: `site/${o.host}/${o.file}`, content: o.content });
    for (const d of site.files) files.push({ path: `site/${d.host}/${d.file}`, content: d.content });
  }
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`${slug}: two files at ${f.path}`);
    seen.add(f.path);
  }
  return { slug, features, spec, files };
}

export function generatePortals(options: GenerateOptions): GeneratedPortal[] {
  const { seed, count, outDir } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PER_SEED) throw new Error(`count must be 1–${MAX_PER_SEED}, got ${count}`);
  const portals: GeneratedPortal[] = [];
  for (let n = 0; n < count; n++) {
    const portal = generatePortal(seed, n, count);
    for (const file of portal.files) {
      const path = join(outDir, portal.slug, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    portals.push({ slug: portal.slug, features: portal.features, files: portal.files.map((f) => join(portal.slug, f.path)) });
  }
  writeFileSync(join(outDir, `generated-${seed}.json`), `${JSON.stringify({ seed, count, asOf: options.asOf ?? null, portals: portals.map((p) => p.slug) }, null, 2)}\n`);
  return portals;
}
