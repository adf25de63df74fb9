import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { checkOutcome } from '../../src/check/outcome.ts';
import { ansiPalette, paletteFor, plainPalette } from '../../src/check/palette.ts';
import { fixList, formatScorecard, wrap } from '../../src/check/scorecard.ts';
import { checkResult, indicator, tinyMethodology } from './fixtures.ts';

describe('fixList', () => {
  it.each([
    {
      name: 'most points first, whatever the verdict',
      indicators: [indicator('alpha', 'fail', 20), indicator('beta', 'unknown', 50), indicator('gamma', 'fail', 30)],
      order: ['beta', 'gamma', 'alpha'],
    },
    {
      name: 'passed criteria are left out',
      indicators: [indicator('alpha', 'fail', 20), indicator('beta', 'pass', 50), indicator('gamma', 'pass', 30)],
      order: ['alpha'],
    },
    {
      name: 'a criterion with no result is still to fix',
      indicators: [indicator('alpha', 'fail', 20), indicator('gamma', 'pass', 30)],
      order: ['beta', 'alpha'],
    },
    { name: 'nothing to fix', indicators: [indicator('alpha', 'pass', 20), indicator('beta', 'pass', 50), indicator('gamma', 'pass', 30)], order: [] },
  ])('$name', ({ indicators, order }) => {
    expect(fixList({ indicators }, tinyMethodology).map((f) => f.indicator.id)).toEqual(order);
  });

  it('breaks ties in methodology order (AIDH 2016: equal points)', () => {
    const ids = aidh2016.indicators.map((i) => i.id);
    const failing = ['mobile-app', 'search-tool', 'participation-contact', 'contact-tool-home'];
    const indicators = [...ids].reverse().map((id) => indicator(id, failing.includes(id) ? 'fail' : 'pass', 100 / 22));
    expect(fixList({ indicators }, aidh2016).map((f) => f.indicator.id)).toEqual([
      'contact-tool-home',
      'search-tool',
      'participation-contact',
      'mobile-app',
    ]);
  });

  it('puts a missing prerequisite first, with the criteria judged within it and their points', () => {
    const failing = new Set(['open-data-section', 'search-tool', 'updated-6-months', 'mobile-app', 'social-account', 'social-recent-week']);
    const indicators = aidh2016.indicators.map((i) => indicator(i.id, failing.has(i.id) ? 'fail' : 'pass', 10));
    const steps = fixList({ indicators }, aidh2016);
    expect(steps.map((s) => [s.indicator.id, s.dependents.map((d) => d.indicator.id), s.total])).toEqual([
      ['open-data-section', ['updated-6-months', 'search-tool'], 30],
      ['social-account', ['social-recent-week'], 20],
      ['mobile-app', [], 10],
    ]);
  });

  it('lists a dependent on its own when its prerequisite is met', () => {
    const indicators = aidh2016.indicators.map((i) => indicator(i.id, i.id === 'search-tool' ? 'unknown' : 'pass', 10));
    expect(fixList({ indicators }, aidh2016).map((s) => [s.indicator.id, s.dependents.length])).toEqual([['search-tool', 0]]);
  });

  it('carries the verdict and reason for the hint', () => {
    const [fix] = fixList({ indicators: [indicator('alpha', 'unknown', 20, { reason: 'no dated post' })] }, tinyMethodology).filter(
      (f) => f.indicator.id === 'alpha',
    );
    expect(fix).toMatchObject({ available: 20, verdict: 'unknown', result: { reason: 'no dated post' } });
  });
});

describe('formatScorecard', () => {
  const result = checkResult([
    indicator('alpha', 'pass', 20),
    indicator('beta', 'fail', 50, { reason: 'no beta link among 12 links' }),
    indicator('gamma', 'unknown', 30, { reason: 'no dated post', evidence: [{ url: 'http://x.gob.mx/g', text: 'g', selector: null, screenshot: null }] }),
  ]);
  const text = formatScorecard(result, tinyMethodology);

  it('gives the score, each criterion by dimension with its evidence or reason', () => {
    expect(text).toContain('Puntaje: 20.0 / 100  (1 de 3 criterios cumplidos)');
    expect(text).toMatch(/D1 Primera\s+20\.0 \/ 70\.0/);
    expect(text).toMatch(/✔ Alfa \(alpha\)\s+20\.0 \/ 20\.0\n\s+http:\/\/x\.gob\.mx\/alpha/);
    expect(text).toMatch(/✘ Beta \(beta\)\s+0\.0 \/ 50\.0\n\s+no beta link among 12 links/);
    expect(text).toMatch(/\? Gamma \(gamma\)\s+0\.0 \/ 30\.0\n\s+no dated post \(http:\/\/x\.gob\.mx\/g\)/);
    expect(text.indexOf('D1 Primera')).toBeLessThan(text.indexOf('D2 Segunda'));
  });

  it('lists what to fix first with the criterion, the hint and what Mirador saw', () => {
    const fixes = text.slice(text.indexOf('Qué corregir primero'));
    expect(fixes).toContain('1. +50.0 pts  ✘ Beta (beta)\n       Criterio beta.');
    expect(fixes).toContain('Cómo cumplirlo: Haga beta.');
    expect(fixes).toContain('Lo que vio Mirador: no beta link among 12 links');
    expect(fixes.indexOf('beta')).toBeLessThan(fixes.indexOf('gamma'));
    expect(fixes).not.toContain('alpha');
  });

  it('has no colour codes with the plain palette, and colours with ANSI', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatScorecard(result, tinyMethodology, { palette: ansiPalette })).toContain('\u001b[32m✔\u001b[39m');
  });

  it('says why an unreachable site has no score, without a criteria list', () => {
    const down = formatScorecard(
      checkResult([], { status: 'unreachable', status_reason: 'dns: ENOTFOUND x.gob.mx', score: null, final_url: null }),
      tinyMethodology,
    );
    expect(down).toContain('Sin puntaje: Sitio inaccesible: dns: ENOTFOUND x.gob.mx');
    expect(down).not.toContain('Qué corregir primero');
  });

  it("lists the addresses that could not be read, the portal's own apart from outside platforms', with their cause", () => {
    const withProblems = formatScorecard(
      checkResult([indicator('alpha', 'pass', 20)], {
        crawl_problems: [
          { url: 'http://x.gob.mx/caido', kind: 'timeout', message: 'after 3 attempts', status: null },
          { url: 'http://datos.x.gob.mx/falta', kind: 'http', message: 'HTTP 404', status: 404 },
          { url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1', kind: 'http', message: 'HTTP 503', status: 503 },
        ],
      }),
      tinyMethodology,
    );
    const own = withProblems.slice(withProblems.indexOf('Direcciones del portal'), withProblems.indexOf('Direcciones de plataformas externas'));
    const outside = withProblems.slice(withProblems.indexOf('Direcciones de plataformas externas'));
    expect(own).toContain('http://x.gob.mx/caido\n      El servidor tardó demasiado en responder (after 3 attempts)');
    expect(own).toContain('http://datos.x.gob.mx/falta\n      La página no existe (HTTP 404)');
    expect(outside).toContain('https://www.youtube.com/feeds/videos.xml?channel_id=UC1\n      Error del servidor (HTTP 503)');
    expect(withProblems).not.toContain('código HTTP');
  });

  it('says the crawl\'s reasons in Spanish, and everything in English with lang en', () => {
    const down = checkResult([], { status: 'unreachable', status_reason: 'timeout after 20s (3 attempts)', score: null, final_url: null });
    expect(formatScorecard(down, aidh2016)).toContain('Sin puntaje: Sitio inaccesible: sin respuesta tras 20 s (3 intentos)');
    expect(formatScorecard(down, aidh2016, { lang: 'en' })).toContain('No score: Site unreachable: timeout after 20s (3 attempts)');

    const ids = aidh2016.indicators.map((i) => i.id);
    const results = ids.map((id) =>
      id === 'mobile-app'
        ? indicator(id, 'fail', 100 / 22, { reason: 'no se encontró una aplicación', reason_en: 'no app was found' })
        : indicator(id, 'pass', 100 / 22),
    );
    const english = formatScorecard(checkResult(results, { score: 95.5 }), aidh2016, { lang: 'en' });
    const mobile = aidh2016.indicators.find((i) => i.id === 'mobile-app')!;
    expect(english).toContain('Score: 95.5 / 100  (21 of 22 criteria met)');
    expect(english).toContain(`${mobile.name.en} (mobile-app)`);
    expect(english).toContain('What to fix first');
    expect(english).toContain(`How to meet it: ${mobile.howToMeet.en.split(' ').slice(0, 3).join(' ')}`);
    expect(english).toContain('What Mirador saw: no app was found');
    expect(english).not.toMatch(/Puntaje|Qué corregir|Cómo cumplirlo|Lo que vio|no se encontró/);
  });

  it('wraps reasons on word boundaries at the width it is given', () => {
    const reason = 'Se revisaron 77 enlaces, 2 formularios y los títulos de 7 páginas; no hay encuesta, calificación ni otro instrumento de evaluación ciudadana';
    const narrow = formatScorecard(checkResult([indicator('alpha', 'pass', 20), indicator('beta', 'fail', 50, { reason })]), tinyMethodology, { width: 60 });
    const lines = narrow.split('\n');
    const criteria = narrow.slice(0, narrow.indexOf('Qué corregir primero')).split('\n');
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    const wrapped = criteria.filter((line) => line.startsWith('      ') && reason.includes(line.trim()));
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.map((line) => line.trim()).join(' ')).toBe(reason);
  });
});

describe('wrap', () => {
  it.each([
    { text: 'uno dos tres cuatro cinco seis', width: 24, lines: ['  uno dos tres cuatro', '  cinco seis'] },
    { text: 'ver https://www.tlajomulco.gob.mx/transparencia/datos-abiertos/catalogo.php aquí', width: 30, lines: ['  ver', '  https://www.tlajomulco.gob.mx/transparencia/datos-abiertos/catalogo.php', '  aquí'] },
    { text: '  espacios   de   sobra  ', width: 80, lines: ['  espacios de sobra'] },
    { text: '', width: 80, lines: [] },
  ])('$text at $width', ({ text, width, lines }) => {
    expect(wrap(text, width, '  ')).toEqual(lines);
  });
});

describe('checkOutcome (exit code)', () => {
  it.each([
    { status: 'ok' as const, score: 86.4, min: undefined, exitCode: 0 },
    { status: 'ok' as const, score: 86.4, min: 80, exitCode: 0 },
    { status: 'ok' as const, score: 86.4, min: 86.4, exitCode: 0 },
    { status: 'ok' as const, score: 86.4, min: 90, exitCode: 1 },
    { status: 'ok' as const, score: 0, min: 0, exitCode: 0 },
    { status: 'unreachable' as const, score: null, min: undefined, exitCode: 2 },
    { status: 'blocked-by-robots' as const, score: null, min: 10, exitCode: 2 },
    { status: 'pending' as const, score: null, min: undefined, exitCode: 2 },
  ])('$status, score $score, --min-score $min → $exitCode', ({ status, score, min, exitCode }) => {
    const outcome = checkOutcome({ status, status_reason: status === 'ok' ? null : 'why', score, url: 'http://x.gob.mx/' }, min, tinyMethodology);
    expect(outcome.exitCode).toBe(exitCode);
    expect(outcome.message === null).toBe(exitCode === 0);
  });

  it('names the score and the minimum', () => {
    expect(checkOutcome({ status: 'ok', status_reason: null, score: 86.4, url: 'u' }, 90, aidh2016).message).toBe(
      'El puntaje 86.4 es menor que el mínimo exigido (--min-score 90).',
    );
    expect(checkOutcome({ status: 'unreachable', status_reason: 'timeout', score: null, url: 'http://x.gob.mx/' }, 90, aidh2016).message).toBe(
      'No se pudo evaluar http://x.gob.mx/: Sitio inaccesible: timeout',
    );
    expect(checkOutcome({ status: 'ok', status_reason: null, score: 86.4, url: 'u' }, 90, aidh2016, 'en').message).toBe(
      'The score 86.4 is below the required minimum (--min-score 90).',
    );
    expect(checkOutcome({ status: 'unreachable', status_reason: 'connection refused by x.gob.mx:80', score: null, url: 'http://x.gob.mx/' }, 90, aidh2016, 'en').message).toBe(
      'Could not evaluate http://x.gob.mx/: Site unreachable: connection refused by x.gob.mx:80',
    );
  });
});

describe('paletteFor', () => {
  it.each([
    { isTTY: true, env: {}, palette: ansiPalette },
    { isTTY: true, env: { NO_COLOR: '1' }, palette: plainPalette },
    { isTTY: false, env: {}, palette: plainPalette },
    { isTTY: undefined, env: {}, palette: plainPalette },
  ])('TTY $isTTY, env $env', ({ isTTY, env, palette }) => {
    expect(paletteFor({ isTTY }, env)).toBe(palette);
  });
});
