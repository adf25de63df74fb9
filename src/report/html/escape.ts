/**
 * The one way text reaches the report's HTML. Everything in a page (municipality names, evidence text,
 * selectors, reasons, URLs) comes from seeds or crawled sites, so interpolations are escaped unless they are
 * already `SafeHtml`: the output of another `html` template or of `raw()` around a trusted constant.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes for both text and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Marks a trusted constant (never crawled data) as HTML. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: literal parts are markup, interpolations are escaped (arrays are joined, nullish dropped). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * The href for a crawled URL, or null when it must not be a link: only absolute http(s) URLs qualify.
 * Returns the parsed form so the checked URL is the one written (browsers also strip tabs and newlines,
 * which would otherwise let `java\tscript:` through a naive prefix test).
 */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // relative or malformed: shown as text, not linked
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
