import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { defineIndicator, fail, type IndicatorDefinition, pass, unknown, type Verdict } from '../../indicators/define.ts';
import { defineMessages } from '../../indicators/messages.ts';
import { defineMethodology } from '../../indicators/methodology.ts';
import type { Artifacts } from '../../src/gather/artifacts.ts';
import { indicatorsFor, scoreSite } from '../../src/score/score-site.ts';

const context = { asOf: '2016-05-20', municipality: { inegiCode: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco' } };

function artifacts(status: Artifacts['site']['status'] = 'ok'): Artifacts {
  return {
    site: { seedUrl: 'http://www.x.gob.mx/', finalUrl: 'http://www.x.gob.mx/', status, pagesCrawled: 1 },
    pages: [], links: [], dates: [], forms: [], fileLinks: [], socialLinks: [], posts: [], section: null, rejectedSectionLinks: [], contacts: [], failedPages: [],
  };
}

const TEMPLATES = {
  'not-there': { es: 'no está', en: 'not there' },
  'cannot-tell': { es: 'no se puede saber', en: 'cannot tell' },
  seen: { es: 'visto en {where}', en: 'seen in {where}' },
} as const;

function rulesGiving(verdicts: Record<string, Verdict>, fallback: Verdict): IndicatorDefinition[] {
  return aidh2016.indicators.map(({ id }) => {
    const messages = defineMessages(id, TEMPLATES);
    return defineIndicator({
      id,
      needs: [],
      messages,
      evaluate() {
        const verdict = verdicts[id] ?? fallback;
        if (verdict === 'pass') return pass([{ url: 'http://www.x.gob.mx/', text: id, note: messages.msg('seen', { where: 'nav' }) }]);
        return verdict === 'fail' ? fail(messages.msg('not-there')) : unknown(messages.msg('cannot-tell'));
      },
    });
  });
}

describe('scoreSite', () => {
  it('gives Tlajomulco’s 2016 state (all but three criteria) 86.4 under the provisional equal weights', () => {
    const rules = rulesGiving({ 'participation-contact': 'fail', 'citizen-collaboration': 'fail', 'mobile-app': 'fail' }, 'pass');
    const scored = scoreSite(artifacts(), context, aidh2016, rules);
    expect(scored.score).toBe(86.4);
    expect(scored.indicators).toHaveLength(22);
    expect(scored.indicators.filter((i) => i.points > 0)).toHaveLength(19);
  });

  it('scores unknown as 0 points but keeps its reason', () => {
    const scored = scoreSite(artifacts(), context, aidh2016, rulesGiving({ 'open-data-section': 'pass' }, 'unknown'));
    expect(scored.score).toBe(4.5);
    expect(scored.indicators.find((i) => i.id === 'mobile-app')).toMatchObject({
      verdict: 'unknown',
      points: 0,
      reason: { id: 'mobile-app.cannot-tell', params: {}, es: 'no se puede saber', en: 'cannot tell' },
    });
  });

  it('renders reasons and evidence notes in Spanish and English, and keeps the quoted text as it was', () => {
    const scored = scoreSite(artifacts(), context, aidh2016, rulesGiving({ 'open-data-section': 'pass' }, 'fail'));
    expect(scored.indicators[0]!.evidence).toEqual([
      {
        url: 'http://www.x.gob.mx/',
        text: 'open-data-section',
        note: { id: 'open-data-section.seen', params: { where: 'nav' }, es: 'visto en nav', en: 'seen in nav' },
      },
    ]);
    expect(scored.indicators[1]!.reason).toMatchObject({ es: 'no está', en: 'not there' });
  });

  it('takes points from the methodology only', () => {
    const heavy = defineMethodology({
      ...aidh2016,
      indicators: aidh2016.indicators.map((i, n) => ({ ...i, points: n === 0 ? 100 - 21 : 1 })),
    });
    const scored = scoreSite(artifacts(), context, heavy, rulesGiving({ 'open-data-section': 'pass' }, 'fail'));
    expect(scored.score).toBe(79);
    expect(scored.indicators[0]).toMatchObject({ points: 79, maxPoints: 79 });
  });

  it('does not score a site that was not crawled', () => {
    const scored = scoreSite(artifacts('unreachable'), context, aidh2016, rulesGiving({}, 'unknown'));
    expect(scored.score).toBeNull();
  });

  it('turns a rule that throws into an unknown verdict with the error as reason', () => {
    const rules = rulesGiving({}, 'fail').map((r) =>
      r.id === 'search-tool' ? { ...r, evaluate: () => { throw new Error('boom'); } } : r,
    );
    const scored = scoreSite(artifacts(), context, aidh2016, rules);
    expect(scored.indicators.find((i) => i.id === 'search-tool')).toMatchObject({
      verdict: 'unknown',
      reason: { id: 'shared.rule-failed', params: { error: 'boom' }, en: 'the rule failed: boom' },
    });
  });

  it('refuses a methodology that names an indicator with no rule', () => {
    expect(() => indicatorsFor(aidh2016, rulesGiving({}, 'fail').slice(1))).toThrow(/no rule: open-data-section/);
  });
});

describe('methodology definition', () => {
  it('has the 22 AIDH criteria worth 100 points in all', () => {
    expect(aidh2016.indicators).toHaveLength(22);
    expect(aidh2016.indicators.reduce((s, i) => s + i.points, 0)).toBeCloseTo(100, 9);
  });

  it('refuses points that do not add up to 100', () => {
    expect(() => defineMethodology({ ...aidh2016, indicators: aidh2016.indicators.slice(1) })).toThrow(/add up to/);
  });
});
