/**
 * The benchmark's simulated network: N municipal portals generated from a seed, each a tree of 30–80 HTML
 * pages (every page BFS-reachable from the home page within depth 3), with a few linked files, a few broken
 * links, social and other external links, and an injected latency per URL. A few portals are slow (1–2 s per
 * response), a few refuse connections and a few answer 503 to everything.
 *
 * The definition is pure data (no I/O), so the orchestrator can compute the ideal politeness bound from it
 * and the server process can serve it, both from the same (sites, seed).
 */

export type PortalBehaviour = 'normal' | 'slow' | 'refused' | 'unavailable';

export interface PortalPage {
  path: string;
  depth: number;
  /** Same-site paths linked from this page (pages, files and broken links), in document order. */
  links: string[];
}

export interface Portal {
  index: number;
  host: string;
  inegiCode: string;
  name: string;
  state: string;
  behaviour: PortalBehaviour;
  /** Pages in BFS order from the home page (pages[0] is '/'). */
  pages: PortalPage[];
  files: string[];
  brokenLinks: string[];
  hasSitemap: boolean;
  /** Social and other-site links in every page's footer (never same-site). */
  externalLinks: string[];
}

export interface NetworkDefinition {
  seed: number;
  portals: Portal[];
}

export interface SeedRow {
  inegiCode: string;
  name: string;
  state: string;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, for per-URL values that must not depend on generation order. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SECTIONS = [
  'transparencia', 'gobierno', 'tramites-y-servicios', 'noticias', 'cabildo', 'datos-abiertos', 'obras-publicas',
  'presidencia', 'directorio', 'contacto', 'participacion-ciudadana', 'turismo', 'seguridad-publica',
  'desarrollo-social', 'tesoreria', 'normatividad',
];
const CHILD_SLUGS = [
  'articulo-70-fraccion', 'boletin', 'acta-de-sesion', 'programa', 'convocatoria', 'reglamento', 'informe',
  'comunicado', 'dependencia', 'servicio', 'licitacion', 'padron',
];
const FILE_NAMES = [
  'presupuesto-egresos.pdf', 'ley-de-ingresos.pdf', 'padron-proveedores.csv', 'nomina.xlsx', 'obra-publica.xlsx',
  'plan-municipal-de-desarrollo.pdf', 'cuenta-publica.xls', 'directorio.csv', 'indicadores.json', 'actas-cabildo.zip',
];
const WORDS = (
  'el municipio informa a la ciudadanía que las sesiones de cabildo se realizan conforme al reglamento interior ' +
  'del ayuntamiento y los documentos se publican en el portal de transparencia para su consulta y descarga en ' +
  'formatos abiertos la dirección de obras públicas presenta el avance físico y financiero de los proyectos del ' +
  'ejercicio fiscal así como los padrones de beneficiarios de los programas sociales y el directorio de servidores'
).split(' ');

export const SLOW_LATENCY_MS = { min: 1000, max: 2000 };
export const NORMAL_LATENCY_MS = { min: 50, max: 300 };

/** Special portals at full size (204); scaled down, at least one of each, for smaller networks. */
function specialCounts(sites: number): Record<Exclude<PortalBehaviour, 'normal'>, number> {
  const scaled = (atFullSize: number) => Math.max(1, Math.round((atFullSize * sites) / 204));
  return sites < 8 ? { slow: 0, refused: 0, unavailable: 0 } : { slow: scaled(5), refused: scaled(3), unavailable: scaled(2) };
}

export function buildNetwork(rows: readonly SeedRow[], seed: number): NetworkDefinition {
  const random = prng(seed);
  const order = shuffle(rows.map((_, i) => i), random);
  const counts = specialCounts(rows.length);
  const behaviourOf = new Map<number, PortalBehaviour>();
  let cursor = 0;
  for (const [behaviour, count] of Object.entries(counts) as [PortalBehaviour, number][]) {
    for (let k = 0; k < count; k++) behaviourOf.set(order[cursor++]!, behaviour);
  }
  const portals = rows.map((row, index) => buildPortal(row, index, behaviourOf.get(index) ?? 'normal', seed));
  return { seed, portals };
}

function buildPortal(row: SeedRow, index: number, behaviour: PortalBehaviour, seed: number): Portal {
  const random = prng(hash32(`${seed}:${index}`));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const label = String(index + 1).padStart(3, '0');
  const host = `www.m${label}.gob.mx`;
  const pageCount = 30 + Math.floor(random() * 51);
  const sectionCount = 6 + Math.floor(random() * 5);
  const sections = shuffle(SECTIONS, random).slice(0, sectionCount);

  const pages: PortalPage[] = [{ path: '/', depth: 0, links: [] }];
  for (const section of sections) pages.push({ path: `/${section}`, depth: 1, links: [] });
  const parents: number[] = [];
  while (pages.length < pageCount) {
    // Children hang off depth-1 or depth-2 pages, so every page is within depth 3 (Mirador's maxDepth is 4).
    const candidates = pages.map((p, i) => ({ p, i })).filter(({ p }) => p.depth >= 1 && p.depth <= 2);
    const parentIndex = pick(candidates).i;
    const parent = pages[parentIndex]!;
    pages.push({ path: `${parent.path}/${pick(CHILD_SLUGS)}-${pages.length}`, depth: parent.depth + 1, links: [] });
    parents.push(parentIndex);
  }
  // Tree links (parent → child), then a few cross links; navigation to the sections is on every page.
  parents.forEach((parentIndex, k) => pages[parentIndex]!.links.push(pages[sectionCount + 1 + k]!.path));
  for (const page of pages) {
    const crossLinks = Math.floor(random() * 3);
    for (let k = 0; k < crossLinks; k++) page.links.push(pick(pages).path);
  }

  const files = shuffle(FILE_NAMES, random).slice(0, 2 + Math.floor(random() * 5)).map((f) => `/archivos/${f}`);
  for (const file of files) pick(pages.slice(1)).links.push(file);
  const brokenLinks = Array.from({ length: Math.floor(random() * 3) }, (_, k) => `/pagina-retirada-${k + 1}`);
  for (const broken of brokenLinks) pick(pages).links.push(broken);

  // BFS order from home (navigation first), as a breadth-first crawler meets the pages: the ideal bound takes the first 60.
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const sectionPaths = pages.slice(1, sectionCount + 1).map((p) => p.path);
  const bfs: PortalPage[] = [];
  const seen = new Set<string>(['/']);
  const queue: PortalPage[] = [pages[0]!];
  while (queue.length) {
    const page = queue.shift()!;
    bfs.push(page);
    for (const path of [...sectionPaths, ...page.links]) {
      const next = byPath.get(path);
      if (next && !seen.has(path)) {
        seen.add(path);
        queue.push(next);
      }
    }
  }
  if (bfs.length !== pages.length) throw new Error(`${host}: ${pages.length - bfs.length} page(s) unreachable from home`);

  const handle = `municipio${label}`;
  return {
    index,
    host,
    inegiCode: row.inegiCode,
    name: row.name,
    state: row.state,
    behaviour,
    pages: bfs,
    files,
    brokenLinks,
    hasSitemap: random() < 0.35,
    externalLinks: [
      `https://www.facebook.com/${handle}`,
      `https://twitter.com/${handle}`,
      `https://www.youtube.com/@${handle}`,
      'https://www.gob.mx/',
      'https://www.inegi.org.mx/',
    ],
  };
}

/** Injected latency of a response, ms: fixed per URL (host + path), so every crawler meets the same network. */
export function latencyMs(portal: Pick<Portal, 'host' | 'behaviour'>, path: string): number {
  const range = portal.behaviour === 'slow' ? SLOW_LATENCY_MS : NORMAL_LATENCY_MS;
  return range.min + (hash32(`${portal.host}${path}`) % (range.max - range.min + 1));
}

function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function paragraph(random: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

/** A page's HTML (~10–20 KB, like a CMS page without its assets): header navigation, content, footer. */
export function renderPage(portal: Portal, page: PortalPage): string {
  const random = prng(hash32(`${portal.host}${page.path}#body`));
  const sections = portal.pages.filter((p) => p.depth === 1);
  const title = page.path === '/' ? `H. Ayuntamiento de ${portal.name}` : `${page.path.split('/').pop()} — ${portal.name}`;
  const nav = sections.map((s) => `<li><a href="${s.path}">${s.path.slice(1).replace(/-/g, ' ')}</a></li>`).join('');
  const links = page.links.map((href) => `<li><a href="${href}">${href.split('/').pop()}</a></li>`).join('\n');
  const body = Array.from({ length: 12 + Math.floor(random() * 12) }, () => `<p>${paragraph(random, 60 + Math.floor(random() * 60))}</p>`).join('\n');
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  const footer = portal.externalLinks.map((href) => `<a href="${href}" target="_blank" rel="noopener">${new URL(href).hostname}</a>`).join(' | ');
  return `<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:sans-serif;margin:0}nav ul{display:flex;gap:1em;list-style:none}footer{background:#eee;padding:1em}</style></head>
<body>
<header><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Escudo de ${portal.name}"></a><nav><ul>${nav}</ul></nav></header>
<main><h1>${title}</h1>
<p class="fecha">Última actualización: ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2026</p>
${body}
<ul class="enlaces">
${links}
</ul>
${page.path === '/contacto' ? '<form action="/contacto" method="post"><input name="nombre"><textarea name="mensaje"></textarea><button>Enviar</button></form>' : ''}
</main>
<footer><p>${portal.name}, ${portal.state}. Síguenos: ${footer}</p></footer>
</body>
</html>
`;
}

export function renderRobots(portal: Portal): string {
  return `User-agent: *\nDisallow: /admin/\n${portal.hasSitemap ? `Sitemap: http://${portal.host}/sitemap.xml\n` : ''}`;
}

export function renderSitemap(portal: Portal): string {
  const urls = portal.pages.map((p) => `<url><loc>http://${portal.host}${p.path}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** The seeds CSV Mirador reads (port-80 URLs, reached through connect-to rules). */
export function seedsCsv(network: NetworkDefinition): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = network.portals.map((p) => [p.inegiCode, quote(p.name), quote(p.state), `http://${p.host}/`].join(','));
  return `inegi_code,name,state,url\n${rows.join('\n')}\n`;
}
