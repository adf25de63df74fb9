/**
 * The verdict of a section-dependent rule when there is no section to judge: no section → fail (the study
 * gave no points: a section that does not exist cannot be updated, searched…); a section none of whose
 * pages were fetched → unknown.
 */
import type { SectionScope } from '../src/derive/index.ts';
import { fail, unknown, type Outcome } from './define.ts';
import { sharedMsg } from './shared-messages.ts';

export function withoutSection(scope: Exclude<SectionScope, { status: 'found' }>): Outcome {
  if (scope.status === 'none') return fail(sharedMsg('no-section'));
  const { entry } = scope.section;
  return unknown(sharedMsg('section-not-fetched', { url: scope.section.url }), [{ url: entry.pageUrl, text: entry.text, selector: entry.selector }]);
}
