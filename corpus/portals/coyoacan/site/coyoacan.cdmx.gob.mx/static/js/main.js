(function () {
  'use strict';
  var root = document.getElementById('root');
  var state = { site: null, pages: null, datasets: null };
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function clean(path) { var p = path.replace(/\/+$/, ''); return p === '' ? '/' : p; }
  function table(cols, rows) {
    return '<table><thead><tr>' + cols.map(function (c) { return '<th>' + esc(c) + '</th>'; }).join('') + '</tr></thead><tbody>' +
      rows.map(function (r) { return '<tr>' + r.map(function (c) { return '<td>' + esc(c) + '</td>'; }).join('') + '</tr>'; }).join('') + '</tbody></table>';
  }
  function catalogue() {
    var cats = {};
    state.datasets.forEach(function (d) { (cats[d.categoria] = cats[d.categoria] || []).push(d); });
    var html = '<nav class="breadcrumb"><a href="/">Inicio</a> › Datos Abiertos</nav><h1>Datos Abiertos Coyoacán</h1>' +
      '<p>Aquí puedes ver y descargar la información de la Delegación en archivos CSV, que se abren en Excel o en cualquier hoja de cálculo. Cada conjunto dice cuándo se actualizó.</p>' +
      '<div class="search-box"><input type="search" placeholder="Buscar en Datos Abiertos" aria-label="Buscar en Datos Abiertos"></div>' +
      '<p><a href="/datos-abiertos/tablero">Tablero: ¿cómo va el gasto de la Delegación?</a></p>';
    Object.keys(cats).forEach(function (c) {
      html += '<h2>' + esc(c) + '</h2><ul class="datasets">' + cats[c].map(function (d) {
        return '<li><a href="/datos-abiertos/' + d.id + '">' + esc(d.titulo) + '</a>: ' + esc(d.descripcion) +
          ' <span class="updated">Actualizado: ' + esc(d.actualizado) + '</span> · <a href="' + d.archivo + '">Descargar CSV</a></li>';
      }).join('') + '</ul>';
    });
    return { title: 'Datos Abiertos', html: html };
  }
  function dataset(d) {
    return { title: d.titulo, html: '<nav class="breadcrumb"><a href="/">Inicio</a> › <a href="/datos-abiertos">Datos Abiertos</a> › ' + esc(d.categoria) + '</nav>' +
      '<h1>' + esc(d.titulo) + '</h1><p>' + esc(d.descripcion) + '</p><p>Tema: ' + esc(d.categoria) + ' · Actualizado: ' + esc(d.actualizado) + '</p>' +
      table(d.columnas, d.filas) + '<p><a href="' + d.archivo + '">Descargar CSV</a></p>' };
  }
  function dashboard() {
    var p = state.datasets.filter(function (d) { return d.id === 'presupuesto-2016'; })[0];
    var total = 0, spent = 0, max = 0;
    p.filas.forEach(function (r) { total += +r[1]; spent += +r[2]; max = Math.max(max, +r[1]); });
    var bars = p.filas.map(function (r, i) {
      var w = Math.round(260 * (+r[1]) / max), y = 10 + i * 34;
      return '<rect x="0" y="' + y + '" width="' + w + '" height="24" fill="#7a1f3d"></rect><text x="' + (w + 4) + '" y="' + (y + 16) + '" font-size="11">' +
        esc(r[0].split(' ')[0]) + ' ' + (r[1] / 1e6).toFixed(1) + '</text>';
    }).join('');
    var html = '<nav class="breadcrumb"><a href="/">Inicio</a> › <a href="/datos-abiertos">Datos Abiertos</a> › Tablero</nav><h1>Tablero: ¿cómo va el gasto de la Delegación?</h1>' +
      '<p>Resumen calculado a partir del conjunto <a href="/datos-abiertos/presupuesto-2016">Presupuesto 2016</a> (actualizado: ' + esc(p.actualizado) + ').</p>' +
      '<div class="kpis"><p><strong>' + (total / 1e6).toFixed(1) + ' millones de pesos</strong> aprobados</p><p><strong>' + (100 * spent / total).toFixed(1) + ' %</strong> ya ejercido</p></div>' +
      '<figure><svg class="chart" role="img" aria-label="Gráfica de barras del presupuesto aprobado por área" viewBox="0 0 360 150" width="100%">' + bars + '</svg>' +
      '<figcaption>Presupuesto aprobado por área, millones de pesos.</figcaption></figure>';
    return { title: 'Tablero', html: html };
  }
  function contactForm() {
    return '<form class="report-form" action="/api/reportes" method="post"><label for="f-nombre">Nombre</label><input id="f-nombre" name="nombre" type="text">' +
      '<label for="f-tipo">Tipo de reporte</label><select id="f-tipo" name="tipo"><option>Bache</option><option>Fuga de agua</option><option>Alumbrado</option><option>Poda</option></select>' +
      '<label for="f-desc">Describe el problema</label><textarea id="f-desc" name="descripcion" rows="5"></textarea><button type="submit">Enviar reporte</button></form>';
  }
  function view(path) {
    if (path === '/datos-abiertos') return catalogue();
    if (path === '/datos-abiertos/tablero') return dashboard();
    var m = /^\/datos-abiertos\/([a-z0-9-]+)$/.exec(path);
    if (m) { var d = state.datasets.filter(function (x) { return x.id === m[1]; })[0]; if (d) return dataset(d); }
    var p = state.pages[path];
    if (p) return { title: p.titulo, html: p.html + (p.form ? contactForm() : '') };
    return { title: 'Página no encontrada', html: '<h1>Página no encontrada</h1><p><a href="/">Volver al inicio</a></p>' };
  }
  function render() {
    var path = clean(location.pathname), v = view(path), s = state.site;
    document.title = v.title + ' | ' + s.nombre;
    root.innerHTML = '<header class="app-header"><a href="/"><img src="/static/media/logo-coyoacan.png" alt="Delegación Coyoacán" width="160" height="48"></a>' +
      '<nav class="app-nav"><ul>' + s.menu.map(function (i) { return '<li><a href="' + i[1] + '">' + esc(i[0]) + '</a></li>'; }).join('') + '</ul></nav></header>' +
      '<main>' + v.html + '</main><footer><p>' + esc(s.pie) + '</p><p>Síguenos: ' + s.redes.map(function (r) { return '<a href="' + r[1] + '">' + esc(r[0]) + '</a>'; }).join(' · ') + '</p></footer>';
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a') : null;
    if (!a || a.origin !== location.origin || /\.(csv|json)$/.test(a.pathname)) return;
    e.preventDefault(); history.pushState({}, '', a.pathname); render(); window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', render);
  Promise.all(['/api/site.json', '/api/pages.json', '/api/datasets.json'].map(function (u) { return fetch(u).then(function (r) { return r.json(); }); }))
    .then(function (r) { state.site = r[0]; state.pages = r[1]; state.datasets = r[2]; render(); })
    .catch(function () { root.innerHTML = '<p>No se pudo cargar el sitio. Intenta más tarde.</p>'; });
})();
