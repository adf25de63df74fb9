/** The page shell every report page shares: language, charset, viewport, CSP, stylesheet, navigation. */
import type { RunSummary } from '../model.ts';
import { formatAsOf } from './format.ts';
import { html, raw, type SafeHtml } from './escape.ts';
import { langFolder, t, type Lang, type UiKey } from './i18n.ts';

/**
 * Only the report's own files: its stylesheet, its one script (report.js, progressive enhancement for the ranking
 * and states tables) and its screenshots. No inline scripts or styles, nothing remote. (frame-ancestors is ignored in a meta
 * CSP, so it is not listed.)
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export const STYLESHEET_FILE = 'estilo.css';
export const SCRIPT_FILE = 'report.js';

export type Section = 'ranking' | 'estados' | 'indicadores' | 'cambios' | 'metodologia';

export interface PageOptions {
  title: string;
  lang: Lang;
  /** This page's path inside its language folder: 'index.html', 'municipios/14120.html'. */
  path: string;
  run: RunSummary;
  current?: Section;
  body: SafeHtml;
  /** Load report.js (only pages with something to enhance need it). */
  script?: boolean;
}

export function rootPrefix(depth: number): string {
  return '../'.repeat(depth);
}

/** Folders between a page and its language folder (0 for index.html, 1 for municipios/*.html). */
export function pathDepth(path: string): number {
  return path.split('/').length - 1;
}

/** Folders between a page and the report root, where estilo.css, report.js and the screenshots live. */
export function pageDepth(lang: Lang, path: string): number {
  return pathDepth(path) + (lang === 'es' ? 0 : 1);
}

const SECTIONS: readonly { key: Section; file: string; label: UiKey }[] = [
  { key: 'ranking', file: 'index.html', label: 'navRanking' },
  { key: 'estados', file: 'estados.html', label: 'navStates' },
  { key: 'indicadores', file: 'indicadores.html', label: 'navIndicators' },
  { key: 'cambios', file: 'cambios.html', label: 'navChanges' },
  { key: 'metodologia', file: 'metodologia.html', label: 'navMethodology' },
];

export function page({ title, lang, path, run, current, body, script = false }: PageOptions): string {
  const assets = rootPrefix(pageDepth(lang, path));
  const langRoot = rootPrefix(pathDepth(path));
  const other: Lang = lang === 'es' ? 'en' : 'es';
  const twin = `${assets}${langFolder(other)}${path}`;
  const navLink = ({ key, file, label }: (typeof SECTIONS)[number]) =>
    key === current
      ? html`<a href="${langRoot}${file}" aria-current="page">${t(lang, label)}</a>`
      : html`<a href="${langRoot}${file}">${t(lang, label)}</a>`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${raw(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Mirador ${run.softwareVersion}">
<title>${title}</title>
<link rel="stylesheet" href="${assets}${STYLESHEET_FILE}">
<link rel="alternate" hreflang="${other}" href="${twin}">
${script ? html`<script src="${assets}${SCRIPT_FILE}" defer></script>` : ''}
</head>
<body>
<a class="saltar" href="#contenido">${t(lang, 'skip')}</a>
<header class="encabezado">
<p class="marca">Mirador</p>
<nav aria-label="${t(lang, 'sections')}">${SECTIONS.map(navLink)}</nav>
<a class="idioma" href="${twin}" hreflang="${other}" lang="${other}" aria-label="${t(other, 'readInThisLanguage')}">${t(lang, 'otherLanguage')}</a>
</header>
<main id="contenido">
${body}
</main>
<footer class="pie">
<p>${t(lang, 'generated')} Mirador ${run.softwareVersion} · ${t(lang, 'run').toLowerCase()} ${lang === 'es' ? 'n.º' : 'no.'} ${run.id} (${lang === 'es' ? 'puntuación' : 'scoring'} ${run.scoringId}) · ${t(lang, 'asOf').toLowerCase()} ${formatAsOf(run.asOf, lang)}.</p>
</footer>
</body>
</html>
`.value;
}
