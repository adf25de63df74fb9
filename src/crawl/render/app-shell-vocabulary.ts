/**
 * What an app shell (a page that only becomes content once its JavaScript runs) looks like in
 * static HTML. Used by should-render.ts.
 */

/** Mount points of the usual front-end frameworks; empty in the static HTML of an app shell. */
export const APP_ROOT_SELECTORS = [
  '#app',
  '#root',
  '#__next',
  '#__nuxt',
  '#q-app',
  '[ng-app]',
  '[data-ng-app]',
  '[data-reactroot]',
  'app-root',
];

/** `<noscript>` text asking for JavaScript, Spanish and English (portals ship both). */
export const NOSCRIPT_NEEDS_JS = [
  /\benable\s+javascript\b/i,
  /\bjavascript\s+(?:is\s+)?(?:required|disabled)\b/i,
  /\b(?:requires?|needs?)\s+javascript\b/i,
  /\b(?:habilit|activ)(?:a|e|ar)\s+(?:el\s+|tu\s+|su\s+)?javascript\b/i,
  /\bjavascript\s+(?:habilitado|activado|deshabilitado|desactivado)\b/i,
  /\b(?:requiere|necesita)\s+(?:de\s+)?javascript\b/i,
];
