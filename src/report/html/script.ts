/**
 * report.js, the report's one script, kept as a module like estilo.css. Progressive enhancement only: the ranking
 * table is complete and ordered without it; with it, column headings become sort buttons and the filter form
 * (hidden in the HTML) appears. It reads the rows' data-* attributes and writes text only through textContent,
 * so crawled names can never become markup. Plain ES2017, no dependencies, loaded with `defer` from
 * script-src 'self'.
 */
export const SCRIPT = `(function () {
  'use strict';
  var table = document.getElementById('tabla-ranking');
  if (!table || !table.tBodies[0] || !table.tHead) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  rows.forEach(function (row, i) { row.setAttribute('data-indice', String(i)); });
  var lang = document.documentElement.lang === 'en' ? 'en' : 'es-MX';
  var collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  var NUMERIC = { posicion: true, puntaje: true };
  var sortKey = 'posicion';
  var sortDir = 1;

  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim();
  }
  function data(row, key) {
    return row.getAttribute('data-' + key) || '';
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells).filter(function (th) {
    return th.hasAttribute('data-orden');
  });
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
      if (sortKey === key) sortDir = -sortDir;
      else {
        sortKey = key;
        sortDir = key === 'puntaje' ? -1 : 1; // best score first
      }
      sort();
    });
  });

  function compare(a, b) {
    var result;
    if (NUMERIC[sortKey]) result = parseFloat(data(a, sortKey)) - parseFloat(data(b, sortKey));
    else result = collator.compare(data(a, sortKey), data(b, sortKey));
    return result * sortDir || parseInt(data(a, 'indice'), 10) - parseInt(data(b, 'indice'), 10);
  }

  function sort() {
    rows.sort(compare);
    rows.forEach(function (row) { tbody.appendChild(row); });
    headers.forEach(function (th) {
      var active = th.getAttribute('data-orden') === sortKey;
      th.setAttribute('aria-sort', active ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
      th.querySelector('.flecha').textContent = active ? (sortDir > 0 ? ' ▲' : ' ▼') : '';
    });
  }

  var form = document.getElementById('filtros');
  var count = document.getElementById('conteo');
  var help = document.getElementById('ayuda-orden');
  if (help) help.hidden = false;

  function field(name) {
    return form ? form.elements.namedItem(name) : null;
  }
  function number(name) {
    var input = field(name);
    if (!input || input.value.trim() === '') return null;
    var value = parseFloat(input.value.replace(',', '.'));
    return isNaN(value) ? null : value;
  }

  function filter() {
    var search = fold(field('buscar') && field('buscar').value);
    var state = field('estado') ? field('estado').value : '';
    var min = number('min');
    var max = number('max');
    var indicator = field('indicador') ? field('indicador').value : '';
    var meets = field('cumple') ? field('cumple').value !== 'no' : true;
    var shown = 0;
    rows.forEach(function (row) {
      var score = parseFloat(data(row, 'puntaje'));
      var passed = (' ' + data(row, 'cumple') + ' ').indexOf(' ' + indicator + ' ') !== -1;
      var visible =
        (!search || fold(data(row, 'nombre')).indexOf(search) !== -1) &&
        (!state || data(row, 'estado') === state) &&
        (min === null || score >= min) &&
        (max === null || score <= max) &&
        (!indicator || passed === meets);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    if (count) {
      count.textContent = (count.getAttribute('data-plantilla') || '{n} / {total}')
        .replace('{n}', String(shown))
        .replace('{total}', String(rows.length));
    }
  }

  if (form) {
    form.hidden = false;
    form.addEventListener('input', filter);
    form.addEventListener('change', filter);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(filter, 0); });
    filter();
  }
  sort();
})();
`;
