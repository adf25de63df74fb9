/**
 * municipios/<inegi_code>.html: one site's result, its subtotals per dimension, what it could do to gain
 * points, and every indicator with its verdict, reason and evidence.
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import { type CriterionRow, criterionRows, fixPlan } from '../fix-plan.ts';
import { crawlMessageIn } from '../crawl-messages.ts';
import { problemCause, problemDetail, splitProblems } from '../crawl-problems.ts';
import type { ContestItem, CrawlProblem, IndicatorResult, MunicipalityResult, RankingReport } from '../model.ts';
import { isRanked } from '../ranking.ts';
import { evidenceList, externalLink, municipalityFile, scoreWithBar, screenshotSrc, scrollableTable, verdictBadge } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatNumber, formatPoints } from './format.ts';
import { reasonIn, siteStatusLabel, statusNoteIn, t, verdictLabel, type Lang } from './i18n.ts';
import { page, pageDepth } from './layout.ts';
import { preliminaryNotice } from './review-page.ts';

/** A criterion and its result; null when the scoring has none (shown as "Sin resultado"). */
type Row = CriterionRow;

const SEED_CONFIDENCE = { high: 'seedHigh', medium: 'seedMedium', low: 'seedLow', none: 'seedUnknown' } as const;

export function renderMunicipalityPage(m: MunicipalityResult, report: RankingReport, methodology: Methodology, lang: Lang = 'es'): string {
  const rows = criterionRows(m.indicators, methodology);
  const ranked = isRanked(m);
  const rankedCount = report.municipalities.filter(isRanked).length;
  const maxScore = methodology.indicators.reduce((sum, i) => sum + i.points, 0);
  const path = municipalityFile(m);
  /** Folders up to the report root, where screenshots live (2 in en/municipios/). */
  const depth = pageDepth(lang, path);
  const of = lang === 'es' ? 'de' : 'of';

  const body = html`<nav class="migas" aria-label="${t(lang, 'breadcrumb')}"><a href="../index.html">${t(lang, 'navRanking')}</a> › <span>${m.name}</span></nav>
<h1>${m.name} <span class="estado-nombre">${m.state}</span></h1>
<dl class="ficha">
<dt>${t(lang, 'state')}</dt><dd>${m.state}</dd>
<dt>${t(lang, 'inegiCode')}</dt><dd>${m.inegi_code}</dd>
<dt>${t(lang, 'site')}</dt><dd>${externalLink(m.url)}</dd>
<dt>${t(lang, 'seedConfidence')}</dt><dd class="confianza-${m.url_confidence ?? 'sin-dato'}">${t(lang, SEED_CONFIDENCE[m.url_confidence ?? 'none'])}</dd>
<dt>${t(lang, 'finalUrl')}</dt><dd>${m.final_url ? externalLink(m.final_url) : t(lang, 'noPageReached')}</dd>
<dt>${t(lang, 'status')}</dt><dd class="estado-sitio estado-${m.status}">${m.status === 'ok' ? siteStatusLabel(lang, 'ok') + (m.status_reason ? `: ${crawlMessageIn(lang, m.status_reason)}` : '') : statusNoteIn(lang, m)}</dd>
<dt>${t(lang, 'score')}</dt><dd>${ranked && m.score !== null ? html`${scoreWithBar(m.score, maxScore, methodology.scoreDecimals)} ${of} ${formatNumber(maxScore, 0, lang)}` : t(lang, 'noScore')}</dd>
<dt>${t(lang, 'position')}</dt><dd>${ranked ? (lang === 'es' ? `${m.rank} de ${rankedCount} sitios evaluados` : `${m.rank} of ${rankedCount} evaluated sites`) : t(lang, 'noPosition')}</dd>
${ranked ? html`<dt>${t(lang, 'positionInState')}</dt><dd>${stateRankText(m, report, lang)}</dd>` : ''}
<dt>${t(lang, 'pagesCrawled')}</dt><dd>${m.pages_crawled}</dd>
${
  m.published_2016
    ? html`<dt>${t(lang, 'published2016')}</dt><dd>${formatNumber(m.published_2016.score, 1, lang)} ${t(lang, 'points')}${
        m.published_2016.position === null ? '' : `, ${t(lang, 'position').toLowerCase()} ${m.published_2016.position}`
      }</dd>`
    : ''
}
</dl>
${preliminaryNotice(report.run, lang, path)}
${homeScreenshot(m, depth, lang)}
${ranked ? evaluatedSections(rows, methodology, depth, lang) : html`<p class="aviso">${t(lang, 'notEvaluatedNotice', { reason: statusNoteIn(lang, m) })}</p>`}
${humanReview(rows, (report.contests ?? []).filter((c) => c.inegi_code === m.inegi_code), lang)}
${crawlProblems(m, lang)}`;

  return page({ title: `${m.name}, ${m.state} · Mirador`, lang, path, run: report.run, body });
}

function evaluatedSections(rows: readonly Row[], methodology: Methodology, depth: number, lang: Lang): SafeHtml {
  return html`${dimensionTable(rows, methodology, lang)}
${howToGain(rows, lang)}
<section aria-labelledby="titulo-indicadores">
<h2 id="titulo-indicadores">${t(lang, 'indicators')}</h2>
${methodology.dimensions.map((dimension) => {
  const inDimension = rows.filter((r) => r.indicator.dimension === dimension.id);
  return inDimension.length
    ? html`<section class="dimension" aria-labelledby="dim-${dimension.id}">
<h3 id="dim-${dimension.id}">${dimension.name[lang]}</h3>
${inDimension.map((row) => indicatorBlock(row, depth, lang))}
</section>`
    : '';
})}
</section>`;
}

function dimensionTable(rows: readonly Row[], methodology: Methodology, lang: Lang): SafeHtml {
  const of = lang === 'es' ? 'de' : 'of';
  const subtotal = (subset: readonly Row[]) => ({
    passed: subset.filter((r) => r.result?.verdict === 'pass').length,
    count: subset.length,
    earned: subset.reduce((sum, r) => sum + (r.result?.points ?? 0), 0),
    max: subset.reduce((sum, r) => sum + (r.result?.max_points ?? r.indicator.points), 0),
  });
  const line = (label: SafeHtml | string, s: ReturnType<typeof subtotal>, header = false) =>
    html`<tr${header ? html` class="total"` : ''}><th scope="row">${label}</th><td class="num">${s.passed} ${of} ${s.count}</td><td class="num">${formatPoints(s.earned, lang)} / ${formatPoints(s.max, lang)}</td></tr>`;
  return html`<section aria-labelledby="titulo-dimensiones">
<h2 id="titulo-dimensiones">${t(lang, 'scoreByDimension')}</h2>
${scrollableTable(
  'titulo-dimensiones',
  html`<table class="dimensiones">
<thead><tr><th scope="col">${t(lang, 'dimension')}</th><th scope="col">${t(lang, 'met')}</th><th scope="col">${t(lang, 'pointsHeading')}</th></tr></thead>
<tbody>
${methodology.dimensions.map((d) => line(html`<a href="#dim-${d.id}">${d.name[lang]}</a>`, subtotal(rows.filter((r) => r.indicator.dimension === d.id))))}
</tbody>
<tfoot>${line(t(lang, 'total'), subtotal(rows), true)}</tfoot>
</table>`,
)}
</section>`;
}

function howToGain(rows: readonly Row[], lang: Lang): SafeHtml {
  const gains = fixPlan(rows);
  return html`<section aria-labelledby="titulo-como-ganar">
<h2 id="titulo-como-ganar">${t(lang, 'howToGain')}</h2>
${
  gains.length
    ? html`<p>${t(lang, 'howToGainIntro')}</p>
<ol class="como-ganar">
${gains.map(
  (g) => html`<li><strong class="puntos-disponibles">+${formatPoints(g.total, lang)} ${t(lang, 'points')}</strong> · <a href="#ind-${g.indicator.id}">${g.indicator.criterion[lang]}</a><br>${g.indicator.howToMeet[lang]}${
    g.dependents.length
      ? html`<br>${t(lang, 'dependentsWaiting', { count: g.dependents.length })} ${g.dependents.map(
          (d, i) => html`${i ? ', ' : ''}<a href="#ind-${d.indicator.id}">${d.indicator.name[lang]}</a>`,
        )}.`
      : ''
  }</li>`,
)}
</ol>`
    : html`<p>${t(lang, 'meetsAll')}</p>`
}
</section>`;
}

function indicatorBlock({ indicator, result }: Row, depth: number, lang: Lang): SafeHtml {
  const unknown = verdictLabel(lang, 'unknown');
  return html`<article class="indicador" id="ind-${indicator.id}">
<h4>${indicator.criterion[lang]}</h4>
<p class="resultado">${
    result
      ? html`${verdictBadge(result.verdict, lang)} <span class="puntos">${formatPoints(result.points, lang)} / ${formatPoints(result.max_points, lang)} ${t(lang, 'points')}</span>`
      : html`<span class="veredicto veredicto-unknown"><span aria-hidden="true">${unknown.symbol}</span> ${t(lang, 'noResult')}</span> <span class="puntos">${formatPoints(0, lang)} / ${formatPoints(indicator.points, lang)} ${t(lang, 'points')}</span>`
  } <a class="definicion" href="../metodologia.html#${indicator.id}">${t(lang, 'definition')}</a></p>
${result?.review ? reviewLine(result, lang) : ''}
${result && reasonIn(lang, result) ? html`<p class="razon">${reasonIn(lang, result)!}</p>` : ''}
${result ? evidenceList(result.evidence, depth, lang) : ''}
</article>`;
}

/**
 * Automatic against reviewed verdicts, who decided and why, for every criterion a person reviewed or the
 * municipality contested; the contests themselves below. Absent when there is neither.
 */
function humanReview(rows: readonly Row[], contests: readonly ContestItem[], lang: Lang): SafeHtml | string {
  const contested = new Set(contests.flatMap((c) => c.indicators));
  const reviewed = rows.filter((r) => r.result?.review || contested.has(r.indicator.id));
  if (reviewed.length === 0 && contests.length === 0) return '';
  const row = ({ indicator, result }: Row) => {
    const review = result?.review;
    const automatic = review ? review.automatic_verdict : result?.verdict;
    const state = review ? review.state : 'pending';
    return html`<tr>
<th scope="row"><a href="#ind-${indicator.id}">${indicator.criterion[lang]}</a></th>
<td>${automatic ? verdictBadge(automatic, lang) : '—'}</td>
<td>${review ? verdictBadge(review.reviewed_verdict ?? result!.verdict, lang) : '—'}</td>
<td>${t(lang, `reviewState_${state}`)}</td>
<td>${review ? `${review.reviewer}, ${review.date}` : '—'}</td>
<td>${review?.note ?? ''}${review?.evidence_url ? html` ${externalLink(review.evidence_url, t(lang, 'reviewEvidence'))}` : ''}</td>
</tr>`;
  };
  return html`<section aria-labelledby="titulo-revision">
<h2 id="titulo-revision">${t(lang, 'humanReviewTitle')}</h2>
<p>${t(lang, 'humanReviewIntro')}</p>
${
  reviewed.length
    ? scrollableTable(
        'titulo-revision',
        html`<table class="revision-humana">
<thead><tr><th scope="col">${t(lang, 'criterion')}</th><th scope="col">${t(lang, 'automaticVerdict')}</th><th scope="col">${t(lang, 'reviewedVerdict')}</th><th scope="col">${t(lang, 'reviewState')}</th><th scope="col">${t(lang, 'decidedBy')}</th><th scope="col">${t(lang, 'why')}</th></tr></thead>
<tbody>
${reviewed.map(row)}
</tbody>
</table>`,
      )
    : ''
}
${contests.map(
  (c) => html`<p class="impugnacion">${t(lang, 'contestLine', { by: c.filed_by, date: c.filed_at.slice(0, 10), note: c.note })}${c.check ? html` ${t(lang, 'contestCheck', { file: c.check.file ?? '—' })}` : ''}</p>`,
)}
</section>`;
}

/**
 * A person changed (or confirmed) this verdict: say who, when, what the rules said and why. A review the scoring did
 * not apply (the automatic verdict or the cited pages changed since) says so, so nobody reads it as the verdict.
 */
function reviewLine(result: IndicatorResult, lang: Lang): SafeHtml {
  const review = result.review!;
  const values = {
    reviewer: review.reviewer,
    date: review.date,
    automatic: verdictLabel(lang, review.automatic_verdict).label,
    reviewed: verdictLabel(lang, review.reviewed_verdict ?? result.verdict).label,
    answered: verdictLabel(lang, review.answered_verdict ?? review.automatic_verdict).label,
    note: review.note ?? '',
  };
  const state = review.state ?? 'applied';
  const key = state === 'verdict-changed' ? 'reviewAgainVerdict' : state === 'pages-changed' ? 'reviewAgainPages' : 'reviewLine';
  const text = t(lang, key, values).trimEnd();
  return html`<p class="revision${state === 'applied' ? '' : ' revision-pendiente'}">${text}${review.evidence_url ? html` ${externalLink(review.evidence_url, t(lang, 'reviewEvidence'))}` : ''}</p>`;
}

function homeScreenshot(m: MunicipalityResult, depth: number, lang: Lang): SafeHtml | string {
  const src = m.home_screenshot === null ? null : screenshotSrc(m.home_screenshot, depth);
  if (!src) return '';
  return html`<figure class="captura-inicio"><a class="captura" href="${src}"><img src="${src}" alt="${t(lang, 'homeAlt', { name: m.name })}" loading="lazy"></a>
<figcaption>${t(lang, 'homeCaption')}</figcaption></figure>`;
}

/** Failed fetches, so the portal's staff can see what Mirador could not read (and fix it), its own addresses apart from outside platforms'. */
function crawlProblems(m: MunicipalityResult, lang: Lang): SafeHtml | string {
  if (m.crawl_problems.length === 0) return '';
  const { own, outside } = splitProblems(m.crawl_problems, [m.url, m.final_url]);
  const table = (id: string, title: string, problems: readonly CrawlProblem[]) =>
    problems.length === 0
      ? ''
      : html`<h3 id="${id}">${title}</h3>
${scrollableTable(
  id,
  html`<table><thead><tr><th scope="col">${t(lang, 'address')}</th><th scope="col">${t(lang, 'problem')}</th><th scope="col">${t(lang, 'detail')}</th></tr></thead>
<tbody>${problems.map(
    (p) => html`<tr><td>${externalLink(p.url)}</td><td>${problemCause(p, lang)}</td><td>${problemDetail(p, lang) ?? ''}</td></tr>`,
  )}</tbody></table>`,
)}`;
  return html`<section aria-labelledby="titulo-problemas">
<h2 id="titulo-problemas">${t(lang, 'crawlProblems')}</h2>
<p>${t(lang, 'crawlProblemsIntro')}</p>
${table('problemas-propios', t(lang, 'ownProblems'), own)}
${table('problemas-externos', t(lang, 'outsideProblems'), outside)}
</section>`;
}

/** Position among the evaluated municipalities of the same state, ranked the same way (1, 2, 2, 4). */
function stateRankText(m: MunicipalityResult, report: RankingReport, lang: Lang): string {
  const peers = report.municipalities.filter((x) => isRanked(x) && x.state === m.state);
  const rank = 1 + peers.filter((x) => x.score! > m.score!).length;
  return lang === 'es' ? `${rank} de ${peers.length} en ${m.state}` : `${rank} of ${peers.length} in ${m.state}`;
}
