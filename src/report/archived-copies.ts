/**
 * Copies of the crawled pages that evidence points to, written into the report folder so a reader can
 * see the page as Mirador saw it even after the portal changes. A crawled page is hostile input: each
 * copy starts with a Content-Security-Policy that forbids every script, remote load, form submission and
 * <base> change, placed before the page's own markup so the browser applies it to the whole document. CSP does not
 * govern `<meta http-equiv="refresh">`, which would send the reader to the portal's chosen address: every
 * http-equiv of the page is removed, on the page as a browser parses it (parse5, the HTML standard's parser), so
 * no spelling of the tag survives, and the copy declares its own charset since the page's may be gone.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import type { RankingReport } from './model.ts';

const LOCKDOWN = `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-src 'none'">`;

export function archivedCopyPath(inegiCode: string, url: string): string {
  return `archivo/${inegiCode}/${createHash('sha256').update(url).digest('hex').slice(0, 16)}.html`;
}

/** The page without the pragmas that act without script: refresh (navigation), set-cookie, its own charset. */
export function inertCopy(html: string): string {
  const $ = cheerio.load(html);
  $('meta[http-equiv]').remove();
  return $.html();
}

function banner(url: string, fetchedAt: string): string {
  const escapedUrl = url.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!-- Copia archivada por Mirador de ${escapedUrl}, obtenida ${fetchedAt}. Sin scripts ni recursos externos. -->`;
}

/**
 * Writes a copy for every evidence URL that is a stored page and returns the report with `archived` set.
 * `pagesOf(inegiCode)` gives the stored pages of a site (url → html and fetch time).
 */
export async function writeArchivedCopies(
  report: RankingReport,
  outDir: string,
  pagesOf: (inegiCode: string) => Map<string, { html: string; fetchedAt: string }>,
): Promise<RankingReport> {
  const municipalities = [];
  for (const m of report.municipalities) {
    const pages = m.status === 'ok' ? pagesOf(m.inegi_code) : new Map();
    const written = new Set<string>();
    const indicators = [];
    for (const indicator of m.indicators) {
      const evidence = [];
      for (const item of indicator.evidence) {
        const page = pages.get(item.url);
        if (!page) {
          evidence.push(item);
          continue;
        }
        const path = archivedCopyPath(m.inegi_code, item.url);
        if (!written.has(path)) {
          await mkdir(dirname(join(outDir, path)), { recursive: true });
          await writeFile(join(outDir, path), `${LOCKDOWN}\n${banner(item.url, page.fetchedAt)}\n${inertCopy(page.html)}`, 'utf8');
          written.add(path);
        }
        evidence.push({ ...item, archived: path });
      }
      indicators.push({ ...indicator, evidence });
    }
    municipalities.push({ ...m, indicators });
  }
  return { ...report, municipalities };
}
