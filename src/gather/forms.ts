/**
 * Forms gatherer: each <form>, its fields with labels, and what it is for (search, contact,
 * report…), so contact-tool-home can tell a complaint form from the site search box.
 */
import type { AnyNode, Element } from 'domhandler';
import type { FormArtifact, FormField } from './artifacts.ts';
import { collapse, cssSelector, isElement, regionOf, visibleText, type ParsedPage } from './dom.ts';
import { resolveUrl } from './url.ts';
import {
  NON_FREE_TEXT_FIELD_WORDS, NON_TEXT_INPUT_TYPES, SEARCH_ACTION_PATTERN, SEARCH_FIELD_NAMES, SEARCH_WORDS, SUBMIT_WORDS,
} from '../vocabulary/forms.ts';
import { normalise } from '../vocabulary/text.ts';

const MAX_PURPOSE_CHARS = 400;

export function gatherForms(parsed: ParsedPage): FormArtifact[] {
  const { $ } = parsed;
  return $('form').toArray().map((node) => {
    const form = node as Element;
    const $form = $(form);
    const controls = $form.find('input, textarea, select, button').toArray() as Element[];
    const fields: FormField[] = [];
    const submitTexts: string[] = [];
    let hasSubmit = false;
    for (const control of controls) {
      const type = controlType(control);
      if (isSubmitControl(control, type)) {
        hasSubmit = true;
        submitTexts.push(collapse(control.name === 'button' ? visibleText(control) || (control.attribs.value ?? '') : control.attribs.value ?? control.attribs.alt ?? ''));
        continue;
      }
      if (control.name === 'button' || type === 'hidden' || type === 'reset' || type === 'button') continue;
      fields.push({ tag: control.name as FormField['tag'], type, name: control.attribs.name ?? control.attribs.id ?? '', label: fieldLabel(parsed, control) });
    }

    const action = resolveUrl(form.attribs.action ?? '', parsed.baseUrl) ?? parsed.page.url;
    const hasTextarea = fields.some((f) => f.tag === 'textarea');
    const isSearch = !hasTextarea && searchForm(parsed, form, fields, submitTexts, action);
    const purposeText = [
      form.attribs['aria-label'], form.attribs.title,
      ...$form.find('legend').map((_, l) => visibleText(l)).get(),
      precedingHeading(form),
      ...fields.map((f) => f.label),
      ...submitTexts,
    ]
      .map((t) => collapse(t ?? ''))
      .filter(Boolean)
      .filter((t, i, all) => all.indexOf(t) === i)
      .join(' · ')
      .slice(0, MAX_PURPOSE_CHARS);

    return {
      pageUrl: parsed.page.url,
      action,
      method: (form.attribs.method ?? 'get').toUpperCase(),
      fields,
      hasFreeText: hasTextarea || (!isSearch && fields.some(isFreeTextInput)),
      hasSubmit,
      isSearch,
      purposeText,
      selector: cssSelector(parsed, form),
      region: regionOf(parsed, form),
    };
  });
}

function controlType(control: Element): string {
  if (control.name === 'textarea') return 'textarea';
  if (control.name === 'select') return 'select';
  if (control.name === 'button') return (control.attribs.type ?? 'submit').toLowerCase();
  return (control.attribs.type ?? 'text').toLowerCase();
}

function isSubmitControl(control: Element, type: string): boolean {
  if (control.name === 'input') return type === 'submit' || type === 'image';
  if (control.name !== 'button') return false;
  if (type === 'submit') return true;
  // <button type="button" onclick="enviar()">Enviar</button>: JS-submitted forms are common.
  return type === 'button' && SUBMIT_WORDS.includes(normalise(visibleText(control) || control.attribs.value || ''));
}

function fieldLabel(parsed: ParsedPage, control: Element): string {
  const { $ } = parsed;
  const id = control.attribs.id;
  const byFor = id ? $('label').filter((_, l) => (l as Element).attribs.for === id).first() : null;
  const labelledBy = (control.attribs['aria-labelledby'] ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => $('[id]').filter((_, e) => (e as Element).attribs.id === ref).first().text())
    .join(' ');
  const wrapping = $(control).closest('label');
  const candidates = [
    byFor && byFor.length ? visibleText(byFor.get(0)!) : '',
    wrapping.length ? visibleText(wrapping.get(0)!) : '',
    control.attribs['aria-label'],
    labelledBy,
    control.attribs.placeholder,
    control.attribs.title,
  ];
  for (const candidate of candidates) {
    const text = collapse(candidate ?? '');
    if (text) return text;
  }
  return '';
}

function nameParts(text: string): string[] {
  return normalise(text).split(/[\s_\-[\].]+/).filter(Boolean);
}

function isFreeTextInput(field: FormField): boolean {
  if (field.tag !== 'input' || NON_TEXT_INPUT_TYPES.has(field.type) || field.type === 'search') return false;
  const words = normalise(`${field.name} ${field.label}`);
  const parts = nameParts(`${field.name} ${field.label}`);
  return !NON_FREE_TEXT_FIELD_WORDS.some((w) => (w.includes(' ') ? words.includes(w) : parts.includes(w)))
    && !SEARCH_FIELD_NAMES.includes(normalise(field.name));
}

function searchForm(parsed: ParsedPage, form: Element, fields: FormField[], submitTexts: string[], action: string): boolean {
  if (hasRoleSearch(form)) return true;
  if (fields.some((f) => f.type === 'search')) return true;
  if (fields.some((f) => SEARCH_FIELD_NAMES.includes(normalise(f.name)))) return true;
  if (SEARCH_ACTION_PATTERN.test(action) && action !== parsed.page.url) return true;
  const words = normalise([
    ...fields.map((f) => f.label),
    ...submitTexts,
    form.attribs.class ?? '', form.attribs.id ?? '', form.attribs['aria-label'] ?? '',
  ].join(' ').replace(/[_-]/g, ' '));
  const parts = words.split(' ');
  return fields.length <= 3 && parts.some((p) => SEARCH_WORDS.includes(p) || p.startsWith('search'));
}

function hasRoleSearch(form: Element): boolean {
  for (let node: AnyNode | null = form; node && isElement(node); node = node.parent) {
    if ((node.attribs.role ?? '').toLowerCase() === 'search' || node.name === 'search') return true;
  }
  return false;
}

/** The nearest heading before the form in document order (its own title, "Buzón ciudadano"). */
function precedingHeading(form: Element): string {
  let steps = 0;
  for (let node: AnyNode | null = form; node && steps < 30; steps += 1) {
    let sibling: AnyNode | null = node.prev;
    while (sibling && !isElement(sibling)) sibling = sibling.prev;
    if (sibling) {
      const heading = lastHeading(sibling);
      if (heading) return heading;
      node = sibling;
    } else {
      node = node.parent;
      if (!node || !isElement(node) || node.name === 'body') return '';
    }
  }
  return '';
}

function lastHeading(el: Element): string {
  if (/^h[1-6]$/.test(el.name)) return visibleText(el);
  for (let i = el.children.length - 1; i >= 0; i -= 1) {
    const child = el.children[i];
    if (isElement(child)) {
      const found = lastHeading(child);
      if (found) return found;
    }
  }
  return '';
}
