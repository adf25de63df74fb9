/**
 * Writes the static, offline report for one scoring: ranking, states, indicators, methodology and one page per
 * municipality, in Spanish at the root and in English under en/, plus the shared estilo.css and report.js.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Methodology } from '../../../indicators/methodology.ts';
import type { RankingReport } from '../model.ts';
import { municipalityFile } from './components.ts';
import { langFolder, LANGS } from './i18n.ts';
import { DOWNLOADS, renderIndexPage } from './index-page.ts';
import { toCsv, toJson } from '../export.ts';
import { renderChangesPage } from './changes-page.ts';
import { renderIndicatorsPage } from './indicators-page.ts';
import { SCRIPT_FILE, STYLESHEET_FILE } from './layout.ts';
import { renderMethodologyPage } from './methodology-page.ts';
import { renderMunicipalityPage } from './municipality-page.ts';
import { SCRIPT } from './script.ts';
import { QUEUE_CSV, queueCsv, reviewQueue } from '../review-queue.ts';
import { REVIEW_PAGE, renderReviewPage } from './review-page.ts';
import { renderStatesPage } from './states-page.ts';
import { STYLESHEET } from './styles.ts';

/** INEGI codes become file names, so they must be plain (5 digits in practice; letters allowed for test sites). */
const SAFE_CODE = /^[A-Za-z0-9_-]+$/;

/**
 * Renders every page, then writes them under `outDir` (created if needed). Existing files are overwritten and
 * stale ones are left alone. Returns absolute paths, index first.
 */
export async function writeHtmlReport(
  report: RankingReport,
  methodology: Methodology,
  outDir: string,
  options: { sqliteDownload?: boolean } = {},
): Promise<{ indexPath: string; files: string[] }> {
  checkConsistency(report, methodology);
  const pages = new Map<string, string>();
  pages.set(DOWNLOADS.csv, toCsv(report, methodology));
  pages.set(DOWNLOADS.json, toJson(report));
  pages.set(QUEUE_CSV, queueCsv(reviewQueue(report, methodology), methodology));
  for (const lang of LANGS) {
    const folder = langFolder(lang);
    pages.set(`${folder}index.html`, renderIndexPage(report, methodology, lang, options.sqliteDownload ?? false));
    pages.set(`${folder}estados.html`, renderStatesPage(report, methodology, lang));
    pages.set(`${folder}indicadores.html`, renderIndicatorsPage(report, methodology, lang));
    pages.set(`${folder}cambios.html`, renderChangesPage(report, methodology, lang));
    pages.set(`${folder}metodologia.html`, renderMethodologyPage(methodology, report.run, lang));
    pages.set(`${folder}${REVIEW_PAGE}`, renderReviewPage(report, methodology, lang));
    for (const m of report.municipalities) pages.set(`${folder}${municipalityFile(m)}`, renderMunicipalityPage(m, report, methodology, lang));
  }
  pages.set(STYLESHEET_FILE, STYLESHEET);
  pages.set(SCRIPT_FILE, SCRIPT);

  const root = resolve(outDir);
  const files: string[] = [];
  for (const [relativePath, content] of pages) {
    const path = join(root, relativePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, 'utf8');
    files.push(path);
  }
  return { indexPath: join(root, 'index.html'), files };
}

function checkConsistency(report: RankingReport, methodology: Methodology): void {
  const run = `run ${report.run.id} (scoring ${report.run.scoringId})`;
  if (report.run.methodologyId !== methodology.id)
    throw new Error(`report: ${run} was scored with methodology '${report.run.methodologyId}', not '${methodology.id}'`);
  const known = new Set(methodology.indicators.map((i) => i.id));
  const codes = new Set<string>();
  for (const m of report.municipalities) {
    if (!SAFE_CODE.test(m.inegi_code)) throw new Error(`report: ${run} has an INEGI code unfit for a file name: ${JSON.stringify(m.inegi_code)}`);
    if (codes.has(m.inegi_code)) throw new Error(`report: ${run} lists INEGI code ${m.inegi_code} twice`);
    codes.add(m.inegi_code);
    const stray = m.indicators.find((r) => !known.has(r.id));
    if (stray) throw new Error(`report: ${run}, ${m.inegi_code} (${m.name}) has indicator '${stray.id}', not in methodology '${methodology.id}'`);
  }
}
