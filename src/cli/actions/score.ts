/** The work of `mirador score`, loaded when it runs. */
import { aidh2016 } from '../../../indicators/aidh-2016.ts';
import { allIndicators } from '../../../indicators/index.ts';
import type { Lang } from '../../report/html/i18n.ts';
import { rescoreRun } from '../../run/rescore-run.ts';
import { importReviews } from '../../run/reviews.ts';
import { indicatorsFor } from '../../score/score-site.ts';
import { readReviewsFile } from '../../seeds/reviews-file.ts';
import { checkOutputFolder } from '../../seeds/user-paths.ts';
import { setContestUntil } from '../../store/reviews.ts';
import { importSummary } from './reviews.ts';
import { type StoredRunOptions, withStoredRun, writeStoredRunReport } from './stored-run.ts';

export interface ScoreOptions extends StoredRunOptions {
  reviews?: string;
  contestUntil?: string;
  lang: Lang;
  /** Threads to score with (default: one per core). */
  workers?: number;
}

interface Rescored {
  runId: number;
  sites: number;
  scoringId: number;
  reviewed: number;
  flagged: number;
  screenshots: number;
  indexPath: string;
}

const SUMMARY: Record<Lang, (r: Rescored) => string> = {
  es: (r) =>
    `ejecución ${r.runId}: ${r.sites} sitio(s) calificados de nuevo como calificación ${r.scoringId}, ${r.reviewed} veredicto(s) revisado(s)` +
    `${r.flagged ? `, ${r.flagged} revisión(es) por revisar de nuevo (el veredicto automático cambió desde entonces; mirador reviews list)` : ''}, ` +
    `${r.screenshots} captura(s) de evidencia conservada(s)\ninforme: ${r.indexPath}`,
  en: (r) =>
    `run ${r.runId}: re-scored ${r.sites} site(s) as scoring ${r.scoringId}, ${r.reviewed} reviewed verdict(s)` +
    `${r.flagged ? `, ${r.flagged} review(s) por revisar de nuevo (the automatic verdict changed since; mirador reviews list)` : ''}, ` +
    `${r.screenshots} evidence screenshot(s) kept\nreport: ${r.indexPath}`,
};

export async function scoreAction(options: ScoreOptions): Promise<void> {
  // Read before opening the database, so a malformed file stops before anything is stored or scored.
  const reviews = options.reviews ? await readReviewsFile(options.reviews, aidh2016) : null;
  if (options.out) checkOutputFolder('--out', options.out);
  return withStoredRun(options, async (db, runId) => {
    if (options.reviews && reviews) {
      const imported = importReviews(db, runId, reviews.reviews, options.reviews);
      for (const warning of imported.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stdout.write(`${importSummary(options.reviews, runId, imported, reviews.unfilled)}\n`);
    }
    if (options.contestUntil) setContestUntil(db, runId, options.contestUntil);
    const { scoringId, sites, reviewed, flagged, screenshots, warnings } = await rescoreRun(db, runId, aidh2016, indicatorsFor(aidh2016, allIndicators), {
      ...(options.workers ? { workers: options.workers } : {}),
    });
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    const indexPath = await writeStoredRunReport(db, runId, options.out, scoringId);
    process.stdout.write(`${SUMMARY[options.lang]({ runId, sites, scoringId, reviewed, flagged, screenshots, indexPath })}\n`);
  });
}
