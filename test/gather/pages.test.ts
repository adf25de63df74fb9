import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { HOME, siteFrom } from './helpers.ts';

const one = (html: string, headers: Record<string, string> = {}) => gatherArtifacts(siteFrom([{ url: HOME, html, headers }])).pages[0]!;

describe('pages', () => {
  it('reads title, headings, running text without chrome, viewport, images, last-modified', () => {
    const p = one(
      `<html><head><title> Datos abiertos | Municipio </title><meta name="viewport" content="width=device-width, initial-scale=1"><style>.x{}</style></head>
      <body><nav><a href="/">Inicio</a> <a href="/t">Trámites</a></nav><div id="menu"><a>Menú</a></div>
      <main><h1>Datos abiertos</h1><h2>Obras</h2><h4>no</h4><p>El municipio publica sus datos.</p><img src="a.png"><img src="b.png"><script>var x = 1;</script></main>
      <footer>© 2016 Municipio</footer></body></html>`,
      { 'last-modified': 'Sat, 30 Apr 2016 10:00:00 GMT' },
    );
    expect(p).toMatchObject({
      isHome: true, title: 'Datos abiertos | Municipio', headings: ['Datos abiertos', 'Obras'],
      text: 'Datos abiertos Obras no El municipio publica sus datos.', wordCount: 9, responsiveViewport: true, imageCount: 2,
      lastModified: '2016-04-30',
    });
  });

  const tables: [string, string, number][] = [
    ['data table', '<table><tr><th>Obra</th><th>Monto</th></tr><tr><td>Calle</td><td>1,200</td></tr></table>', 1],
    ['one row only', '<table><tr><td>1</td></tr></table>', 0],
    ['layout table without numbers', '<table><tr><td>menú</td></tr><tr><td>contenido</td></tr></table>', 0],
    ['layout table holding a data table (counts the inner one only)',
      '<table><tr><td>Tel. 775 755 8450</td></tr><tr><td><table><tr><td>Obras</td><td>98,450,000</td></tr><tr><td>Seguridad</td><td>64,200,000</td></tr></table></td></tr></table>', 1],
    ['a file index: every row a link, figures only in dates',
      '<table><tr><td>Presupuesto</td><td><a href="p.xls">Descargar</a></td><td>Actualización 05/03/16</td></tr><tr><td>Obra</td><td><a href="o.xls">Descargar</a></td><td>Actualización 05/03/16</td></tr></table>', 0],
    ['text with a year in it is not a figure', '<table><tr><td>Informe 2016</td><td>Texto</td></tr><tr><td>Informe 2015</td><td>Texto</td></tr></table>', 0],
  ];
  it.each(tables)('dataTableCount: %s', (_, body, count) => {
    expect(one(`<body>${body}</body>`).dataTableCount).toBe(count);
  });

  it('counts plugins once and finds visualisation hints', () => {
    const p = one(`<body>
      <object data="mapa.swf"><embed src="mapa.swf"></object>
      <canvas id="grafica"></canvas>
      <div class="highcharts-container"></div>
      <script src="https://cdn.jsdelivr.net/npm/chart.js"></script>
      <iframe src="https://app.powerbi.com/view?r=abc"></iframe>
      <iframe src="https://www.google.com/maps/embed?pb=1"></iframe>
      <h2>Tablero de indicadores</h2><h3>Mapa del sitio</h3></body>`);
    expect(p.pluginCount).toBe(1);
    expect(p.visualisationHints).toEqual(['canvas', 'script:chart.js', 'class:highcharts', 'iframe:power-bi', 'iframe:google-maps', 'heading:tablero']);
  });

  it('no viewport, no hints on a plain page', () => {
    expect(one('<body><p>Hola</p></body>')).toMatchObject({ responsiveViewport: false, visualisationHints: [], pluginCount: 0 });
  });
});
