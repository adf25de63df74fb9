/** The page shell every report page shares: language, charset, viewport, CSP, stylesheet, navigation. */
import type { RunSummary } from '../model.ts';
import { formatAsOf } from './format.ts';
import { html, raw, type SafeHtml } from './escape.ts';

/**
 * No scripts, no inline styles, nothing remote: the report only loads its own stylesheet and screenshots.
 * (frame-ancestors is ignored in a meta CSP, so it is not listed.)
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export const STYLESHEET_FILE = 'estilo.css';

export interface PageOptions {
  title: string;
  /** Folders between this page and the report root (0 for index.html, 1 for municipios/*.html). */
  depth: number;
  run: RunSummary;
  current?: 'ranking' | 'metodologia';
  body: SafeHtml;
}

export function rootPrefix(depth: number): string {
  return '../'.repeat(depth);
}

export function page({ title, depth, run, current, body }: PageOptions): string {
  const root = rootPrefix(depth);
  const navLink = (href: string, label: string, key: PageOptions['current']) =>
    key === current ? html`<a href="${root}${href}" aria-current="page">${label}</a>` : html`<a href="${root}${href}">${label}</a>`;
  return html`<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${raw(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Mirador ${run.softwareVersion}">
<title>${title}</title>
<link rel="stylesheet" href="${root}${STYLESHEET_FILE}">
</head>
<body>
<a class="saltar" href="#contenido">Saltar al contenido</a>
<header class="encabezado">
<p class="marca">Mirador</p>
<nav aria-label="Secciones del informe">${navLink('index.html', 'Ranking', 'ranking')} ${navLink('metodologia.html', 'Metodología', 'metodologia')}</nav>
</header>
<main id="contenido">
${body}
</main>
<footer class="pie">
<p>Generado por Mirador ${run.softwareVersion} · ejecución n.º ${run.id} (puntuación ${run.scoringId}) · datos al ${formatAsOf(run.asOf)}.</p>
</footer>
</body>
</html>
`.value;
}
