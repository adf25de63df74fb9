/** Small results and a three-criterion methodology for the check formatting tables. */
import type { Verdict } from '../../indicators/define.ts';
import { defineMethodology } from '../../indicators/methodology.ts';
import type { CheckResult } from '../../src/check/check-result.ts';
import type { IndicatorResult } from '../../src/report/model.ts';

const text = (es: string) => ({ es, en: es });

/** Unequal points, so "most points first" and "methodology order" give different orders. */
export const tinyMethodology = defineMethodology({
  id: 'tiny',
  title: text('Pequeña'),
  source: 'test',
  scoreDecimals: 1,
  weights: { provisional: false, note: text('Pesos de prueba.') },
  dimensions: [
    { id: 'D1', name: text('Primera') },
    { id: 'D2', name: text('Segunda') },
  ],
  indicators: [
    { id: 'alpha', name: text('Alfa'), dimension: 'D1', points: 20, criterion: text('Criterio alfa.'), definition: text('def'), howToMeet: text('Haga alfa.') },
    { id: 'beta', name: text('Beta'), dimension: 'D1', points: 50, criterion: text('Criterio beta.'), definition: text('def'), howToMeet: text('Haga beta.') },
    { id: 'gamma', name: text('Gamma'), dimension: 'D2', points: 30, criterion: text('Criterio gamma.'), definition: text('def'), howToMeet: text('Haga gamma.') },
  ],
});

export function indicator(id: string, verdict: Verdict, maxPoints: number, extra: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    id,
    verdict,
    points: verdict === 'pass' ? maxPoints : 0,
    max_points: maxPoints,
    reason: verdict === 'pass' ? null : `${id} not found`,
    evidence: verdict === 'pass' ? [{ url: `http://x.gob.mx/${id}`, text: id, selector: null, screenshot: null }] : [],
    ...extra,
  };
}

export function checkResult(indicators: IndicatorResult[], extra: Partial<CheckResult> = {}): CheckResult {
  return {
    inegi_code: '00000',
    name: 'x.gob.mx',
    state: 'Sin estado',
    url: 'http://x.gob.mx/',
    url_confidence: null,
    final_url: 'http://x.gob.mx/',
    status: 'ok',
    status_reason: null,
    pages_crawled: 3,
    home_screenshot: null,
    score: indicators.reduce((sum, i) => sum + i.points, 0),
    rank: 1,
    published_2016: null,
    indicators,
    crawl_problems: [],
    as_of: '2016-05-20',
    methodology_id: 'tiny',
    software_version: '0.1.0',
    ...extra,
  };
}
