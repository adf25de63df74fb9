/**
 * The site's template: what repeats on most crawled pages (header, menu, sidebar, footer, the footer's
 * address and phone, the social icons). Old table layouts have no header/nav/footer markup, so their menu
 * ("Inicio | Ayuntamiento | …"), sidebar, clock and footer address come through as running text and body
 * links of every page; region markup alone cannot tell them. One rule for all of it: an item on more than
 * half of the crawled pages, and on three at least.
 */
import type { LinkArtifact, PageArtifact, SocialLinkArtifact } from '../gather/artifacts.ts';
import { findContacts } from '../gather/contacts.ts';
import { canonicalKey } from '../gather/url.ts';
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
  /** A contact (as `findContacts` reads it, or a mailto:/tel: target) that recurs on most pages. */
  hasContact(text: string): boolean;
}

export interface SiteTemplateInput {
  pages: readonly PageArtifact[];
  links: readonly LinkArtifact[];
  socialLinks: readonly SocialLinkArtifact[];
}

/** Keys of the items found on most crawled pages. */
function recurring<T>(items: readonly T[], key: (item: T) => string, pageOf: (item: T) => string, pages: number): Set<string> {
  const on = new Map<string, Set<string>>();
  for (const item of items) {
    const k = key(item);
    on.set(k, (on.get(k) ?? new Set()).add(canonicalKey(pageOf(item))));
  }
  return new Set([...on].filter(([, where]) => where.size >= MIN_TEMPLATE_PAGES && where.size > pages * TEMPLATE_SHARE).map(([k]) => k));
}

const linkKey = (link: Pick<LinkArtifact, 'href' | 'text'>) => `${canonicalKey(link.href)}|${normalise(link.text)}`;
const socialKey = (link: Pick<SocialLinkArtifact, 'href' | 'selector'>) => `${link.href}|${link.selector}`;
const isContactLink = (href: string) => href.startsWith('mailto:') || href.startsWith('tel:');

export function deriveSiteTemplate({ pages, links, socialLinks }: SiteTemplateInput): SiteTemplate {
  const count = pages.length;
  const blocks = recurring(
    pages.flatMap((p) => [...new Set(p.textBlocks.map(normalise))].map((text) => ({ text, url: p.url }))),
    (b) => b.text,
    (b) => b.url,
    count,
  );
  const templateLinks = recurring(links, linkKey, (l) => l.pageUrl, count);
  const social = recurring(socialLinks, socialKey, (l) => l.pageUrl, count);
  const contacts = recurring(
    [
      ...pages.flatMap((page) => findContacts(page.text).map((c) => ({ key: c.text, pageUrl: page.url }))),
      ...links.filter((l) => isContactLink(l.href)).map((l) => ({ key: l.href.toLowerCase(), pageUrl: l.pageUrl })),
    ],
    (c) => c.key,
    (c) => c.pageUrl,
    count,
  );
  return {
    hasBlock: (text) => blocks.has(normalise(text)),
    hasLink: (link) => templateLinks.has(linkKey(link)),
    hasSocialLink: (link) => social.has(socialKey(link)),
    hasContact: (text) => contacts.has(text) || contacts.has(text.toLowerCase()),
  };
}
