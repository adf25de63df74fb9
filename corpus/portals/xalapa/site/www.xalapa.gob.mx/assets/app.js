/* Portal H. Ayuntamiento de Xalapa 2014-2017 - app.js (build 2016.2) */
(function () {
  'use strict';
  var app = document.getElementById('app');
  var sitio = null;
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function link(ruta, texto) { return '<a href="' + ruta + '" data-ruta>' + esc(texto) + '</a>'; }
  function header() {
    var items = sitio.menu.map(function (m) { return '<li>' + link(m.ruta, m.texto) + '</li>'; }).join('');
    return '<header><a href="/" data-ruta><img src="/assets/logo-xalapa.png" alt="H. Ayuntamiento de Xalapa 2014-2017"></a>' +
      '<nav aria-label="Menú principal"><ul>' + items + '</ul></nav></header>';
  }
  function footer() {
    var redes = sitio.redes.map(function (r) { return '<a href="' + r.url + '" title="' + r.red + '">' + r.red + '</a>'; }).join(' · ');
    return '<footer><p>Síguenos: ' + redes + '</p><p>© {{date:0|yyyy}} H. Ayuntamiento de Xalapa, Veracruz. Todos los derechos reservados.</p></footer>';
  }
  function inicio() {
    var notas = sitio.noticias.map(function (n) {
      return '<article><h3>' + link('/noticias/' + n.slug, n.titulo) + '</h3><p>' + n.fecha + ' — ' + esc(n.texto) + '</p></article>';
    }).join('');
    var posts = sitio.publicaciones.map(function (p) {
      return '<article class="post' + (p.respuesta ? ' reply' : '') + '"><a href="https://twitter.com/XalapaAyto" class="author">' + p.cuenta + '</a> ' +
        '<time datetime="' + p.fecha + '">' + p.fecha_texto + '</time><p>' + esc(p.texto) + '</p></article>';
    }).join('');
    return '<section class="banner"><a href="/datos-abiertos" data-ruta><img src="/assets/banner-datos-abiertos.jpg" alt="Datos Abiertos Xalapa"></a>' +
      '<h1>Bienvenidos a Xalapa, la Atenas Veracruzana</h1><p>Consulta los datos del Ayuntamiento, envía tus reportes y entérate de lo que pasa en tu ciudad.</p></section>' +
      '<section><h2>Noticias</h2>' + notas + '</section>' +
      '<aside class="timeline" data-timeline><h2>Últimas publicaciones en Twitter de @XalapaAyto</h2>' + posts + '</aside>';
  }
  function datosAbiertos(params) {
    var formato = (params.get('formato') || '').toUpperCase();
    var lista = sitio.datos.filter(function (d) {
      return !formato || d.recursos.some(function (r) { return r.formato === formato; });
    });
    var pagina = formato ? 1 : (params.get('pagina') === '2' ? 2 : 1);
    var paginas = formato ? 1 : Math.ceil(lista.length / 4);
    if (!formato) lista = lista.slice((pagina - 1) * 4, pagina * 4);
    var filas = lista.map(function (d) {
      var recursos = d.recursos.map(function (r) { return '<a href="' + r.url + '">' + esc(d.titulo) + ' (' + r.formato + ')</a>'; }).join(' ');
      return '<tr><td>' + link('/datos-abiertos/' + d.slug, d.titulo) + '</td><td>' + esc(d.descripcion) + '</td><td>' + recursos + '</td></tr>';
    }).join('');
    return '<nav class="breadcrumb">' + link('/', 'Inicio') + ' › Datos Abiertos</nav>' +
      '<h1>Datos Abiertos</h1>' +
      '<p>El H. Ayuntamiento de Xalapa pone a tu disposición sus datos en formatos abiertos para que los consultes, los descargues y los uses libremente.</p>' +
      '<p class="vigencia">Información vigente de enero a diciembre {{date:-1y|yyyy}}.</p>' +
      '<form class="buscador" action="/datos-abiertos" method="get" role="search"><label for="q">Buscar en Datos Abiertos</label> ' +
      '<input id="q" type="search" name="q" placeholder="Ej. presupuesto"> <button type="submit">Buscar</button></form>' +
      '<div class="tabs">Mostrar: ' + link('/datos-abiertos', 'Todos') + link('/datos-abiertos?formato=pdf', 'PDF') + link('/datos-abiertos?formato=xlsx', 'Excel') + link('/datos-abiertos?formato=csv', 'CSV') + '</div>' +
      '<table><thead><tr><th>Conjunto de datos</th><th>Descripción</th><th>Descargas</th></tr></thead><tbody>' + filas + '</tbody></table>' +
      (paginas > 1 ? '<p class="paginacion">Página ' + pagina + ' de ' + paginas + ' · ' + (pagina === 1 ? link('/datos-abiertos?pagina=2', 'Siguiente ›') : link('/datos-abiertos', '‹ Anterior')) + '</p>' : '') +
      '<aside><h2>Agenda</h2><p>Próxima sesión de Cabildo abierto: {{date:+6d|EEEE d \'de\' MMMM \'de\' yyyy}}, Palacio Municipal.</p></aside>' +
      '<p class="impresion">Fecha de impresión: {{date:0|dd/MM/yyyy}}</p>';
  }
  function conjunto(slug) {
    var d = sitio.datos.filter(function (x) { return x.slug === slug; })[0];
    if (!d) return '<h1>Página no encontrada</h1>';
    var recursos = d.recursos.map(function (r) { return '<li><a href="' + r.url + '">Descargar ' + esc(d.titulo) + ' (' + r.formato + ')</a></li>'; }).join('');
    return '<nav class="breadcrumb">' + link('/', 'Inicio') + ' › ' + link('/datos-abiertos', 'Datos Abiertos') + ' › ' + esc(d.titulo) + '</nav>' +
      '<h1>' + esc(d.titulo) + '</h1><p>' + esc(d.descripcion) + '</p><p>Periodo que cubre: ' + esc(d.periodo) + '</p><ul>' + recursos + '</ul>' +
      '<p class="impresion">Fecha de impresión: {{date:0|dd/MM/yyyy}}</p>';
  }
  function buzon() {
    return '<h1>Buzón Ciudadano</h1><p>Escríbenos tus quejas, sugerencias o reportes. Te responderemos en un máximo de cinco días hábiles.</p>' +
      '<form id="buzon" action="/api/buzon" method="post">' +
      '<label for="nombre">Nombre</label> <input id="nombre" name="nombre" type="text"> ' +
      '<label for="correo">Correo electrónico</label> <input id="correo" name="correo" type="email"> ' +
      '<label for="asunto">Asunto</label> <select id="asunto" name="asunto"><option>Queja</option><option>Sugerencia</option><option>Reporte de servicio</option></select> ' +
      '<label for="mensaje">Mensaje</label> <textarea id="mensaje" name="mensaje" rows="5"></textarea> ' +
      '<button type="submit">Enviar</button></form>';
  }
  function participa() {
    return '<h1>Participa</h1><p>En Xalapa puedes participar en las decisiones del Ayuntamiento de estas formas:</p>' +
      '<h2>Consejos de participación ciudadana</h2><p>En cada colonia los vecinos eligen a su consejo, que propone obras y vigila los servicios públicos. Las elecciones se hacen en asamblea vecinal.</p>' +
      '<h2>Cabildo abierto</h2><p>Dos veces al año el Cabildo sesiona en una colonia y escucha las propuestas de los vecinos. Para hablar en la sesión hay que inscribirse antes.</p>';
  }
  function presidente() {
    return '<h1>Presidente Municipal</h1><p>El Presidente Municipal de Xalapa encabeza la administración 2014-2017.</p>' +
      '<p>Sigue al Presidente Municipal: <a href="https://twitter.com/PresidenteXalapa">Twitter</a> · <a href="https://www.facebook.com/PresidenteMunicipalXalapa/">Facebook</a></p>';
  }
  function transparencia() {
    return '<h1>Transparencia</h1><p>Obligaciones de transparencia del Artículo 15 de la Ley 875 de Transparencia y Acceso a la Información Pública para el Estado de Veracruz.</p>' +
      '<ul><li><a href="/archivos/transparencia/art15-fr01-marco-juridico.pdf">Fracción I. Marco jurídico</a></li>' +
      '<li><a href="/archivos/transparencia/art15-fr03-directorio.pdf">Fracción III. Directorio</a></li></ul>' +
      '<p>Solicitudes: <a href="http://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a></p>';
  }
  function tramites() {
    return '<h1>Trámites y servicios</h1><ul><li>Pago de predial</li><li>Licencia de funcionamiento</li><li>Permiso de construcción</li></ul>';
  }
  function noticias() {
    return '<h1>Noticias</h1>' + sitio.noticias.map(function (n) { return '<p>' + link('/noticias/' + n.slug, n.titulo) + ' · ' + n.fecha + '</p>'; }).join('');
  }
  function noticia(slug) {
    var n = sitio.noticias.filter(function (x) { return x.slug === slug; })[0];
    return n ? '<h1>' + esc(n.titulo) + '</h1><p>Xalapa, Ver., ' + n.fecha + '</p><p>' + esc(n.texto) + '</p>' : '<h1>Página no encontrada</h1>';
  }
  function vista(path, params) {
    if (path === '/' || path === '/index.html') return inicio();
    if (path === '/datos-abiertos') return datosAbiertos(params);
    if (path.indexOf('/datos-abiertos/') === 0) return conjunto(path.split('/')[2]);
    if (path === '/buzon-ciudadano') return buzon();
    if (path === '/participa') return participa();
    if (path === '/presidente-municipal') return presidente();
    if (path === '/transparencia') return transparencia();
    if (path === '/tramites') return tramites();
    if (path === '/noticias') return noticias();
    if (path.indexOf('/noticias/') === 0) return noticia(path.split('/')[2]);
    return '<h1>Página no encontrada</h1>';
  }
  function render() {
    var path = location.pathname.replace(/\/$/, '') || '/';
    var main = vista(path, new URLSearchParams(location.search));
    app.innerHTML = header() + '<main>' + main + '</main>' + footer();
    var h1 = app.querySelector('h1');
    document.title = (h1 && path !== '/' ? h1.textContent + ' | ' : '') + 'H. Ayuntamiento de Xalapa';
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-ruta]');
    if (!a) return;
    e.preventDefault();
    history.pushState({}, '', a.getAttribute('href'));
    render();
  });
  window.addEventListener('popstate', render);
  fetch('/api/sitio.json').then(function (r) { return r.json(); }).then(function (data) { sitio = data; render(); });
})();
