import { describe, expect, it } from 'vitest';
import { deriveMunicipalityNames } from '../../src/derive/municipality-names.ts';
import { context } from '../indicators/build-artifacts.ts';

const site = (url: string) => ({ seedUrl: url, finalUrl: url, status: 'ok' as const, pagesCrawled: 1 });
const names = (name: string, url = 'https://www.municipio.gob.mx/') =>
  deriveMunicipalityNames({ site: site(url) }, { ...context, municipality: { ...context.municipality, name } });

describe('deriveMunicipalityNames', () => {
  it('finds a distinctive word of the name in text, accent- and case-insensitively', () => {
    const tlajomulco = names('Tlajomulco de Zúñiga');
    expect(tlajomulco.inText('Descarga la app TLAJOMULCO Contigo')).toBe('tlajomulco');
    expect(tlajomulco.inText('Zuñiga reporta')).toBe('zuniga');
    expect(tlajomulco.inText('Descarga la app del SAT')).toBeNull();
  });
  it('finds the name, or a word of it, in a store id or a handle', () => {
    expect(names('Tlajomulco de Zúñiga').inIdentifier('mx.gob.tlajomulco.contigo')).toBe('tlajomulco');
    expect(names('Zapopan').inIdentifier('com.AppZapopan')).toBe('zapopan');
    expect(names('San Pedro Garza García').inIdentifier('mx.gob.sanpedrogarzagarcia.app')).toBe('sanpedrogarzagarcia');
    expect(names('Zapopan').inIdentifier('mx.gob.sat.satmovil')).toBeNull();
  });
  it('never takes a word that names a place inside any town (“Centro”) as the municipality', () => {
    const centro = names('Centro');
    expect(centro.inText('Centro de Salud Urbano')).toBeNull();
    expect(centro.inIdentifier('mx.gob.centro.app')).toBeNull();
  });
  it('takes the name the portal’s host gives the municipality (Cancún for Benito Juárez), not a generic label', () => {
    expect(names('Benito Juárez', 'http://www.cancun.gob.mx/').inIdentifier('mx.gob.cancun.ciudadano')).toBe('cancun');
    expect(names('Benito Juárez', 'http://www.cancun.gob.mx/').inText('App Cancún Ciudadano')).toBe('cancun');
    expect(names('Benito Juárez', 'https://portal.municipio.gob.mx/').inIdentifier('mx.gob.portal.app')).toBeNull();
  });
});
