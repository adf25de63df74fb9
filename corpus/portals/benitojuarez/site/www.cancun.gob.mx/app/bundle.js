/* Portal Municipal Benito Juárez — app v2.3.1 (build 2016) */
(function () {
  'use strict';
  var ROUTES = {
    '/': 'inicio', '/gobierno-abierto': 'gobierno-abierto', '/atencion-ciudadana': 'atencion-ciudadana',
    '/participacion-ciudadana': 'participacion-ciudadana', '/presidente-municipal': 'presidente-municipal',
    '/transparencia': 'transparencia', '/app-cancun': 'app-cancun', '/noticias': 'noticias',
    '/noticias/jornada-de-descacharrizacion-region-94': 'noticia-descacharrizacion',
    '/noticias/comites-vecinales-2016': 'noticia-comites'
  };
  var app = document.getElementById('app');
  var site = null;

  function get(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  function menu(items) {
    return '<ul class="nav">' + items.map(function (i) { return '<li><a href="' + esc(i.href) + '">' + esc(i.label) + '</a></li>'; }).join('') + '</ul>';
  }
  function redes(items) {
    return '<div class="redes">' + items.map(function (i) { return '<a href="' + esc(i.href) + '" title="' + esc(i.title) + '" target="_blank" rel="noopener">' + esc(i.label) + '</a>'; }).join('') + '</div>';
  }
  function tweets(widget) {
    return '<aside class="widget-twitter"><h2>' + esc(widget.title) + '</h2>' +
      '<div class="twitter-timeline" data-screen-name="' + esc(widget.account) + '">' +
      widget.posts.map(function (p) {
        return '<article class="tweet' + (p.reply ? ' reply' : '') + '"><p class="author"><a href="https://twitter.com/' + esc(widget.account) + '">' + esc(widget.name) + ' @' + esc(widget.account) + '</a></p>' +
          '<p>' + p.html + '</p><a class="permalink" href="https://twitter.com/' + esc(widget.account) + '/status/' + esc(p.id) + '"><time datetime="' + esc(p.date) + '">' + esc(p.label) + '</time></a></article>';
      }).join('') + '</div></aside>';
  }
  function render(page) {
    document.title = page.title + ' · Gobierno Municipal de Benito Juárez';
    app.innerHTML =
      '<header class="wrap"><a href="/" class="logo"><img src="' + esc(site.logo.src) + '" alt="' + esc(site.logo.alt) + '"></a>' +
      redes(site.redes) + '<nav>' + menu(site.menu) + '</nav></header>' +
      '<main class="wrap" id="contenido">' + (page.breadcrumb ? '<p class="breadcrumb">' + page.breadcrumb + '</p>' : '') +
      '<h1>' + esc(page.heading || page.title) + '</h1>' + page.html + (page.twitter ? tweets(site.twitter) : '') + '</main>' +
      '<footer class="wrap">' + site.footer + '</footer>';
  }
  function load(path) {
    var key = ROUTES[path.replace(/\/+$/, '') || '/'];
    if (!key) { app.innerHTML = '<main class="wrap"><h1>Página no encontrada</h1><p><a href="/">Volver al inicio</a></p></main>'; return Promise.resolve(); }
    return get('/api/paginas/' + key + '.json').then(render);
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href^="/"]');
    if (!a || a.target || /\.(csv|json|xlsx|pdf)$/i.test(a.getAttribute('href'))) return;
    e.preventDefault();
    history.pushState({}, '', a.getAttribute('href'));
    load(location.pathname);
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', function () { load(location.pathname); });
  get('/api/site.json').then(function (s) { site = s; return load(location.pathname); }).catch(function (err) {
    app.innerHTML = '<p>No se pudo cargar el portal. Intenta más tarde.</p>';
    if (window.console) console.error(err);
  });
})();
