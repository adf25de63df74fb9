/**
 * Copies of the crawled pages that evidence points to, written into the report folder so a reader can
 * see the page as Mirador saw it even after the portal changes. A crawled page is hostile input: each
 * copy starts with a Content-Security-Policy that forbids every script, remote load, form submission and
 * <base> change, placed before the page's own markup so the browser applies it to the whole document. CSP does not
 * govern `<meta http-equiv="refresh">`, which would send the reader to the portal's chosen address: every
 * http-equiv of the page is removed, on the page as a browser parses it (parse5, the HTML standard's parser), so
 * no spelling of the tag survives, and the copy declares its own charset since the page's may be gone.
 * The copy opens with <!DOCTYPE html>, so it renders in standards mode whatever the page declared (a second doctype
 * later is ignored by the parser), and with a visible banner, in both languages since both editions link the same
 * copy, saying what the page is: its address, when it was fetched, in which run. The banner is written before the
 * page's markup, which the parser then merges into the document the banner opened (its <html> and <body> attributes
 * join ours, its head elements land in the body and still apply), so nothing of the page can reach into the banner;
 * its styles are inline and !important so the page's own stylesheet cannot hide it by accident.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import { html, safeHref } from './html/escape.ts';
import { formatAsOf, formatFetchedAt } from './html/format.ts';
import { LANGS, t } from './html/i18n.ts';
import type { RankingReport, RunSummary } from './model.ts';

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

const BANNER_STYLE =
  'all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;position:relative!important;z-index:2147483647!important;margin:0!important;padding:0.5rem 1rem!important;background:#fff4e5!important;color:#1b1f24!important;border-bottom:3px solid #c25100!important;font:15px/1.4 system-ui,sans-serif!important;overflow-wrap:anywhere!important';
const LINE_STYLE = 'all:initial!important;display:block!important;margin:0.15rem 0!important;color:#1b1f24!important;font:inherit!important';

function banner(url: string, fetchedAt: string, run: Pick<RunSummary, 'id' | 'asOf'>): string {
  const href = safeHref(url);
  const source = href ? html`<a href="${href}" style="${LINE_STYLE};display:inline!important;color:#0b57a4!important;text-decoration:underline!important">${url}</a>` : html`${url}`;
  const line = (lang: (typeof LANGS)[number]) =>
    html`<p lang="${lang}" style="${LINE_STYLE}"><strong style="font-weight:700!important">${t(lang, 'archivedBannerTitle')}</strong> · ${t(lang, 'archivedBannerSource')}: ${source} · ${t(lang, 'archivedBannerFetched', { date: formatFetchedAt(fetchedAt, lang) })} · ${t(lang, 'archivedBannerRun', { run: run.id, asOf: formatAsOf(run.asOf, lang) })}. ${t(lang, 'archivedBannerNote')}</p>`;
  return html`<div id="mirador-copia-archivada" role="note" style="${BANNER_STYLE}">${LANGS.map(line)}</div>`.value;
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
          await writeFile(join(outDir, path), `<!DOCTYPE html>\n${LOCKDOWN}\n${banner(item.url, page.fetchedAt, report.run)}\n${inertCopy(page.html)}`, 'utf8');
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
