/**
 * The crawl's messages (why a site was unreachable, why an address was not read) in the reader's language.
 *
 * The crawl writes them in English, once, as the record of what happened: they are stored with the run, in the WARC
 * and in the JSON, and a message quoting a server or Node (a TLS error, an OS code) cannot be translated anyway. The
 * Spanish surfaces render each template the crawl emits through this table; the parts that vary (hosts, URLs,
 * numbers, the server's own words) are carried over as they are. A message no template matches is shown as it
 * is, rather than guessed at.
 */
import type { Lang } from './lang.ts';

type Translate = (message: string) => string;
/** A template's capture groups; a group that did not take part is ''. */
type Groups = [string, string, string];

interface Template {
  /** Anchored: a template matches a whole message. */
  en: RegExp;
  es: (groups: Groups, translate: Translate) => string;
}

/** "20s" or "1500ms" as formatDuration writes them, the Spanish way: "20 s", "1500 ms". */
const duration = (text: string): string => text.replace(/^(\d+)(ms|s)$/, '$1 $2');

const TEMPLATES: Template[] = [
  // Suffixes the fetcher adds to any message first, so the inner message is matched on its own.
  { en: /^(.+) \((\d+) attempts\)$/, es: ([inner, n], tr) => `${tr(inner)} (${n} intentos)` },
  { en: /^HTTP (\d+) after (\d+) attempts$/, es: ([status, n]) => `HTTP ${status} tras ${n} intentos` },
  { en: /^HTTP (\d+) as archived on (\d+)$/, es: ([status, ts]) => `HTTP ${status} en la copia archivada el ${ts}` },
  { en: /^HTTP no response$/, es: () => 'HTTP: sin respuesta' },
  { en: /^timeout after (\d+m?s)$/, es: ([d]) => `sin respuesta tras ${duration(d)}` },
  { en: /^connect timeout to (.+)$/, es: ([target]) => `tiempo agotado al conectar con ${target}` },
  { en: /^connection refused by (.+)$/, es: ([target]) => `conexión rechazada por ${target}` },
  { en: /^connection reset by (.+?) \((.*)\)$/, es: ([target, why]) => `conexión cortada por ${target} (${why})` },
  { en: /^DNS: no such host (.+)$/, es: ([target]) => `DNS: no existe el nombre ${target}` },
  { en: /^DNS: temporary failure resolving (.+)$/, es: ([target]) => `DNS: falla temporal al resolver ${target}` },
  { en: /^DNS: no address for (.+)$/, es: ([target]) => `DNS: ${target} no tiene dirección` },
  { en: /^TLS: (.+)$/, es: ([why]) => `certificado de seguridad (TLS): ${why}` },
  { en: /^network unreachable: (.+)$/, es: ([target]) => `red inalcanzable: ${target}` },
  { en: /^bad compressed body from (.+?): (.*)$/, es: ([target, why]) => `cuerpo comprimido dañado de ${target}: ${why}` },
  {
    en: /^(.+) resolves to non-public address (.+) \(use --allow-private or --connect-to\)$/,
    es: ([host, address]) => `${host} apunta a la dirección no pública ${address} (use --allow-private o --connect-to)`,
  },
  { en: /^body over (\d+) bytes$/, es: ([max]) => `respuesta de más de ${max} bytes` },
  { en: /^body of (\d+) bytes is over (\d+) bytes$/, es: ([size, max]) => `respuesta de ${size} bytes, más que el límite de ${max} bytes` },
  { en: /^redirect to an invalid URL: (.*)$/, es: ([to]) => `redirección a una dirección no válida: ${to}` },
  { en: /^redirect to a non-web URL: (.*)$/, es: ([to]) => `redirección a una dirección que no es web: ${to}` },
  { en: /^redirect loop back to (.+)$/, es: ([to]) => `redirecciones en ciclo de vuelta a ${to}` },
  { en: /^more than (\d+) redirects$/, es: ([n]) => `más de ${n} redirecciones` },
  { en: /^invalid seed URL: (.*)$/, es: ([url]) => `dirección semilla no válida: ${url}` },
  { en: /^home page could not be fetched$/, es: () => 'no se pudo descargar la página de inicio' },
  { en: /^robots\.txt disallows (.+) for Mirador$/, es: ([url]) => `robots.txt no permite a Mirador leer ${url}` },
  { en: /^(.+) not requested: (.+)$/, es: ([url, why], tr) => `${url} no se pidió: ${tr(why)}` },
  {
    en: /^robots\.txt answered HTTP (\d+); RFC 9309 says to assume complete disallow$/,
    es: ([status]) => `robots.txt respondió HTTP ${status}; la RFC 9309 indica suponer que no se permite nada`,
  },
  {
    en: /^not an HTML page \((?:(.+) served as )?content-type (.+)\)$/,
    es: ([sniffed, type]) => `no es una página HTML (${sniffed ? `${sniffed} servido como ` : ''}content-type ${type})`,
  },
  { en: /^not kept: (.+)$/, es: ([why], tr) => `no se guardó: ${tr(why)}` },
  { en: /^crawl stopped after (\d+) pages: (.+)$/, es: ([n, why], tr) => `rastreo detenido tras ${n} páginas: ${tr(why)}` },
  {
    en: /^the site's responses held (.+), past its memory budget of (.+)$/,
    es: ([held, budget]) => `las respuestas del sitio ocupaban ${held}, más que su presupuesto de memoria de ${budget}`,
  },
  { en: /^browser could not be given the response: (.*)$/, es: ([why]) => `no se pudo pasar la respuesta al navegador: ${why}` },
  { en: /^empty channel page$/, es: () => 'página del canal vacía' },
  {
    en: /^channel page names no feed \(no RSS alternate link, channelId or externalId\)$/,
    es: () => 'la página del canal no indica ningún feed (ni enlace RSS alternativo, ni channelId, ni externalId)',
  },
  { en: /^not a feed \(content-type (.+)\)$/, es: ([type]) => `no es un feed (content-type ${type})` },
  { en: /^not evaluated: (.+) \(at (.+)\)$/, es: ([why, url], tr) => `no evaluado: ${tr(why)} (en ${url})` },
  // --wayback: the archive's answers, which are not the portal's doing.
  {
    en: /^no capture of this page within (\d+) days before (\S+)$/,
    es: ([days, asOf]) => `el archivo web no tiene copia de esta página en los ${days} días anteriores al ${asOf}`,
  },
  {
    en: /^archived redirect loop back to (.+): its only captures are the redirects already followed$/,
    es: ([to]) => `redirecciones archivadas en ciclo de vuelta a ${to}: sus únicas copias son las redirecciones ya seguidas`,
  },
  { en: /^archived redirect to an invalid URL: (.*)$/, es: ([to]) => `redirección archivada a una dirección no válida: ${to}` },
  { en: /^more than (\d+) archived redirects$/, es: ([n]) => `más de ${n} redirecciones archivadas` },
  {
    en: /^the web archive could not replay the (\d+) capture\(s\) of this page before (\S+) \((.*)\)$/,
    es: ([n, asOf, list]) => `el archivo web no pudo reproducir ${n === '1' ? 'la copia' : `las ${n} copias`} de esta página anteriores al ${asOf} (${list})`,
  },
  { en: /^web archive index \(CDX\) for (\S+): unreadable answer \((.*)\)$/, es: ([url, why]) => `índice del archivo web (CDX) de ${url}: respuesta ilegible (${why})` },
  { en: /^web archive index \(CDX\) for (\S+): (.+)$/, es: ([url, why], tr) => `índice del archivo web (CDX) de ${url}: ${tr(why)}` },
  { en: /^the web archive did not answer for (\S+): (.+)$/, es: ([url, why], tr) => `el archivo web no respondió por ${url}: ${tr(why)}` },
];

/** One crawl message in `lang`; English is how it was recorded. */
export function crawlMessageIn(lang: Lang, message: string): string {
  if (lang === 'en') return message;
  const translate: Translate = (text) => {
    for (const template of TEMPLATES) {
      const match = template.en.exec(text);
      if (match) return template.es([match[1] ?? '', match[2] ?? '', match[3] ?? ''], translate);
    }
    return text;
  };
  return translate(message);
}
