import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/gather/contacts.ts';

describe('the contact extractor', () => {
  it('finds phones only after a cue, e-mails and street addresses', () => {
    const found = findContacts('Informes: Tel. (01)(81) 8130-63-81, correo participacion@municipio.gob.mx, Av. Hidalgo 120, C.P. 45640. Folio 2016123456.');
    expect(found.map((c) => c.kind)).toEqual(['phone', 'email', 'address', 'address']);
    expect(found.map((c) => c.value)).toEqual(['018181306381', 'participacion@municipio.gob.mx', 'av. hidalgo 120', 'c.p. 45640']);
    expect(findContacts('Presupuesto total 1234567 pesos, ejercicio 2016')).toEqual([]);
  });
  it('reads an address its label announces as one address, not also the street inside it', () => {
    const found = findContacts('Domicilio: Calle Morelos 35, Centro');
    expect(found.map((c) => [c.kind, c.text])).toEqual([['address', 'domicilio: calle morelos 35']]);
  });
  it('needs the cue close before the number', () => {
    expect(findContacts('Teléfono de la Dirección de Participación Ciudadana y Vecinal del Municipio: 33 3283 4400')).toEqual([]);
    expect(findContacts('Teléfono de la Dirección: 33 3283 4400').map((c) => c.value)).toEqual(['3332834400']);
  });
});
