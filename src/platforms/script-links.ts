/**
 * Menu entries a person clicks that are not plain URLs: an ASP.NET WebForms postback
 * (`javascript:__doPostBack('ctl00$menu','datos')`, which posts the page's form back) and a single-page
 * app's route (`#/datos`, `#!/transparencia`). One spelling of the page each leads to, shared by the
 * crawl, which fetches those pages, and the gatherers, which match menu links with them; it reads no
 * network, so it belongs to neither stage.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

/** `#/datos`, `#!/transparencia`: a route an app draws by script, not an in-page anchor like `#contenido`. */
const ROUTE_FRAGMENT = /^#!?\//;
/** How a postback's page is told from the form's own page and from other postbacks to the same URL. */
const POSTBACK_FRAGMENT = '#postback=';

/** The `__EVENTTARGET` and `__EVENTARGUMENT` a postback link posts. */
export interface Postback {
  target: string;
  argument: string;
}

/** A WebForms form, ready to post back: where, and the fields a browser would send with it. */
export interface PostbackForm {
  action: string;
  fields: [name: string, value: string][];
}

const DO_POSTBACK = /^javascript:\s*__doPostBack\(\s*(['"])(.*?)\1\s*,\s*(['"])(.*?)\3\s*\)/i;
const WITH_OPTIONS = /^javascript:\s*WebForm_DoPostBackWithOptions\(\s*new\s+WebForm_PostBackOptions\(\s*(['"])(.*?)\1\s*,\s*(['"])(.*?)\3/i;

/** The postback an href fires, or null when it is not one. */
export function parsePostback(href: string): Postback | null {
  const match = DO_POSTBACK.exec(href.trim()) ?? WITH_OPTIONS.exec(href.trim());
  return match ? { target: match[2]!, argument: match[4]! } : null;
}

export function isRouteFragment(hash: string): boolean {
  return ROUTE_FRAGMENT.test(hash);
}

/** The fragment that names a page of its own (an app route, a postback), or '' for an ordinary anchor. */
export function pageFragment(hash: string): string {
  return isRouteFragment(hash) || hash.startsWith(POSTBACK_FRAGMENT) ? hash : '';
}

/** The page a postback leads to, as a URL: the form's action plus the control and argument posted. */
export function postbackUrl(action: string, postback: Postback): string {
  const url = new URL(action);
  url.hash = `${POSTBACK_FRAGMENT.slice(1)}${encodeURIComponent(postback.target)},${encodeURIComponent(postback.argument)}`;
  return url.href;
}

/** Types a browser does not send when a form is posted by script (no button was pressed). */
const UNSENT_TYPES = new Set(['submit', 'button', 'image', 'reset', 'file']);

/**
 * The form `__doPostBack` submits (the one holding `__VIEWSTATE` or `__EVENTTARGET`, `aspnetForm` on
 * master pages), with the fields a browser would send: hidden state, text values, checked boxes,
 * selected options. Null when the page has none.
 */
export function postbackForm($: CheerioAPI, baseUrl: string): PostbackForm | null {
  const form = $('form')
    .toArray()
    .find((f) => $(f).find('input[name="__VIEWSTATE"], input[name="__EVENTTARGET"]').length > 0);
  if (!form) return null;
  let action: string;
  try {
    action = new URL($(form).attr('action')?.trim() || baseUrl, baseUrl).href;
  } catch {
    return null;
  }
  const fields: [string, string][] = [];
  $(form)
    .find('input[name], select[name], textarea[name]')
    .each((_, node) => {
      const el = node as Element;
      const name = el.attribs.name!;
      if (el.attribs.disabled !== undefined) return;
      if (el.name === 'select') {
        const option = $(el).find('option[selected]').first().length ? $(el).find('option[selected]').first() : $(el).find('option').first();
        if (option.length) fields.push([name, option.attr('value') ?? option.text()]);
        return;
      }
      if (el.name === 'textarea') {
        fields.push([name, $(el).text()]);
        return;
      }
      const type = (el.attribs.type ?? 'text').toLowerCase();
      if (UNSENT_TYPES.has(type)) return;
      if ((type === 'checkbox' || type === 'radio') && el.attribs.checked === undefined) return;
      fields.push([name, el.attribs.value ?? (type === 'checkbox' || type === 'radio' ? 'on' : '')]);
    });
  return { action: withoutFragment(action), fields };
}

/** The body `__doPostBack(target, argument)` posts: the form's fields with the event named. */
export function postbackBody(form: PostbackForm, postback: Postback): string {
  const params = new URLSearchParams();
  const event: Record<string, string> = { __EVENTTARGET: postback.target, __EVENTARGUMENT: postback.argument };
  for (const [name, value] of form.fields) params.append(name, event[name] ?? value);
  for (const [name, value] of Object.entries(event)) if (!params.has(name)) params.append(name, value);
  return params.toString();
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
