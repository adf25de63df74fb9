/**
 * How rules quote what they found: a link's label and target, a form's purpose, a file and its format, a
 * post, an account; at most three pieces per verdict. Text from the page is quoted verbatim; Mirador's own
 * words are messages (notes).
 */
import type { ContactArtifact, FileLinkArtifact, FormArtifact, LinkArtifact, PostArtifact } from '../src/gather/artifacts.ts';
import type { Evidence } from './define.ts';
import type { Message, MessageParam } from './messages.ts';
import { sharedMsg } from './shared-messages.ts';

export const MAX_EVIDENCE = 3;

type Linkish = Pick<LinkArtifact, 'pageUrl' | 'text' | 'selector'> & { href?: string };

/** Evidence of a link: its label and target as on the page ("Datos abiertos → https://…"), plus Mirador's note. */
export function toEvidence(link: Linkish, note?: Message): Evidence {
  const label = link.text.trim() || link.href || '';
  const text = [label, link.href && link.href !== link.pageUrl && link.href !== label ? `→ ${link.href}` : ''].filter(Boolean).join(' ');
  return { url: link.pageUrl, text, selector: link.selector, ...(note ? { note } : {}) };
}

/** Evidence of a form: its purpose text, or its field names in brackets when it has none. */
export function formEvidence(form: FormArtifact, note?: Message): Evidence {
  const purpose = form.purposeText.trim() || `[${form.fields.map((f) => f.name || f.type).join(', ')}]`;
  return { url: form.pageUrl, text: purpose, selector: form.selector, ...(note ? { note } : {}) };
}

/** Evidence of a contact as on the page, with its mailto:/tel: target when it is a link. */
export function contactEvidence(contact: ContactArtifact, note?: Message): Evidence {
  const href = contact.source === 'link' ? `${contact.kind === 'email' ? 'mailto:' : 'tel:'}${contact.value}` : undefined;
  return toEvidence({ pageUrl: contact.pageUrl, text: contact.text, selector: contact.selector, ...(href ? { href } : {}) }, note);
}

export function fileEvidence(file: FileLinkArtifact, note?: Message): Evidence {
  return toEvidence(file, note ?? fileNote(file));
}

/** "archivo csv", and when the crawl did not probe it, that the format is the link's word and why. */
function fileNote({ format, unprobed }: FileLinkArtifact): Message {
  if (!unprobed) return sharedMsg('file-format', { format });
  if (unprobed.series > 1 && unprobed.probed > 0) return sharedMsg('file-format-series-unprobed', { format, files: unprobed.series, probed: unprobed.probed });
  return sharedMsg('file-format-unprobed', { format });
}

/** "coincide con “datos abiertos”": which vocabulary phrase or label made the evidence count. */
export function matchedNote(phrase: string): Message {
  return sharedMsg('matched', { phrase });
}

/** Page texts quoted verbatim (“a”, “b”), the first `max` of them, then "y N más" / "and N more". */
export function quoteList(texts: string[], max = MAX_EVIDENCE): MessageParam {
  const shown = texts.slice(0, max).map((t) => `“${t.trim()}”`).join(', ');
  return texts.length > max ? sharedMsg('quoted-list-more', { list: shown, more: texts.length - max }) : shown;
}

/** The post's text verbatim; the note says whose post and when. */
export function postEvidence(post: PostArtifact): Evidence {
  const account = `${post.platform}${post.accountId ? ` @${post.accountId}` : ''}`;
  return { url: post.pageUrl, text: post.text, note: sharedMsg('post', { account, date: post.postedAt }) };
}

/** "cuenta de facebook ayuntamiento": for account links a reviewer should open. */
export function accountNote(link: { platform: string; accountId: string | null }): Message {
  return sharedMsg('account', { platform: link.platform, account: link.accountId ?? '' });
}
