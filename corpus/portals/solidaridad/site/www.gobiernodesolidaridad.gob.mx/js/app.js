/* Portal del Gobierno Municipal de Solidaridad — aplicación de una sola página (v2.3.1) */
(function () {
  'use strict';
  var app = document.getElementById('app');
  var cache = {};
  function getJSON(url) {
    if (!cache[url]) cache[url] = fetch(url).then(function (r) { return r.json(); });
    return cache[url];
  }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function fecha(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  function header(sitio) {
    var redes = sitio.redes.map(function (r) { return '<a href="' + r.url + '" target="_blank" rel="noopener" title="' + r.red + ' del Gobierno de Solidaridad">' + r.red + '</a>'; }).join(' ');
    var menu = sitio.menu.map(function (m) { return '<li><a href="' + m.ruta + '" data-link>' + esc(m.texto) + '</a></li>'; }).join('');
    return '<header class="topbar"><div class="wrap"><a href="/" data-link><img src="' + sitio.logo.src + '" alt="' + esc(sitio.logo.alt) + '"></a>' +
      '<div class="redes">' + redes + '</div><nav role="navigation"><ul class="menu">' + menu + '</ul></nav></div></header>';
  }
  function footer(sitio) {
    return '<footer class="wrap"><hr><p>' + esc(sitio.pie) + '</p><p>© ' + new Date().getFullYear() + ' ' + esc(sitio.nombre) + '</p></footer>';
  }

  function catalogo(datos, q) {
    var filtro = (q || '').toLowerCase();
    var lista = datos.conjuntos.filter(function (d) { return !filtro || (d.titulo + ' ' + d.descripcion + ' ' + d.tema).toLowerCase().indexOf(filtro) >= 0; });
    var temas = [];
    lista.forEach(function (d) { if (temas.indexOf(d.tema) < 0) temas.push(d.tema); });
    var html = '<form id="buscador-datos" role="search" action="/datos-abiertos" method="get"><label for="q">Buscar conjuntos de datos</label> ' +
      '<input id="q" name="q" type="search" value="' + esc(q || '') + '" placeholder="Ej. turismo, presupuesto, basura"> <button type="submit">Buscar</button></form>';
    html += '<p>Última actualización del catálogo: ' + fecha(datos.actualizado) + ' · ' + lista.length + ' conjuntos de datos</p>';
    temas.forEach(function (t) {
      html += '<h2 class="tema">' + esc(t) + '</h2><div class="tabla"><table><tr><th>Conjunto de datos</th><th>Descripción</th><th>Descarga</th><th>Actualizado</th></tr>';
      lista.filter(function (d) { return d.tema === t; }).forEach(function (d) {
        html += '<tr><td>' + esc(d.titulo) + '</td><td>' + esc(d.descripcion) + '</td><td><a href="' + d.archivo + '">' + d.formato + '</a></td><td>' + fecha(d.actualizado) + '</td></tr>';
      });
      html += '</table></div>';
    });
    html += '<p>También disponible como API: <a href="/api/datasets.json">/api/datasets.json</a></p>';
    return html;
  }

  function indicadores() {
    return fetch('/datos/ocupacion-hotelera.csv').then(function (r) { return r.text(); }).then(function (csv) {
      var filas = csv.trim().split('\n').slice(1).map(function (l) { var c = l.split(','); return { mes: c[0], pct: parseFloat(c[1]) }; });
      var prom = filas.reduce(function (s, f) { return s + f.pct; }, 0) / filas.length;
      var barras = filas.map(function (f, i) { return '<rect x="' + (10 + i * 70) + '" y="' + (130 - f.pct) + '" width="50" height="' + f.pct + '" fill="#0b6e99"><title>' + f.mes + ': ' + f.pct + ' %</title></rect>'; }).join('');
      return '<h2>Ocupación hotelera mensual</h2><svg role="img" aria-label="Gráfica de barras de la ocupación hotelera por mes" width="100%" viewBox="0 0 300 140">' + barras + '</svg>' +
        '<p>Ocupación promedio de ' + filas[0].mes + ' a ' + filas[filas.length - 1].mes + ': ' + prom.toFixed(1) + ' %.</p>' +
        '<h2>Obra pública</h2><p>3 obras en ejecución por 8.35 millones de pesos; avance promedio 71.7 %.</p>';
    });
  }

  function render() {
    var ruta = location.pathname.replace(/\/+$/, '') || '/';
    var q = new URLSearchParams(location.search).get('q');
    var enCatalogo = ruta.indexOf('/datos-abiertos') === 0;
    Promise.all([getJSON('/api/sitio.json'), getJSON('/api/paginas.json'), enCatalogo ? getJSON('/api/datasets.json') : null]).then(function (r) {
      var sitio = r[0], paginas = r[1];
      var pagina = paginas[ruta] || { titulo: 'Página no encontrada', html: '<p>La página que buscas no existe. <a href="/" data-link>Volver al inicio</a></p>' };
      document.title = pagina.titulo + ' | Gobierno de Solidaridad';
      var extra = Promise.resolve('');
      if (pagina.tipo === 'catalogo') extra = getJSON('/api/datasets.json').then(function (d) { return catalogo(d, q); });
      if (pagina.tipo === 'indicadores') extra = indicadores();
      return extra.then(function (x) {
        var migas = ruta === '/' ? '' : '<nav class="migas" aria-label="Ruta"><a href="/" data-link>Inicio</a> › ' + esc(pagina.titulo) + '</nav>';
        app.innerHTML = header(sitio) + '<main class="wrap" role="main">' + migas + '<h1>' + esc(pagina.titulo) + '</h1>' + pagina.html + x + '</main>' + footer(sitio);
        var buscador = document.getElementById('buscador-datos');
        if (buscador) buscador.addEventListener('submit', function (e) {
          e.preventDefault();
          history.pushState(null, '', '/datos-abiertos?q=' + encodeURIComponent(document.getElementById('q').value));
          render();
        });
      });
    });
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-link]');
    if (!a) return;
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    render();
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', render);
  render();
})();
