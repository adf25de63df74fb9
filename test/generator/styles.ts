/**
 * Page styles: where each logical page lives (its URL) and the markup around its body, as the CMSs and
 * templates of Mexican municipal portals produce it. The body (render.ts) is the same whatever the style; the
 * style decides URLs, menus (text, image alt, icon title, aria-label, __doPostBack anchors, image maps), the
 * template chrome and, for the SPA and the frameset, how the pages reach the browser at all.
 */
import type { Style } from './features.ts';

export type PageKey =
  | 'home' | 'section' | 'dataset' | 'group' | 'tablero' | 'solicita' | 'transparencia' | 'participacion' | 'propuestas'
  | 'contacto' | 'encuesta' | 'presidente' | 'noticias' | 'app' | 'servicios' | 'cabildo' | 'construccion';

export interface Router {
  /** URL of a page: a path on the main host, or an absolute http:// URL on another host. */
  url(key: PageKey, param?: string): string;
  /** Folder (URL path) data files are published under, for section files. */
  filesBase: string;
  /** Host serving the section, when it is not the main host. */
  sectionHost?: string;
}

function slugRoutes(prefix: string, ext: string, names: Record<PageKey, string>, param: (key: PageKey, p: string) => string): Router['url'] {
  return (key, p) => (p !== undefined ? param(key, p) : `${prefix}${names[key]}${names[key] === '' ? '' : ext}`);
}

const SPANISH: Record<PageKey, string> = {
  home: '', section: 'datos-abiertos', dataset: 'datos-abiertos', group: 'datos-abiertos', tablero: 'datos-abiertos/tablero',
  solicita: 'datos-abiertos/solicitud-de-datos', transparencia: 'transparencia', participacion: 'participacion-ciudadana',
  propuestas: 'propuestas-ciudadanas', contacto: 'atencion-ciudadana', encuesta: 'encuesta-de-satisfaccion',
  presidente: 'presidente-municipal', noticias: 'noticias', app: 'app-movil', servicios: 'servicios-en-linea',
  cabildo: 'sesiones-de-cabildo', construccion: 'datos-abiertos',
};

export function routerFor(style: Style, host: string, catalogue: 'socrata' | 'dkan'): Router {
  switch (style) {
    case 'wordpress':
      return {
        url: (key, p) =>
          p !== undefined ? `/datos-abiertos/${key === 'group' ? 'categoria/' : ''}${p}/`
          : key === 'home' ? '/'
          : key === 'participacion' ? '/?page_id=214'
          : key === 'encuesta' ? '/?page_id=388'
          : `/${SPANISH[key]}/`,
        filesBase: '/wp-content/uploads/datos/',
      };
    case 'joomla':
      return {
        url: (key, p) =>
          p !== undefined ? (key === 'group' ? `/index.php/datos-abiertos/itemlist/category/${p}` : `/index.php/datos-abiertos/${p}`)
          : key === 'home' ? '/' : `/index.php/${SPANISH[key]}`,
        filesBase: '/images/datos-abiertos/',
      };
    case 'drupal':
      return {
        url: (key, p) =>
          p !== undefined ? (key === 'group' ? `/datos-abiertos/tema/${p}` : `/datos-abiertos/${p}`)
          : key === 'home' ? '/' : key === 'participacion' ? '/node/412' : key === 'presidente' ? '/node/37' : `/${SPANISH[key]}`,
        filesBase: '/sites/default/files/datos/',
      };
    case 'aspnet': {
      const names: Record<PageKey, string> = {
        home: 'Inicio', section: 'DatosAbiertos/Default', dataset: 'DatosAbiertos/Conjunto', group: 'DatosAbiertos/Default', tablero: 'DatosAbiertos/Tablero',
        solicita: 'DatosAbiertos/Solicitud', transparencia: 'Transparencia/Default', participacion: 'Paginas/ParticipacionCiudadana',
        propuestas: 'Paginas/Propuestas', contacto: 'Paginas/AtencionCiudadana', encuesta: 'Paginas/Encuesta', presidente: 'Paginas/Presidente',
        noticias: 'Noticias/Default', app: 'Paginas/AppMovil', servicios: 'Paginas/ServiciosEnLinea', cabildo: 'Paginas/CabildoEnVivo', construccion: 'DatosAbiertos/Default',
      };
      return {
        url: slugRoutes('/', '.aspx', names, (key, p) => (key === 'group' ? `/DatosAbiertos/Default.aspx?tema=${p}` : `/DatosAbiertos/Conjunto.aspx?id=${p}`)),
        filesBase: '/Archivos/DatosAbiertos/',
      };
    }
    case 'liferay':
      return {
        url: (key, p) =>
          p !== undefined ? `/web/guest/datos-abiertos/-/${key === 'group' ? 'categoria' : 'conjunto'}/${p}`
          : key === 'home' ? '/' : `/web/guest/${SPANISH[key]}`,
        filesBase: '/documents/20143/0/',
      };
    case 'hash-spa':
      return {
        url: (key, p) =>
          key === 'home' ? '/#/'
          : key === 'section' || key === 'construccion' ? '/#/datos'
          : key === 'dataset' || key === 'group' ? `/#/datos/${key === 'group' ? 'tema/' : ''}${p}`
          : key === 'tablero' || key === 'solicita' ? `/#/datos/${key}`
          : `/#/${key}`,
        filesBase: '/assets/datos/',
      };
    case 'frameset':
      return {
        url: (key, p) => (key === 'home' ? '/' : p !== undefined ? `/paginas/datos/${key === 'group' ? 'tema-' : ''}${p}.html` : key === 'section' || key === 'construccion' ? '/paginas/datos.html' : `/paginas/${key}.html`),
        filesBase: '/archivos/datos/',
      };
    case 'iso-table':
      return {
        url: (key, p) => (key === 'home' ? '/' : p !== undefined ? `/datos_abiertos/${key === 'group' ? 'tema_' : ''}${p}.htm` : key === 'section' || key === 'construccion' ? '/datos_abiertos/index.htm' : key === 'tablero' || key === 'solicita' ? `/datos_abiertos/${key}.htm` : `/${key}.htm`),
        filesBase: '/datos_abiertos/archivos/',
      };
    case 'vendor-php': {
      const ids: Partial<Record<PageKey, number>> = { transparencia: 7, participacion: 12, propuestas: 13, contacto: 3, encuesta: 21, presidente: 2, noticias: 5, app: 30, servicios: 9, cabildo: 31 };
      return {
        url: (key, p) =>
          key === 'home' ? '/' : key === 'section' || key === 'construccion' ? '/datos.php'
          : p !== undefined ? `/datos.php?${key === 'group' ? 'tema' : 'conjunto'}=${p}`
          : key === 'tablero' ? '/datos.php?ver=tablero' : key === 'solicita' ? '/datos.php?ver=solicitud'
          : `/contenido.php?id=${ids[key] ?? 1}`,
        filesBase: '/descargas/datos/',
      };
    }
    case 'catalogue': {
      const data = `datos.${host.replace(/^www\./, '')}`;
      const abs = (path: string) => `http://${data}${path}`;
      return {
        url: (key, p) => {
          if (key === 'section') return abs('/');
          if (key === 'dataset') return abs(catalogue === 'dkan' ? `/dataset/${p}` : `/d/${p}`);
          if (key === 'group') return abs(catalogue === 'dkan' ? `/group/${p}` : `/browse?category=${p}`);
          if (key === 'tablero') return abs(catalogue === 'dkan' ? '/visualizaciones' : '/stories/tablero');
          if (key === 'solicita') return abs(catalogue === 'dkan' ? '/solicitar-datos' : '/nominate');
          return key === 'home' ? '/' : `/${SPANISH[key]}.html`;
        },
        filesBase: catalogue === 'dkan' ? '/sites/default/files/' : '/api/views/',
        sectionHost: data,
      };
    }
  }
}

/** Where the real home page lives when `/` only redirects to it (meta refresh), per style. */
export const REAL_HOME: Record<Style, string> = {
  wordpress: '/inicio/', joomla: '/index.php/inicio', drupal: '/inicio', aspnet: '/Inicio.aspx', liferay: '/web/guest/inicio',
  'hash-spa': '/', frameset: '/', catalogue: '/inicio.html', 'iso-table': '/inicio.htm', 'vendor-php': '/inicio.php',
};

/** URL (path + query) → file under site/<host>/, as the portal network resolves it (src/demo/portals/README.md). */
export function fileForUrl(url: string): string {
  const u = new URL(url, 'http://x.invalid');
  const path = decodeURIComponent(u.pathname).replace(/^\//, '');
  const query = u.search.replace(/^\?/, '');
  if (query) return `${path === '' || path.endsWith('/') ? `${path}index` : path}~${query}.html`;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  if (/\.(html?|php|aspx|asp)$/.test(path)) return path;
  return `${path}.html`;
}

export const STYLE_SCHEMA: Record<Style, string> = {
  wordpress: 'wordpress-like', joomla: 'joomla-like', drupal: 'drupal-like', aspnet: 'aspnet-like', liferay: 'liferay-like',
  'hash-spa': 'javascript-spa', frameset: 'frameset', catalogue: 'socrata-catalogue', 'iso-table': 'old-table-iso-8859-1', 'vendor-php': 'plain-php',
};
