import { gzipSync } from 'node:zlib';
import type { FetchErrorKind, SiteStatus } from '../../../src/crawl/types.ts';
import { page, sendHtml, streamBody, type FaultHost } from './fault-server.ts';

/**
 * The misbehaving portals, each a fault seen on Mexican municipal sites, with what a crawl of it
 * must report, crawled with a short backoff, TIMEOUT_MS and 2 retries one by one, or
 * ALL_SITES_TIMEOUT_MS and ALL_SITES_RETRIES all at once.
 */
export interface FaultSite extends FaultHost {
  fault: string;
  expected: {
    status: SiteStatus;
    /** statusReason for a failed site. */
    reason?: RegExp;
    /** The error kind of the seed's page record, null when it succeeded. */
    homeError: FetchErrorKind | null;
    /**
     * Least attempts the seed's page takes. A crawl stalled by another site's CPU-heavy page can
     * time out one more attempt, so the all-sites crawl checks this as a minimum.
     */
    homeAttempts?: number;
  };
}

export const TIMEOUT_MS = 500;
export const ALL_SITES_TIMEOUT_MS = 5000;
export const ALL_SITES_RETRIES = 3;
export const MB = 1024 * 1024;
export const HUGE_BODY_BYTES = 50 * MB;

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const LATIN1_TEXT = 'Información pública de oficio: Año 2016, licitación, acción, niño';

/** Zeros inflate ~1000:1. Gzip members may be concatenated, and a decoder inflates them all. */
const BOMB_MEMBER = gzipSync(Buffer.alloc(16 * MB), { level: 9 });
/** ~1 MB on the wire, 1 GB inflated. */
export const GZIP_BOMB = Buffer.concat(Array.from({ length: 64 }, () => BOMB_MEMBER));
/** A few KB that inflate to 16 MB. */
export const SMALL_GZIP_BOMB = BOMB_MEMBER;

const PDF_BYTES = Buffer.concat([latin1('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), latin1('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), Buffer.from([0, 1, 2, 3])]);
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** 10 MB of hostility within a 16 MB cap: deep nesting, 100k links, a javascript: base, 5000-char URLs. */
export const HOSTILE_LINKS = 100_000;
export const LONG_URL_PATH = `/buscar/${'a'.repeat(5000)}`;
function hostilePage(): string {
  const links = Array.from({ length: HOSTILE_LINKS }, (_, i) => `<a href="/nota/${i}">Nota ${i}</a>`).join('');
  const longLinks = Array.from({ length: 20 }, (_, i) => `<a href="${LONG_URL_PATH}${i}">b</a><a href="/consulta?q=${'x'.repeat(5000)}${i}">c</a>`).join('');
  const head = `<!doctype html><html><head><base href="javascript:alert(document.cookie)//"><title>Hostil</title></head><body>${longLinks}${links}`;
  const depth = Math.floor((10 * MB - head.length) / '<div><\/div>'.length);
  return `${head}${'<div>'.repeat(depth)}fondo${'</div>'.repeat(depth)}</body></html>`;
}
export const HOSTILE_HTML = hostilePage();

const healthy = (name: string): FaultHost => ({
  routes: {
    '/': page(
      `<h1>H. Ayuntamiento de ${name}</h1><a href="/transparencia">Transparencia</a> <a href="/noticias">Noticias</a>
       <a href="/tramites">Trámites</a> <a href="/contacto">Contacto</a> <a href="/datos/presupuesto.csv">Presupuesto</a>`,
    ),
    '/transparencia': page('<a href="/transparencia/articulo-8">Artículo 8</a> <a href="/">Inicio</a>'),
    '/transparencia/articulo-8': page('<p>Obligaciones de transparencia</p>'),
    '/noticias': page('<p>Noticias del municipio</p>'),
    '/tramites': page('<p>Trámites y servicios</p>'),
    '/contacto': page('<p>Contacto: presidencia@municipio.gob.mx</p>'),
    '/datos/presupuesto.csv': (_req, res) => res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '12' }).end('rubro,monto\n'),
  },
});
export const HEALTHY_SITES: Record<string, FaultHost & { pages: string[] }> = {
  'www.zapopan.gob.mx': { ...healthy('Zapopan'), pages: ['/', '/transparencia', '/noticias', '/tramites', '/contacto', '/transparencia/articulo-8'] },
  'www.tlaquepaque.gob.mx': { ...healthy('Tlaquepaque'), pages: ['/', '/transparencia', '/noticias', '/tramites', '/contacto', '/transparencia/articulo-8'] },
};

export const FAULT_SITES: Record<string, FaultSite> = {
  'www.lento.gob.mx': {
    fault: 'headers at once, then the body trickles a byte at a time past the timeout',
    routes: {
      '/': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><body>');
        const drip = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(drip));
      },
    },
    expected: { status: 'unreachable', reason: /^timeout after (500ms|5s) \(\d attempts\)$/, homeError: 'timeout', homeAttempts: 3 },
  },
  'www.cortado.gob.mx': {
    fault: 'the connection is reset half-way through every response',
    routes: {
      '/': (_req, res, { served }) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
        res.write(page('x'.repeat(2000)));
        served.bytesSent += 2000;
        setTimeout(() => res.socket?.destroy(), 20);
      },
    },
    expected: { status: 'unreachable', reason: /^connection reset by www\.cortado\.gob\.mx .*\(\d attempts\)$/, homeError: 'reset', homeAttempts: 3 },
  },
  'www.intermitente.gob.mx': {
    fault: 'the first response is cut off, the retry succeeds',
    routes: {
      '/': (_req, res, { hits, served }) => {
        if (hits > 1) return sendHtml(res, page('<p>Bienvenidos</p>'), served);
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
        res.write('<!doctype html><html>');
        setTimeout(() => res.socket?.destroy(), 20);
      },
    },
    expected: { status: 'ok', homeError: null, homeAttempts: 2 },
  },
  'www.inestable.gob.mx': {
    fault: 'HTTP 500 twice, then the page',
    routes: {
      '/': (_req, res, { hits, served }) => {
        if (hits > 2) return sendHtml(res, page('<p>Por fin</p>'), served);
        res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
      },
    },
    expected: { status: 'ok', homeError: null, homeAttempts: 3 },
  },
  'www.saturado.gob.mx': {
    fault: 'HTTP 429 with Retry-After: 1, then the page',
    routes: {
      '/': (_req, res, { hits, served }) => {
        if (hits > 1) return sendHtml(res, page('<p>Gracias por esperar</p>'), served);
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('Too Many Requests');
      },
    },
    expected: { status: 'ok', homeError: null, homeAttempts: 2 },
  },
  'www.bomba.gob.mx': {
    fault: 'a 1 MB gzip body that inflates to 1 GB',
    routes: {
      '/': (_req, res, { served }) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(GZIP_BOMB.length) });
        served.bytesSent += GZIP_BOMB.length;
        res.end(GZIP_BOMB);
      },
      '/chica': (_req, res, { served }) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(SMALL_GZIP_BOMB.length) });
        served.bytesSent += SMALL_GZIP_BOMB.length;
        res.end(SMALL_GZIP_BOMB);
      },
    },
    // A first attempt stalled behind the hostile page's parsing may time out; the retry hits the cap.
    expected: { status: 'unreachable', reason: /^body over \d+ bytes( \(\d attempts\))?$/, homeError: 'too-large' },
  },
  'www.enorme.gob.mx': {
    fault: '50 MB pages, streamed without a length and declared with one',
    routes: {
      '/': page('<a href="/informe">Informe</a> <a href="/anuario">Anuario</a>'),
      '/informe': (_req, res, { served }) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        streamBody(res, HUGE_BODY_BYTES, Buffer.from('<p>relleno</p>'.repeat(4096)), served);
      },
      '/anuario': (_req, res, { served }) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(HUGE_BODY_BYTES) });
        streamBody(res, HUGE_BODY_BYTES, Buffer.from('<p>relleno</p>'.repeat(4096)), served);
      },
    },
    expected: { status: 'ok', homeError: null, homeAttempts: 1 },
  },
  'www.acentos.gob.mx': {
    fault: 'Content-Type says utf-8 (server default) over a windows-1252 page that declares itself in <meta>',
    routes: {
      '/': (_req, res, { served }) =>
        sendHtml(res, latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Acentos</title></head><body><p>${LATIN1_TEXT} \u0093comillas\u0094</p></body></html>`), served),
    },
    expected: { status: 'ok', homeError: null },
  },
  'www.sincharset.gob.mx': {
    fault: 'latin1 bytes with no charset in the header or the markup',
    routes: {
      '/': (_req, res, { served }) => sendHtml(res, latin1(`<html><head><title>Sin charset</title></head><body><p>${LATIN1_TEXT}</p></body></html>`), served, { 'content-type': 'text/html' }),
    },
    expected: { status: 'ok', homeError: null },
  },
  'www.circular.gob.mx': {
    fault: 'the home redirects to /inicio, which redirects back',
    routes: {
      '/': (_req, res) => res.writeHead(302, { location: '/inicio' }).end(),
      '/inicio': (_req, res) => res.writeHead(301, { location: 'http://www.circular.gob.mx/' }).end(),
    },
    expected: { status: 'unreachable', reason: /^redirect loop back to http:\/\/www\.circular\.gob\.mx\/$/, homeError: 'redirect-loop', homeAttempts: 1 },
  },
  'www.calendario.gob.mx': {
    fault: 'calendars whose "next month" links never end, next to real pages',
    routes: {
      '/': page(
        '<a href="/calendario?mes=1">Calendario</a> <a href="/eventos/2016/05/">Eventos</a> <a href="/transparencia">Transparencia</a> <a href="/contacto">Contacto</a>',
      ),
      '/transparencia': page('<a href="/transparencia/fraccion-1">Fracción I</a>'),
      '/transparencia/fraccion-1': page('<p>Marco normativo</p>'),
      '/contacto': page('<p>Contacto</p>'),
    },
    fallback: (req, res, { served }) => {
      const url = new URL(req.url ?? '/', 'http://www.calendario.gob.mx');
      const month = Number(url.searchParams.get('mes'));
      if (url.pathname === '/calendario' && month > 0) {
        return sendHtml(res, page(`<a href="/calendario?mes=${month + 1}">Mes siguiente</a> <a href="/transparencia">Transparencia</a>`), served);
      }
      const dated = /^\/eventos\/(\d{4})\/(\d{2})\/$/.exec(url.pathname);
      if (dated) {
        const next = new Date(Date.UTC(Number(dated[1]), Number(dated[2]), 1));
        const path = `/eventos/${next.getUTCFullYear()}/${String(next.getUTCMonth() + 1).padStart(2, '0')}/`;
        return sendHtml(res, page(`<a href="${path}">Siguiente</a>`), served);
      }
      res.writeHead(404).end();
    },
    expected: { status: 'ok', homeError: null },
  },
  'www.privado.gob.mx': {
    fault: 'robots.txt disallows the whole site',
    routes: {
      '/robots.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n'),
      '/': page('<p>No deberías ver esto</p>'),
    },
    expected: { status: 'blocked-by-robots', reason: /^robots\.txt disallows http:\/\/www\.privado\.gob\.mx\/ for Mirador$/, homeError: 'robots', homeAttempts: 0 },
  },
  'www.tls.gob.mx': {
    fault: 'HTTPS with a self-signed certificate',
    https: true,
    routes: { '/': page('<p>Sitio con certificado propio</p>') },
    expected: { status: 'unreachable', reason: /^TLS: self-signed certificate$/, homeError: 'tls', homeAttempts: 1 },
  },
  'www.binario.gob.mx': {
    fault: 'text/html responses that are a PDF, JSON and an image',
    routes: {
      '/': page('<a href="/reporte">Reporte</a> <a href="/api/datos">Datos</a> <a href="/logo">Logo</a> <a href="/normal">Normal</a>'),
      '/reporte': (_req, res, { served }) => sendHtml(res, PDF_BYTES, served, { 'content-type': 'text/html; charset=UTF-8' }),
      '/api/datos': (_req, res, { served }) => sendHtml(res, '{"municipio":"Zapopan","datos":[1,2,3],"html":"<b>x</b>"}', served),
      '/logo': (_req, res, { served }) => sendHtml(res, PNG_BYTES, served, { 'content-type': 'text/html' }),
      '/normal': page('<p>Una página de verdad</p>'),
    },
    expected: { status: 'ok', homeError: null },
  },
  'www.descarga.gob.mx': {
    fault: 'the home page is a PDF served as text/html',
    routes: { '/': (_req, res, { served }) => sendHtml(res, PDF_BYTES, served, { 'content-type': 'text/html' }) },
    expected: { status: 'unreachable', reason: /^not an HTML page \(a PDF document served as content-type text\/html\)$/, homeError: 'not-html', homeAttempts: 1 },
  },
  'www.hostil.gob.mx': {
    fault: '10 MB home: nesting millions deep, 100k links, a javascript: <base>, 5000-character URLs',
    routes: {
      '/': (_req, res, { served }) => sendHtml(res, HOSTILE_HTML, served),
    },
    fallback: (req, res, { served }) => {
      if (req.url?.startsWith('/nota/')) return sendHtml(res, page('<p>Nota</p>'), served);
      res.writeHead(404).end();
    },
    expected: { status: 'ok', homeError: null, homeAttempts: 1 },
  },
};
