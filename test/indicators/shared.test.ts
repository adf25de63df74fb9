import { describe, expect, it } from 'vitest';
import { findContacts, inWindow, matchPhrase, normalise, windowStart } from '../../indicators/shared.ts';
import { MAYOR_WORDS } from '../../src/vocabulary/social-ownership.ts';

describe('shared helpers', () => {
  it('normalises case and accents', () => expect(normalise('  Participación  CIUDADANA ')).toBe('participacion ciudadana'));
  it('matches vocabulary on word boundaries, accent-insensitively', () => {
    expect(matchPhrase('Mensaje de la ALCALDESA', MAYOR_WORDS)).toBe('alcaldesa');
    expect(matchPhrase('Alcaldía Cuauhtémoc', MAYOR_WORDS)).toBeNull();
    expect(matchPhrase('Presidencia Municipal de Zapopan', MAYOR_WORDS)).toBeNull();
  });
  it('computes calendar windows and ignores future dates', () => {
    expect(windowStart('2016-05-20', { months: 6 })).toBe('2015-11-20');
    expect(windowStart('2016-03-31', { months: 1 })).toBe('2016-02-29');
    expect(windowStart('2016-05-20', { days: 7 })).toBe('2016-05-13');
    expect(inWindow('2016-05-13', '2016-05-13', '2016-05-20')).toBe(true);
    expect(inWindow('2016-05-21', '2016-05-13', '2016-05-20')).toBe(false);
    expect(inWindow('2016-05-20T10:00:00Z', '2016-05-13', '2016-05-20')).toBe(true);
  });
  it('finds phones only after a cue, e-mails and street addresses', () => {
    const found = findContacts(
      'Informes: Tel. (01)(81) 8130-63-81, correo participacion@municipio.gob.mx, Av. Hidalgo 120, C.P. 45640. Folio 2016123456.',
    );
    expect(found.map((c) => c.kind)).toEqual(['phone', 'email', 'address', 'address']);
    expect(findContacts('Presupuesto total 1234567 pesos, ejercicio 2016')).toEqual([]);
  });
});
