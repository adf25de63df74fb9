/**
 * Features → the portal's logical pages (title + body HTML) and data files, with wordings drawn from the variant
 * tables. Nothing here decides a verdict: labels.ts does, from the same features. Bodies are style-neutral; the
 * shells (shells.ts) put them in a WordPress theme, a frameset, an SPA…
 */
import { datasetKind, TOPIC_NAMES, type TopicId } from './datasets.ts';
import type { DataFormat, DatasetFeature, Features } from './features.ts';
import type { Municipality } from './municipalities.ts';
import type { Rng } from './prng.ts';
import type { PageKey, Router } from './styles.ts';
import * as W from './wordings.ts';

export interface Identity {
  m: Municipality;
  host: string;
  /** PascalCase of the name for handles: "Gustavo A. Madero" → "GustavoAMadero". */
  pascal: string;
  govHandle: string;
  youtube: string;
  mayor: { name: string; female: boolean; handle: string };
  stateHandle: string;
  phone: string;
  address: string;
}

export interface Page {
  key: PageKey;
  url: string;
  title: string;
  body: string;
  /** A page of the open-data section (its dates, search and viewport rules apply). */
  inSection: boolean;
}

export interface DataFile {
  host: string;
  /** URL path, the key of file_last_modified. */
  urlPath: string;
  /** Path of the source file under site/<host>/. */
  file: string;
  content: string;
  ageDays: number;
}

export interface NavEntry {
  key: PageKey | 'external';
  href: string;
  label: string;
  /** How the entry shows its label. */
  mode: 'text' | 'img-alt' | 'icon-title' | 'aria-label';
}

export interface Site {
  pages: Page[];
  files: DataFile[];
  nav: NavEntry[];
  /** Header social icons (government's or the State's), already rendered. */
  socialBar: string;
  /** Header search form, or ''. */
  searchForm: string;
  footer: string;
  /** Clock or nothing, shown atop section pages. */
  sectionTopline: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fill = (s: string, id: Identity, extra: Record<string, string | number> = {}) =>
  s.replace(/\{m\}/g, id.m.name).replace(/\{e\}/g, id.m.state).replace(/\{(\w+)\}/g, (all, k: string) => (k in extra ? String(extra[k]) : all));

export function pascalCase(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

export function makeIdentity(rng: Rng, m: Municipality, host: string): Identity {
  const pascal = pascalCase(m.name);
  const first = rng.pick(W.MAYOR_FIRST);
  const last = rng.pick(W.MAYOR_LAST);
  const lada = rng.int(222, 999);
  return {
    m, host, pascal,
    govHandle: rng.pick([`GobiernoDe${pascal}`, `${pascal}Gob`, `Ayuntamiento${pascal}`, `Gob${pascal}`, `Municipio${pascal}`]),
    youtube: rng.pick([`/user/Ayuntamiento${pascal}`, `/@Gobierno${pascal}`, `/channel/UC${pascal.slice(0, 10).padEnd(10, 'x')}Gob${String(rng.int(100000000, 999999999))}`.slice(0, 33)]),
    mayor: { name: `${first.name} ${last}`, female: first.female, handle: pascalCase(`${first.name.split(' ')[0]} ${last.split(' ')[0]}`) + rng.pick(['', 'Oficial', 'MX']) },
    stateHandle: `Gob${pascalCase(m.state)}`,
    phone: `(${lada}) ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
    address: `${rng.pick(['Plaza Principal', 'Av. Juárez', 'Calle Hidalgo', 'Av. Reforma'])} ${rng.int(1, 400)}, Col. Centro, C.P. ${rng.int(20000, 99000)}, ${m.name}, ${m.state}`,
  };
}

/** A date placeholder `ageDays` before as-of, resolved at serve time by the portal network. */
const date = (ageDays: number, pattern: string) => `{{date:-${ageDays}d|${pattern}}}`;

interface Ctx {
  f: Features;
  id: Identity;
  rng: Rng;
  router: Router;
}

function slugOf(f: DatasetFeature) {
  return datasetKind(f.kind).file;
}

/** Data files of one dataset: one per format, or one per month for a monthly series. */
function datasetFiles(ctx: Ctx, d: DatasetFeature): { label: string; href: string; format: DataFormat; file: DataFile }[] {
  const kind = datasetKind(d.kind);
  const host = ctx.router.sectionHost ?? ctx.id.host;
  const rows = (n: number) => Array.from({ length: n }, (_, i) => kind.row(ctx.rng, i));
  const out: { label: string; href: string; format: DataFormat; file: DataFile }[] = [];
  const months = d.monthlySeries ? [0, 1, 2, 3, 4, 5] : [null];
  for (const month of months) {
    for (const format of d.formats) {
      const stem = month === null ? kind.file : `${kind.file}-${String(6 - month).padStart(2, '0')}`;
      const base = ctx.router.filesBase.endsWith('/api/views/') ? `${ctx.router.filesBase}${stem}/rows` : `${ctx.router.filesBase}${stem}`;
      const urlPath = `${base}.${format}`;
      const table = [kind.columns, ...rows(ctx.rng.int(6, 10))];
      const csv = table.map((r) => r.map((c) => (/[",]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n') + '\n';
      const content =
        format === 'json' ? `${JSON.stringify(table.slice(1).map((r) => Object.fromEntries(kind.columns.map((c, i) => [c, r[i]]))), null, 1)}\n`
        : format === 'pdf' ? `${kind.titles[0]} - ${ctx.id.m.name}\n\n${table.map((r) => r.join('    ')).join('\n')}\n`
        : csv;
      const file = `${base.replace(/^\//, '')}.${format}${format === 'xlsx' || format === 'xls' ? '.csv' : format === 'pdf' ? '.txt' : ''}`;
      const ageDays = d.ageDays + (month ?? 0) * 30;
      out.push({
        label: month === null ? format.toUpperCase() : `${date(ageDays, 'MMMM yyyy|title')} (${format.toUpperCase()})`,
        href: host === ctx.id.host ? urlPath : `http://${host}${urlPath}`,
        format,
        file: { host, urlPath, file, content, ageDays },
      });
    }
  }
  return out;
}

function datasetTitle(ctx: Ctx, d: DatasetFeature, titleIndex: number): string {
  const kind = datasetKind(d.kind);
  const title = kind.titles[titleIndex % kind.titles.length]!;
  const citation = kind.citations[titleIndex % kind.citations.length]!;
  if (ctx.f.labels === 'legal') return citation;
  if (ctx.f.labels === 'cited-explained') return `${citation}. ${title}`;
  return title;
}

function dateText(ctx: Ctx, ageDays: number, prefix: string, pattern: string): string {
  return ctx.f.freshness === 'hidden' ? '' : `${prefix}${date(ageDays, pattern)}`;
}

interface Listed {
  d: DatasetFeature;
  title: string;
  description: string;
  files: ReturnType<typeof datasetFiles>;
  topic: TopicId;
}

function listing(ctx: Ctx, items: Listed[], style: { datePrefix: string; datePattern: string; dateColumn: string; linkDetail: boolean }): string {
  const { f } = ctx;
  const legal = f.labels === 'legal';
  const links = (it: Listed) => it.files.map((x) => `<a href="${x.href}">${x.label}</a>`).join(' · ');
  const titleHtml = (it: Listed) => (style.linkDetail ? `<a href="${ctx.router.url('dataset', slugOf(it.d))}">${esc(it.title)}</a>` : esc(it.title));
  const dated = f.freshness !== 'hidden';
  const fixed = f.fixedWidth ? ' style="width:1200px"' : '';
  if (f.listing === 'table') {
    const head = `<tr><th>${legal ? 'Fracción' : 'Conjunto de datos'}</th>${legal ? '' : '<th>Descripción</th>'}<th>Descarga</th>${dated ? `<th>${style.dateColumn}</th>` : ''}</tr>`;
    const rows = items.map((it) => `<tr><td>${titleHtml(it)}</td>${legal ? '' : `<td>${esc(it.description)}</td>`}<td>${links(it)}</td>${dated ? `<td>${date(it.d.ageDays, style.datePattern)}</td>` : ''}</tr>`);
    return `<div class="tabla"><table class="datos"${fixed}>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
  }
  if (f.listing === 'cards') {
    return `<div class="conjuntos"${fixed}>\n${items.map((it) => `<div class="conjunto"><h3>${titleHtml(it)}</h3>${legal ? '' : `<p>${esc(it.description)}</p>`}<p class="descargas">Descargar: ${links(it)}</p>${dated ? `<p class="fecha">${dateText(ctx, it.d.ageDays, style.datePrefix, style.datePattern)}</p>` : ''}</div>`).join('\n')}\n</div>`;
  }
  return `<ul class="lista-datos"${fixed}>\n${items.map((it) => `<li><strong>${titleHtml(it)}</strong>${legal ? '' : ` — ${esc(it.description)}`} ${links(it)}${dated ? ` <em>${dateText(ctx, it.d.ageDays, style.datePrefix, style.datePattern)}</em>` : ''}</li>`).join('\n')}\n</ul>`;
}

function form(title: string, fields: string, submit: string, action: string, method = 'post'): string {
  return `<form class="formulario" method="${method}" action="${action}">\n<fieldset><legend>${esc(title)}</legend>\n${fields}\n<p><button type="submit">${esc(submit)}</button></p></fieldset>\n</form>`;
}

const field = (id: string, label: string, type = 'text') => `<p><label for="${id}">${esc(label)}</label><br><input type="${type}" id="${id}" name="${id}"></p>`;
const area = (id: string, label: string) => `<p><label for="${id}">${esc(label)}</label><br><textarea id="${id}" name="${id}" rows="5"></textarea></p>`;

function sectionPages(ctx: Ctx, files: DataFile[]): Page[] {
  const { f, id, rng, router } = ctx;
  const pages: Page[] = [];
  if (f.section === 'none-construction') {
    pages.push({ key: 'construccion', url: router.url('construccion'), title: 'Datos Abiertos', inSection: false, body: `<h1>Datos Abiertos</h1>\n<p>${esc(rng.pick(W.CONSTRUCTION_TEXTS))}</p>\n<p><img src="/imagenes/en-construccion.gif" alt="En construcción"></p>` });
    return pages;
  }
  if (f.section !== 'own-page' && f.section !== 'catalogue-host') return pages;

  const titleIndex = rng.int(0, 2);
  const items: Listed[] = f.datasets.map((d) => {
    const kind = datasetKind(d.kind);
    const fs = datasetFiles(ctx, d);
    files.push(...fs.map((x) => x.file));
    return { d, title: datasetTitle(ctx, d, titleIndex), description: rng.pick(kind.descriptions), files: fs, topic: kind.topic };
  });
  const style = { datePrefix: rng.pick(W.DATE_PREFIXES), datePattern: rng.pick(W.DATE_PATTERNS), dateColumn: rng.pick(W.DATE_COLUMN), linkDetail: f.style === 'catalogue' };
  const topicName = new Map<TopicId, string>();
  for (const it of items) if (!topicName.has(it.topic)) topicName.set(it.topic, rng.pick(TOPIC_NAMES[it.topic]));
  const topics = [...topicName.keys()];
  const topicSlug = (t: TopicId) => t;

  const title = fill(rng.pick(W.SECTION_TITLES), id);
  const intro = f.labels === 'legal'
    ? `${rng.pick(['Aquí encontrarás la información del Ayuntamiento.', 'Bienvenido.', 'Consulta la información pública.'])} ${fill(rng.pick(W.SECTION_INTROS_LEGAL), id)}`
    : fill(rng.pick(W.SECTION_INTROS_PLAIN), id);
  const search = f.search === 'section' ? (() => {
    const s = rng.pick(W.SECTION_SEARCH);
    return `<form role="search" class="buscador-datos" method="get" action="${router.url('section')}">\n<label for="q-datos">${esc(s.label)}</label> <input type="search" id="q-datos" name="q" placeholder="${esc(s.placeholder)}"> <button type="submit">${s.button}</button>\n</form>`;
  })() : '';

  let list: string;
  if (f.grouping === 'headings') {
    list = topics.map((t) => `<h2>${esc(topicName.get(t)!)}</h2>\n${listing(ctx, items.filter((i) => i.topic === t), style)}`).join('\n');
  } else if (f.grouping === 'tabs') {
    list = `<ul class="nav nav-tabs" role="tablist">${topics.map((t, i) => `<li role="presentation"${i === 0 ? ' class="active"' : ''}><a href="#tema-${topicSlug(t)}" role="tab" data-toggle="tab">${esc(topicName.get(t)!)}</a></li>`).join('')}</ul>\n<div class="tab-content">\n${topics.map((t) => `<div role="tabpanel" class="tab-pane" id="tema-${topicSlug(t)}">\n${listing(ctx, items.filter((i) => i.topic === t), style)}\n</div>`).join('\n')}\n</div>`;
  } else if (f.grouping === 'category-links') {
    list = `<div class="temas"><h2>Temas</h2><ul>${topics.map((t) => `<li><a href="${router.url('group', topicSlug(t))}">${esc(topicName.get(t)!)}</a> (${items.filter((i) => i.topic === t).length})</li>`).join('')}</ul></div>\n<h2>Todos los conjuntos de datos</h2>\n${listing(ctx, items, style)}`;
    for (const t of topics)
      pages.push({
        key: 'group', url: router.url('group', topicSlug(t)), title: `${topicName.get(t)!} – ${title}`, inSection: true,
        body: `<nav class="breadcrumb"><a href="${router.url('section')}">${esc(title)}</a> › ${esc(topicName.get(t)!)}</nav>\n<h1>${esc(topicName.get(t)!)}</h1>\n${listing(ctx, items.filter((i) => i.topic === t), style)}`,
      });
  } else if (f.grouping === 'format-filter') {
    const formats = [...new Set(items.flatMap((i) => i.files.map((x) => x.format)))];
    list = `<p class="filtros">${rng.pick(['Filtrar por formato', 'Ver por tipo de archivo', 'Formatos disponibles'])}: ${formats.map((x) => `<a href="${router.url('section')}${router.url('section').includes('?') ? '&amp;' : '?'}formato=${x}">${x.toUpperCase()}</a>`).join(' | ')}</p>\n${listing(ctx, items, style)}`;
  } else {
    list = listing(ctx, items, style);
  }

  const substantive = items.filter((i) => datasetKind(i.d.kind).substantive);
  const extras: string[] = [];
  if ((f.processed === 'svg' || f.processed === 'canvas' || f.processed === 'boxes') && substantive.length) {
    const label = rng.pick(['Tablero de indicadores', 'Datos en gráficas', 'Estadísticas', 'Tablero ciudadano']);
    extras.push(`<p>Mira los datos resumidos en el <a href="${router.url('tablero')}">${label}</a>.</p>`);
    pages.push({ key: 'tablero', url: router.url('tablero'), title: `${label} – ${title}`, inSection: true, body: tablero(ctx, label, substantive[0]!) });
  }
  if (f.processed === 'map-decoy') {
    extras.push(`<h2>${rng.pick(['Ubicación', '¿Dónde estamos?', 'Ubicación de la oficina'])}</h2>\n<p>Coordinación de Transparencia y Datos Abiertos, ${esc(id.address)}.</p>\n<iframe class="mapa" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3732.1!2d-103.3!3d20.6!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="260" style="border:0" allowfullscreen loading="lazy" title="Mapa de ubicación de la oficina"></iframe>`);
  }
  if (f.collaboration === 'data-request') {
    const w = rng.pick(W.DATA_REQUEST);
    extras.push(`<p><a href="${router.url('solicita')}">${esc(w.link)}</a></p>`);
    pages.push({
      key: 'solicita', url: router.url('solicita'), title: `${w.title} – ${title}`, inSection: true,
      body: `<h1>${esc(w.title)}</h1>\n<p>${esc(w.intro)}</p>\n${form(w.title, `${field('nombre', 'Nombre')}\n${field('correo', 'Correo electrónico', 'email')}\n${area('datos', w.field)}\n${area('uso', '¿Para qué los usarías?')}`, 'Enviar solicitud', '/solicitud-datos/enviar')}`,
    });
  }
  const lastUpdate = f.freshness === 'hidden' || !rng.chance(0.4) ? '' : `<p class="actualizacion">${style.datePrefix}${date(Math.min(...f.datasets.map((d) => d.ageDays)), style.datePattern)}</p>`;
  pages.unshift({
    key: 'section', url: router.url('section'), title, inSection: true,
    body: `<h1>${esc(title)}</h1>\n<p>${esc(intro)}</p>\n${lastUpdate}\n${search}\n${list}\n${extras.join('\n')}`,
  });
  if (f.style === 'catalogue')
    for (const it of items)
      pages.push({
        key: 'dataset', url: router.url('dataset', slugOf(it.d)), title: `${it.title} – ${title}`, inSection: true,
        body: `<nav class="breadcrumb"><a href="${router.url('section')}">${esc(title)}</a> › ${esc(it.title)}</nav>\n<h1>${esc(it.title)}</h1>\n${f.labels === 'legal' ? '' : `<p>${esc(it.description)}</p>`}\n<table class="metadatos"><tr><th>Tema</th><td><a href="${router.url('group', topicSlug(it.topic))}">${esc(topicName.get(it.topic)!)}</a></td></tr>${f.freshness === 'hidden' ? '' : `<tr><th>${style.dateColumn}</th><td>${date(it.d.ageDays, style.datePattern)}</td></tr>`}<tr><th>Publicado por</th><td>H. Ayuntamiento de ${esc(id.m.name)}</td></tr></table>\n<h2>Recursos</h2>\n<ul class="recursos">${it.files.map((x) => `<li><a href="${x.href}">${esc(it.title)} ${x.label}</a></li>`).join('')}</ul>`,
      });
  if (f.style === 'catalogue' && f.grouping !== 'category-links') {
    // A catalogue links its dataset pages' topics; with no grouping drawn the topic pages still exist but all show one theme-less list.
    for (const p of pages) if (p.key === 'dataset') p.body = p.body.replace(/<tr><th>Tema<\/th><td>.*?<\/td><\/tr>/, '');
  }
  return pages;
}

function tablero(ctx: Ctx, label: string, d: Listed): string {
  const { f, rng } = ctx;
  const kind = datasetKind(d.d.kind);
  const values = Array.from({ length: 4 }, () => rng.int(40, 1400));
  const cats = ['Centro', 'Norte', 'Sur', 'Oriente'];
  const total = values.reduce((a, b) => a + b, 0);
  const subject = kind.titles[0]!.toLowerCase();
  const head = `<h1>${esc(label)}</h1>\n<p>Resumen de ${esc(subject)} por zona, calculado con los datos abiertos.</p>`;
  if (f.processed === 'svg') {
    const max = Math.max(...values);
    const bars = values.map((v, i) => `<rect x="90" y="${10 + i * 30}" width="${Math.round((v / max) * 200)}" height="20" fill="#2a6ebb"></rect><text x="0" y="${25 + i * 30}">${cats[i]}</text><text x="${95 + Math.round((v / max) * 200)}" y="${25 + i * 30}">${v}</text>`).join('');
    return `${head}\n<h2>${esc(kind.titles[0]!)} por zona</h2>\n<svg class="grafica" viewBox="0 0 340 130" width="100%" role="img" aria-label="Gráfica de barras: ${esc(subject)} por zona">${bars}</svg>\n<p>Total: ${total}.</p>`;
  }
  if (f.processed === 'canvas') {
    return `${head}\n<figure>\n<canvas id="grafica" width="320" height="160" style="max-width:100%"></canvas>\n<figcaption>Gráfica: ${esc(subject)} por zona. ${values.map((v, i) => `${cats[i]} ${v}`).join(', ')}. Total ${total}.</figcaption>\n</figure>\n<script>\n(function(){var c=document.getElementById('grafica');if(!c.getContext)return;var g=c.getContext('2d');var v=[${values.join(',')}];var m=Math.max.apply(null,v);g.fillStyle='#2a6ebb';for(var i=0;i<v.length;i++){var h=Math.round(v[i]/m*130);g.fillRect(20+i*75,150-h,50,h);}})();\n</script>`;
  }
  return `${head}\n<div class="indicadores">\n${values.slice(0, 3).map((v, i) => `<div class="indicador"><span class="cifra">${v}</span> <span class="concepto">${esc(subject)} en la zona ${cats[i]}</span> <span class="porcentaje">${((v / total) * 100).toFixed(1)} % del total</span></div>`).join('\n')}\n<div class="indicador"><span class="cifra">${total}</span> <span class="concepto">total del municipio</span></div>\n</div>`;
}

function timeline(ctx: Ctx): string {
  const { f, id, rng } = ctx;
  if (f.social !== 'own' || f.posts === 'none') return '';
  const ages =
    f.posts === 'old' ? [rng.int(16, 22), rng.int(23, 30), rng.int(31, 45)]
    : [rng.int(1, 2), rng.int(3, 4), rng.int(5, 6)];
  const texts = rng.sample(W.GOV_POSTS, 3);
  const citizen = rng.pick(W.CITIZENS);
  const reply = fill(rng.pick(W.REPLIES), id, { c: citizen.name });
  interface Post { age: number; text: string; to?: string }
  const posts: Post[] = ages.map((age, i) => ({ age, text: texts[i]! }));
  if (f.posts === 'recent-reply') posts.splice(1, 0, { age: rng.int(1, 5), text: reply, to: citizen.handle });
  if (f.posts === 'recent-old-reply') posts.push({ age: rng.int(10, 20), text: reply, to: citizen.handle });
  posts.sort((a, b) => a.age - b.age);
  const govName = `Gobierno de ${id.m.name}`;
  const status = () => String(rng.int(700000000, 799999999)) + String(rng.int(100000000, 999999999));
  const heading = `<h2>${rng.pick(['Síguenos en Twitter', 'Lo más reciente en redes', 'Publicaciones recientes', 'En redes sociales'])}</h2>`;
  if (f.postFormat === 'blockquote') {
    return `<aside class="widget twitter">${heading}\n<a class="twitter-timeline" data-lang="es" href="https://twitter.com/${id.govHandle}">Tweets por @${id.govHandle}</a>\n${posts.map((p) => `<blockquote class="twitter-tweet" data-lang="es"${p.to ? ' data-conversation="none"' : ''}><p lang="es" dir="ltr">${p.to ? `<a href="https://twitter.com/${p.to}">@${p.to}</a> ` : ''}${esc(p.text)}</p>&mdash; ${esc(govName)} (@${id.govHandle}) <a href="https://twitter.com/${id.govHandle}/status/${status()}">${date(p.age, "d 'de' MMMM 'de' yyyy")}</a></blockquote>`).join('\n')}\n</aside>`;
  }
  if (f.postFormat === 'time') {
    return `<aside class="widget tweets">${heading}\n<ol class="tweet-list">\n${posts.map((p) => `<li class="tweet"><a class="autor" href="https://twitter.com/${id.govHandle}">@${id.govHandle}</a>${p.to ? ` <span class="respuesta">En respuesta a <a href="https://twitter.com/${p.to}">@${p.to}</a></span>` : ''}<p>${p.to ? `@${p.to} ` : ''}${esc(p.text)}</p><a class="permalink" href="https://twitter.com/${id.govHandle}/status/${status()}"><time datetime="${date(p.age, 'yyyy-MM-dd')}T${String(rng.int(10, 22))}:${String(rng.int(10, 59))}:00-05:00">${date(p.age, 'd MMM')}</time></a></li>`).join('\n')}\n</ol>\n</aside>`;
  }
  const ago = (d: number) => (d === 1 ? 'hace 1 día' : d < 14 ? `hace ${d} días` : `hace ${Math.floor(d / 7)} semanas`);
  return `<aside class="widget facebook">${heading}\n<ul class="fb-publicaciones">\n${posts.map((p) => `<li>${p.to ? `<p class="respuesta"><strong>${esc(govName)}</strong> respondió a <a href="https://www.facebook.com/${p.to}">${esc(citizen.name)}</a>: ${esc(p.text.replace(/^Hola [^,]+, |^Buen día [^,]+, |^Gracias [^,]+, /, ''))}</p>` : `<p><strong>${esc(govName)}</strong>: ${esc(p.text)}</p>`}<a class="fecha" href="https://www.facebook.com/${id.govHandle}/posts/${status()}">${ago(p.age)}</a></li>`).join('\n')}\n</ul>\n<p><a href="https://www.facebook.com/${id.govHandle}">Ver más en Facebook</a></p>\n</aside>`;
}

export function buildSite(f: Features, id: Identity, rng: Rng, router: Router): Site {
  const ctx: Ctx = { f, id, rng, router };
  const files: DataFile[] = [];
  const pages: Page[] = sectionPages(ctx, files);
  const u = (k: PageKey) => router.url(k);
  const title = f.social === 'own' || true ? `H. Ayuntamiento de ${id.m.name}` : '';
  const presidentTitle = id.mayor.female ? 'la Presidenta Municipal' : 'el Presidente Municipal';

  // Navigation (home menu).
  const nav: NavEntry[] = [{ key: 'home', href: u('home'), label: 'Inicio', mode: 'text' }];
  nav.push({ key: 'presidente', href: u('presidente'), label: id.mayor.female ? 'Presidenta Municipal' : 'Presidente Municipal', mode: 'text' });
  nav.push({ key: 'transparencia', href: u('transparencia'), label: rng.pick(W.TRANSPARENCY_LABELS), mode: 'text' });
  const sectionLabel = fill(rng.pick(W.SECTION_LABELS), id);
  if (f.section === 'own-page' || f.section === 'catalogue-host') nav.push({ key: 'section', href: u('section'), label: sectionLabel, mode: f.sectionLink });
  else if (f.section === 'none-national') nav.push({ key: 'external', href: 'https://datos.gob.mx/', label: 'Datos abiertos', mode: 'text' });
  else if (f.section === 'none-construction') nav.push({ key: 'construccion', href: u('construccion'), label: 'Datos abiertos', mode: 'text' });
  if (f.participation !== 'none') nav.push({ key: 'participacion', href: u('participacion'), label: rng.pick(W.PARTICIPATION_LINKS), mode: rng.chance(0.15) ? 'img-alt' : 'text' });
  const contactLabel = rng.pick(W.CONTACT_LINKS);
  if (f.contact === 'form-page' || f.contact === 'mailto-page') nav.push({ key: 'contacto', href: u('contacto'), label: f.collaboration === 'complaints-decoy' ? 'Buzón ciudadano' : contactLabel, mode: 'text' });
  nav.push({ key: 'servicios', href: u('servicios'), label: rng.pick(['Servicios en línea', 'Trámites y servicios', 'Servicios']), mode: 'text' });
  nav.push({ key: 'noticias', href: u('noticias'), label: rng.pick(['Noticias', 'Boletines', 'Sala de prensa']), mode: 'text' });

  // Social bar.
  const platformUrl = (p: string, handle: string) => (p === 'facebook' ? `https://www.facebook.com/${handle}/` : p === 'twitter' ? `https://twitter.com/${handle}` : `https://www.instagram.com/${handle.toLowerCase()}/`);
  const platformName = (p: string) => (p === 'facebook' ? 'Facebook' : p === 'twitter' ? 'Twitter' : 'Instagram');
  let socialBar = '';
  if (f.social === 'own') {
    const links = f.socialPlatforms.map((p) => `<li><a href="${platformUrl(p, id.govHandle)}" target="_blank" title="${platformName(p)} del ${esc(title)}"><i class="fa fa-${p}"></i><span class="sr-only">${platformName(p)}</span></a></li>`);
    if (f.video === 'channel') links.push(`<li><a href="https://www.youtube.com${id.youtube}" target="_blank" title="${rng.pick(W.VIDEO_CHANNEL_LABELS)} del ${esc(title)}"><i class="fa fa-youtube"></i><span class="sr-only">YouTube</span></a></li>`);
    socialBar = `<div class="redes"><span>${rng.pick(W.SOCIAL_HEADINGS)}</span><ul class="social-icons">${links.join('')}</ul></div>`;
  } else if (f.social === 'state-decoy') {
    socialBar = `<div class="redes-estado"><span>${esc(fill(rng.pick(W.STATE_SOCIAL_HEADINGS), id))}</span><ul>${['facebook', 'twitter'].map((p) => `<li><a href="${platformUrl(p, id.stateHandle)}" title="${platformName(p)} del Gobierno del Estado de ${esc(id.m.state)}">${platformName(p)} Gobierno del Estado</a></li>`).join('')}</ul></div>`;
  }

  // Header search.
  const searchForm =
    f.search === 'site' ? (() => { const s = rng.pick(W.SITE_SEARCH); return `<form role="search" class="buscador" method="get" action="/"><label for="s">${s.label}</label> <input type="search" id="s" name="s" placeholder="${esc(s.placeholder)}"> <button type="submit">${s.button}</button></form>`; })()
    : f.search === 'news-only' ? (() => { const s = rng.pick(W.NEWS_SEARCH); return `<form role="search" class="buscador-noticias" method="get" action="${u('noticias')}"><label for="sb">${s.label}</label> <input type="search" id="sb" name="buscar" placeholder="${esc(s.placeholder)}"> <button type="submit">${s.button}</button></form>`; })()
    : '';

  const footerLinks: string[] = [];
  // The survey / results, the app and the video are reached from the home page and the footer.
  const survey = f.evaluation === 'survey' ? rng.pick(W.SURVEY) : f.evaluation === 'results' ? rng.pick(W.SURVEY_RESULTS) : null;
  if (survey) footerLinks.push(`<a href="${u('encuesta')}">${esc(survey.link)}</a>`);
  const appName = fill(rng.pick(W.APP_NAMES), id);
  if (f.app === 'own') footerLinks.push(`<a href="${u('app')}">App ${esc(appName.replace(/^App /, ''))}</a>`);
  const federal = f.app === 'federal-decoy' ? rng.pick(W.FEDERAL_APPS) : null;
  const footer = `<div class="pie"><p><strong>${esc(title)}</strong><br>${esc(id.address)}<br>Tel. ${id.phone}</p>${footerLinks.length ? `<p>${footerLinks.join(' | ')}</p>` : ''}${federal ? `<p class="app-externa"><a href="${federal.href}">${esc(federal.text)}</a></p>` : ''}<p>© {{date:0|yyyy}} ${esc(title)}. Todos los derechos reservados.</p></div>`;
  const sectionTopline = f.dateDecoy === 'clock' ? `<p class="fecha-hoy">${fill(rng.pick(W.CLOCK_DECOYS), id)}</p>` : '';

  // Home body.
  const home: string[] = [`<h1 class="oculto">${esc(title)}</h1>`];
  const banners: string[] = [];
  if (f.section === 'own-page' || f.section === 'catalogue-host') banners.push(`<a href="${u('section')}">${rng.pick(['Consulta y descarga los datos del municipio', 'Conoce los datos abiertos de ' + esc(id.m.name), 'Datos del municipio para todos'])}</a>`);
  if (f.app === 'own') banners.push(`<a href="${u('app')}"><img src="/imagenes/banner-app.jpg" alt="Descarga la app ${esc(appName)}"></a>`);
  if (f.video === 'live-html5' || f.video === 'live-iframe') banners.push(`<a href="${u('cabildo')}">${rng.pick(W.VIDEO_LIVE).link}</a>`);
  if (survey) banners.push(`<a href="${u('encuesta')}">${esc(survey.link)}</a>`);
  if (banners.length) home.push(`<section class="destacados"><h2>${rng.pick(['Destacados', 'Accesos rápidos', 'Te puede interesar'])}</h2><ul>${banners.map((b) => `<li>${b}</li>`).join('')}</ul></section>`);
  const news = rng.sample(W.NEWS, 2);
  home.push(`<section class="noticias"><h2>Noticias</h2>${news.map((n, i) => `<article><h3><a href="${u('noticias')}">${esc(n.title)}</a></h3><p class="fecha">${date(rng.int(1, 9) + i * 5, "d 'de' MMMM 'de' yyyy")}</p><p>${esc(n.text)}</p></article>`).join('')}</section>`);
  if (f.contact === 'form-home') {
    const t = f.collaboration === 'complaints-decoy' ? rng.pick(W.COMPLAINTS_TITLES) : rng.pick(W.CONTACT_FORM_TITLES);
    home.push(`<section class="contacto-inicio"><h2>${esc(t)}</h2>${form(t, `${field('nombre', 'Nombre')}\n${field('correo', 'Correo electrónico', 'email')}\n${area('mensaje', rng.pick(W.MESSAGE_LABELS))}`, rng.pick(W.SUBMIT_LABELS), '/contacto/enviar')}</section>`);
  }
  if (f.contact === 'phone-only') home.push(`<section class="atencion"><h2>${rng.pick(['Atención ciudadana', 'Contacto'])}</h2><p>Llámanos al ${id.phone}, de lunes a viernes de 9:00 a 15:00 horas.</p></section>`);
  if (f.video === 'single-video-decoy') home.push(`<section class="video"><h2>Conoce ${esc(id.m.state)}</h2><iframe width="100%" height="280" src="https://www.youtube.com/embed/${pascalCase(id.m.state).slice(0, 6)}Tur${rng.int(10, 99)}x" title="Video promocional de la Secretaría de Turismo del Estado de ${esc(id.m.state)}" allowfullscreen></iframe><p>Video: Descubre ${esc(id.m.state)}, cortesía de la Secretaría de Turismo del Estado.</p></section>`);
  if (f.social === 'share-decoy') home.push(share(id, u('home')));
  home.push(timeline(ctx));
  pages.push({ key: 'home', url: u('home'), title: `${title} – Gobierno Municipal`, body: home.filter(Boolean).join('\n'), inSection: false });

  // Other pages.
  const obligations = rng.sample(W.OBLIGATIONS, 4).sort();
  const tr: string[] = [`<h1>${esc(nav.find((n) => n.key === 'transparencia')!.label)}</h1>`, `<p>Información pública de oficio que el H. Ayuntamiento publica conforme a la ley de transparencia del Estado de ${esc(id.m.state)}.</p>`, '<ul class="obligaciones">'];
  obligations.forEach((o, i) => {
    const stem = `transparencia/fraccion-${i + 1}`;
    const xlsx = rng.chance(0.5);
    files.push({ host: id.host, urlPath: `/${stem}.${xlsx ? 'xlsx' : 'pdf'}`, file: `${stem}.${xlsx ? 'xlsx.csv' : 'pdf.txt'}`, content: `${o}\nEjercicio,Periodo,Área responsable\n2016,Primer trimestre,Tesorería\n`, ageDays: 120 });
    tr.push(`<li>${esc(o)} <a href="/${stem}.${xlsx ? 'xlsx' : 'pdf'}">(${xlsx ? 'formato SIPOT, Excel' : 'PDF'})</a></li>`);
  });
  if (f.evaluation === 'law-decoy') tr.push(`<li>${esc(W.LAW_SURVEY_DECOY)}</li>`);
  tr.push('</ul>', `<p>Para presentar una solicitud de información utilice la <a href="https://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a>.</p>`);
  pages.push({ key: 'transparencia', url: u('transparencia'), title: `Transparencia – ${title}`, body: tr.join('\n'), inSection: false });

  if (f.participation === 'explained') {
    const mech = rng.sample(W.MECHANISMS, rng.int(2, 4));
    const contact = f.participationContact === 'given'
      ? `<div class="contacto-participacion"><h3>${rng.pick(W.PARTICIPATION_CONTACT_HEADINGS)}</h3><p>Dirección de Participación Ciudadana<br>${esc(id.address)}<br>Tel. ${id.phone.replace(/\d{4}$/, String(rng.int(1000, 9999)))} ext. ${rng.int(100, 999)}<br>Correo: <a href="mailto:participacion@${id.host.replace(/^www\./, '')}">participacion@${id.host.replace(/^www\./, '')}</a></p></div>`
      : '';
    const links = f.collaboration === 'proposals' ? `<p><a href="${u('propuestas')}">${esc(rng.pick(W.PROPOSALS).link)}</a></p>` : '';
    pages.push({
      key: 'participacion', url: u('participacion'), title: `Participación Ciudadana – ${title}`, inSection: false,
      body: `<h1>Participación Ciudadana</h1>\n<p>En ${esc(id.m.name)} puedes decidir y vigilar el trabajo del Ayuntamiento. Estas son las formas de participar:</p>\n${mech.map((x) => `<h2>${esc(x.name)}</h2>\n<p>${esc(fill(x.text, id, { n: rng.int(5, 40) }))}</p>`).join('\n')}\n${links}\n${contact}`,
    });
  } else if (f.participation === 'names-only') {
    pages.push({
      key: 'participacion', url: u('participacion'), title: `Participación Ciudadana – ${title}`, inSection: false,
      body: `<h1>Participación Ciudadana</h1>\n<h2>Reglamento de Participación Ciudadana del Municipio de ${esc(id.m.name)}</h2>\n<p>${esc(fill(rng.pick(W.MECHANISM_NAMES_ONLY), id))}</p>`,
    });
  }

  if (f.collaboration === 'proposals') {
    const w = rng.pick(W.PROPOSALS);
    pages.push({
      key: 'propuestas', url: u('propuestas'), title: `${fill(w.title, id)} – ${title}`, inSection: false,
      body: `<h1>${esc(fill(w.title, id))}</h1>\n<p>${esc(w.intro)}</p>\n${form(fill(w.title, id), `${field('nombre', 'Nombre')}\n${field('colonia', 'Colonia')}\n${field('titulo', 'Título de la propuesta')}\n${area('propuesta', w.field)}`, 'Enviar propuesta', '/propuestas/enviar')}`,
    });
  }

  if (f.contact === 'form-page' || f.contact === 'mailto-page') {
    const isForm = f.contact === 'form-page';
    const t = f.collaboration === 'complaints-decoy' ? rng.pick(W.COMPLAINTS_TITLES) : rng.pick(W.CONTACT_FORM_TITLES);
    const body = isForm
      ? `<h1>${esc(t)}</h1>\n<p>${rng.pick(['Envíanos tu mensaje y te responderemos a la brevedad.', 'Cuéntanos tu queja, reporte o sugerencia.', 'Escribe tu mensaje para cualquier área del Ayuntamiento.'])}</p>\n${form(t, `${field('nombre', 'Nombre')}\n${field('correo', 'Correo electrónico', 'email')}\n${f.collaboration === 'complaints-decoy' ? '<p><label for="tipo">Tipo</label><br><select id="tipo" name="tipo"><option>Queja</option><option>Sugerencia</option><option>Reporte</option></select></p>\n' : ''}${area('mensaje', rng.pick(W.MESSAGE_LABELS))}`, rng.pick(W.SUBMIT_LABELS), '/contacto/enviar')}`
      : `<h1>${esc(contactLabel)}</h1>\n<p>Presidencia Municipal: Tel. ${id.phone}</p>\n<p>Secretaría del Ayuntamiento: Tel. ${id.phone.replace(/\d{4}$/, String(rng.int(1000, 9999)))}</p>\n<p>Correo electrónico: <a href="mailto:contacto@${id.host.replace(/^www\./, '')}">contacto@${id.host.replace(/^www\./, '')}</a></p>\n<p>Horario de atención: lunes a viernes de 9:00 a 15:00 horas.</p>`;
    pages.push({ key: 'contacto', url: u('contacto'), title: `${isForm ? t : contactLabel} – ${title}`, body, inSection: false });
  }

  if (survey) {
    const n = rng.int(300, 2400);
    const services = rng.sample(W.SERVICES_RATED, 4);
    const body = f.evaluation === 'survey'
      ? `<h1>${esc(survey.title)}</h1>\n<p>${esc(fill(survey.intro, id, { n }))}</p>\n<form class="encuesta" method="post" action="/encuesta/enviar">\n${services.map((s, i) => `<fieldset><legend>${esc(s)}</legend>${['Muy bueno', 'Bueno', 'Regular', 'Malo'].map((o, j) => `<label><input type="radio" name="p${i}" value="${4 - j}"> ${o}</label>`).join(' ')}</fieldset>`).join('\n')}\n<p><button type="submit">Enviar encuesta</button></p>\n</form>`
      : `<h1>${esc(survey.title)}</h1>\n<p>${esc(fill(survey.intro, id, { n }))}</p>\n<table><tr><th>Servicio</th><th>Muy bueno o bueno</th><th>Regular</th><th>Malo</th></tr>${services.map((s) => { const a = rng.int(35, 75); const b = rng.int(10, 100 - a - 5); return `<tr><td>${esc(s)}</td><td>${a} %</td><td>${b} %</td><td>${100 - a - b} %</td></tr>`; }).join('')}</table>`;
    pages.push({ key: 'encuesta', url: u('encuesta'), title: `${survey.title} – ${title}`, body, inSection: false });
  }

  const follow = fill(rng.pick(W.MAYOR_FOLLOW), id, { title: presidentTitle });
  const mayorLinks =
    f.mayor === 'own' ? `<h2>${esc(follow)}</h2><ul>${['twitter', 'facebook'].map((p) => `<li><a href="${platformUrl(p, id.mayor.handle)}">${platformName(p)} de ${esc(id.mayor.name)}</a></li>`).join('')}</ul>`
    : f.mayor === 'gov-only' ? `<h2>Síguenos en redes sociales</h2><ul>${f.socialPlatforms.map((p) => `<li><a href="${platformUrl(p, id.govHandle)}">${platformName(p)} del Ayuntamiento</a></li>`).join('')}</ul>`
    : '';
  pages.push({
    key: 'presidente', url: u('presidente'), title: `${id.mayor.female ? 'Presidenta' : 'Presidente'} Municipal – ${title}`, inSection: false,
    body: `<h1>${esc(id.mayor.name)}</h1>\n<p>${id.mayor.female ? 'Presidenta' : 'Presidente'} Municipal Constitucional de ${esc(id.m.name)}.</p>\n<p>${rng.pick(['Es licenciada en Derecho por la universidad del estado y ha trabajado en el servicio público por más de quince años.', 'Nació en el municipio y fue regidor en la administración anterior.', 'Es contador público y antes dirigió la Cámara de Comercio local.'])}</p>\n${mayorLinks}`,
  });

  pages.push({
    key: 'noticias', url: u('noticias'), title: `Noticias – ${title}`, inSection: false,
    body: `<h1>Noticias</h1>\n${W.NEWS.map((n, i) => `<article><h2>${esc(n.title)}</h2><p class="fecha">${date(2 + i * 6, "d 'de' MMMM 'de' yyyy")}</p><p>${esc(n.text)}</p>${f.social === 'share-decoy' ? share(id, u('noticias')) : ''}</article>`).join('\n')}`,
  });

  const services: string[] = [`<li><a href="https://pagos.${id.host.replace(/^www\./, '')}/predial">Pago del predial en línea</a></li>`];
  if (f.collaboration === 'proposals') services.push(`<li><a href="${u('propuestas')}">${esc(rng.pick(W.PROPOSALS).link)}</a></li>`);
  if (f.collaboration === 'data-request' && (f.section === 'own-page' || f.section === 'catalogue-host')) services.push(`<li><a href="${u('solicita')}">${esc(rng.pick(W.DATA_REQUEST).link)}</a></li>`);
  if (f.collaboration === 'access-request-decoy') services.push(`<li><a href="https://www.plataformadetransparencia.org.mx/">${esc(rng.pick(W.ACCESS_REQUEST_LINKS))}</a></li>`);
  pages.push({ key: 'servicios', url: u('servicios'), title: `Servicios en línea – ${title}`, inSection: false, body: `<h1>Servicios en línea</h1>\n<ul>${services.join('')}</ul>` });

  if (f.app === 'own') {
    pages.push({
      key: 'app', url: u('app'), title: `App ${appName.replace(/^App /, '')} – ${title}`, inSection: false,
      body: `<h1>${esc(appName)}</h1>\n<p>${esc(fill(rng.pick(W.APP_INTROS), id))}</p>\n<p><a href="https://play.google.com/store/apps/details?id=mx.gob.${id.m.label}.ciudadano"><img src="/imagenes/google-play.png" alt="Disponible en Google Play"></a> <a href="https://apps.apple.com/mx/app/${id.m.label}-contigo/id${rng.int(1000000000, 1999999999)}"><img src="/imagenes/app-store.png" alt="Descárgala en el App Store"></a></p>`,
    });
  }

  if (f.video === 'live-html5' || f.video === 'live-iframe') {
    const w = rng.pick(W.VIDEO_LIVE);
    const player = f.video === 'live-html5'
      ? `<video id="cabildo-en-vivo" controls width="100%" poster="/imagenes/cabildo.jpg"><source src="/media/cabildo/envivo.m3u8" type="application/x-mpegURL">Tu navegador no puede reproducir la transmisión.</video>`
      : `<iframe width="100%" height="315" src="https://www.youtube.com/embed/live_stream?channel=UC${id.pascal.slice(0, 8).padEnd(8, 'x')}Cabildo${rng.int(1000000, 9999999)}" title="${esc(w.caption)}" allowfullscreen></iframe>`;
    if (f.video === 'live-html5') files.push({ host: id.host, urlPath: '/media/cabildo/envivo.m3u8', file: 'media/cabildo/envivo.m3u8', content: '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nsegmento-001.ts\n', ageDays: 0 });
    pages.push({ key: 'cabildo', url: u('cabildo'), title: `${w.title} – ${title}`, inSection: false, body: `<h1>${esc(w.title)}</h1>\n<p>${esc(w.caption)}. Las sesiones ordinarias son el primer y tercer jueves de cada mes a las 10:00 horas.</p>\n${player}` });
  }

  return { pages, files, nav, socialBar, searchForm, footer, sectionTopline };
}

function share(id: Identity, path: string): string {
  const url = encodeURIComponent(`http://${id.host}${path.startsWith('/') ? path : '/'}`);
  return `<div class="compartir"><span>Compartir:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${url}" title="Compartir en Facebook">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${url}&amp;text=${encodeURIComponent(id.m.name)}" title="Compartir en Twitter">Twitter</a> <a href="https://api.whatsapp.com/send?text=${url}" title="Compartir por WhatsApp">WhatsApp</a></div>`;
}
