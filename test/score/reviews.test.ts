import { describe, expect, it } from 'vitest';
import { localise } from '../../indicators/messages.ts';
import { sharedMsg } from '../../indicators/shared-messages.ts';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import type { ScoredSite } from '../../src/score/points.ts';
import { applyReviews, decideReviews } from '../../src/score/reviews.ts';
import type { StoredReview } from '../../src/store/reviews.ts';
import type { Review } from '../../src/seeds/reviews-file.ts';

const POINTS = 100 / 22;

const NOTHING_MATCHED = localise(sharedMsg('no-section'));

function automatic(passIds: readonly string[], score: number | null = 0): ScoredSite {
  const indicators = aidh2016.indicators.map((i) => {
    const pass = passIds.includes(i.id);
    return { id: i.id, verdict: pass ? ('pass' as const) : ('fail' as const), points: pass ? i.points : 0, maxPoints: i.points, reason: pass ? null : NOTHING_MATCHED, evidence: [] };
  });
  return { score: score === null ? null : Math.round(10 * passIds.length * POINTS) / 10, indicators };
}

const review = (indicator: string, verdict: Review['verdict'], extra: Partial<Review> = {}): Review => ({
  inegiCode: '14097', indicator, verdict, reviewer: 'Ana', date: '2025-06-02', note: 'visto a mano', evidenceUrl: null, line: 2, ...extra,
});

describe('applyReviews', () => {
  it('a fail reviewed to pass adds its points; the score is rounded as the methodology says', () => {
    const before = automatic(['open-data-section', 'search-tool']); // 9.09… → 9.1
    expect(before.score).toBe(9.1);
    const after = applyReviews(before, [review('mobile-app', 'pass', { evidenceUrl: 'https://x.gob.mx/app' })], aidh2016);
    expect(after.score).toBe(13.6); // 3 × 4.5454… = 13.636…
    const app = after.indicators.find((i) => i.id === 'mobile-app')!;
    expect(app).toMatchObject({ verdict: 'pass', points: POINTS, maxPoints: POINTS, reason: NOTHING_MATCHED });
    expect(app.review).toEqual({ automaticVerdict: 'fail', reviewer: 'Ana', date: '2025-06-02', note: 'visto a mano', evidenceUrl: 'https://x.gob.mx/app', reviewId: null, state: 'applied' });
    expect(after.indicators.filter((i) => i.review)).toHaveLength(1);
    expect(before.indicators.find((i) => i.id === 'mobile-app')!.verdict).toBe('fail'); // input untouched
  });

  it('a pass reviewed to fail or unknown loses its points; a confirmation keeps them and is still recorded', () => {
    const before = automatic(['open-data-section', 'search-tool', 'mobile-app']);
    const after = applyReviews(before, [review('open-data-section', 'fail'), review('search-tool', 'unknown'), review('mobile-app', 'pass')], aidh2016);
    expect(after.score).toBe(4.5);
    expect(after.indicators.filter((i) => i.review).map((i) => [i.id, i.verdict, i.points, i.review!.automaticVerdict])).toEqual([
      ['open-data-section', 'fail', 0, 'pass'],
      ['search-tool', 'unknown', 0, 'pass'],
      ['mobile-app', 'pass', POINTS, 'pass'],
    ]);
  });

  it('every indicator reviewed to pass gives exactly 100', () => {
    const after = applyReviews(automatic([]), aidh2016.indicators.map((i) => review(i.id, 'pass')), aidh2016);
    expect(after.score).toBe(100);
  });

  it('re-reviewing keeps the rules’ verdict as the automatic one', () => {
    const once = applyReviews(automatic([]), [review('mobile-app', 'pass')], aidh2016);
    const twice = applyReviews(once, [review('mobile-app', 'unknown', { reviewer: 'Luis' })], aidh2016);
    expect(twice.indicators.find((i) => i.id === 'mobile-app')!.review).toMatchObject({ automaticVerdict: 'fail', reviewer: 'Luis' });
  });

  it('a site that was not evaluated keeps a null score; no reviews returns the scoring as it was', () => {
    const unreachable = automatic([], null);
    expect(applyReviews(unreachable, [review('mobile-app', 'pass')], aidh2016).score).toBeNull();
    expect(applyReviews(unreachable, [], aidh2016)).toBe(unreachable);
  });
});

const PAGE = { url: 'http://x.gob.mx/', sha256: 'a'.repeat(64) };
const stored = (extra: Partial<StoredReview> = {}): StoredReview => ({
  id: 1, runId: 2, inegiCode: '14097', indicator: 'mobile-app', verdict: 'pass', reviewer: 'Ana', date: '2025-06-02', note: 'visto a mano',
  evidenceUrl: null, answeredVerdict: 'fail', citedPages: [PAGE], source: 'a.csv line 2', importedAt: 'x', revokedAt: null, revokedBy: null,
  revokeNote: null, ...extra,
});

describe('decideReviews', () => {
  const site = automatic([]); // mobile-app fails
  it.each([
    ['same run, same automatic verdict', stored(), { runId: 2, pages: [PAGE] }, 'applied'],
    ['same run, the pages do not matter', stored({ citedPages: [{ ...PAGE, sha256: 'b'.repeat(64) }] }), { runId: 2, pages: [] }, 'applied'],
    ['same run, automatic verdict changed', stored({ answeredVerdict: 'unknown' }), { runId: 2, pages: [PAGE] }, 'verdict-changed'],
    ['later run, cited page unchanged', stored(), { runId: 3, pages: [PAGE, { url: 'http://x.gob.mx/otra', sha256: 'c'.repeat(64) }] }, 'applied'],
    ['later run, cited page changed', stored(), { runId: 3, pages: [{ ...PAGE, sha256: 'b'.repeat(64) }] }, 'pages-changed'],
    ['later run, cited page gone', stored(), { runId: 3, pages: [] }, 'pages-changed'],
    ['no answered verdict known: applied', stored({ answeredVerdict: null }), { runId: 2, pages: [] }, 'applied'],
  ] as const)('%s', (_name, review, scoring, state) => {
    expect(decideReviews(site, [review], scoring).map((d) => d.state)).toEqual([state]);
  });

  it('ignores a later run’s review, and an unknown-pages review outside its own run', () => {
    expect(decideReviews(site, [stored({ runId: 4 })], { runId: 3, pages: [PAGE] })).toEqual([]);
    expect(decideReviews(site, [stored({ citedPages: null })], { runId: 3, pages: [PAGE] })).toEqual([]);
    expect(decideReviews(site, [stored({ citedPages: null })], { runId: 2, pages: [] }).map((d) => d.state)).toEqual(['applied']);
  });

  it('the nearest run wins, then the later date, then the later import', () => {
    const pick = (...reviews: StoredReview[]) => decideReviews(site, reviews, { runId: 3, pages: [PAGE] }).map((d) => d.reviewId);
    expect(pick(stored({ id: 1, runId: 3, date: '2025-01-01' }), stored({ id: 2, runId: 2, date: '2025-09-09' }))).toEqual([1]);
    expect(pick(stored({ id: 1, date: '2025-09-09' }), stored({ id: 2, date: '2025-01-01' }))).toEqual([1]);
    expect(pick(stored({ id: 1 }), stored({ id: 2 }))).toEqual([2]);
  });

  it('a flagged review is recorded beside the automatic verdict, which keeps its points', () => {
    const decided = decideReviews(site, [stored({ answeredVerdict: 'unknown' })], { runId: 2, pages: [PAGE] });
    const after = applyReviews(site, decided, aidh2016);
    expect(after.score).toBe(site.score);
    expect(after.indicators.find((i) => i.id === 'mobile-app')).toMatchObject({ verdict: 'fail', points: 0, review: { state: 'verdict-changed', reviewId: 1, automaticVerdict: 'fail' } });
  });
});
