/**
 * The portal generator: deterministic, valid under the portal schema, covering every style and, over the tune
 * seeds, every verdict of every indicator; and the label derivation checked on hand-picked feature sets.
 * No browser and no network here: the full fidelity run is `mirador fidelity --generated`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS, loadPortalSpecs, portalSpecSchema } from '../../src/demo/expected.ts';
import { drawFeatures, STYLES, type Features } from './features.ts';
import { DEFAULT_COUNT, generatePortal, generatePortals, inegiCode, REPORT_SEEDS, TUNE_SEEDS } from './index.ts';
import { deriveLabels } from './labels.ts';
import { createRng } from './prng.ts';
import { toLatin1 } from './shells.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mirador-gen-test-'));
  dirs.push(dir);
  return dir;
}

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  return files;
}

const tunePortals = TUNE_SEEDS.flatMap((seed) => Array.from({ length: DEFAULT_COUNT }, (_, n) => generatePortal(seed, n, DEFAULT_COUNT)));

describe('generatePortals', () => {
  it('writes the same files, byte for byte, for the same seed and count', () => {
    const a = tempDir();
    const b = tempDir();
    generatePortals({ seed: 7, count: 4, outDir: a });
    generatePortals({ seed: 7, count: 4, outDir: b });
    const fa = filesUnder(a);
    const fb = filesUnder(b);
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    for (const [path, content] of fa) expect(fb.get(path), path).toBe(content);
    expect(fa.size).toBeGreaterThan(40);
  });

  it('writes different portals for different seeds', () => {
    const a = generatePortal(1, 0, 10).spec;
    const b = generatePortal(2, 0, 10).spec;
    expect(a.name === b.name && JSON.stringify(a.expected) === JSON.stringify(b.expected)).toBe(false);
  });

  it('writes folders the portal network loads: valid specs, unique slugs, hosts and INEGI codes', () => {
    const dir = tempDir();
    for (const seed of TUNE_SEEDS) generatePortals({ seed, count: DEFAULT_COUNT, outDir: dir });
    const specs = loadPortalSpecs([dir]);
    expect(specs).toHaveLength(TUNE_SEEDS.length * DEFAULT_COUNT);
    for (const spec of specs) expect(spec.slug).toMatch(/^g\d+-\d+-[a-z-]+$/);
  });

  it('gives INEGI codes that never collide between tune and report seeds, in a state code that does not exist', () => {
    const codes = [...TUNE_SEEDS, ...REPORT_SEEDS].flatMap((seed) => Array.from({ length: DEFAULT_COUNT }, (_, n) => inegiCode(seed, n)));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^9\d{4}$/);
  });

  it('keeps every portal under about 30 pages', () => {
    for (const p of tunePortals) {
      const pages = p.files.filter((f) => /\.(html?|php|aspx)$/.test(f.path));
      expect(pages.length, p.slug).toBeLessThanOrEqual(32);
    }
  });
});

describe('every tune-seed portal', () => {
  it('has a portal.json valid under portalSpecSchema with a label, a note for every indicator', () => {
    for (const p of tunePortals) {
      const parsed = portalSpecSchema.safeParse(p.spec);
      expect(parsed.success, `${p.slug}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      for (const id of INDICATOR_IDS) expect((p.spec.notes as Record<string, string>)[id], `${p.slug} ${id}`).toBeTruthy();
    }
  });

  it('writes ISO-8859-1 portals in characters latin1 can encode', () => {
    for (const p of tunePortals.filter((x) => x.spec.charset === 'ISO-8859-1'))
      for (const f of p.files.filter((x) => x.path.endsWith('.htm') || x.path.endsWith('.html'))) expect(toLatin1(f.content), f.path).toBe(f.content);
  });

  it('leaves no unexpanded template slot in a page', () => {
    for (const p of tunePortals)
      for (const f of p.files) expect(f.content, `${p.slug} ${f.path}`).not.toMatch(/\{(m|e|n|c|title)\}|undefined|\[object Object\]|NaN/);
  });
});

describe('coverage of the tune seeds', () => {
  it('uses every style', () => {
    expect(new Set(tunePortals.map((p) => p.features.style))).toEqual(new Set(STYLES));
  });

  it('labels every indicator pass somewhere and fail somewhere, and sets a decoy for every indicator', () => {
    const seen = new Map(INDICATOR_IDS.map((id) => [id, { pass: 0, fail: 0, unknown: 0, decoy: 0 }]));
    for (const p of tunePortals) {
      const expected = p.spec.expected as Record<string, 'pass' | 'fail' | 'unknown'>;
      const decoys = p.spec.decoys as Record<string, string>;
      for (const id of INDICATOR_IDS) {
        seen.get(id)![expected[id]!]++;
        if (decoys[id]) seen.get(id)!.decoy++;
      }
    }
    const missing = [...seen].flatMap(([id, c]) => [...(c.pass ? [] : [`${id}: no pass`]), ...(c.fail ? [] : [`${id}: no fail`]), ...(c.decoy ? [] : [`${id}: no decoy`])]);
    expect(missing).toEqual([]);
  });

  it('draws every feature value of the main tables somewhere over many portals', () => {
    const drawn = Array.from({ length: 400 }, (_, i) => drawFeatures(createRng(i), STYLES[i % STYLES.length]!));
    const values = (k: keyof Features) => new Set(drawn.map((f) => String(f[k])));
    expect(values('section')).toEqual(new Set(['own-page', 'catalogue-host', 'none-listing', 'none-national', 'none-construction']));
    expect(values('posts')).toEqual(new Set(['recent-reply', 'recent-no-reply', 'recent-old-reply', 'old', 'none']));
    expect(values('video')).toEqual(new Set(['channel', 'live-html5', 'live-iframe', 'single-video-decoy', 'none']));
    expect(values('processed')).toEqual(new Set(['svg', 'canvas', 'boxes', 'map-decoy', 'none']));
  });
});

/** A portal with everything, to vary one feature at a time. */
function full(overrides: Partial<Features> = {}): Features {
  return {
    style: 'wordpress', catalogue: 'dkan', homeRedirect: false, section: 'own-page', sectionLink: 'text',
    datasets: [
      { kind: 'presupuesto', formats: ['csv'], ageDays: 5 }, { kind: 'obras', formats: ['xlsx'], ageDays: 30 },
      { kind: 'reportes', formats: ['json'], ageDays: 60 }, { kind: 'delitos', formats: ['pdf'], ageDays: 90 },
      { kind: 'licencias', formats: ['csv'], ageDays: 120 },
    ],
    freshness: 'month', dateDecoy: null, grouping: 'headings', search: 'section', labels: 'plain', listing: 'table',
    viewport: true, fixedWidth: false, processed: 'svg', contact: 'form-page', participation: 'explained',
    participationContact: 'given', collaboration: 'data-request', evaluation: 'survey', social: 'own',
    socialPlatforms: ['facebook', 'twitter'], posts: 'recent-reply', postFormat: 'blockquote', mayor: 'own',
    video: 'channel', app: 'own', unreachable: false, ...overrides,
  };
}

describe('deriveLabels', () => {
  it('passes everything on a portal that has everything', () => {
    const { expected, decoys } = deriveLabels(full());
    expect(Object.values(expected).every((v) => v === 'pass')).toBe(true);
    expect(decoys).toEqual({});
  });

  it('fails every section-scoped criterion when the only "section" is the mandatory transparency listing', () => {
    const { expected, decoys } = deriveLabels(full({ section: 'none-listing', datasets: [] }));
    expect(expected['open-data-section']).toBe('fail');
    expect(decoys['open-data-section']).toMatch(/transparency listing/);
    for (const id of ['updated-6-months', 'updated-1-month', 'five-collections', 'thematic-categories', 'search-tool', 'plain-language', 'device-legible', 'decision-useful', 'open-format-download', 'processed-data'])
      expect(expected[id], id).toBe('fail');
    expect(expected['contact-tool-home']).toBe('pass');
  });

  it.each([
    [{ freshness: 'six', dateDecoy: 'clock' }, { 'updated-6-months': 'pass', 'updated-1-month': 'fail' }, ['updated-1-month']],
    [{ freshness: 'hidden', dateDecoy: 'copyright' }, { 'updated-6-months': 'fail', 'updated-1-month': 'fail' }, ['updated-6-months', 'updated-1-month']],
    [{ grouping: 'flat' }, { 'thematic-categories': 'fail' }, []],
    [{ search: 'news-only' }, { 'search-tool': 'fail' }, ['search-tool']],
    [{ search: 'site' }, { 'search-tool': 'pass' }, []],
    [{ labels: 'legal' }, { 'plain-language': 'fail' }, []],
    [{ labels: 'cited-explained' }, { 'plain-language': 'pass' }, []],
    [{ fixedWidth: true }, { 'device-legible': 'fail' }, ['device-legible']],
    [{ processed: 'map-decoy' }, { 'processed-data': 'fail' }, ['processed-data']],
    [{ contact: 'mailto-page' }, { 'contact-tool-home': 'fail' }, ['contact-tool-home']],
    [{ participation: 'names-only', participationContact: 'none' }, { 'participation-info': 'fail', 'participation-contact': 'fail' }, ['participation-info']],
    [{ participationContact: 'none' }, { 'participation-info': 'pass', 'participation-contact': 'fail' }, ['participation-contact']],
    [{ collaboration: 'complaints-decoy' }, { 'citizen-collaboration': 'fail' }, ['citizen-collaboration']],
    [{ evaluation: 'law-decoy' }, { 'citizen-evaluation': 'fail' }, ['citizen-evaluation']],
    [{ evaluation: 'results' }, { 'citizen-evaluation': 'pass' }, []],
    [{ posts: 'recent-no-reply' }, { 'social-recent-week': 'pass', 'social-interaction-week': 'unknown' }, []],
    [{ posts: 'recent-old-reply' }, { 'social-recent-week': 'pass', 'social-interaction-week': 'fail' }, ['social-interaction-week']],
    [{ posts: 'old' }, { 'social-recent-week': 'fail', 'social-interaction-week': 'fail' }, ['social-recent-week']],
    [{ posts: 'none' }, { 'social-recent-week': 'unknown', 'social-interaction-week': 'unknown' }, []],
    [{ social: 'share-decoy', posts: 'none', video: 'live-html5', mayor: 'none' }, { 'social-account': 'fail', 'social-recent-week': 'fail', 'video-channel': 'pass' }, ['social-account']],
    [{ social: 'state-decoy', posts: 'none', video: 'none', mayor: 'own' }, { 'social-account': 'fail', 'mayor-social': 'pass', 'video-channel': 'fail' }, ['social-account']],
    [{ video: 'single-video-decoy' }, { 'video-channel': 'fail' }, ['video-channel']],
    [{ app: 'federal-decoy' }, { 'mobile-app': 'fail' }, ['mobile-app']],
    [{ mayor: 'gov-only' }, { 'mayor-social': 'fail' }, ['mayor-social']],
  ] as [Partial<Features>, Record<string, string>, string[]][])('%j → %j', (overrides, want, decoyIds) => {
    const { expected, decoys } = deriveLabels(full(overrides));
    for (const [id, verdict] of Object.entries(want)) expect(expected[id], id).toBe(verdict);
    for (const id of decoyIds) expect(decoys[id], `decoy for ${id}`).toBeTruthy();
  });

  it('counts a monthly series once for five-collections', () => {
    const f = full({ datasets: [{ kind: 'nomina', formats: ['csv'], ageDays: 5, monthlySeries: true }, { kind: 'obras', formats: ['csv'], ageDays: 9 }] });
    const { expected, decoys } = deriveLabels(f);
    expect(expected['five-collections']).toBe('fail');
    expect(decoys['five-collections']).toMatch(/file per month/);
  });

  it('labels an unreachable portal unknown everywhere', () => {
    expect(new Set(Object.values(deriveLabels(full({ unreachable: true })).expected))).toEqual(new Set(['unknown']));
  });
});
