/**
 * Element screenshots for `pass` verdicts whose evidence sits on a page the browser rendered: a reviewer
 * sees the very link or form the rule matched. One shot per verdict (its first evidence with a selector).
 */
import { join } from 'node:path';
import type { Evidence } from '../../indicators/define.ts';
import { canonicalUrl } from '../crawl/url.ts';
import type { BrowserPool } from '../crawl/render/browser.ts';
import { shootEvidence } from '../crawl/render/evidence-shots.ts';
import type { SiteCrawl } from '../crawl/types.ts';
import type { ScoredSite } from '../score/points.ts';
import { evidenceShotKey } from '../store/sites.ts';

/** Screenshot paths are relative to the run folder, which the report copies them from. */
export function evidenceShotPath(inegiCode: string, indicatorId: string): string {
  return join('evidence', inegiCode, `${indicatorId}.png`);
}

export async function attachEvidenceShots(
  pool: BrowserPool,
  runDir: string,
  inegiCode: string,
  crawl: SiteCrawl,
  scored: ScoredSite,
): Promise<ScoredSite> {
  const renderedPages = new Map(crawl.pages.filter((p) => p.rendered).map((p) => [canonicalUrl(p.url), p]));
  const wanted: { indicatorId: string; evidence: Evidence; html: string }[] = [];
  for (const result of scored.indicators) {
    if (result.verdict !== 'pass') continue;
    const target = result.evidence.find((e) => e.selector && renderedPages.has(canonicalUrl(e.url)));
    if (target) wanted.push({ indicatorId: result.id, evidence: target, html: renderedPages.get(canonicalUrl(target.url))!.html });
  }
  if (wanted.length === 0) return scored;
  const shots = await shootEvidence(
    pool,
    wanted.map((w) => ({
      pageUrl: w.evidence.url,
      html: w.html,
      selector: w.evidence.selector!,
      outPath: join(runDir, evidenceShotPath(inegiCode, w.indicatorId)),
    })),
  );
  const taken = new Map<Evidence, string>();
  shots.forEach((shot, i) => {
    if (shot.taken) taken.set(wanted[i]!.evidence, evidenceShotPath(inegiCode, wanted[i]!.indicatorId));
  });
  return {
    ...scored,
    indicators: scored.indicators.map((result) => ({
      ...result,
      evidence: result.evidence.map((e) => (taken.has(e) ? { ...e, screenshot: taken.get(e)! } : e)),
    })),
  };
}

/**
 * A rescoring's evidence with the screenshots an earlier scoring of the same run took (`shots`, from
 * store/sites.ts's evidenceScreenshots): same site, indicator, page and selector is the same element of the same
 * stored page, so the picture still shows it. Rescoring runs without a browser; without this its report loses
 * every element crop.
 */
export function carryEvidenceShots(inegiCode: string, scored: ScoredSite, shots: ReadonlyMap<string, string>): ScoredSite {
  if (shots.size === 0) return scored;
  return {
    ...scored,
    indicators: scored.indicators.map((result) => ({
      ...result,
      evidence: result.evidence.map((e) => {
        const shot = e.selector ? shots.get(evidenceShotKey(inegiCode, result.id, e.url, e.selector)) : undefined;
        return shot && !e.screenshot ? { ...e, screenshot: shot } : e;
      }),
    })),
  };
}
