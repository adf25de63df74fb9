/**
 * The simulated network of municipal portals behind `mirador demo` and the end-to-end tests: one
 * node:http server on 127.0.0.1 answers for every portal's host names, dispatching on the Host header,
 * so the crawler reaches `http://www.tlajomulco.gob.mx/` through curl-style connect-to rules and every
 * URL, link and piece of evidence keeps the portal's real-looking address.
 *
 * Portals are folders of files (src/demo/portals/<slug>/site/<host>/…) with date placeholders resolved
 * against `asOf` at serve time, so the expected verdicts (portal.json) hold on whatever day the demo runs.
 *
 * Platform hosts the crawler reads beyond the portals (www.youtube.com's channel pages and feeds) are
 * folders too, src/demo/platforms/<host>/…, shared by every portal (see platforms/README.md).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { loadPortalSpecs, partialsDir, siteDir, type PortalSpec } from './expected.ts';
import { httpDate, parseAsOf, resolveDatePlaceholders } from './dates.ts';
import { htmlXlsFromCsv, pdfFromText, xlsxFromCsv } from './files.ts';
import { projectPath } from '../project-root.ts';

export type { PortalSpec } from './expected.ts';

/** Platform hosts served beside the portals: one folder per host name. */
export const PLATFORMS_DIR = `${projectPath('src/demo/platforms')}/`;

export interface PortalNetworkOptions {
  /** Evaluation date, YYYY-MM-DD: every date the portals show is relative to it. */
  asOf: string;
  /** Port on 127.0.0.1; 0 or absent for an ephemeral one. */
  port?: number;
  /** Portals folders (default: the demo portals; `mirador fidelity` adds the labelled corpus). */
  portalsDirs?: readonly string[];
  /** Serve and list only these slugs (the others are still loaded, so host clashes are caught). */
  only?: readonly string[];
  /** Platform hosts folder (default PLATFORMS_DIR); null serves none. */
  platformsDir?: string | null;
}

export interface PortalNetwork {
  port: number;
  portals: PortalSpec[];
  /**
   * curl --connect-to rules, `www.x.gob.mx:80:127.0.0.1:<port>`, one per host (aliases and subdomains
   * included), and two per platform host (port 443 to a closed port: the network speaks plain HTTP).
   */
  connectTo: string[];
  /** A seeds CSV listing every portal (unreachable ones too). */
  seedsCsv(): string;
  close(): Promise<void>;
}

const SEEDS_HEADER = 'pop_rank,inegi_code,name,state,url,url_confidence,published_score_2016,published_position_2016';

const HTML_EXTENSIONS = new Set(['', '.html', '.htm', '.php', '.aspx', '.asp', '.cfm']);

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=UTF-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=UTF-8',
  '.pdf': 'application/pdf',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.zip': 'application/zip',
  '.css': 'text/css; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

/** Downloads whose date the methodology reads from Last-Modified (pages and sitemaps get none). */
const DATA_FILE_EXTENSIONS = new Set(['.csv', '.json', '.geojson', '.xml', '.pdf', '.xls', '.xlsx', '.ods', '.doc', '.docx', '.zip']);
const TEXT_EXTENSIONS = new Set(['.csv', '.json', '.geojson', '.xml', '.txt', '.css', '.js', '.svg']);

/** Source files the real format is generated from: `x.xlsx` ← `x.xlsx.csv`. */
const GENERATED: Record<string, string> = { '.xlsx': '.csv', '.xls': '.csv', '.pdf': '.txt' };

interface Resolved {
  file: string;
  /** Extension that decides the served type (of the URL, not of the source file). */
  ext: string;
  generatedFrom?: string;
}

interface Served {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * URL path (+ query) → file. Query-specific pages are files named `<path>~<query>.html` (`index~page_id=12.html`
 * for WordPress's `/?page_id=12`); other queries (searches, `?lang=es`) fall back to the page without them.
 */
async function resolveFile(root: string, pathname: string, search: string): Promise<Resolved | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..') || decoded.includes('\0')) return null;
  const base = join(root, relative);
  const ext = extname(decoded).toLowerCase();
  const candidates: Resolved[] = [];
  const query = search.replace(/^\?/, '');
  if (query) {
    const stem = decoded.endsWith('/') ? join(base, 'index') : base;
    candidates.push({ file: `${stem}~${query}.html`, ext: '.html' });
    // A data URL with a query keeps its type: `feeds/videos.xml?channel_id=UC…` ← `feeds/videos.xml~channel_id=UC….xml`.
    if (ext && !HTML_EXTENSIONS.has(ext)) candidates.push({ file: `${stem}~${query}${ext}`, ext });
  }
  candidates.push({ file: base, ext });
  if (!decoded.endsWith('/')) candidates.push({ file: `${base}.html`, ext: '.html' });
  candidates.push({ file: join(base, 'index.html'), ext: '.html' });
  const sourceExt = GENERATED[ext];
  if (sourceExt) candidates.push({ file: `${base}${sourceExt}`, ext, generatedFrom: sourceExt });
  for (const candidate of candidates) if (await isFile(candidate.file)) return candidate;
  return null;
}

const PARTIAL = /\{\{>\s*([a-z0-9_-]+)\s*\}\}/gi;

async function expandPartials(spec: PortalSpec, text: string, depth = 0): Promise<string> {
  if (depth > 5) throw new Error(`${spec.slug}: partials nested more than 5 deep`);
  const names = [...new Set([...text.matchAll(PARTIAL)].map((m) => m[1]!))];
  if (names.length === 0) return text;
  const bodies = new Map<string, string>();
  for (const name of names) {
    const file = join(partialsDir(spec), `${name}.html`);
    bodies.set(name, await expandPartials(spec, await readFile(file, 'utf8'), depth + 1));
  }
  return text.replace(PARTIAL, (_m, name: string) => bodies.get(name)!);
}

function encodeLatin1(text: string, file: string): Buffer {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0xff)
      throw new Error(`${file}: character "${text[i]}" at ${i} cannot be written in ISO-8859-1`);
  return Buffer.from(text, 'latin1');
}

function fileLastModified(spec: PortalSpec, pathname: string): string {
  return spec.file_last_modified.by_path[pathname] ?? spec.file_last_modified.default;
}

function notFound(message: string): Served {
  const body = Buffer.from(
    `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>404 No encontrado</title></head>` +
      `<body><h1>No encontrado</h1><p>${message}</p></body></html>\n`,
    'utf8',
  );
  return { status: 404, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body };
}

async function serve(spec: PortalSpec, host: string, url: URL, asOf: Date): Promise<Served> {
  const resolved = await resolveFile(siteDir(spec, host), url.pathname, url.search);
  if (!resolved) return notFound(`La página ${url.pathname} no existe.`);
  const headers: Record<string, string> = {};
  let body: Buffer;
  const isHtml = !resolved.generatedFrom && HTML_EXTENSIONS.has(resolved.ext);
  if (isHtml) {
    const text = resolveDatePlaceholders(await expandPartials(spec, await readFile(resolved.file, 'utf8')), asOf);
    body = spec.charset === 'ISO-8859-1' ? encodeLatin1(text, resolved.file) : Buffer.from(text, 'utf8');
    headers['Content-Type'] = `text/html; charset=${spec.charset}`;
  } else if (resolved.generatedFrom) {
    const source = resolveDatePlaceholders(await readFile(resolved.file, 'utf8'), asOf);
    const modified = new Date(httpDate(asOf, fileLastModified(spec, url.pathname)));
    body =
      resolved.ext === '.xlsx' ? xlsxFromCsv(source, modified)
      : resolved.ext === '.xls' ? htmlXlsFromCsv(source, spec.charset)
      : pdfFromText(source);
    headers['Content-Type'] = CONTENT_TYPES[resolved.ext]!;
  } else if (TEXT_EXTENSIONS.has(resolved.ext) || url.pathname === '/robots.txt') {
    body = Buffer.from(resolveDatePlaceholders(await readFile(resolved.file, 'utf8'), asOf), 'utf8');
    headers['Content-Type'] = CONTENT_TYPES[resolved.ext] ?? 'text/plain; charset=UTF-8';
  } else {
    body = await readFile(resolved.file);
    headers['Content-Type'] = CONTENT_TYPES[resolved.ext] ?? 'application/octet-stream';
  }
  if (DATA_FILE_EXTENSIONS.has(resolved.ext) && !/\/sitemap[^/]*\.xml$/.test(url.pathname)) {
    headers['Last-Modified'] = httpDate(asOf, fileLastModified(spec, url.pathname));
    if (resolved.ext !== '.csv' && resolved.ext !== '.json' && resolved.ext !== '.xml')
      headers['Content-Disposition'] = `inline; filename="${url.pathname.split('/').pop()}"`;
  }
  return { status: 200, headers, body };
}

/** Platform pages and feeds: UTF-8, dates resolved, no Last-Modified (youtube.com sends none). */
async function servePlatform(root: string, url: URL, asOf: Date): Promise<Served> {
  const resolved = await resolveFile(root, url.pathname, url.search);
  if (!resolved) return notFound(`${url.pathname}${url.search} no existe en esta plataforma.`);
  const isHtml = HTML_EXTENSIONS.has(resolved.ext);
  const type = isHtml ? 'text/html; charset=utf-8' : resolved.ext === '.xml' ? 'application/atom+xml; charset=UTF-8' : CONTENT_TYPES[resolved.ext];
  return {
    status: 200,
    headers: { 'Content-Type': type ?? 'application/octet-stream' },
    body: Buffer.from(resolveDatePlaceholders(await readFile(resolved.file, 'utf8'), asOf), 'utf8'),
  };
}

/** Host folders under `dir` (none when it does not exist). */
function platformHosts(dir: string | null): string[] {
  if (dir === null) return [];
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The network lives on its as-of date: its pages are written relative to it ("hace 3 días"), so its clock — the
 * Date header a real server sends — says that day too (10:00 UTC, as Last-Modified does).
 */
function send(req: IncomingMessage, res: ServerResponse, served: Served, asOf: Date): void {
  const lastModified = served.headers['Last-Modified'];
  const since = req.headers['if-modified-since'];
  if (served.status === 200 && lastModified && since && Date.parse(since) >= Date.parse(lastModified)) {
    res.writeHead(304, { 'Last-Modified': lastModified });
    res.end();
    return;
  }
  res.writeHead(served.status, { Date: httpDate(asOf, '0'), ...served.headers, 'Content-Length': String(served.body.length) });
  res.end(req.method === 'HEAD' ? undefined : served.body);
}

/** A port nothing listens on: bind an ephemeral one and release it (connections to it are refused). */
export async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('could not reserve a closed port');
  return address.port;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function startPortalNetwork(options: PortalNetworkOptions): Promise<PortalNetwork> {
  const asOf = parseAsOf(options.asOf);
  const loaded = loadPortalSpecs(options.portalsDirs);
  const unknownSlugs = (options.only ?? []).filter((slug) => !loaded.some((p) => p.slug === slug));
  if (unknownSlugs.length) throw new Error(`no portal named ${unknownSlugs.join(', ')} (known: ${loaded.map((p) => p.slug).join(', ')})`);
  const portals = options.only ? loaded.filter((p) => options.only!.includes(p.slug)) : loaded;

  const byHost = new Map<string, PortalSpec>();
  const aliasOf = new Map<string, string>();
  for (const spec of portals) {
    if (!spec.reachable) continue;
    for (const host of spec.hosts) byHost.set(host, spec);
    for (const [alias, target] of Object.entries(spec.aliases)) {
      byHost.set(alias, spec);
      aliasOf.set(alias, target);
    }
  }

  const platformsDir = options.platformsDir === undefined ? PLATFORMS_DIR : options.platformsDir;
  const platforms = platformHosts(platformsDir).filter((host) => !byHost.has(host));

  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    const respond = async (): Promise<Served> => {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=UTF-8' }, body: Buffer.from('Método no permitido\n') };
      const spec = byHost.get(host);
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (!spec && platforms.includes(host)) return servePlatform(join(platformsDir!, host), url, asOf);
      if (!spec) return notFound(`Ningún portal responde por el host «${host}».`);
      const canonical = aliasOf.get(host);
      if (canonical)
        return { status: 301, headers: { Location: `http://${canonical}${url.pathname}${url.search}` }, body: Buffer.alloc(0) };
      return serve(spec, host, url, asOf);
    };
    respond().then(
      (served) => send(req, res, served, asOf),
      (error: unknown) => {
        // A broken portal file is a bug in the demo, not a site behaviour: say which request hit it.
        const message = `demo portal error for http://${host}${req.url}: ${(error as Error).message}`;
        console.error(message);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=UTF-8' });
        res.end(`${message}\n`);
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('portal network: server has no TCP address');
  const port = address.port;

  const unreachable = portals.filter((p) => !p.reachable);
  const deadPort = unreachable.length || platforms.length ? await closedPort() : 0;
  const connectTo = [
    ...portals.flatMap((spec) =>
      [...spec.hosts, ...Object.keys(spec.aliases)].map((host) => `${host}:80:127.0.0.1:${spec.reachable ? port : deadPort}`),
    ),
    // Portals link platforms over https too; with no TLS here those requests are refused (and
    // recorded), never sent to the real host.
    ...platforms.flatMap((host) => [`${host}:80:127.0.0.1:${port}`, `${host}:443:127.0.0.1:${deadPort}`]),
  ];

  return {
    port,
    portals,
    connectTo,
    seedsCsv() {
      const rows = portals.map((spec) =>
        [
          spec.seed.pop_rank,
          spec.inegi_code,
          spec.name,
          spec.state,
          spec.seed_url ?? spec.home,
          spec.seed.url_confidence,
          spec.seed.published_score_2016,
          spec.seed.published_position_2016,
        ]
          .map(csvField)
          .join(','),
      );
      return `${SEEDS_HEADER}\n${rows.join('\n')}\n`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
