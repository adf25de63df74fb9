/**
 * The template around each page body, per style: WordPress theme markup, Joomla module positions, Drupal
 * blocks and views, ASP.NET WebForms (one page-wide form, menus as __doPostBack anchors), Liferay portlets, a
 * hash-routed SPA (pages rendered by script from a route table), a frameset, a DKAN/Socrata catalogue on a
 * datos. host, an ISO-8859-1 table layout with an image-map menu, and a vendor PHP template.
 */
import type { Features } from './features.ts';
import type { Identity, NavEntry, Page, Site } from './render.ts';
import { fileForUrl, type Router } from './styles.ts';

export interface OutFile {
  host: string;
  /** Path under site/<host>/. */
  file: string;
  content: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ICONS: Record<string, string> = { section: 'database', participacion: 'users', contacto: 'envelope', transparencia: 'balance-scale', construccion: 'database' };

export function navLink(n: NavEntry, extra = ''): string {
  const slug = n.key === 'external' ? 'externo' : n.key;
  switch (n.mode) {
    case 'text': return `<a href="${n.href}"${extra}>${esc(n.label)}</a>`;
    case 'img-alt': return `<a href="${n.href}"${extra}><img src="/imagenes/menu/${slug}.png" alt="${esc(n.label)}" width="120" height="32"></a>`;
    case 'icon-title': return `<a href="${n.href}" title="${esc(n.label)}"${extra}><i class="fa fa-${ICONS[slug] ?? 'circle'}" aria-hidden="true"></i></a>`;
    case 'aria-label': return `<a href="${n.href}" aria-label="${esc(n.label)}"${extra}><span class="icono icono-${slug}"></span></a>`;
  }
}

const CSS = `body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.envoltura{max-width:1100px;margin:0 auto;padding:0 12px}
img{max-width:100%;height:auto}
nav ul,.menu{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:10px}
.tabla{overflow-x:auto}
table{border-collapse:collapse}
td,th{border-bottom:1px solid #ccc;padding:4px;text-align:left}
.social-icons{list-style:none;display:flex;gap:8px;padding:0}
input,textarea,select{max-width:100%}`;

function head(f: Features, title: string, charset: string, extra = ''): string {
  return `<meta charset="${charset}">\n${f.viewport ? '<meta name="viewport" content="width=device-width, initial-scale=1">\n' : ''}<title>${esc(title)}</title>\n<style>\n${CSS}\n</style>${extra}`;
}

interface ShellInput {
  f: Features;
  id: Identity;
  site: Site;
  router: Router;
}

function bodyOf(input: ShellInput, page: Page): string {
  const top = page.inSection ? input.site.sectionTopline : '';
  return `${top}${page.body}`;
}

/** ASP.NET WebForms: the whole page is one form, so the bodies' own forms lose their tags and keep their fields. */
function webForms(html: string): string {
  return html.replace(/<form\b[^>]*>/g, '<div class="formulario-aspx">').replace(/<\/form>/g, '</div>').replace(/<button type="submit">([^<]*)<\/button>/g, (_m, label: string) => `<input type="submit" name="ctl00$cphContenido$btn${label.replace(/[^A-Za-z]/g, '')}" value="${label}">`);
}

function classicPage(input: ShellInput, page: Page): string {
  const { f, id, site } = input;
  const charset = f.style === 'iso-table' ? 'ISO-8859-1' : 'UTF-8';
  const title = page.title;
  const body = bodyOf(input, page);
  const navItems = site.nav;
  switch (f.style) {
    case 'wordpress':
      return `<!DOCTYPE html>\n<html lang="es-MX">\n<head>\n${head(f, title, charset, '\n<meta name="generator" content="WordPress 4.5.2">\n<link rel="stylesheet" href="/wp-content/themes/municipio/style.css?ver=1.0">')}\n</head>\n<body class="page-template-default page">\n<div id="page" class="site">\n<header id="masthead" class="site-header envoltura" role="banner">\n<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt="${esc(`H. Ayuntamiento de ${id.m.name}`)}"></a></div>\n${site.socialBar}\n${site.searchForm}\n<nav id="site-navigation" class="main-navigation" role="navigation"><ul id="primary-menu" class="menu">${navItems.map((n) => `<li class="menu-item">${navLink(n)}</li>`).join('')}</ul></nav>\n</header>\n<div id="content" class="site-content envoltura"><main id="main" class="site-main" role="main"><article class="page type-page"><div class="entry-content">\n${body}\n</div></article></main></div>\n<footer id="colophon" class="site-footer envoltura" role="contentinfo">${site.footer}</footer>\n</div>\n</body>\n</html>\n`;
    case 'joomla':
      return `<!DOCTYPE html>\n<html lang="es-es" dir="ltr">\n<head>\n${head(f, title, charset, '\n<meta name="generator" content="Joomla! - Open Source Content Management">')}\n</head>\n<body class="site com_content view-article">\n<div class="body"><div class="container envoltura">\n<header class="header" role="banner"><div class="header-inner"><a class="brand" href="/">H. Ayuntamiento de ${esc(id.m.name)}</a><div class="header-search">${site.searchForm}</div></div></header>\n<div id="position-1"><div class="moduletable_menu"><ul class="nav menu mod-list">${navItems.map((n, i) => `<li class="item-${101 + i}">${navLink(n)}</li>`).join('')}</ul></div></div>\n<div id="position-0"><div class="moduletable">${site.socialBar}</div></div>\n<main id="content" role="main" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">\n${body}\n</div></main>\n</div></div>\n<footer class="footer" role="contentinfo"><div class="container envoltura"><div id="position-14" class="moduletable">${site.footer}</div></div></footer>\n</body>\n</html>\n`;
    case 'drupal':
    case 'catalogue':
      return `<!DOCTYPE html>\n<html lang="es" dir="ltr">\n<head>\n${head(f, title, charset, '\n<meta name="Generator" content="Drupal 7 (http://drupal.org)">')}\n</head>\n<body class="html not-front page-node">\n<div id="page-wrapper"><div id="page" class="envoltura">\n<div id="header"><a href="/" title="Inicio" rel="home" id="logo"><img src="/sites/all/themes/municipio/logo.png" alt="Inicio"></a>\n<div class="region region-header"><div id="block-search-form" class="block block-search">${site.searchForm}</div><div id="block-block-3" class="block">${site.socialBar}</div></div></div>\n<div id="main-menu" class="navigation"><h2 class="element-invisible">Menú principal</h2><ul class="links">${navItems.map((n, i) => `<li class="menu-${218 + i}${i === 0 ? ' first' : ''}">${navLink(n)}</li>`).join('')}</ul></div>\n<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">\n${body}\n</div></div></div></div></div></div></div>\n<div id="footer-wrapper"><div class="section"><div class="region region-footer">${site.footer}</div></div></div>\n</div></div>\n</body>\n</html>\n`;
    case 'aspnet': {
      const pageName = (fileForUrl(page.url).split('/').pop() ?? 'Default.aspx').replace(/~.*$/, '');
      const menu = navItems.map((n, i) => `<td><a class="menuItem" href="javascript:__doPostBack('ctl00$MenuPrincipal','${i}')">${esc(n.label)}</a></td>`).join('');
      // Every menu entry is also a plain link on the home page ("Accesos directos"), so nothing depends on a postback.
      const quick = page.key === 'home' ? `<div id="ctl00_cphContenido_pnlAccesos" class="accesos"><h2>Accesos directos</h2><ul>${navItems.map((n) => `<li>${navLink(n)}</li>`).join('')}</ul></div>` : '';
      return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="es">\n<head>\n${head(f, title, charset)}\n</head>\n<body>\n<form name="aspnetForm" method="post" action="./${pageName}" id="aspnetForm">\n<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkPnV2dGh1cm5h"></div>\n<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n<div id="ctl00_divEncabezado" class="encabezado envoltura"><a href="/"><img id="ctl00_imgLogo" src="/Imagenes/logo.png" alt="H. Ayuntamiento de ${esc(id.m.name)}"></a>${site.socialBar}${webForms(site.searchForm)}</div>\n<table id="ctl00_MenuPrincipal" class="menu" cellpadding="0" cellspacing="0"><tr>${menu}</tr></table>\n<div id="ctl00_cphContenido_pnlContenido" class="contenido envoltura">\n${quick}\n${webForms(body)}\n</div>\n<div id="ctl00_divPie" class="pie envoltura">${site.footer}</div>\n</form>\n</body>\n</html>\n`;
    }
    case 'liferay': {
      const portlet = (name: string, inner: string) => `<section class="portlet" id="portlet_${name}"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">${inner}</div></div></div></section>`;
      return `<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="es-ES">\n<head>\n${head(f, title, charset, '\n<link href="/o/municipio-theme/images/favicon.ico" rel="icon">')}\n</head>\n<body class="controls-visible yui3-skin-sam signed-out public-page site">\n<div class="container-fluid envoltura" id="wrapper">\n<header id="banner" role="banner"><div id="heading"><a class="logo custom-logo" href="/" title="Ir a H. Ayuntamiento de ${esc(id.m.name)}"><img alt="H. Ayuntamiento de ${esc(id.m.name)}" src="/image/layout_set_logo?img_id=35601"></a></div>\n${site.socialBar ? portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_redes', site.socialBar) : ''}\n${site.searchForm ? portlet('com_liferay_portal_search_web_portlet_SearchPortlet', site.searchForm) : ''}\n<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Páginas del sitio" role="menubar">${navItems.map((n) => `<li class="lfr-nav-item" role="presentation">${navLink(n, ' role="menuitem"')}</li>`).join('')}</ul></nav></header>\n<section id="content"><div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">\n${portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_contenido', `<div class="journal-content-article">\n${body}\n</div>`)}\n</div></div></div></section>\n<footer id="footer" role="contentinfo">${site.footer}</footer>\n</div>\n</body>\n</html>\n`;
    }
    case 'iso-table': {
      const areas = navItems.map((n, i) => `<area shape="rect" coords="0,${i * 30},180,${i * 30 + 28}" href="${n.href}" alt="${esc(n.label)}">`).join('\n');
      return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n${head(f, title, charset)}\n</head>\n<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr><td colspan="2"><img src="/imagenes/encabezado.jpg" width="980" height="120" alt="H. Ayuntamiento de ${esc(id.m.name)}"></td></tr>\n<tr><td colspan="2" align="right">${site.searchForm}${site.socialBar}</td></tr>\n<tr><td width="180" valign="top"><img src="/imagenes/menu.gif" width="180" height="${navItems.length * 30}" usemap="#menu" border="0" alt="Menú">\n<map name="menu" id="menu">\n${areas}\n</map></td>\n<td width="800" valign="top" class="contenido">\n${body}\n</td></tr>\n<tr><td colspan="2" align="center" class="pie">${site.footer}</td></tr>\n</table>\n</body>\n</html>\n`;
    }
    case 'vendor-php':
      return `<!DOCTYPE html>\n<html lang="es">\n<head>\n${head(f, title, charset)}\n<!-- Plantilla SIGEM Municipal v3.2 - Sistemas Integrales de Gobierno S.A. de C.V. -->\n</head>\n<body>\n<div id="contenedor" class="envoltura">\n<div id="cabecera"><div id="logo"><a href="/"><img src="/plantilla/img/logo.png" alt="H. Ayuntamiento de ${esc(id.m.name)}"></a></div><div id="herramientas">${site.searchForm}${site.socialBar}</div></div>\n<div id="menu"><ul id="menu_principal">${navItems.map((n) => `<li>${navLink(n)}</li>`).join('')}</ul></div>\n<div id="cuerpo"><div id="contenido">\n${body}\n</div></div>\n<div id="pie">${site.footer}<p class="proveedor">Desarrollado por SIGEM Sistemas Integrales de Gobierno</p></div>\n</div>\n</body>\n</html>\n`;
    case 'frameset':
      return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="es">\n<head>\n${head(f, title, charset)}\n<base target="principal">\n</head>\n<body>\n${body}\n<div class="pie">${site.footer}</div>\n</body>\n</html>\n`;
    case 'hash-spa':
      throw new Error('the SPA is rendered by spaFiles');
  }
}

/** The catalogue host's pages: DKAN (Drupal 7 + views) or a Socrata-like browse page. */
function cataloguePage(input: ShellInput, page: Page): string {
  const { f, id, site } = input;
  const body = bodyOf(input, page);
  const brand = `Datos Abiertos ${esc(id.m.name)}`;
  const back = `<a href="http://${id.host}/">Regresar al portal del H. Ayuntamiento</a>`;
  if (f.catalogue === 'dkan')
    return `<!DOCTYPE html>\n<html lang="es" dir="ltr">\n<head>\n${head(f, page.title, 'UTF-8', '\n<meta name="Generator" content="Drupal 7 (http://drupal.org) + DKAN">')}\n</head>\n<body class="html page-dataset dkan">\n<header class="navbar"><div class="envoltura"><a class="logo navbar-btn" href="/">${brand}</a><ul class="menu nav navbar-nav"><li><a href="/">Conjuntos de datos</a></li><li>${back}</li></ul></div></header>\n<div class="main-container envoltura"><section class="col-sm-12"><div class="region region-content"><div class="view view-dkan-datasets"><div class="view-content">\n${body}\n</div></div></div></section></div>\n<footer class="footer envoltura">${site.footer}<p>Desarrollado con DKAN</p></footer>\n</body>\n</html>\n`;
  return `<!DOCTYPE html>\n<html lang="es">\n<head>\n${head(f, page.title, 'UTF-8')}\n</head>\n<body class="browse2 socrata-site">\n<header id="site-chrome-header" class="site-chrome"><div class="envoltura"><a class="logo" href="/">${brand}</a> <nav class="site-chrome-nav"><a href="/browse">Explorar datos</a> ${back}</nav></div></header>\n<main class="browse2-results envoltura" id="main">\n${body}\n</main>\n<footer id="site-chrome-footer" class="envoltura">${site.footer}<p>Powered by Socrata</p></footer>\n</body>\n</html>\n`;
}

/** The hash-routed SPA: one shell, one script holding every route's title and HTML, rendered on hashchange. */
function spaFiles(input: ShellInput): OutFile[] {
  const { f, id, site } = input;
  const routes: Record<string, { title: string; html: string }> = {};
  for (const page of site.pages) {
    const route = page.url.replace(/^\/#/, '') || '/';
    routes[route] = { title: page.title, html: bodyOf(input, page) };
  }
  const nav = `<nav class="menu-app"><ul class="menu">${site.nav.map((n) => `<li>${navLink(n)}</li>`).join('')}</ul></nav>`;
  const header = `<header class="app-header envoltura"><a href="#/" class="marca">H. Ayuntamiento de ${esc(id.m.name)}</a>${site.socialBar}${site.searchForm}${nav}</header>`;
  const script = `/* ${id.m.name} · portal ciudadano (build 2.3.1) */
(function () {
  var RUTAS = ${JSON.stringify(routes)};
  var ENCABEZADO = ${JSON.stringify(header)};
  var PIE = ${JSON.stringify(`<footer class="app-footer envoltura">${site.footer}</footer>`)};
  function ruta() {
    var h = (window.location.hash.replace(/^#/, '') || '/').split('?')[0];
    return RUTAS[h] ? h : '/';
  }
  function pinta() {
    var r = RUTAS[ruta()];
    document.title = r.title;
    var app = document.getElementById('app');
    app.innerHTML = ENCABEZADO + '<main class="envoltura vista">' + r.html + '</main>' + PIE;
    var scripts = app.querySelectorAll('script');
    for (var i = 0; i < scripts.length; i++) {
      var s = document.createElement('script');
      s.text = scripts[i].text;
      scripts[i].parentNode.replaceChild(s, scripts[i]);
    }
    window.scrollTo(0, 0);
  }
  window.addEventListener('hashchange', pinta);
  document.addEventListener('DOMContentLoaded', pinta);
})();
`;
  const shell = `<!DOCTYPE html>\n<html lang="es">\n<head>\n${head(f, `H. Ayuntamiento de ${id.m.name}`, 'UTF-8')}\n<script src="/app/portal.js"></script>\n</head>\n<body>\n<div id="app"><noscript>Para ver este portal activa JavaScript en tu navegador.</noscript></div>\n</body>\n</html>\n`;
  return [
    { host: id.host, file: 'index.html', content: shell },
    { host: id.host, file: 'app/portal.js', content: script },
  ];
}

/** The frameset: `/` holds a menu frame and a content frame; the menu frame has the site's navigation. */
function framesetFiles(input: ShellInput): OutFile[] {
  const { f, id, site } = input;
  const menu = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="es">\n<head>\n${head(f, 'Menú', 'UTF-8')}\n<base target="principal">\n</head>\n<body class="menu-marco">\n<p><img src="/imagenes/escudo.gif" alt="Escudo de ${esc(id.m.name)}"></p>\n${site.searchForm}\n<ul class="menu-vertical">${site.nav.map((n) => `<li>${navLink(n.key === 'home' ? { ...n, href: '/inicio.html' } : n)}</li>`).join('')}</ul>\n${site.socialBar}\n</body>\n</html>\n`;
  const frames = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">\n<html lang="es">\n<head>\n<meta charset="UTF-8">\n<title>H. Ayuntamiento de ${esc(id.m.name)}</title>\n</head>\n<frameset cols="210,*" frameborder="0">\n<frame src="/menu.html" name="menu" scrolling="auto">\n<frame src="/inicio.html" name="principal">\n<noframes><body><p>Su navegador no soporta marcos. <a href="/inicio.html">Entrar al sitio</a>.</p></body></noframes>\n</frameset>\n</html>\n`;
  const out: OutFile[] = [
    { host: id.host, file: 'index.html', content: frames },
    { host: id.host, file: 'menu.html', content: menu },
  ];
  for (const page of site.pages) {
    const file = page.key === 'home' ? 'inicio.html' : fileForUrl(page.url);
    out.push({ host: id.host, file, content: classicPage(input, page) });
  }
  return out;
}

/** Latin-1 stand-ins for the punctuation a UTF-8 source uses (the ISO-8859-1 portal cannot encode them). */
export function toLatin1(text: string): string {
  const map: Record<string, string> = { '—': '-', '–': '-', '…': '...', '“': '"', '”': '"', '‘': "'", '’': "'", '·': '|', '›': '>', '→': '->', '•': '*' };
  return text.replace(/[^\u0000-\u00ff]/g, (c) => {
    if (!(c in map)) throw new Error(`no ISO-8859-1 stand-in for "${c}"`);
    return map[c]!;
  });
}

export function renderSiteFiles(input: ShellInput, realHome: string | null): OutFile[] {
  const { f, id, site } = input;
  let out: OutFile[];
  if (f.style === 'hash-spa') out = spaFiles(input);
  else if (f.style === 'frameset') out = framesetFiles(input);
  else
    out = site.pages.map((page) => {
      const onCatalogue = /^http:\/\//.test(page.url);
      const host = onCatalogue ? new URL(page.url).hostname : id.host;
      const file = page.key === 'home' && realHome ? fileForUrl(realHome) : fileForUrl(onCatalogue ? new URL(page.url).pathname + new URL(page.url).search : page.url);
      return { host, file, content: onCatalogue ? cataloguePage(input, page) : classicPage(input, page) };
    });
  if (realHome)
    out.push({
      host: id.host, file: 'index.html',
      content: `<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="${f.style === 'iso-table' ? 'ISO-8859-1' : 'UTF-8'}">\n<meta http-equiv="refresh" content="0; url=${realHome}">\n<title>H. Ayuntamiento de ${esc(id.m.name)}</title>\n</head>\n<body>\n<p>Cargando… si no avanza, <a href="${realHome}">entre aquí</a>.</p>\n</body>\n</html>\n`,
    });
  return f.style === 'iso-table' ? out.map((o) => ({ ...o, content: toLatin1(o.content) })) : out;
}
