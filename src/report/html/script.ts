/**
 * report.js, the report's one script, kept as a module like estilo.css. Progressive enhancement only: every table
 * is complete and ordered without it; with it, the column headings of a table marked data-orden-inicial become
 * sort buttons (the ranking, the states table), and the ranking's filter form (hidden in the HTML) appears. The
 * ranking's filters and order are kept in the query string (?estado=jal&orden=-puntaje), so a filtered view can be
 * shared, survives a reload and comes back with the back button; the values are language-independent (state map
 * ids, indicator ids), so the language link carries them to the other edition too. It reads the rows' data-*
 * attributes and writes text only through textContent, so crawled names can never become markup. Plain ES2017,
 * no dependencies, loaded with `defer` from script-src 'self'.
 */
export const SCRIPT = `(function () {
  'use strict';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'es-MX';
  var collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });

  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim();
  }
  function data(row, key) {
    return row.getAttribute('data-' + key) || '';
  }

  /**
   * Column headings with data-orden become buttons (keyboard-operable as buttons are) that sort the rows by that
   * data-* attribute; data-tipo="numero" compares numbers, and an empty value ("no data") stays last either way;
   * data-primero="desc" starts a column best first. aria-sort says the order to screen readers.
   */
  function sortable(table, onSort) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.forEach(function (row, i) { row.setAttribute('data-indice', String(i)); });
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells).filter(function (th) {
      return th.hasAttribute('data-orden');
    });
    function header(key) {
      return headers.filter(function (th) { return th.getAttribute('data-orden') === key; })[0] || null;
    }
    function firstDir(key) {
      var th = header(key);
      return th && th.getAttribute('data-primero') === 'desc' ? -1 : 1;
    }
    var state = { key: table.getAttribute('data-orden-inicial'), dir: 1 };
    state.dir = firstDir(state.key);
    state.initialKey = state.key;
    state.initialDir = state.dir;

    function compare(a, b) {
      var th = header(state.key);
      var va = data(a, state.key);
      var vb = data(b, state.key);
      var result;
      if (th && th.getAttribute('data-tipo') === 'numero') {
        if (va === '' || vb === '') result = va === vb ? 0 : va === '' ? 1 : -1;
        else result = (parseFloat(va) - parseFloat(vb)) * state.dir;
      } else result = collator.compare(va, vb) * state.dir;
      return result || parseInt(data(a, 'indice'), 10) - parseInt(data(b, 'indice'), 10);
    }

    function sort(key, dir) {
      if (!header(key)) return false;
      state.key = key;
      state.dir = dir;
      rows.sort(compare);
      rows.forEach(function (row) { tbody.appendChild(row); });
      headers.forEach(function (th) {
        var active = th.getAttribute('data-orden') === state.key;
        th.setAttribute('aria-sort', active ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
        th.querySelector('.flecha').textContent = active ? (state.dir > 0 ? ' ▲' : ' ▼') : '';
      });
      if (onSort) onSort();
      return true;
    }

    headers.forEach(function (th) {
      var key = th.getAttribute('data-orden');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'ordenar';
      while (th.firstChild) button.appendChild(th.firstChild);
      var arrow = document.createElement('span');
      arrow.className = 'flecha';
      arrow.setAttribute('aria-hidden', 'true');
      button.appendChild(arrow);
      th.appendChild(button);
      button.addEventListener('click', function () {
        sort(key, state.key === key ? -state.dir : firstDir(key));
      });
    });
    var help = table.id ? document.querySelector('[data-ayuda-de="' + table.id + '"]') : null;
    if (help) help.hidden = false;
    return { rows: rows, state: state, sort: sort };
  }

  var ranking = document.getElementById('tabla-ranking');
  Array.prototype.slice.call(document.querySelectorAll('table[data-orden-inicial]')).forEach(function (table) {
    if (table === ranking || !table.tBodies[0] || !table.tHead) return;
    var sorted = sortable(table);
    sorted.sort(sorted.state.key, sorted.state.dir);
  });
  if (!ranking || !ranking.tBodies[0] || !ranking.tHead) return;

  var form = document.getElementById('filtros');
  var count = document.getElementById('conteo');
  var languageLink = document.querySelector('a.idioma');
  var languageHref = languageLink ? languageLink.getAttribute('href') : null;
  /** The ranking's view as the query string holds it: one parameter per filter field, plus orden. */
  var FIELDS = ['buscar', 'estado', 'min', 'max', 'indicador', 'cumple'];
  var table = null;

  function field(name) {
    return form ? form.elements.namedItem(name) : null;
  }
  function number(name) {
    var input = field(name);
    if (!input || input.value.trim() === '') return null;
    var value = parseFloat(input.value.replace(',', '.'));
    return isNaN(value) ? null : value;
  }

  function writeUrl() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var input = field(name);
      if (!input || input.value === '') return;
      // "meets" is the default of its select and means nothing without an indicator.
      if (name === 'cumple' && (input.value === 'si' || !field('indicador') || !field('indicador').value)) return;
      params.set(name, input.value);
    });
    if (table && (table.state.key !== table.state.initialKey || table.state.dir !== table.state.initialDir))
      params.set('orden', (table.state.dir < 0 ? '-' : '') + table.state.key);
    var query = params.toString();
    var search = query ? '?' + query : '';
    if (search !== location.search) {
      try {
        history.replaceState(history.state, '', location.pathname + search + location.hash);
      } catch (error) {
        // Some browsers refuse history changes on file:// pages; the view then just is not kept in the address.
      }
    }
    if (languageLink && languageHref) languageLink.setAttribute('href', languageHref + search);
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (name) {
      var input = field(name);
      if (!input || !params.has(name)) return;
      input.value = params.get(name);
      // A value the select does not offer (another run's state, an old indicator id) leaves it on its first option.
      if (input.tagName === 'SELECT' && input.selectedIndex === -1) input.selectedIndex = 0;
    });
    var order = params.get('orden') || '';
    var key = order.replace(/^-/, '');
    return key ? { key: key, dir: order.charAt(0) === '-' ? -1 : 1 } : null;
  }

  function filter() {
    var search = fold(field('buscar') && field('buscar').value);
    var state = field('estado') ? field('estado').value : '';
    var min = number('min');
    var max = number('max');
    var indicator = field('indicador') ? field('indicador').value : '';
    var meets = field('cumple') ? field('cumple').value !== 'no' : true;
    var shown = 0;
    table.rows.forEach(function (row) {
      var score = parseFloat(data(row, 'puntaje'));
      var passed = (' ' + data(row, 'cumple') + ' ').indexOf(' ' + indicator + ' ') !== -1;
      var visible =
        (!search || fold(data(row, 'nombre')).indexOf(search) !== -1) &&
        (!state || data(row, 'clave-estado') === state) &&
        (min === null || score >= min) &&
        (max === null || score <= max) &&
        (!indicator || passed === meets);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    if (count) {
      count.textContent = (count.getAttribute('data-plantilla') || '{n} / {total}')
        .replace('{n}', String(shown))
        .replace('{total}', String(table.rows.length));
    }
    writeUrl();
  }

  var fromUrl = form ? readUrl() : null;
  table = sortable(ranking, writeUrl);
  if (form) {
    form.hidden = false;
    form.addEventListener('input', filter);
    form.addEventListener('change', filter);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(filter, 0); });
    filter();
  }
  if (!fromUrl || !table.sort(fromUrl.key, fromUrl.dir)) table.sort(table.state.key, table.state.dir);
})();
`;
