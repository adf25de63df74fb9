/**
 * Markup for the `html:` rows of the indicator tables: whole portal pages (head, header and menu, main
 * content, sidebar, footer) in the three shapes Mexican municipal portals come in — a WordPress theme, an old
 * table layout, a Bootstrap 3 template — so a row reads like a saved page and runs through the real gatherers.
 * `site()` turns pages given by path into the `{ url: html }` map a row holds (the first one is the home page);
 * `sectionSite()` adds the home page whose menu leads to "Datos Abiertos" (/datos-abiertos) and that landing page.
 */
import { SITE } from './build-artifacts.ts';

export type PortalStyle = 'wordpress' | 'table' | 'bootstrap';

export interface MenuItem {
  text: string;
  href: string;
}

export interface PageOptions {
  /** The page's own title; the skeleton adds the government's name. */
  title: string;
  /** Markup of the main content. */
  main: string;
  menu?: MenuItem[];
  /** Sidebar widgets (WordPress `aside`, Bootstrap column, table-layout right column). */
  aside?: string;
  /** Extra `<head>` markup (meta tags, scripts). */
  head?: string;
  /** Social icons (or anything else) shown in the footer. */
  footer?: string;
  /** A site-wide search box in the header. */
  search?: boolean;
  /** `<meta name="viewport" content="width=device-width…">`; default true except for the table layout. */
  viewport?: boolean;
  /** Table layout only: the outer table's `width` attribute (old portals: 780). */
  tableWidth?: string;
}

export const GOVERNMENT = 'Gobierno Municipal de Tlajomulco de Zúñiga';

export const BASE_MENU: MenuItem[] = [
  { text: 'Inicio', href: '/' },
  { text: 'Gobierno', href: '/gobierno' },
  { text: 'Trámites y Servicios', href: '/tramites-y-servicios' },
  { text: 'Transparencia', href: '/transparencia' },
  { text: 'Sala de Prensa', href: '/noticias' },
  { text: 'Contacto', href: '/contacto' },
];

/** The same menu with "Datos Abiertos" after "Transparencia". */
export const SECTION_MENU: MenuItem[] = [...BASE_MENU.slice(0, 4), { text: 'Datos Abiertos', href: '/datos-abiertos' }, ...BASE_MENU.slice(4)];

export const url = (path: string): string => (path.startsWith('http') ? path : `${SITE}${path}`);

const FOOTER_ADDRESS =
  'H. Ayuntamiento de Tlajomulco de Zúñiga, Jalisco<br>Higuera No. 70, Col. Centro, C.P. 45640<br>Conmutador: (33) 3283 4400';

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

function menuItems(menu: MenuItem[], item: (m: MenuItem) => string): string {
  return menu.map(item).join('\n      ');
}

export function wordpressPage(o: PageOptions): string {
  const menu = o.menu ?? BASE_MENU;
  return `<!DOCTYPE html>
<html lang="es-MX">
<head>
  <meta charset="UTF-8">
  ${o.viewport === false ? '' : VIEWPORT}
  <title>${o.title} | ${GOVERNMENT}</title>
  <link rel="stylesheet" id="customizr-style-css" href="${SITE}/wp-content/themes/customizr/style.css?ver=3.4.21" type="text/css" media="all">
  ${o.head ?? ''}
</head>
<body class="page-template-default page tc-header-left">
<div id="tc-page-wrap">
  <header class="tc-header clearfix row-fluid" role="banner">
    <div class="brand span3 pull-left">
      <a class="site-logo" href="${SITE}/" title="${GOVERNMENT} | Inicio"><img src="${SITE}/wp-content/uploads/2015/10/logo-tlajomulco.png" alt="Volver a la página principal" width="250" height="100"></a>
    </div>
    ${
      o.search
        ? `<form role="search" method="get" class="search-form" action="${SITE}/">
      <label><span class="screen-reader-text">Buscar:</span><input type="search" class="search-field" placeholder="Buscar en el sitio…" value="" name="s"></label>
      <input type="submit" class="search-submit" value="Buscar">
    </form>`
        : ''
    }
    <nav class="navbar-wrapper clearfix span9" role="navigation">
      <ul id="menu-principal" class="nav tc-hover-menu">
      ${menuItems(menu, (m) => `<li class="menu-item menu-item-type-post_type"><a href="${url(m.href)}">${m.text}</a></li>`)}
      </ul>
    </nav>
  </header>
  <div id="main-wrapper" class="container">
    <div class="container" role="main">
      <div class="row column-content-wrapper">
        <div id="content" class="span9 article-container">
          <article class="page type-page status-publish">
${o.main}
          </article>
        </div>
        ${o.aside ? `<div class="span3 right tc-sidebar"><div id="right" class="widget-area" role="complementary">\n${o.aside}\n        </div></div>` : ''}
      </div>
    </div>
  </div>
  <footer id="footer" class="footer-widgets">
    <div class="colophon">
      <div class="span4 social-block">${o.footer ?? ''}</div>
      <div class="span4 credits"><p>${FOOTER_ADDRESS}</p>
      <p>© 2016 ${GOVERNMENT}. Todos los derechos reservados.</p></div>
    </div>
  </footer>
</div>
<script type="text/javascript" src="${SITE}/wp-includes/js/jquery/jquery.js?ver=1.11.3"></script>
</body>
</html>`;
}

/** An old table layout: no header/nav/footer markup, the menu a column of links, the address as plain text. */
export function tablePage(o: PageOptions): string {
  const menu = o.menu ?? BASE_MENU;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
${o.viewport ? VIEWPORT : ''}
<title>:: H. Ayuntamiento de Tlajomulco de Zúñiga :: ${o.title}</title>
<link href="${SITE}/estilos.css" rel="stylesheet" type="text/css">
${o.head ?? ''}
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="${o.tableWidth ?? '100%'}" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td colspan="${o.aside ? 3 : 2}"><img src="${SITE}/imagenes/encabezado.jpg" alt="H. Ayuntamiento de Tlajomulco de Zúñiga" width="100%" height="120"></td>
  </tr>
  <tr>
    <td width="180" valign="top" class="menu">
      ${menuItems(menu, (m) => `<a href="${url(m.href)}" class="liga_menu">${m.text}</a><br>`)}
      ${o.search ? `<form name="buscador" method="get" action="${SITE}/buscar.php"><input type="text" name="q" size="15"><input type="submit" value="Buscar"></form>` : ''}
    </td>
    <td valign="top" class="contenido">
${o.main}
    </td>
    ${o.aside ? `<td width="200" valign="top" class="lateral">\n${o.aside}\n    </td>` : ''}
  </tr>
  <tr>
    <td colspan="${o.aside ? 3 : 2}" align="center" class="pie"><font size="1">${FOOTER_ADDRESS}<br>${o.footer ?? ''}
    Copyright © 2016 H. Ayuntamiento de Tlajomulco de Zúñiga. Todos los derechos reservados. Sitio optimizado para 1024 x 768.</font></td>
  </tr>
</table>
</body>
</html>`;
}

export function bootstrapPage(o: PageOptions): string {
  const menu = o.menu ?? BASE_MENU;
  return `<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  ${o.viewport === false ? '' : VIEWPORT}
  <title>${o.title} - Ayuntamiento de Tlajomulco de Zúñiga</title>
  <link href="${SITE}/css/bootstrap.min.css" rel="stylesheet">
  <link href="${SITE}/css/estilo.css" rel="stylesheet">
  ${o.head ?? ''}
</head>
<body>
  <nav class="navbar navbar-default navbar-static-top">
    <div class="container">
      <div class="navbar-header">
        <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" aria-expanded="false"><span class="sr-only">Menú</span><span class="icon-bar"></span></button>
        <a class="navbar-brand" href="${SITE}/"><img src="${SITE}/img/escudo.png" alt="Ayuntamiento de Tlajomulco de Zúñiga" height="40"></a>
      </div>
      <div id="navbar" class="collapse navbar-collapse">
        <ul class="nav navbar-nav">
        ${menuItems(menu, (m) => `<li><a href="${url(m.href)}">${m.text}</a></li>`)}
        </ul>
        ${
          o.search
            ? `<form class="navbar-form navbar-right" role="search" action="${SITE}/buscar" method="get"><div class="form-group"><input type="text" class="form-control" name="q" placeholder="Buscar"></div><button type="submit" class="btn btn-default">Buscar</button></form>`
            : ''
        }
      </div>
    </div>
  </nav>
  <div class="container" id="contenido">
    <div class="row">
      <div class="${o.aside ? 'col-md-9' : 'col-md-12'}">
${o.main}
      </div>
      ${o.aside ? `<div class="col-md-3 sidebar">\n${o.aside}\n      </div>` : ''}
    </div>
  </div>
  <footer class="footer">
    <div class="container">
      <div class="row">
        <div class="col-sm-6"><p>${FOOTER_ADDRESS}</p></div>
        <div class="col-sm-6 text-right">${o.footer ?? ''}</div>
      </div>
      <p class="text-center">© 2016 Ayuntamiento de Tlajomulco de Zúñiga</p>
    </div>
  </footer>
  <script src="${SITE}/js/jquery.min.js"></script>
  <script src="${SITE}/js/bootstrap.min.js"></script>
</body>
</html>`;
}

export function portalPage(style: PortalStyle, o: PageOptions): string {
  return style === 'wordpress' ? wordpressPage(o) : style === 'table' ? tablePage(o) : bootstrapPage(o);
}

/** Pages by path (the first is the home page), all in one style with shared options (menu, footer…). */
export function site(style: PortalStyle, pages: Record<string, PageOptions>, shared: Partial<PageOptions> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(pages).map(([path, o]) => [url(path), portalPage(style, { ...shared, ...o })]));
}

/** A home page's ordinary content: a banner and news teasers. */
export const HOME_MAIN = `
            <div class="carousel-inner"><a href="${SITE}/tramites-y-servicios/predial"><img src="${SITE}/wp-content/uploads/2016/01/banner-predial-2016.jpg" alt="Paga tu predial 2016 y obtén descuento" width="940" height="300"></a></div>
            <section class="noticias-recientes">
              <h2>Noticias</h2>
              <div class="noticia"><h3><a href="${SITE}/noticias/arranca-programa-de-bacheo-en-40-colonias">Arranca programa de bacheo en 40 colonias</a></h3>
                <p>Las cuadrillas de Obras Públicas trabajarán de lunes a sábado en las principales vialidades del municipio.</p></div>
              <div class="noticia"><h3><a href="${SITE}/noticias/entregan-uniformes-escolares">Entregan uniformes escolares a 12 mil alumnos</a></h3>
                <p>El programa beneficia a estudiantes de preescolar, primaria y secundaria de escuelas públicas.</p></div>
            </section>`;

export interface SectionSiteOptions {
  style: PortalStyle;
  /** Main markup of the landing page /datos-abiertos. */
  landing: string;
  landingTitle?: string;
  /** Main markup of the home page (default HOME_MAIN). */
  home?: string;
  /** More pages, by path, after the landing page. */
  pages?: Record<string, PageOptions>;
  /** Options of the landing page only (aside, head, viewport…). */
  landingOptions?: Partial<PageOptions>;
  /** Options every page shares (footer icons, search box…). */
  shared?: Partial<PageOptions>;
}

/** A portal whose menu has "Datos Abiertos" → /datos-abiertos, with that landing page fetched. */
export function sectionSite(o: SectionSiteOptions): Record<string, string> {
  return site(
    o.style,
    {
      '/': { title: 'Inicio', main: o.home ?? HOME_MAIN },
      '/datos-abiertos': { title: o.landingTitle ?? 'Datos Abiertos', main: o.landing, ...o.landingOptions },
      ...o.pages,
    },
    { menu: SECTION_MENU, ...o.shared },
  );
}

/** A catalogue table: one row per dataset, its download link (text = format name) in the last column. */
export function datasetTable(rows: [title: string, path: string, format: string][], className = 'table table-striped'): string {
  return `
            <table class="${className}">
              <thead><tr><th>Conjunto de datos</th><th>Descarga</th></tr></thead>
              <tbody>
${rows.map(([title, path, format]) => `                <tr><td>${title}</td><td><a href="${url(path)}">${format}</a></td></tr>`).join('\n')}
              </tbody>
            </table>`;
}

/** The SIPOT-style stamp under a listing (real_portals 3.3): period, dates of update and validation, office. */
export function sipotStamp(lines: string[]): string {
  return `
            <p class="small text-muted">${lines.join('<br>\n            ')}</p>`;
}

/** The menu with a "Participación Ciudadana" item (participation-info and participation-contact). */
export const PARTICIPATION_MENU: MenuItem[] = [
  ...BASE_MENU.slice(0, 2),
  { text: 'Participación Ciudadana', href: '/participacion-ciudadana/presupuesto-participativo' },
  ...BASE_MENU.slice(2),
];

/** A WordPress page that explains the presupuesto participativo; `contact` closes it (the "Informes" block). */
export function presupuestoParticipativo(contact: string): string {
  return `
            <h1 class="entry-title">Presupuesto Participativo</h1>
            <h2>¿Qué es?</h2>
            <p>El presupuesto participativo es un mecanismo por el que los vecinos deciden en qué obras se invierte una parte del presupuesto municipal. Cada año se abre una convocatoria.</p>
            <h2>¿Cómo participo?</h2>
            <p>Al pagar tu predial recibes una boleta. En ella puedes votar por las obras que prefieras para tu colonia. Requisitos: ser mayor de edad y vivir en el municipio.</p>
            <p>Los resultados se publican en esta página y las obras elegidas se incluyen en el programa anual de obra pública.</p>
${contact}`;
}

/** Home page plus one participation page at `path`, in `style`, with the participation menu. */
export function participationSite(style: PortalStyle, path: string, title: string, main: string): Record<string, string> {
  return site(style, { '/': { title: 'Inicio', main: HOME_MAIN }, [path]: { title, main } }, { menu: PARTICIPATION_MENU });
}

/** The footer's "Síguenos" icons (Font Awesome, the network named only in `title`). */
export function followIcons(accounts: { facebook?: string; twitter?: string; youtube?: string }): string {
  const icon = (href: string, network: string) => `<a href="${href}" target="_blank" title="${network}"><i class="fa fa-${network.toLowerCase()}"></i></a>`;
  return [
    '<span class="siguenos">Síguenos</span>',
    accounts.facebook ? icon(`https://www.facebook.com/${accounts.facebook}/`, 'Facebook') : '',
    accounts.twitter ? icon(`https://twitter.com/${accounts.twitter}?lang=es`, 'Twitter') : '',
    accounts.youtube ? icon(accounts.youtube, 'YouTube') : '',
  ].filter(Boolean).join('\n        ');
}

/** One tweet as a rendered timeline widget leaves it: author link, text, permalink with `<time datetime>`. */
export function tweet(o: { account: string; id: string; datetime: string; shown: string; text: string; reply?: boolean; author?: string }): string {
  const author = o.author ?? o.account;
  return `
              <li class="timeline-tweet${o.reply ? ' reply' : ''}" data-tweet-id="${o.id}">
                <a class="author" href="https://twitter.com/${author}">@${author}</a>
                <p class="e-entry-title">${o.text}</p>
                <a class="permalink" href="https://twitter.com/${author}/status/${o.id}"><time datetime="${o.datetime}">${o.shown}</time></a>
              </li>`;
}

/** A sidebar widget holding an account's rendered Twitter timeline. */
export function twitterTimeline(account: string, tweets: string[], heading = `Tweets de @${account}`): string {
  return `
          <div class="widget"><h3 class="widget-title">${heading}</h3>
            <div class="twitter-timeline" data-screen-name="${account}"><ol class="timeline-tweets">${tweets.join('')}
            </ol></div>
          </div>`;
}

/**
 * An old frameset home page (`/`): a menu frame on the left and the body frame, each its own document, as
 * Dreamweaver-era portals were built. `menu` is the left frame's markup; the body frame shows HOME_MAIN.
 */
export function framesetSite(menu: string, pages: Record<string, PageOptions> = {}): Record<string, string> {
  return {
    [url('/')]: `<!doctype html><html><head><title>${GOVERNMENT}</title></head>
<frameset cols="220,*" frameborder="0"><frame name="menu" src="${url('/menu.htm')}"><frame name="principal" src="${url('/principal.htm')}">
<noframes><body>Su navegador no admite marcos.</body></noframes></frameset></html>`,
    [url('/menu.htm')]: `<!doctype html><html><head><title>Menú</title></head><body bgcolor="#003366">
<table width="200">${menu}</table></body></html>`,
    [url('/principal.htm')]: tablePage({ title: 'Inicio', main: HOME_MAIN }),
    ...site('table', pages),
  };
}
