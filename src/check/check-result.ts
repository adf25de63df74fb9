/**
 * What `mirador check --json` writes and `--compare` reads back: one site's result in the export's shape
 * (MunicipalityResult), plus what makes two checks comparable (as-of date, methodology, software version).
 */
import { z } from 'zod';
import type { MunicipalityResult, RankingReport } from '../report/model.ts';

export interface CheckResult extends MunicipalityResult {
  as_of: string;
  methodology_id: string;
  software_version: string;
}

export function toCheckResult(municipality: MunicipalityResult, run: RankingReport['run']): CheckResult {
  return { ...municipality, as_of: run.asOf, methodology_id: run.methodologyId, software_version: run.softwareVersion };
}

/** Only what a comparison reads is checked; the rest of an older file is carried as is. */
const previousCheckSchema = z
  .object({
    as_of: z.string(),
    methodology_id: z.string(),
    score: z.number().nullable(),
    indicators: z.array(
      z.object({ id: z.string(), verdict: z.enum(['pass', 'fail', 'unknown']), reason: z.string().nullable() }).loose(),
    ),
  })
  .loose();

export class CheckFileError extends Error {}

/** Parses a previous `--json` output; the error names the file and what is wrong with it. */
export function parseCheckResult(text: string, source: string): CheckResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CheckFileError(`${source}: no es un JSON válido (${(error as Error).message})`);
  }
  const parsed = previousCheckSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(raíz)'}: ${i.message}`).join('; ');
    throw new CheckFileError(`${source}: no es un resultado de «mirador check --json» (${issues})`);
  }
  return parsed.data as unknown as CheckResult;
}
