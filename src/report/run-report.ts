/**
 * Writes a stored run's HTML report and brings its screenshots along, so the report folder is
 * self-contained (it can be zipped, published or opened from disk with no other folder).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { Methodology } from '../../indicators/methodology.ts';
import type { Db } from '../store/database.ts';
import { loadSiteCrawl } from '../store/crawl-query.ts';
import { loadRankingReport } from '../store/report-query.ts';
import { writeArchivedCopies } from './archived-copies.ts';
import { writeHtmlReport } from './html/index.ts';
import { DOWNLOADS } from './html/index-page.ts';
import type { RankingReport } from './model.ts';

export interface RunReportRequest {
  db: Db;
  runId: number;
  scoringId?: number;
  methodology: Methodology;
  outDir: string;
  /** The run's folder, where screenshots were written; null when the run kept none. */
  runDir: string | null;
}

function screenshotPaths(report: RankingReport): string[] {
  const paths = report.municipalities.flatMap((m) => [
    ...(m.home_screenshot ? [m.home_screenshot] : []),
    ...m.indicators.flatMap((i) => i.evidence.flatMap((e) => (e.screenshot ? [e.screenshot] : []))),
  ]);
  // Only plain relative paths inside the run folder are copied: a stored path never reaches outside it.
  return [...new Set(paths)].filter((p) => !normalize(p).startsWith('..') && !p.startsWith('/') && !/^[a-z]+:/i.test(p));
}

export async function writeRunReport(request: RunReportRequest): Promise<{ indexPath: string; report: RankingReport; missingScreenshots: string[] }> {
  const loaded = loadRankingReport(request.db, request.runId, request.scoringId);
  const report = await writeArchivedCopies(loaded, request.outDir, (inegiCode) => {
    const pages = loadSiteCrawl(request.db, request.runId, inegiCode).pages;
    return new Map(pages.map((p) => [p.url, { html: p.html, fetchedAt: p.fetchedAt }]));
  });
  const missingScreenshots: string[] = [];
  if (request.runDir) {
    for (const path of screenshotPaths(report)) {
      const target = join(request.outDir, path);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(request.runDir, path), target).catch(() => missingScreenshots.push(path));
    }
  }
  const { indexPath } = await writeHtmlReport(report, request.methodology, request.outDir, { sqliteDownload: true });
  // A consistent copy even while a run is still writing (SQLite's online backup).
  await request.db.backup(join(request.outDir, DOWNLOADS.sqlite));
  return { indexPath, report, missingScreenshots };
}
