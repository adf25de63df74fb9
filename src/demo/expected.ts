/**
 * The demo portals' specs (`src/demo/portals/<slug>/portal.json`): who each portal pretends to be, how
 * it is served, and the verdict the methodology expects for every indicator — the answer key the
 * end-to-end tests compare Mirador's results with.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { projectPath } from '../project-root.ts';

export const PORTALS_DIR = `${projectPath('src/demo/portals')}/`;
/** The labelled fidelity corpus (issue 4): more portals in the same format, ranked by `mirador fidelity` only. */
export const CORPUS_DIR = `${projectPath('corpus/portals')}/`;

export const INDICATOR_IDS: readonly string[] = aidh2016.indicators.map((i) => i.id);

const verdict = z.enum(['pass', 'fail', 'unknown']);
export type ExpectedVerdict = z.infer<typeof verdict>;

const hostname = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case host name such as www.tlajomulco.gob.mx');
/** Offsets as in the date placeholders: -12d, -3m, -1y. */
const dateOffset = z.string().regex(/^[+-]?\d+[dwmy]?$/, 'an offset such as -12d, -3m or -1y');
const httpUrl = z.url({ protocol: /^http$/, error: 'an http:// URL (the demo keeps TLS out of it)' });

export const portalSpecSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    inegi_code: z.string().regex(/^\d{5}$/),
    name: z.string().min(1),
    state: z.string().min(1),
    /** Hosts served by this portal (the crawler gets a connect-to rule for each). */
    hosts: z.array(hostname).min(1),
    /** Extra host names that answer 301 to the same path on the canonical host (bare domain → www). */
    aliases: z.record(hostname, hostname).default({}),
    home: httpUrl,
    /** The URL written in the seeds file, when it is not `home` (e.g. the bare domain that redirects). */
    seed_url: httpUrl.optional(),
    /** false: the seed points at a closed port, so the site is unreachable and every verdict unknown. */
    reachable: z.boolean().default(true),
    style: z.enum([
      'drupal-like', 'ckan-catalogue', 'wordpress-like', 'joomla-like', 'old-table-iso-8859-1',
      'plain-php', 'aspnet-like', 'static-html', 'javascript-spa', 'dkan-catalogue', 'socrata-catalogue', 'none',
      // Styles of the generated portals (test/generator/) that no hand-written portal uses yet.
      'liferay-like', 'frameset',
    ]),
    /** Charset HTML pages are encoded and labelled in. */
    charset: z.enum(['UTF-8', 'ISO-8859-1']).default('UTF-8'),
    /** Last-Modified of data files (pdf, csv, xls…), relative to as-of; by_path keys are URL paths. */
    file_last_modified: z
      .object({ default: dateOffset, by_path: z.record(z.string().startsWith('/'), dateOffset).default({}) })
      .default({ default: '-90d', by_path: {} }),
    seed: z.object({
      pop_rank: z.number().int().positive().nullable(),
      url_confidence: z.enum(['high', 'medium', 'low']).nullable(),
      published_score_2016: z.number().nullable(),
      published_position_2016: z.number().int().positive().nullable(),
    }),
    expected: z.record(z.string(), verdict),
    notes: z.record(z.string(), z.string().min(1)),
    /** Indicators this portal sets a trap for (what a careless rule would take for a pass), and what the trap is. */
    decoys: z.record(z.string(), z.string().min(1)).default({}),
  })
  .superRefine((spec, ctx) => {
    const ids = new Set(INDICATOR_IDS);
    for (const id of INDICATOR_IDS)
      if (!(id in spec.expected)) ctx.addIssue({ code: 'custom', path: ['expected', id], message: `no expected verdict for ${id}` });
    for (const key of [...Object.keys(spec.expected), ...Object.keys(spec.notes), ...Object.keys(spec.decoys)])
      if (!ids.has(key)) ctx.addIssue({ code: 'custom', path: ['expected'], message: `unknown indicator id "${key}"` });
    const homeHost = new URL(spec.home).hostname;
    if (!spec.hosts.includes(homeHost))
      ctx.addIssue({ code: 'custom', path: ['home'], message: `home host ${homeHost} is not in hosts` });
    for (const [alias, target] of Object.entries(spec.aliases))
      if (!spec.hosts.includes(target))
        ctx.addIssue({ code: 'custom', path: ['aliases', alias], message: `alias target ${target} is not in hosts` });
    for (const id of Object.keys(spec.decoys))
      if (spec.expected[id] === 'pass')
        ctx.addIssue({ code: 'custom', path: ['decoys', id], message: `a decoy for ${id} is only a trap where the expected verdict is not pass` });
    if (!spec.reachable && Object.values(spec.expected).some((v) => v !== 'unknown'))
      ctx.addIssue({ code: 'custom', path: ['expected'], message: 'an unreachable portal can only expect unknown verdicts' });
  });

/** A portal spec and the portals folder it was read from (its site/ and partials/ live there). */
export type PortalSpec = z.infer<typeof portalSpecSchema> & { portalsDir: string };

export class PortalSpecError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`${file}: invalid portal spec:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'PortalSpecError';
  }
}

export function parsePortalSpec(json: unknown, file = 'portal.json'): z.infer<typeof portalSpecSchema> {
  const parsed = portalSpecSchema.safeParse(json);
  if (!parsed.success)
    throw new PortalSpecError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  return parsed.data;
}

/** Every portal under the given folders (default: the demo portals), validated, in pop_rank order (then slug). */
export function loadPortalSpecs(dirs: readonly string[] = [PORTALS_DIR]): PortalSpec[] {
  const specs = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((slug) => statSync(join(dir, slug)).isDirectory())
      .map((slug): PortalSpec => {
        const file = join(dir, slug, 'portal.json');
        const spec = parsePortalSpec(JSON.parse(readFileSync(file, 'utf8')), file);
        if (spec.slug !== slug) throw new PortalSpecError(file, [`slug "${spec.slug}" differs from its folder "${slug}"`]);
        return { ...spec, portalsDir: dir };
      }),
  );
  const hostOwner = new Map<string, string>();
  const codeOwner = new Map<string, string>();
  for (const spec of specs) {
    const file = join(spec.portalsDir, spec.slug, 'portal.json');
    for (const host of [...spec.hosts, ...Object.keys(spec.aliases)]) {
      const owner = hostOwner.get(host);
      if (owner) throw new PortalSpecError(file, [`host ${host} is also served by ${owner}`]);
      hostOwner.set(host, spec.slug);
    }
    const codeHolder = codeOwner.get(spec.inegi_code);
    if (codeHolder) throw new PortalSpecError(file, [`INEGI code ${spec.inegi_code} is also used by ${codeHolder}`]);
    codeOwner.set(spec.inegi_code, spec.slug);
  }
  return specs.sort((a, b) => (a.seed.pop_rank ?? Infinity) - (b.seed.pop_rank ?? Infinity) || a.slug.localeCompare(b.slug));
}

/** Folder holding one host's files: <portals>/<slug>/site/<host>/ */
export function siteDir(spec: PortalSpec, host: string): string {
  return join(spec.portalsDir, spec.slug, 'site', host);
}

/** Folder of the portal's shared fragments, included with {{> name}}. */
export function partialsDir(spec: PortalSpec): string {
  return join(spec.portalsDir, spec.slug, 'partials');
}
