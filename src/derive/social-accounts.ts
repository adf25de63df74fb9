/**
 * Whose each social account is — the municipal government's, the mayor's, someone else's — from every link
 * the portal has to it. Read by social-account, social-recent-week, social-interaction-week, mayor-social
 * and video-channel, so that an account is the same person's for all of them.
 * - A link's own words speak first (its text, its handle split into words): a handle naming the ayuntamiento
 *   is the government's even on the mayor's page or beside "Presidente Municipal" in a menu; one naming
 *   another government or a party ("Gobierno del Estado", "Morena") is theirs.
 * - In site chrome (header, menu, footer, the template repeated on most pages) the surrounding text is the
 *   menu or the address, so only own words count there. Elsewhere the surrounding text and the page speak
 *   next: a link in the body of a page about the mayor, or next to the office's name, is the mayor's.
 * - A handle or label naming the municipality ("TlajomulcoNoticias") is the government's unless the mayor's
 *   page or office presents it ("PresidenteToluca" on the mayor's page is his); one naming the state and not
 *   the municipality ("GobJalisco", "GobiernoJalisco" on Tlajomulco's portal) is another government's,
 *   whatever "gob" says.
 * - An account is the government's when any link says so; else another government's or the mayor's when a
 *   link says so. An account no link names is the government's only when the portal presents it as its own:
 *   an icon in its header, menu, footer or template, or under "Síguenos". So the footer's unlabelled icon
 *   leading to the account the mayor's page presents as hers is hers, and a timeline embedded in a page's body
 *   under nobody's name is nobody's for Mirador (`unattributed`): a reviewer can tell.
 */
import type { PageArtifact, SocialLinkArtifact } from '../gather/artifacts.ts';
import { canonicalKey } from '../gather/url.ts';
import { FOLLOW_WORDS, GOVERNMENT_ACCOUNT_WORDS, MAYOR_WORDS, OTHER_GOVERNMENT_ACCOUNT_WORDS } from '../vocabulary/social-ownership.ts';
import type { MunicipalityNames } from './municipality-names.ts';
import { matchPhrase, normalise } from '../vocabulary/match.ts';
import type { SiteTemplate } from './site-template.ts';
import { uniqueBy } from './unique-by.ts';

export type AccountOwner = 'government' | 'mayor' | 'other';

export interface SocialAccounts {
  /** The government's own accounts on social networks, one link each (not store listings nor messaging lines). */
  government: SocialLinkArtifact[];
  /** Account links presented as the mayor's (by their words or their page), whoever owns the account. */
  mayorLinks: SocialLinkArtifact[];
  /** Canonical keys of the pages about the mayor (title or heading names the office). */
  mayorPages: Set<string>;
  /** Account links (one per account) that nothing on the portal attributes to anyone. */
  unattributed: SocialLinkArtifact[];
  /** Whose account a link leads to: its account's owner when it names one, else what the link itself says (null: nobody). */
  ownerOf(link: SocialLinkArtifact): AccountOwner | null;
}

/** Account-bearing links (profiles and channels), not share buttons, posts or bare platform home pages. */
export function isAccountLink(link: SocialLinkArtifact): boolean {
  return (link.kind === 'profile' || link.kind === 'channel') && link.accountId !== null && link.accountId !== '';
}

export function accountKey(link: { platform: string; accountId: string | null }): string {
  return `${link.platform}:${normalise(link.accountId ?? '')}`;
}

/** Store listings and messaging lines are not accounts on a social network. */
const NOT_SOCIAL_NETWORKS = new Set(['google-play', 'app-store', 'whatsapp', 'telegram']);

export interface SocialAccountsInput {
  socialLinks: readonly SocialLinkArtifact[];
  pages: readonly PageArtifact[];
  siteTemplate: SiteTemplate;
  municipalityNames: MunicipalityNames;
}

export function deriveSocialAccounts({ socialLinks, pages, siteTemplate, municipalityNames: names }: SocialAccountsInput): SocialAccounts {
  const mayorPages = new Set(
    pages.filter((p) => !p.isHome && [p.title, ...p.headings].some((h) => matchPhrase(h, MAYOR_WORDS))).map((p) => canonicalKey(p.url)),
  );
  const inChrome = (link: SocialLinkArtifact) =>
    link.region === 'header' || link.region === 'nav' || link.region === 'footer' || siteTemplate.hasSocialLink(link);
  const presentsMayor = (link: SocialLinkArtifact) => {
    const chrome = inChrome(link);
    if (matchPhrase(chrome ? link.text : `${link.text} ${link.contextText}`, MAYOR_WORDS)) return true;
    return !chrome && mayorPages.has(canonicalKey(link.pageUrl));
  };
  const linkSays = (link: SocialLinkArtifact): AccountOwner | null => {
    const own = ownWords(link);
    // The town's name alone ("PresidenteToluca", "TlajomulcoContigo") says the account is of the town, not
    // whose: the mayor's page or the office beside it can still make it the mayor's.
    const namesTown = names.inIdentifier(link.accountId ?? '') !== null || names.inText(own) !== null;
    if (matchPhrase(own, MAYOR_WORDS)) return 'mayor';
    if (names.stateIn(own)) return 'other';
    if (matchPhrase(own, GOVERNMENT_ACCOUNT_WORDS)) return 'government';
    if (matchPhrase(own, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return 'other';
    if (inChrome(link)) return namesTown ? 'government' : null;
    if (matchPhrase(link.contextText, OTHER_GOVERNMENT_ACCOUNT_WORDS)) return 'other';
    if (presentsMayor(link)) return 'mayor';
    if (namesTown || matchPhrase(link.contextText, GOVERNMENT_ACCOUNT_WORDS)) return 'government';
    return null;
  };

  const said = new Map<string, Set<AccountOwner | null>>();
  const presentedAsOwn = new Set<string>();
  for (const link of socialLinks) {
    if (!isAccountLink(link)) continue;
    const key = accountKey(link);
    said.set(key, (said.get(key) ?? new Set()).add(linkSays(link)));
    if (inChrome(link) || matchPhrase(`${link.text} ${link.contextText}`, FOLLOW_WORDS)) presentedAsOwn.add(key);
  }
  const owners = new Map<string, AccountOwner>();
  for (const [key, what] of said) {
    const owner = what.has('government') ? 'government' : what.has('other') ? 'other' : what.has('mayor') ? 'mayor' : presentedAsOwn.has(key) ? 'government' : null;
    if (owner) owners.set(key, owner);
  }

  const accountLinks = socialLinks.filter(isAccountLink);
  return {
    government: uniqueBy(
      accountLinks.filter((l) => !NOT_SOCIAL_NETWORKS.has(l.platform) && owners.get(accountKey(l)) === 'government'),
      accountKey,
    ),
    mayorLinks: accountLinks.filter(presentsMayor),
    mayorPages,
    unattributed: uniqueBy(
      accountLinks.filter((l) => !NOT_SOCIAL_NETWORKS.has(l.platform) && !owners.has(accountKey(l))),
      accountKey,
    ),
    ownerOf: (link) => (link.accountId ? (owners.get(accountKey(link)) ?? null) : linkSays(link)),
  };
}

/** The link's own words: its text and its handle split into words ("AyuntamientoZitacuaro" → "Ayuntamiento Zitacuaro"). */
function ownWords(link: SocialLinkArtifact): string {
  const handle = (link.accountId ?? '').replace(/[_.-]+/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return `${link.text} ${handle}`;
}
