/**
 * What Mirador could not read on a site, said so the people who run the portal can act: the cause in their words
 * (a 404 is a missing page, not a server error), and whether the address is the portal's own or an outside
 * platform's (a YouTube feed, a state transparency system) that the municipality cannot fix itself.
 */
import { isSameSite, siteKey } from '../crawl/url.ts';
import { crawlMessageIn } from './crawl-messages.ts';
import type { Bilingual, Lang } from './lang.ts';
import type { CrawlProblem } from './model.ts';

const CAUSES: Record<string, Bilingual> = {
  dns: { es: 'El nombre del sitio no existe (DNS)', en: 'The site name does not exist (DNS)' },
  refused: { es: 'El servidor rechazó la conexión', en: 'The server refused the connection' },
  reset: { es: 'El servidor cortó la conexión', en: 'The server reset the connection' },
  timeout: { es: 'El servidor tardó demasiado en responder', en: 'The server took too long to answer' },
  tls: { es: 'Certificado de seguridad (HTTPS) no válido', en: 'Invalid security certificate (HTTPS)' },
  'too-large': { es: 'Respuesta demasiado grande', en: 'Response too large' },
  'redirect-loop': { es: 'Redirecciones en ciclo', en: 'Redirect loop' },
  'too-many-redirects': { es: 'Demasiadas redirecciones', en: 'Too many redirects' },
  http: { es: 'Respuesta de error del servidor', en: 'Error answer from the server' },
  robots: { es: 'No rastreado por indicación de robots.txt', en: 'Not crawled as robots.txt asks' },
  'private-address': { es: 'Dirección privada o local: no se rastrea', en: 'Private or local address: not crawled' },
  'not-html': { es: 'No es una página web (HTML)', en: 'Not a web page (HTML)' },
  'no-capture': { es: 'Sin copia en el archivo web antes de la fecha de evaluación', en: 'No web-archive capture before the evaluation date' },
  'archive-excluded': { es: 'El archivo web excluye esta dirección de la consulta', en: 'The web archive excludes this URL from access' },
  'archive-unavailable': { es: 'El archivo web no respondió (no es falla del portal)', en: "The web archive did not answer (not the portal's failure)" },
  other: { es: 'Otro error', en: 'Other error' },
};

/** An HTTP error answer by what it tells the portal's staff, with the status for whoever looks it up. */
function httpCause(status: number): Bilingual {
  const code = ` (HTTP ${status})`;
  if (status === 404 || status === 410) return { es: `La página no existe${code}`, en: `The page does not exist${code}` };
  if (status === 401 || status === 403) return { es: `Acceso denegado${code}`, en: `Access denied${code}` };
  if (status === 429) return { es: `El servidor limitó las peticiones${code}`, en: `The server limited requests${code}` };
  if (status >= 500) return { es: `Error del servidor${code}`, en: `Server error${code}` };
  return { es: `Respuesta de error${code}`, en: `Error answer${code}` };
}

export function problemCause(problem: Pick<CrawlProblem, 'kind' | 'status'>, lang: Lang): string {
  if (problem.kind === 'http' && problem.status !== null && problem.status >= 400) return httpCause(problem.status)[lang];
  return (CAUSES[problem.kind] ?? { es: problem.kind, en: problem.kind })[lang];
}

/** The crawl's own message, in `lang`; it adds nothing where the cause already carries the status. */
export function problemDetail(problem: Pick<CrawlProblem, 'kind' | 'status' | 'message'>, lang: Lang): string | null {
  if (problem.kind === 'http' && problem.status !== null && /^HTTP \d+$/.test(problem.message)) return null;
  return problem.message ? crawlMessageIn(lang, problem.message) : null;
}

/** The site's own addresses (its host, its subdomains, where its home redirected) and the outside ones. */
export function splitProblems<P extends Pick<CrawlProblem, 'url'>>(problems: readonly P[], siteUrls: readonly (string | null)[]): { own: P[]; outside: P[] } {
  const keys = siteUrls.flatMap((url) => {
    try {
      return url ? [siteKey(url)] : [];
    } catch {
      return [];
    }
  });
  const own: P[] = [];
  const outside: P[] = [];
  for (const problem of problems) (keys.length === 0 || isSameSite(problem.url, keys) ? own : outside).push(problem);
  return { own, outside };
}
