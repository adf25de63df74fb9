import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { page } from './helpers.ts';

describe('forms', () => {
  const cases: { name: string; body: string; expected: { isSearch: boolean; hasFreeText: boolean; hasSubmit: boolean; purpose?: string; region?: string } }[] = [
    {
      name: 'site search in header (name=s)',
      body: '<header><form action="/" class="searchform"><input type="text" name="s" placeholder="Buscar..."><button>Ir</button></form></header>',
      expected: { isSearch: true, hasFreeText: false, hasSubmit: true, region: 'header' },
    },
    {
      name: 'role=search with an unnamed input',
      body: '<div role="search"><form><input type="text" name="palabras"><input type="submit" value="Go"></form></div>',
      expected: { isSearch: true, hasFreeText: false, hasSubmit: true },
    },
    {
      name: 'CKAN catalogue search (action /dataset)',
      body: '<form action="https://datos.municipio.gob.mx/dataset" method="get"><input name="texto"><button type="submit">Ir</button></form>',
      expected: { isSearch: true, hasFreeText: false, hasSubmit: true },
    },
    {
      name: 'contact form with textarea, heading gives the purpose',
      body: '<main><h2>Buzón ciudadano</h2><form method="post" action="/enviar.php"><label for="n">Nombre</label><input id="n" name="nombre"><label for="c">Correo</label><input id="c" type="email" name="correo"><label for="m">Mensaje</label><textarea id="m" name="mensaje"></textarea><input type="submit" value="Enviar"></form></main>',
      expected: { isSearch: false, hasFreeText: true, hasSubmit: true, purpose: 'Buzón ciudadano · Nombre · Correo · Mensaje · Enviar', region: 'main' },
    },
    {
      name: 'name/e-mail/phone only (newsletter): no free text',
      body: '<form><legend>Suscríbete</legend><input name="nombre" placeholder="Nombre"><input name="telefono"><input type="email" name="email"><button type="submit">Suscribir</button></form>',
      expected: { isSearch: false, hasFreeText: false, hasSubmit: true },
    },
    {
      name: 'report form with a free text input (asunto) and a JS button',
      body: '<form><input name="asunto" placeholder="Describe el problema"><button type="button">Enviar</button></form>',
      expected: { isSearch: false, hasFreeText: true, hasSubmit: true },
    },
    {
      name: 'no submit control',
      body: '<form><textarea name="comentario"></textarea></form>',
      expected: { isSearch: false, hasFreeText: true, hasSubmit: false },
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    const [form] = gatherArtifacts(page(body)).forms;
    expect(form).toBeDefined();
    expect({ isSearch: form!.isSearch, hasFreeText: form!.hasFreeText, hasSubmit: form!.hasSubmit }).toEqual({
      isSearch: expected.isSearch, hasFreeText: expected.hasFreeText, hasSubmit: expected.hasSubmit,
    });
    if (expected.purpose) expect(form!.purposeText).toBe(expected.purpose);
    if (expected.region) expect(form!.region).toBe(expected.region);
  });

  it('records fields with labels, action and method', () => {
    const [form] = gatherArtifacts(page('<form method="post" action="quejas.php"><label>Colonia <input name="colonia"></label><select name="tipo" aria-label="Tipo de reporte"></select></form>')).forms;
    expect(form!.action).toBe('https://www.municipio.gob.mx/quejas.php');
    expect(form!.method).toBe('POST');
    expect(form!.fields).toEqual([
      { tag: 'input', type: 'text', name: 'colonia', label: 'Colonia' },
      { tag: 'select', type: 'select', name: 'tipo', label: 'Tipo de reporte' },
    ]);
  });
});
