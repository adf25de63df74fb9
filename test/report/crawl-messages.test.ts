import { describe, expect, it } from 'vitest';
import { SiteBytes } from '../../src/crawl/byte-budget.ts';
import { toFetchFailure } from '../../src/crawl/fetch-error.ts';
import { robotsError } from '../../src/crawl/skipped-record.ts';
import { crawlMessageIn } from '../../src/report/crawl-messages.ts';
import { statusNote } from '../../src/report/ranking.ts';

const osError = (code: string, message = code) => Object.assign(new Error(message), { code });
const budget = Object.assign(new SiteBytes(32 * 1024 * 1024), { held: 33 * 1024 * 1024 });

/** Each message as the crawl writes it (built by the crawl's own code where it has a function for it), and in Spanish. */
const CASES: [string, string][] = [
  ['timeout after 20s (3 attempts)', 'sin respuesta tras 20 s (3 intentos)'],
  ['timeout after 1500ms', 'sin respuesta tras 1500 ms'],
  ['HTTP 503 after 3 attempts', 'HTTP 503 tras 3 intentos'],
  ['HTTP 404 as archived on 20160412093000', 'HTTP 404 en la copia archivada el 20160412093000'],
  ['HTTP no response', 'HTTP: sin respuesta'],
  [toFetchFailure(osError('ECONNREFUSED'), 'www.x.gob.mx:443').message, 'conexión rechazada por www.x.gob.mx:443'],
  [toFetchFailure(osError('ECONNRESET', 'socket hang up'), 'x.gob.mx').message, 'conexión cortada por x.gob.mx (socket hang up)'],
  [toFetchFailure(osError('ETIMEDOUT'), 'x.gob.mx').message, 'tiempo agotado al conectar con x.gob.mx'],
  [toFetchFailure(osError('ENOTFOUND'), 'x.gob.mx').message, 'DNS: no existe el nombre x.gob.mx'],
  [toFetchFailure(osError('EAI_AGAIN'), 'x.gob.mx').message, 'DNS: falla temporal al resolver x.gob.mx'],
  [toFetchFailure(osError('CERT_HAS_EXPIRED', 'certificate has expired'), 'x.gob.mx').message, 'certificado de seguridad (TLS): certificate has expired'],
  [toFetchFailure(osError('EHOSTUNREACH'), 'x.gob.mx').message, 'red inalcanzable: x.gob.mx'],
  [toFetchFailure(osError('Z_DATA_ERROR', 'incorrect header check'), 'x.gob.mx').message, 'cuerpo comprimido dañado de x.gob.mx: incorrect header check'],
  ['DNS: no address for x.gob.mx', 'DNS: x.gob.mx no tiene dirección'],
  ['x.gob.mx resolves to non-public address 10.0.0.1 (use --allow-private or --connect-to)', 'x.gob.mx apunta a la dirección no pública 10.0.0.1 (use --allow-private o --connect-to)'],
  ['body over 10485760 bytes', 'respuesta de más de 10485760 bytes'],
  ['body of 20000000 bytes is over 10485760 bytes', 'respuesta de 20000000 bytes, más que el límite de 10485760 bytes'],
  ['redirect to an invalid URL: http://[x', 'redirección a una dirección no válida: http://[x'],
  ['redirect to a non-web URL: mailto:a@x.gob.mx', 'redirección a una dirección que no es web: mailto:a@x.gob.mx'],
  ['redirect loop back to http://x.gob.mx/', 'redirecciones en ciclo de vuelta a http://x.gob.mx/'],
  ['more than 10 redirects', 'más de 10 redirecciones'],
  ['invalid seed URL: nada', 'dirección semilla no válida: nada'],
  ['home page could not be fetched', 'no se pudo descargar la página de inicio'],
  [robotsError('http://x.gob.mx/').message, 'robots.txt no permite a Mirador leer http://x.gob.mx/'],
  [
    robotsError('http://x.gob.mx/', 'robots.txt answered HTTP 503; RFC 9309 says to assume complete disallow').message,
    'http://x.gob.mx/ no se pidió: robots.txt respondió HTTP 503; la RFC 9309 indica suponer que no se permite nada',
  ],
  ['not an HTML page (content-type application/pdf)', 'no es una página HTML (content-type application/pdf)'],
  ['not an HTML page (PDF served as content-type text/html)', 'no es una página HTML (PDF servido como content-type text/html)'],
  [`not kept: ${budget.describe()}`, 'no se guardó: las respuestas del sitio ocupaban 33 MB, más que su presupuesto de memoria de 32 MB'],
  [`crawl stopped after 12 pages: ${budget.describe()}`, 'rastreo detenido tras 12 páginas: las respuestas del sitio ocupaban 33 MB, más que su presupuesto de memoria de 32 MB'],
  ['browser could not be given the response: Target closed', 'no se pudo pasar la respuesta al navegador: Target closed'],
  ['empty channel page', 'página del canal vacía'],
  ['channel page names no feed (no RSS alternate link, channelId or externalId)', 'la página del canal no indica ningún feed (ni enlace RSS alternativo, ni channelId, ni externalId)'],
  ['not a feed (content-type text/html)', 'no es un feed (content-type text/html)'],
  ['no capture of this page within 183 days before 2016-05-01', 'el archivo web no tiene copia de esta página en los 183 días anteriores al 2016-05-01'],
  ['more than 10 archived redirects', 'más de 10 redirecciones archivadas'],
  ['archived redirect to an invalid URL: ::', 'redirección archivada a una dirección no válida: ::'],
  [
    'archived redirect loop back to http://x.gob.mx/: its only captures are the redirects already followed',
    'redirecciones archivadas en ciclo de vuelta a http://x.gob.mx/: sus únicas copias son las redirecciones ya seguidas',
  ],
  [
    'the web archive could not replay the 2 capture(s) of this page before 2016-05-01 (20160101: HTTP 502; 20151201: HTTP 502)',
    'el archivo web no pudo reproducir las 2 copias de esta página anteriores al 2016-05-01 (20160101: HTTP 502; 20151201: HTTP 502)',
  ],
  ['web archive index (CDX) for http://x.gob.mx/: unreadable answer (Unexpected token)', 'índice del archivo web (CDX) de http://x.gob.mx/: respuesta ilegible (Unexpected token)'],
  ['web archive index (CDX) for http://x.gob.mx/: HTTP 503', 'índice del archivo web (CDX) de http://x.gob.mx/: HTTP 503'],
  [
    'the web archive did not answer for http://x.gob.mx/: timeout after 30s (4 attempts)',
    'el archivo web no respondió por http://x.gob.mx/: sin respuesta tras 30 s (4 intentos)',
  ],
  [
    'not evaluated: the web archive did not answer for http://x.gob.mx/: HTTP 503 (4 attempts) (at http://x.gob.mx/)',
    'no evaluado: el archivo web no respondió por http://x.gob.mx/: HTTP 503 (4 intentos) (en http://x.gob.mx/)',
  ],
];

describe('crawl messages in Spanish', () => {
  it.each(CASES)('%s', (english, spanish) => {
    expect(crawlMessageIn('es', english)).toBe(spanish);
    expect(crawlMessageIn('en', english)).toBe(english);
  });

  it('shows a message no template knows as it was recorded, not guessed at', () => {
    expect(crawlMessageIn('es', 'x.gob.mx: EWHATEVER something odd')).toBe('x.gob.mx: EWHATEVER something odd');
  });

  it('is what the Spanish status note of an unreachable site says', () => {
    expect(statusNote({ status: 'unreachable', status_reason: 'timeout after 20s (3 attempts)', score: null })).toBe(
      'Sitio inaccesible: sin respuesta tras 20 s (3 intentos)',
    );
  });
});
