/**
 * Seeds: which municipalities to visit. A malformed file stops the run before any crawl, with every bad
 * line named, because ranking half a list silently is worse than not ranking.
 */
import { readCsvRecords } from './csv-records.ts';
import { readUserFile } from './user-paths.ts';
import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

const optionalNumber = (what: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) {
        // A sheet saved in a Spanish locale writes 86,4 for 86.4.
        const decimalComma = /^\s*-?\d+,\d+\s*$/.test(v) ? ` (write the decimals with a point: ${v.trim().replace(',', '.')})` : '';
        ctx.addIssue({ code: 'custom', message: `${what} must be a number, got "${v}"${decimalComma}` });
        return z.NEVER;
      }
      return n;
    });

const confidence = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return null;
    const value = v.trim().toLowerCase();
    if (value !== 'high' && value !== 'medium' && value !== 'low') {
      ctx.addIssue({ code: 'custom', message: `confidence must be high, medium or low, got "${v}"` });
      return z.NEVER;
    }
    return value;
  });

/** An absolute http:// or https:// address with a host (what a seed or a reviewer's evidence must be). */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The address meant by one typed without its scheme, as people copy it from the address bar or a letterhead
 * (`www.tlajomulco.gob.mx`, `tlajomulco.gob.mx/inicio`); null when the value is not a host name missing only that.
 * http:// rather than https://: a portal that has https redirects to it, and many municipal portals still have none.
 */
export function schemelessUrl(value: string): string | null {
  const text = value.trim().replace(/^\/\//, '');
  if (text.includes('://') || /\s/.test(text)) return null;
  const candidate = `http://${text}`;
  if (!isHttpUrl(candidate)) return null;
  const url = new URL(candidate);
  // A dotted host name: "inicio" or "localhost" alone is more likely a relative path or a typo than a portal.
  return url.hostname.includes('.') ? url.href : null;
}

/** Why a value is not an address a crawl can start from, with the address meant when only the scheme is missing. */
export function httpUrlProblem(field: string, value: string): string {
  const meant = schemelessUrl(value);
  return `${field} must be an absolute http:// or https:// address, got "${value}"${meant ? `; did you mean ${meant}?` : ''}`;
}

export const seedRowSchema = z.object({
  inegi_code: z
    .string({ error: 'inegi_code is missing' })
    .trim()
    .regex(/^\d{5}$/, 'inegi_code must be 5 digits (state + municipality), e.g. 14097'),
  name: z.string({ error: 'name is missing' }).trim().min(1, 'name is empty'),
  state: z.string({ error: 'state is missing' }).trim().min(1, 'state is empty'),
  url: z
    .string({ error: 'url is missing' })
    .trim()
    .refine(isHttpUrl, { error: (issue) => httpUrlProblem('url', String(issue.input)) }),
  pop_rank: optionalNumber('pop_rank'),
  name_official: optionalText,
  url_2016: optionalText,
  code_confidence: confidence,
  url_confidence: confidence,
  url_source: optionalText,
  published_score_2016: optionalNumber('published_score_2016'),
  published_position_2016: optionalNumber('published_position_2016'),
});

export type Seed = z.infer<typeof seedRowSchema>;

export class SeedsError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: the seeds file is not valid, nothing was crawled:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedsError';
  }
}

const REQUIRED_COLUMNS = ['inegi_code', 'name', 'state', 'url'] as const;

/**
 * Parses and validates a seeds CSV, as text or as the file's bytes (any encoding and separator src/seeds/csv-records.ts
 * reads); throws SeedsError naming every bad line (line numbers as in an editor).
 */
export function parseSeeds(input: string | Uint8Array, source = 'seeds'): Seed[] {
  const { records, problems: fileProblems } = readCsvRecords(input, REQUIRED_COLUMNS);
  if (fileProblems.length) throw new SeedsError(source, fileProblems);
  if (records.length === 0) throw new SeedsError(source, ['no rows: the file has no municipality to visit']);

  const problems: string[] = [];
  const seeds: Seed[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const { record, line } of records) {
    const parsed = seedRowSchema.safeParse(record);
    if (!parsed.success) {
      const label = record.inegi_code ? ` (${record.inegi_code} ${record.name ?? ''})`.trimEnd() : '';
      problems.push(`line ${line}${label}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      continue;
    }
    const earlier = firstLineOfCode.get(parsed.data.inegi_code);
    if (earlier !== undefined) {
      problems.push(`line ${line}: inegi_code ${parsed.data.inegi_code} already appears on line ${earlier}`);
      continue;
    }
    firstLineOfCode.set(parsed.data.inegi_code, line);
    seeds.push(parsed.data);
  }
  if (problems.length) throw new SeedsError(source, problems);
  return seeds;
}

/** Reads and validates the seeds file given with `option`; a file that cannot be read is named with the option. */
export async function readSeedsFile(path: string, option = '--seeds'): Promise<Seed[]> {
  return parseSeeds(await readUserFile(option, path), path);
}

/** `--only 14097,13048`: keeps the listed codes, and refuses codes the file does not have. */
export function selectSeeds(seeds: Seed[], only: string[] | undefined): Seed[] {
  if (!only || only.length === 0) return seeds;
  const known = new Set(seeds.map((s) => s.inegi_code));
  const unknownCodes = only.filter((c) => !known.has(c));
  if (unknownCodes.length) throw new SeedsError('--only', [`not in the seeds file: ${unknownCodes.join(', ')}`]);
  const wanted = new Set(only);
  return seeds.filter((s) => wanted.has(s.inegi_code));
}
