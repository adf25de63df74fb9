/**
 * The verdict of the social rules when the portal links no account that is the government's: accounts nothing
 * on the portal attributes to anyone may be the government's, so a reviewer must tell (unknown); with none of
 * those either, the rule decides.
 */
import type { SocialLinkArtifact } from '../src/gather/artifacts.ts';
import { unknown, type Outcome } from './define.ts';
import { accountNote, MAX_EVIDENCE, toEvidence } from './evidence.ts';
import { sharedMsg } from './shared-messages.ts';

export function unattributedAccounts(unattributed: readonly SocialLinkArtifact[]): Outcome | null {
  if (unattributed.length === 0) return null;
  return unknown(
    sharedMsg('unattributed-accounts', { accounts: unattributed.length }),
    unattributed.slice(0, MAX_EVIDENCE).map((a) => toEvidence(a, accountNote(a))),
  );
}
