/**
 * Contacts gatherer: phones, e-mails and street addresses, from tel:/mailto: links and from text.
 * Portals obfuscate e-mails with HTML entities (decoded by the parser) and write phones in many
 * shapes ("(01)(81) 8130-63-81", "449 965 00 88"); unlabelled digit runs are not taken as phones,
 * since budgets and folio numbers look the same.
 */
import type { ContactArtifact } from './artifacts.ts';
import { contextText, cssSelector, regionOf, type ParsedPage } from './dom.ts';
import type { Anchor } from './links.ts';
import { elementAt, textLines } from './lines.ts';
import { ADDRESS_PATTERN, EMAIL_PATTERN, PHONE_BRACKETED, PHONE_LABELLED } from '../vocabulary/contacts.ts';

const MAX_PER_PAGE = 100;

export function gatherContacts(parsed: ParsedPage, anchors: Anchor[]): ContactArtifact[] {
  const pageUrl = parsed.page.url;
  const contacts: ContactArtifact[] = [];
  const seen = new Set<string>();
  const add = (contact: ContactArtifact): void => {
    const key = `${contact.kind}|${contact.value}|${contact.source}`;
    if (seen.has(key) || contacts.length >= MAX_PER_PAGE) return;
    seen.add(key);
    contacts.push(contact);
  };

  for (const anchor of anchors) {
    const raw = anchor.rawHref;
    const scheme = raw.slice(0, raw.indexOf(':') + 1).toLowerCase();
    if (scheme !== 'mailto:' && scheme !== 'tel:') continue;
    const target = safeDecode(raw.slice(scheme.length).split('?')[0] ?? '').trim();
    if (!target) continue;
    const kind = scheme === 'tel:' ? 'phone' : 'email';
    const value = kind === 'phone' ? target.replace(/[^\d+]/g, '') : target.toLowerCase();
    if (kind === 'phone' && value.replace(/\D/g, '').length < 7) continue;
    add({
      pageUrl, kind, value, source: 'link',
      text: anchor.text || target,
      contextText: contextText(anchor.el, anchor.text),
      region: anchor.region,
      selector: anchor.selector,
    });
  }

  for (const line of textLines(parsed)) {
    if (!/\d|@/.test(line.text)) continue;
    const found: { kind: ContactArtifact['kind']; value: string; text: string; index: number }[] = [];
    for (const m of line.text.matchAll(EMAIL_PATTERN)) {
      found.push({ kind: 'email', value: m[0].toLowerCase().replace(/\.$/, ''), text: m[0], index: m.index ?? 0 });
    }
    const phoneSpans: [number, number][] = [];
    for (const m of line.text.matchAll(PHONE_LABELLED)) {
      const digits = (m[1] ?? '').replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      const index = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      phoneSpans.push([index, index + (m[1] ?? '').length]);
      found.push({ kind: 'phone', value: digits, text: m[0].trim(), index });
    }
    for (const m of line.text.matchAll(PHONE_BRACKETED)) {
      const index = m.index ?? 0;
      if (phoneSpans.some(([s, e]) => index >= s && index < e)) continue;
      found.push({ kind: 'phone', value: m[0].replace(/\D/g, ''), text: m[0].trim(), index });
    }
    for (const m of line.text.matchAll(ADDRESS_PATTERN)) {
      found.push({ kind: 'address', value: m[0].replace(/\s+/g, ' ').trim(), text: m[0].trim(), index: m.index ?? 0 });
    }
    for (const item of found) {
      const el = elementAt(line, item.index);
      add({
        pageUrl, kind: item.kind, value: item.value, source: 'text', text: item.text,
        contextText: contextText(el, item.text, 200, true),
        region: regionOf(parsed, el),
        selector: cssSelector(parsed, el),
      });
    }
  }
  return contacts;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray % in a mailto: is kept as written
  }
}
