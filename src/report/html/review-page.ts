/**
 * The review queue page (revision.html): what `mirador reviews queue` lists, with the links a reviewer follows —
 * the municipality's criterion on its page, the evidence pages, the portal — and the municipality's own verdict
 * when it contested. Also the preliminary notice every page of a run open to contest shows.
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { RankingReport, RunSummary } from '../model.ts';
import { QUEUE_CSV, municipalityVerdict, reviewQueue, type QueueItem } from '../review-queue.ts';
import { externalLink, municipalityFile, scrollableTable, shortUrl, verdictBadge } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatAsOf } from './format.ts';
import { reasonIn, t, type Lang } from './i18n.ts';
import { page, pageDepth, pathDepth, rootPrefix } from './layout.ts';

export const REVIEW_PAGE = 'revision.html';

/** Said on the ranking and each municipality page while the run is open to contest (`mirador reviews window`). */
export function preliminaryNotice(run: RunSummary, lang: Lang, path: string): SafeHtml | string {
  if (!run.contestUntil) return '';
  const langRoot = rootPrefix(pathDepth(path));
  return html`<p class="aviso preliminar" role="note">${t(lang, 'preliminaryNotice', { date: formatAsOf(run.contestUntil, lang) })} <a href="${langRoot}${REVIEW_PAGE}">${t(lang, 'reviewQueueLink')}</a></p>`;
}

function queueRow(item: QueueItem, methodology: Methodology, lang: Lang): SafeHtml {
  const criterion = methodology.indicators.find((i) => i.id === item.result.id);
  const theirs = municipalityVerdict(item);
  const pages = [...new Set(item.result.evidence.map((e) => e.url))];
  const site = item.municipality.final_url ?? item.municipality.url;
  return html`<tr>
<th scope="row"><a href="${municipalityFile(item.municipality)}#ind-${item.result.id}">${item.municipality.name}</a><br><span class="nota">${item.municipality.state} · ${externalLink(site, shortUrl(site))}</span></th>
<td>${criterion ? criterion.criterion[lang] : item.result.id} <code>${item.result.id}</code></td>
<td>${item.reasons.map((r) => t(lang, `queueReason_${r}`)).join('; ')}</td>
<td>${verdictBadge(item.result.verdict, lang)}${reasonIn(lang, item.result) ? html`<br><span class="nota">${reasonIn(lang, item.result)!}</span>` : ''}</td>
<td>${pages.length ? pages.map((url, i) => html`${i ? html`<br>` : ''}${externalLink(url, shortUrl(url))}`) : '—'}</td>
<td>${theirs ? verdictBadge(theirs, lang) : ''}${item.contests.map(
    (c) => html`<br><span class="nota">${t(lang, 'contestLine', { by: c.filed_by, date: c.filed_at.slice(0, 10), note: c.note })}</span>`,
  )}</td>
</tr>`;
}

export function renderReviewPage(report: RankingReport, methodology: Methodology, lang: Lang = 'es'): string {
  const items = reviewQueue(report, methodology);
  const csvHref = `${rootPrefix(pageDepth(lang, REVIEW_PAGE))}${QUEUE_CSV}`;
  const table = html`<table aria-labelledby="titulo-cola">
<thead><tr><th scope="col">${t(lang, 'municipality')}</th><th scope="col">${t(lang, 'criterion')}</th><th scope="col">${t(lang, 'queueReason')}</th><th scope="col">${t(lang, 'currentVerdict')}</th><th scope="col">${t(lang, 'evidencePages')}</th><th scope="col">${t(lang, 'municipalityVerdict')}</th></tr></thead>
<tbody>
${items.map((item) => queueRow(item, methodology, lang))}
</tbody>
</table>`;
  const body = html`<h1 id="titulo-cola">${t(lang, 'reviewQueueTitle')}</h1>
${preliminaryNotice(report.run, lang, REVIEW_PAGE)}
<p>${t(lang, 'reviewQueueIntro')} <a href="${csvHref}" download>${QUEUE_CSV}</a>.</p>
${items.length ? scrollableTable('titulo-cola', table) : html`<p>${t(lang, 'reviewQueueEmpty')}</p>`}`;
  return page({ title: `${t(lang, 'reviewQueueTitle')} · Mirador`, lang, path: REVIEW_PAGE, run: report.run, body });
}
