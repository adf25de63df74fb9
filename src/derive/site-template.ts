/**
 * The site's template: what repeats on most crawled pages (header, menu, sidebar, footer, the footer's
 * address and phone, the social icons). Old table layouts have no header/nav/footer markup, so their menu
 * ("Inicio | Ayuntamiento | …"), sidebar, clock and footer address come through as running text and body
 * links of every page; region markup alone cannot tell them. One rule for all of it: an item on more than
 * half of the crawled pages of its host, and on three at least.
 */
import type { ContactArtifact, LinkArtifact, PageArtifact, SocialLinkArtifact } from '../gather/artifacts.ts';
import { findContacts } from '../gather/contacts.ts';
import { canonicalKey, hostOf, stripWww } from '../gather/url.ts';
import { normalise } from '../vocabulary/match.ts';

const TEMPLATE_SHARE = 0.5;
const MIN_TEMPLATE_PAGES = 3;

export interface SiteTemplate {
  /** A text block (any form) that recurs on most pages. */
  hasBlock(text: string): boolean;
  /** A link with the same target and text on most pages. */
  hasLink(link: Pick<LinkArtifact, 'href' | 'text'>): boolean;
  /** A social link with the same target in the same place on most pages. */
  hasSocialLink(link: Pick<SocialLinkArtifact, 'href' | 'selector'>): boolean;
  /** A contact in running text (as `findContacts` reads it) that recurs on most pages. */
  hasContact(text: string): boolean;
  /** A mailto:/tel: link to the same address or number on most pages. */
  hasContactLink(contact: Pick<ContactArtifact, 'kind' | 'value'>): boolean;
}

export interface SiteTemplateInput {
  pages: readonly PageArtifact[];
  links: readonly LinkArtifact[];
  socialLinks: readonly SocialLinkArtifact[];
  contacts: readonly ContactArtifact[];
}

/**
 * Keys of the items found on most crawled pages of their host. A catalogue on datos.<site> has a template of
 * its own: counted against all pages, a large catalogue would hide the main site's menu and icons.
 */
function recurring<T>(items: readonly T[], key: (item: T) => string, pageOf: (item: T) => string, pagesOnHost: ReadonlyMap<string, number>): Set<string> {
  const on = new Map<string, Set<string>>();
  for (const item of items) {
    const k = `${siteHostOf(pageOf(item))}|${key(item)}`;
    on.set(k, (on.get(k) ?? new Set()).add(canonicalKey(pageOf(item))));
  }
  const template = new Set<string>();
  for (const [k, where] of on) {
    const host = k.slice(0, k.indexOf('|'));
    if (where.size >= MIN_TEMPLATE_PAGES && where.size > (pagesOnHost.get(host) ?? 0) * TEMPLATE_SHARE) template.add(k.slice(host.length + 1));
  }
  return template;
}

/** www.x and x are one host here, as everywhere else in Mirador. */
const siteHostOf = (url: string) => stripWww(hostOf(url));

const linkKey = (link: Pick<LinkArtifact, 'href' | 'text'>) => `${canonicalKey(link.href)}|${normalise(link.text)}`;
const socialKey = (link: Pick<SocialLinkArtifact, 'href' | 'selector'>) => `${link.href}|${link.selector}`;
const contactLinkKey = (c: Pick<ContactArtifact, 'kind' | 'value'>) => `${c.kind}:${c.value}`;

export function deriveSiteTemplate({ pages, links, socialLinks, contacts: found }: SiteTemplateInput): SiteTemplate {
  const count = new Map<string, number>();
  for (const p of pages) count.set(siteHostOf(p.url), (count.get(siteHostOf(p.url)) ?? 0) + 1);
  const blocks = recurring(
    pages.flatMap((p) => [...new Set(p.textBlocks.map(normalise))].map((text) => ({ text, url: p.url }))),
    (b) => b.text,
    (b) => b.url,
    count,
  );
  const templateLinks = recurring(links, linkKey, (l) => l.pageUrl, count);
  const social = recurring(socialLinks, socialKey, (l) => l.pageUrl, count);
  const contacts = recurring(
    pages.flatMap((page) => findContacts(page.text).map((c) => ({ key: c.text, pageUrl: page.url }))),
    (c) => c.key,
    (c) => c.pageUrl,
    count,
  );
  const contactLinks = recurring(
    found.filter((c) => c.source === 'link'),
    contactLinkKey,
    (c) => c.pageUrl,
    count,
  );
  return {
    hasBlock: (text) => blocks.has(normalise(text)),
    hasLink: (link) => templateLinks.has(linkKey(link)),
    hasSocialLink: (link) => social.has(socialKey(link)),
    hasContact: (text) => contacts.has(text),
    hasContactLink: (contact) => contactLinks.has(contactLinkKey(contact)),
  };
}
