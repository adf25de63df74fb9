/** A RankingReport built in code: a clear winner, a tie for 2nd (one site carrying XSS payloads), an unreachable site. */
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import type { IndicatorResult, MunicipalityResult, RankingReport } from '../../src/report/model.ts';

export const SCRIPT_PAYLOAD = '<script>alert(1)</script>';
export const ATTRIBUTE_PAYLOAD = '" onmouseover="x';
export const JAVASCRIPT_URL = 'javascript:alert(1)';

/**
 * Results for every methodology indicator: the listed ids pass, `unknownIds` are unknown, the rest fail.
 * Reasons and notes are localised (Spanish in `reason`/`note`, English in `*_en`), as scorings write them now.
 */
export function indicatorResults(passIds: readonly string[], unknownIds: readonly string[] = []): IndicatorResult[] {
  return aidh2016.indicators.map((indicator) => {
    const passed = passIds.includes(indicator.id);
    const verdict = passed ? 'pass' : unknownIds.includes(indicator.id) ? 'unknown' : 'fail';
    return {
      id: indicator.id,
      verdict,
      points: passed ? indicator.points : 0,
      max_points: indicator.points,
      reason: passed ? null : `Se revisaron 12 páginas; nada coincide para ${indicator.id}`,
      reason_en: passed ? null : `checked 12 pages; nothing matched for ${indicator.id}`,
      reason_id: passed ? null : `${indicator.id}.nothing-matched`,
      reason_params: passed ? null : { pages: 12 },
      evidence: passed
        ? [
            {
              url: `https://example.gob.mx/${indicator.id}`,
              text: `Evidencia de ${indicator.id}`,
              note: 'coincide con “datos”',
              note_en: 'matches “datos”',
              note_id: 'shared.matched',
              note_params: { phrase: 'datos' },
              selector: 'nav a',
              screenshot: null,
            },
          ]
        : [],
    };
  });
}

const ids = aidh2016.indicators.map((i) => i.id);

const zapopan: MunicipalityResult = {
  inegi_code: '14120',
  name: 'Zapopan',
  state: 'Jalisco',
  url: 'https://www.zapopan.gob.mx/',
  url_confidence: 'high',
  final_url: 'https://www.zapopan.gob.mx/inicio/',
  status: 'ok',
  status_reason: null,
  pages_crawled: 58,
  home_screenshot: null,
  crawl_problems: [],
  score: 86.4,
  rank: 1,
  published_2016: { score: 91, position: 1 },
  indicators: indicatorResults(ids.slice(0, 19), ['mobile-app']),
};

/** Tied with Abasolo; its seed data and evidence carry the payloads the report must neutralise. */
const hostile: MunicipalityResult = {
  inegi_code: '05002',
  name: `Villa ${SCRIPT_PAYLOAD}`,
  state: `Coahuila${ATTRIBUTE_PAYLOAD}`,
  url: 'https://villa.gob.mx/',
  url_confidence: 'medium',
  final_url: JAVASCRIPT_URL,
  status: 'ok',
  status_reason: null,
  pages_crawled: 7,
  home_screenshot: null,
  crawl_problems: [],
  score: 50,
  rank: 2,
  published_2016: null,
  indicators: indicatorResults(ids.slice(0, 11)).map((result) =>
    result.id === 'open-data-section'
      ? {
          ...result,
          // As a scoring from before reasons were localised stored it: English text only, no message id.
          reason: `found <img src=x onerror=alert(1)>`,
          reason_en: null,
          reason_id: null,
          reason_params: null,
          evidence: [
            {
              url: JAVASCRIPT_URL,
              text: `Datos abiertos ${SCRIPT_PAYLOAD}`,
              note: `nota ${SCRIPT_PAYLOAD}`,
              note_en: `note ${SCRIPT_PAYLOAD}`,
              note_id: 'shared.matched',
              note_params: { phrase: SCRIPT_PAYLOAD },
              selector: `a[title="${ATTRIBUTE_PAYLOAD}"]`,
              screenshot: 'capturas/villa home.png',
            },
            {
              url: 'https://villa.gob.mx/datos?a=1&b=2',
              text: 'Datos, "abiertos" (label “datos abiertos”)',
              note: null,
              note_en: null,
              note_id: null,
              note_params: null,
              selector: null,
              screenshot: 'https://evil.example/x.png',
            },
          ],
        }
      : result,
  ),
};

const abasolo: MunicipalityResult = {
  inegi_code: '11001',
  name: 'Abasolo',
  state: 'Guanajuato',
  url: 'http://www.abasolo.gob.mx',
  url_confidence: 'low',
  final_url: 'https://www.abasolo.gob.mx/',
  status: 'ok',
  status_reason: null,
  pages_crawled: 23,
  home_screenshot: null,
  crawl_problems: [],
  score: 50,
  rank: 2,
  published_2016: { score: 16, position: null },
  indicators: indicatorResults(ids.slice(11)),
};

const unreachable: MunicipalityResult = {
  inegi_code: '20067',
  name: 'Oaxaca de Juárez',
  state: 'Oaxaca',
  url: 'https://www.municipiodeoaxaca.gob.mx/',
  url_confidence: null,
  final_url: null,
  status: 'unreachable',
  status_reason: 'tiempo de espera agotado tras 3 intentos',
  pages_crawled: 0,
  home_screenshot: null,
  crawl_problems: [],
  score: null,
  rank: null,
  published_2016: null,
  indicators: [],
};

/** Listed in store order, not rank order, so the report has to sort. */
export function buildReport(): RankingReport {
  return {
    run: {
      id: 7,
      scoringId: 3,
      startedAt: '2025-05-31T10:00:00.000Z',
      finishedAt: '2025-05-31T11:30:00.000Z',
      asOf: '2025-05-31',
      methodologyId: aidh2016.id,
      softwareVersion: '0.1.0',
      seedsFile: 'seeds/aidh2016.csv',
      status: 'finished',
      sitesTotal: 4,
      contestUntil: null,
      crawlLimits: { maxPages: 60, maxDepth: 4, maxFiles: 30, render: true, wayback: null },
    },
    municipalities: [unreachable, hostile, zapopan, abasolo].map((m) => structuredClone(m)),
  };
}

/**
 * Zapopan (14120): mobile-app unknown; video-channel contested by the municipality with its check saying pass;
 * search-tool reviewed, but the review is por revisar de nuevo. Every other site's verdicts are pass or fail, and
 * 20067 is unreachable.
 */
export function contestedReport(): RankingReport {
  const report = buildReport();
  const zapopan = report.municipalities.find((m) => m.inegi_code === '14120')!;
  const search = zapopan.indicators.find((i) => i.id === 'search-tool')!;
  search.review = {
    automatic_verdict: search.verdict, reviewer: 'Ana López', date: '2025-06-02', note: 'El buscador no responde', evidence_url: null,
    state: 'verdict-changed', reviewed_verdict: 'fail', answered_verdict: 'unknown',
  };
  report.contests = [
    {
      id: 1, inegi_code: '14120', indicators: ['video-channel'], filed_by: 'Unidad de Transparencia de Zapopan', note: 'El canal está en el pie de página',
      filed_at: '2025-06-05T10:00:00.000Z', check: { file: 'zapopan-check.json', verdicts: { 'video-channel': 'pass', 'mobile-app': 'unknown' } },
    },
  ];
  return report;
}
