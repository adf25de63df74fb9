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
    ['decoy: a directory whose only numbers are its phone and extension columns',
      '<table><tr><th>Nombre</th><th>Cargo</th><th>Teléfono</th><th>Ext.</th></tr><tr><td>Ing. Luis Pérez</td><td>Director de Obras Públicas</td><td>33 3283 4400</td><td>1234</td></tr><tr><td>Lic. Ana Ruiz</td><td>Tesorera</td><td>33 3283 4401</td><td>1240</td></tr></table>', 0],
    ['decoy: a headless directory of phones', '<table><tr><td>Tesorería</td><td>3832834400</td></tr><tr><td>Obras Públicas</td><td>3832834410</td></tr></table>', 0],
    ['a works table with a phone column still has its amounts',
      '<table><tr><th>Obra</th><th>Monto</th><th>Teléfono del residente</th></tr><tr><td>Calle Juárez</td><td>1,200,000</td><td>33 3283 4400</td></tr><tr><td>Parque</td><td>850,000</td><td>33 3283 4401</td></tr></table>', 1],
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
      <iframe src="https://www.google.com/maps/embed?pb=1" title="Mapa de obras públicas 2016"></iframe>
      <h2>Tablero de indicadores</h2><table><tr><th>Indicador</th><th>Valor</th></tr><tr><td>Reportes resueltos</td><td>88.7 %</td></tr></table>
      <h3>Mapa del sitio</h3></body>`);
    expect(p.pluginCount).toBe(1);
    expect(p.visualisationHints).toEqual(['canvas', 'script:chart.js', 'class:highcharts', 'iframe:power-bi', 'iframe:google-maps', 'heading:tablero']);
  });

  // A chart word is a label: the hint needs the chart, a table of figures under the heading, or a picture that
  // says what data it shows.
  const shown: [string, string, string[]][] = [
    ['a table of computed indicators under a "Tablero" heading',
      '<h1>Tablero de reportes ciudadanos</h1><p>Resumen del último mes.</p><table><tr><th>Indicador</th><th>Valor</th></tr><tr><td>Recibidos</td><td>3,030</td></tr><tr><td>Resueltos</td><td>88.7 %</td></tr></table>',
      ['heading:tablero']],
    ['decoy: a "Visualizaciones" heading over a link',
      '<section><h2>Visualizaciones</h2><p><a href="/datos/showcase">Aplicaciones y visualizaciones</a></p></section>', []],
    ['decoy: an empty showcase',
      '<h1>Aplicaciones y visualizaciones</h1><p>En este espacio publicaremos las gráficas, mapas y aplicaciones hechas con los datos del municipio.</p><p class="empty">Aún no hay aplicaciones ni visualizaciones publicadas.</p>', []],
    ['decoy: figures under the heading, but it says nothing is published yet',
      '<h2>Estadísticas</h2><p>Próximamente.</p><table><tr><td>Enero</td><td>0</td></tr><tr><td>Febrero</td><td>0</td></tr></table>', []],
    ['decoy: a visit counter under "Estadísticas" in the footer',
      '</main><footer><h4>Estadísticas del sitio</h4><table><tr><td>Visitas hoy</td><td>123</td></tr><tr><td>Visitas totales</td><td>45,678</td></tr></table></footer><main>', []],
    ['decoy: an empty resource view pane', '<div class="grafica"><p class="empty">Aún no se han creado vistas de gráfica para este recurso.</p></div>', []],
    ['a few bars named as a chart for screen readers',
      '<figure><svg role="img" aria-label="Gráfica de barras: reportes por tipo"><rect width="300" height="24"/><rect width="210" height="24"/></svg></figure>', ['svg:chart']],
    ['decoy: an icon in a link named "Gráficas"', '<a href="/graficas"><svg role="img" aria-label="Gráficas de reportes"><path d="M0 0h4v4z"/></svg> Gráficas</a>', []],
    ['an infographic that says what data it shows',
      '<img src="/img/infografia-presupuesto-2016.png" alt="Infografía: presupuesto ciudadano 2016, en qué se gasta" width="600">', ['image:infografia']],
    ['a chart image described by its caption',
      '<figure><img src="/img/g1.png" width="500"><figcaption>Gráfica: obras terminadas por colonia</figcaption></figure>', ['image:grafica']],
    ['decoy: "infografías" that are a directory and a calendar drawn as images',
      '<h2>Infografías</h2><p><img src="/Imagenes/Infografias/infografia-directorio-dependencias.svg" alt="Infografía: Directorio de dependencias municipales" width="360"></p><p><img src="/Imagenes/Infografias/infografia-sesiones-cabildo-2016.svg" alt="Infografía: Calendario de sesiones de Cabildo 2016" width="360"></p>',
      []],
    ['decoy: an image that only says "infografía"', '<img src="/img/infografia-1.jpg" alt="Infografía" width="600">', []],
    ['decoy: a banner that links to the infographics page', '<a href="/infografias"><img src="/img/banner.jpg" alt="Consulta las infografías del presupuesto" width="900"></a>', []],
    // A Google map is data when it says what it maps or carries a layer; the usual embed shows where an office is.
    ['decoy: a "Cómo llegar" Google Maps embed',
      '<h3>Cómo llegar</h3><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3734.2!2d-103.44!3d20.47" width="600" height="450" style="border:0" allowfullscreen></iframe>', []],
    ['decoy: a map titled with the office it locates',
      '<h2>Ubicación</h2><p>Higuera No. 70, Col. Centro</p><iframe src="https://www.google.com/maps/embed?pb=!1m14" title="Mapa: cómo llegar a nuestras oficinas"></iframe>', []],
    ['decoy: "Mapa de ubicación" of the Tesorería', '<figure><iframe src="https://maps.google.com/maps?q=Tesoreria&output=embed"></iframe><figcaption>Mapa de ubicación de la Tesorería Municipal</figcaption></figure>', []],
    ['decoy: an untitled My Maps layer', '<iframe src="https://www.google.com/maps/d/embed?mid=1AbC" width="640" height="480"></iframe>', []],
    ['a Google map whose heading names the data it shows',
      '<h2>Mapa de obras públicas 2016</h2><p>Cada punto es una obra del programa anual.</p><iframe src="https://www.google.com/maps/embed?pb=!1m14"></iframe>', ['iframe:google-maps']],
    ['a My Maps layer titled with data', '<iframe src="https://www.google.com/maps/d/embed?mid=1AbC" title="Mapa de baches reparados"></iframe>', ['iframe:google-maps']],
    ['a map of singular data ("incidencia delictiva")', '<figure><iframe src="https://www.google.com/maps/d/embed?mid=1X"></iframe><figcaption>Mapa de incidencia delictiva, primer trimestre 2016</figcaption></figure>', ['iframe:google-maps']],
    ['a KML layer on a Google map', '<iframe src="https://maps.google.com/maps?q=https://www.municipio.gob.mx/datos/obras-2016.kml&output=embed"></iframe>', ['iframe:google-maps']],
    // A map the page draws itself (Google Maps JS API, Leaflet) is data on the same terms as an embed.
    ['decoy: a Google Maps JS API map with one marker on the town hall',
      '<h3>Ubicación</h3><div id="mapa" style="height:300px"></div><script src="https://maps.googleapis.com/maps/api/js?key=AIza"></script><script>function initMap(){var p={lat:20.47,lng:-103.44};var map=new google.maps.Map(document.getElementById("mapa"),{zoom:16,center:p});new google.maps.Marker({position:p,map:map,title:"Palacio Municipal"});}</script>', []],
    ['decoy: a Leaflet map of the office, rendered (leaflet-container)',
      '<h2>Encuéntranos</h2><div id="map" class="leaflet-container"></div><script src="/js/leaflet.js"></script><script>var m=L.map("map").setView([19.4,-99.1],15);L.marker([19.4,-99.1]).addTo(m);</script>', []],
    ['a Leaflet map that places every public work from the data',
      '<h2>Obras en tu colonia</h2><div id="map"></div><script src="/js/leaflet.js"></script><script>var m=L.map("map");obras.forEach(function(o){L.marker([o.lat,o.lng]).bindPopup(o.nombre).addTo(m);});</script>', ['script:leaflet']],
    ['a Google map loading a GeoJSON of reports', '<div id="m"></div><script>var map=new google.maps.Map(document.getElementById("m"));map.data.loadGeoJson("/datos/reportes.geojson");</script>', ['script:google-maps']],
    ['a Google map whose container is titled with its data',
      '<h2>Mapa de luminarias reparadas</h2><div id="m"></div><script>var map=new google.maps.Map(document.getElementById("m"),{zoom:13});new google.maps.Marker({map:map});</script>', ['script:google-maps']],
    ['indicator boxes: figures set apart with what they count',
      '<h2>El municipio en cifras</h2><div class="row"><div class="col-md-4"><span class="cifra">1,245</span><p>reportes ciudadanos atendidos en abril</p></div><div class="col-md-4"><span class="cifra">87 %</span><p>de avance del programa de bacheo</p></div><div class="col-md-4"><span class="cifra">$12.5 mdp</span><p>invertidos en obra pública</p></div></div>', ['figures:summary']],
    ['decoy: news teasers with date badges', '<div><div class="nota"><span class="dia">09</span><span>MAY</span><h3>Arranca bacheo</h3></div><div class="nota"><span class="dia">12</span><span>MAY</span><h3>Feria</h3></div><div class="nota"><span class="dia">15</span><span>MAY</span><h3>Cabildo</h3></div></div>', []],
    ['decoy: numbered steps', '<ol class="pasos"><li><b>1</b> Regístrate en línea</li><li><b>2</b> Llena tu solicitud</li><li><b>3</b> Recoge tu constancia</li></ol>', []],
    ['decoy: three office phones set apart', '<div><p><b>33 3283 4400</b> Tesorería</p><p><b>33 3283 4410</b> Obras Públicas</p><p><b>33 3283 4420</b> Catastro</p></div>', []],
    ['an ArcGIS map (a map service of data)', '<h3>Ubicación</h3><iframe src="https://municipio.maps.arcgis.com/apps/webappviewer/index.html?id=1"></iframe>', ['iframe:arcgis']],
  ];
  it.each(shown)('visualisationHints: %s', (_, body, hints) => {
    expect(one(`<body><main>${body}</main></body>`).visualisationHints).toEqual(hints);
  });

  // What a page that is not rendered says about its width on a phone, from its own markup.
  const widths: [string, string, { px: number; element: string } | null][] = [
    ['an ASP.NET GridView fixed at 1200 px',
      '<table id="gvRubros" style="width:1200px;border-collapse:collapse;table-layout:fixed"><tr><th style="width:200px">Formato</th></tr></table>',
      { px: 1200, element: '<table style="width:1200px">' }],
    ['an old layout table', '<table width="1000"><tr><td width="800">Contenido</td></tr></table>', { px: 1000, element: '<table width="1000">' }],
    ['a min-width a stylesheet cannot cap', '<div style="min-width:980px;max-width:100%">Contenido</div>', { px: 980, element: '<div style="min-width:980px">' }],
    ['percent widths', '<table width="100%"><tr><td style="width:50%">a</td></tr></table>', null],
    ['a width attribute on a div (browsers ignore it)', '<div width="1000">Contenido</div>', null],
    ['a wide image (stylesheets cap images)', '<img src="banner.jpg" width="1200" style="width:1200px">', null],
    ['a wide table inside a wrapper that scrolls', '<div style="overflow-x:auto"><table style="width:1200px"><tr><td>1</td></tr></table></div>', null],
    ['a wide table inside .table-responsive', '<div class="table-responsive"><table width="900"><tr><td>1</td></tr></table></div>', null],
    ['a WordPress caption box sized to its image',
      '<div id="attachment_12" style="width: 610px" class="wp-caption aligncenter"><img src="obra.jpg" width="600" height="400"><p class="wp-caption-text">Obra terminada</p></div>', null],
    ['an inline width capped inline', '<div style="width:1200px; max-width:100%">Contenido</div>', null],
    ['a hidden element', '<div style="display:none;width:1200px">Menú</div>', null],
  ];
  it.each(widths)('fixedWidth: %s', (_, body, expected) => {
    expect(one(`<body>${body}</body>`).fixedWidth).toEqual(expected);
  });

  // Live and recorded video that no video platform hosts: what plays, and the words that present it.
  const players: [string, string, { source: string; src: string; caption: string }[]][] = [
    ['an HLS stream of the council session',
      '<h2>Transmisión en vivo de las sesiones de Cabildo</h2><video id="cabildo" controls width="640"><source src="https://cdn.municipio.gob.mx/hls/cabildo/playlist.m3u8" type="application/x-mpegURL"></video>',
      [{ source: 'hls', src: 'https://cdn.municipio.gob.mx/hls/cabildo/playlist.m3u8', caption: 'Transmisión en vivo de las sesiones de Cabildo' }]],
    ['an MP4 with a caption',
      '<figure><video src="/videos/sesion-ordinaria-12.mp4" controls></video><figcaption>Sesión ordinaria de Cabildo, 12 de mayo</figcaption></figure>',
      [{ source: 'mp4', src: 'https://www.municipio.gob.mx/videos/sesion-ordinaria-12.mp4', caption: 'Sesión ordinaria de Cabildo, 12 de mayo' }]],
    ['an empty <video> that hls.js feeds',
      '<h1>Cabildo en vivo</h1><video id="v" controls></video><script>var hls = new Hls(); hls.loadSource("https://wowza.municipio.gob.mx:1935/live/cabildo/playlist.m3u8"); hls.attachMedia(document.getElementById("v"));</script>',
      [{ source: 'hls', src: 'https://wowza.municipio.gob.mx:1935/live/cabildo/playlist.m3u8', caption: 'Cabildo en vivo' }]],
    ['a Dacast player', '<iframe src="https://iframe.dacast.com/live/123/456" title="Sesión de Cabildo en vivo" width="590" height="431"></iframe>',
      [{ source: 'dacast', src: 'https://iframe.dacast.com/live/123/456', caption: 'Sesión de Cabildo en vivo' }]],
    ['Facebook’s video plugin', '<h3>En vivo</h3><iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FGobTlajomulco%2Fvideos%2F101%2F&show_text=0"></iframe>',
      [{ source: 'facebook-video', src: 'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FGobTlajomulco%2Fvideos%2F101%2F&show_text=0', caption: 'En vivo' }]],
    ['not a player: a muted looping background video', '<div class="hero"><video autoplay muted loop playsinline src="/video/fondo.mp4"></video><h1>H. Ayuntamiento</h1></div>', []],
    ['not a player here: a YouTube embed (a social link)', '<iframe src="https://www.youtube.com/embed/live_stream?channel=UCxyz"></iframe>', []],
  ];
  it.each(players)('videoPlayers: %s', (_, body, expected) => {
    expect((one(`<body><main>${body}</main></body>`).videoPlayers ?? []).map(({ source, src, caption }) => ({ source, src, caption }))).toEqual(expected);
  });

  it('no viewport, no hints on a plain page', () => {
    expect(one('<body><p>Hola</p></body>')).toMatchObject({ responsiveViewport: false, visualisationHints: [], pluginCount: 0 });
  });
});
