import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lineProgress } from '../../src/run/progress-display.ts';
import type { Seed } from '../../src/seeds/seeds.ts';

const seed = { inegi_code: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco', url: 'http://x.gob.mx/' } as Seed;

function lines(lang: 'es' | 'en'): string[] {
  const stream = new PassThrough();
  const progress = lineProgress(lang, stream);
  progress.started({ runId: 3, total: 3, alreadyDone: 1 });
  progress.siteFinished({ seed, status: 'ok', statusReason: null, score: 86.4, pages: 12 });
  progress.siteFinished({ seed, status: 'unreachable', statusReason: 'timeout after 20s (3 attempts)', score: null, pages: 0 });
  progress.siteFailed({ seed, error: new Error('connection reset by x.gob.mx (socket hang up)') });
  progress.finished({ runId: 3, interrupted: false });
  return String(stream.read()).trimEnd().split('\n');
}

describe('run progress lines', () => {
  it('are Spanish by default, the crawl reasons too', () => {
    expect(lines('es')).toEqual([
      'ejecución 3: 3 sitio(s), 1 ya terminado(s)',
      '[2/3] 14097 Tlajomulco de Zúñiga: puntaje 86.4 (12 páginas)',
      '[3/3] 14097 Tlajomulco de Zúñiga: Sitio inaccesible: sin respuesta tras 20 s (3 intentos) (0 páginas)',
      '[error] 14097 Tlajomulco de Zúñiga: conexión cortada por x.gob.mx (socket hang up) (queda pendiente; --resume lo reintenta)',
      'ejecución 3 terminada',
    ]);
  });

  it('are English with --lang en', () => {
    expect(lines('en')).toEqual([
      'run 3: 3 site(s), 1 already done',
      '[2/3] 14097 Tlajomulco de Zúñiga: score 86.4 (12 pages)',
      '[3/3] 14097 Tlajomulco de Zúñiga: Site unreachable: timeout after 20s (3 attempts) (0 pages)',
      '[error] 14097 Tlajomulco de Zúñiga: connection reset by x.gob.mx (socket hang up) (left pending; --resume retries it)',
      'run 3 finished',
    ]);
  });
});
