/**
 * cambios.html: the run against the AIDH 2016 scores that public sources state, and against the previous
 * run in the same database (who rose, who fell, which criteria changed).
 */
import type { Methodology } from '../../../indicators/methodology.ts';
import type { MunicipalityResult, PreviousRun, RankingReport } from '../model.ts';
import { isRanked } from '../ranking.ts';
import { municipalityFile, scrollableTable } from './components.ts';
import { html, type SafeHtml } from './escape.ts';
import { formatAsOf, formatNumber } from './format.ts';
import { t, verdictLabel, type Lang } from './i18n.ts';
import { page } from './layout.ts';

function signed(value: number, lang: Lang): string {
  const text = formatNumber(Math.abs(value), 1, lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function nameLink(m: MunicipalityResult): SafeHtml {
  return html`<a href="${municipalityFile(m)}">${m.name}</a>`;
}

function score(value: number | null, lang: Lang): string {
  return value === null ? '—' : formatNumber(value, 1, lang);
}

function versus2016(report: RankingReport, lang: Lang): SafeHtml {
  const known = report.municipalities.filter((m) => m.published_2016 !== null);
  if (known.length === 0) return html`<p>${t(lang, 'no2016')}</p>`;
  const rows = known.map((m) => {
    const before = m.published_2016!;
    const delta = m.score === null ? null : m.score - before.score;
    return html`<tr><th scope="row">${nameLink(m)}</th><td>${m.state}</td><td class="numero">${score(before.score, lang)}</td><td class="numero">${before.position ?? '—'}</td><td class="numero">${score(m.score, lang)}</td><td class="numero">${isRanked(m) ? String(m.rank) : '—'}</td><td class="numero">${delta === null ? '—' : signed(delta, lang)}</td></tr>`;
  });
  return scrollableTable(
    'titulo-2016',
    html`<table><thead><tr><th scope="col">${t(lang, 'municipality')}</th><th scope="col">${t(lang, 'state')}</th><th scope="col">${t(lang, 'score2016')}</th><th scope="col">${t(lang, 'position2016')}</th><th scope="col">${t(lang, 'scoreNow')}</th><th scope="col">${t(lang, 'positionNow')}</th><th scope="col">${t(lang, 'difference')}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function versusPrevious(report: RankingReport, previous: PreviousRun, methodology: Methodology, lang: Lang): SafeHtml {
  const before = new Map(previous.municipalities.map((m) => [m.inegi_code, m]));
  const compared = report.municipalities
    .filter((m) => before.has(m.inegi_code))
    .map((m) => {
      const old = before.get(m.inegi_code)!;
      const changed = methodology.indicators.filter((i) => {
        const now = m.indicators.find((r) => r.id === i.id)?.verdict;
        return now !== undefined && old.verdicts[i.id] !== undefined && old.verdicts[i.id] !== now;
      });
      const delta = m.score !== null && old.score !== null ? m.score - old.score : null;
      return { m, old, changed, delta };
    })
    // Biggest risers first, then the fallers; sites with no comparable score last.
    .sort((a, b) => (b.delta ?? -Infinity) - (a.delta ?? -Infinity));
  const rows = compared.map(({ m, old, changed, delta }) => {
    const criteria = changed.length
      ? changed
          .map((i) => `${i.id}: ${verdictLabel(lang, old.verdicts[i.id]!).label} → ${verdictLabel(lang, m.indicators.find((r) => r.id === i.id)!.verdict).label}`)
          .join('; ')
      : t(lang, 'noChange');
    return html`<tr><th scope="row">${nameLink(m)}</th><td class="numero">${score(old.score, lang)}</td><td class="numero">${score(m.score, lang)}</td><td class="numero">${delta === null ? '—' : signed(delta, lang)}</td><td>${criteria}</td></tr>`;
  });
  return html`<p>${t(lang, 'previousIntro', { id: previous.id, asOf: formatAsOf(previous.asOf, lang) })}</p>
${scrollableTable(
  'titulo-anterior',
  html`<table><thead><tr><th scope="col">${t(lang, 'municipality')}</th><th scope="col">${t(lang, 'previousScore')}</th><th scope="col">${t(lang, 'scoreNow')}</th><th scope="col">${t(lang, 'difference')}</th><th scope="col">${t(lang, 'changedCriteria')}</th></tr></thead><tbody>${rows}</tbody></table>`,
)}`;
}

export function renderChangesPage(report: RankingReport, methodology: Methodology, lang: Lang = 'es'): string {
  const body = html`<h1>${t(lang, 'changesTitle')}</h1>
<section aria-labelledby="titulo-2016">
<h2 id="titulo-2016">${t(lang, 'versus2016')}</h2>
<p>${t(lang, 'versus2016Intro')}</p>
${versus2016(report, lang)}
</section>
<section aria-labelledby="titulo-anterior">
<h2 id="titulo-anterior">${t(lang, 'versusPrevious')}</h2>
${report.previous ? versusPrevious(report, report.previous, methodology, lang) : html`<p>${t(lang, 'noPrevious')}</p>`}
</section>`;
  return page({ title: `${t(lang, 'changesTitle')} · Mirador`, lang, path: 'cambios.html', run: report.run, current: 'cambios', body });
}
