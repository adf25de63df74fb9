import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/gather/contacts.ts';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { page } from './helpers.ts';

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
  it.each([
    ['participacion [arroba] tlajomulco [punto] gob [punto] mx'],
    ['participacion(at)tlajomulco.gob.mx'],
    ['participacion @ tlajomulco . gob . mx'],
    ['participacion {at} tlajomulco (dot) gob (dot) mx'],
    ['participacion arroba tlajomulco punto gob punto mx'],
  ])('reads an e-mail written to fool harvesters as the real address: %s', (written) => {
    const found = findContacts(`Correo: ${written}. Tel. 33 3283 4400`);
    expect(found.map((c) => [c.kind, c.value])).toEqual([['email', 'participacion@tlajomulco.gob.mx'], ['phone', '3332834400']]);
    expect(found[0]!.text).toBe(written);
  });
  it('reads a plain e-mail once, and no e-mail in a handle or in words about the at sign', () => {
    expect(findContacts('participacion@tlajomulco.gob.mx').map((c) => c.value)).toEqual(['participacion@tlajomulco.gob.mx']);
    expect(findContacts('Síguenos en Twitter @GobTlajomulco. Facebook: Gobierno de Tlajomulco')).toEqual([]);
    expect(findContacts('La arroba (@) separa el usuario del dominio en un correo')).toEqual([]);
  });
  it('the gatherer keeps obfuscated e-mails of the text, an &#64; entity included, with the real address', () => {
    const { contacts } = gatherArtifacts(
      page('<main><h2>Informes</h2><p>Escríbenos: participacion [arroba] tlajomulco [punto] gob [punto] mx</p><p>Comités: comites&#64;tlajomulco.gob.mx</p></main>'),
    );
    expect(contacts.map((c) => [c.kind, c.value, c.source])).toEqual([
      ['email', 'participacion@tlajomulco.gob.mx', 'text'],
      ['email', 'comites@tlajomulco.gob.mx', 'text'],
    ]);
    expect(contacts[0]!.text).toBe('participacion [arroba] tlajomulco [punto] gob [punto] mx');
  });
});
