/**
 * Contacts gatherer: phones, e-mails and street addresses, from tel:/mailto: links and from text.
 * Portals obfuscate e-mails with HTML entities (decoded by the parser) or words ("[arroba]", "(at)",
 * "[punto]", spaces around @ and dots) and write phones in many
 * shapes ("(01)(81) 8130-63-81", "449 965 00 88"); unlabelled digit runs are not taken as phones,
 * since budgets and folio numbers look the same.
 */
import type { ContactArtifact } from './artifacts.ts';
import { contextText, cssSelector, regionOf, visibleText, type ParsedPage } from './dom.ts';
import type { Anchor } from './links.ts';
import { elementAt, textLines } from './lines.ts';
import {
  CONTACT_CUES, EMAIL_HINT, EMAIL_PATTERN, LABELLED_ADDRESS_PATTERN, OBFUSCATED_DOT_PATTERN, OBFUSCATED_EMAIL_PATTERN, PHONE_PATTERN,
  POSTCODE_PATTERN, STREET_PATTERN,
} from '../vocabulary/contacts.ts';
import { findPhrases, normalise } from '../vocabulary/match.ts';

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
    if (!/\d/.test(line.text) && !EMAIL_HINT.test(line.text)) continue;
    // Offsets of the normal form are the line's own when normalising kept its length (no runs of spaces).
    const aligned = normalise(line.text).length === line.text.length;
    for (const item of findContacts(line.text)) {
      const el = elementAt(line, aligned ? item.index : 0);
      add({
        pageUrl, kind: item.kind, value: item.value, source: 'text',
        text: aligned ? line.text.slice(item.index, item.index + item.text.length) : item.text,
        // The block around the contact's own line: the heading or group that says whose contact it is.
        contextText: contextText(el, visibleText(el), 200, true),
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

export interface ContactMatch {
  kind: ContactArtifact['kind'];
  /** As matched in the normal form of the text (lower case, no accents). */
  text: string;
  /** Digits for phones, the address for e-mails, the collapsed text for street addresses. */
  value: string;
  /** Offset in the normal form of the text. */
  index: number;
}

const PHONE_CUE_DISTANCE = 40;

/**
 * Phones, e-mails and street addresses in a piece of running text: the one contact extractor, for the
 * gatherer's contacts and for every rule that asks whether a text block gives a contact. A digit run counts
 * as a phone only when a cue (Tel., Teléfono, ext., WhatsApp…) precedes it closely: without it, amounts,
 * folios and dates would look like phones. An e-mail written to fool harvesters ("[arroba]", "(at)", "@" and dots
 * between spaces) is read as the address it spells. An address inside a longer one ("Calle Hidalgo s/n" within
 * "Dirección: Calle Hidalgo s/n, Centro, C.P. 63900") is that address, not a second one.
 */
export function findContacts(text: string): ContactMatch[] {
  const t = normalise(text);
  const found: ContactMatch[] = [];
  // The address patterns are costly to try and most text holds no "@", "arroba" or "[at]" (EMAIL_HINT).
  if (t.includes('@')) for (const m of t.matchAll(EMAIL_PATTERN)) found.push({ kind: 'email', text: m[0], value: m[0].replace(/\.$/, ''), index: m.index });
  // Written to fool harvesters ("participacion [arroba] tlajomulco [punto] gob [punto] mx"): the value is the real address.
  const plain = [...found];
  if (EMAIL_HINT.test(t)) for (const m of t.matchAll(OBFUSCATED_EMAIL_PATTERN)) {
    const end = m.index + m[0].length;
    if (plain.some((p) => p.index < end && p.index + p.text.length > m.index)) continue;
    found.push({ kind: 'email', text: m[0], value: `${m[1]}@${m[2]!.replace(OBFUSCATED_DOT_PATTERN, '.')}`, index: m.index });
  }
  const cues = findPhrases(t, CONTACT_CUES);
  for (const m of t.matchAll(PHONE_PATTERN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 13) continue;
    if (cues.some((c) => c.index <= m.index && m.index - c.index <= PHONE_CUE_DISTANCE))
      found.push({ kind: 'phone', text: m[0].trim(), value: digits, index: m.index });
  }
  const addresses: ContactMatch[] = [];
  for (const pattern of [STREET_PATTERN, POSTCODE_PATTERN, LABELLED_ADDRESS_PATTERN])
    for (const m of t.matchAll(pattern)) addresses.push({ kind: 'address', text: m[0].trim(), value: m[0].replace(/\s+/g, ' ').trim(), index: m.index });
  const outer = addresses.filter(
    (a) => !addresses.some((b) => b !== a && b.index <= a.index && b.index + b.text.length >= a.index + a.text.length && b.text.length > a.text.length),
  );
  found.push(...uniqueSpans(outer));
  return found.sort((a, b) => a.index - b.index);
}

function uniqueSpans(matches: ContactMatch[]): ContactMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.index}|${m.text.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
