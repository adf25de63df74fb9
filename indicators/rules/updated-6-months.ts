/**
 * updated-6-months: some update date of the section's content falls within the 6 months before as-of.
 * The window is calendar months (windowStart in src/derive/date-window.ts): as-of 2016-05-20 → from 2015-11-20 to 2016-05-20,
 * both ends included. Which dates count is the section-dates fact (src/derive/section-dates.ts); the verdict is shared with the other updated-* indicator (indicators/freshness.ts).
 */
import { defineIndicator } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { evaluateSectionFreshness, sectionFreshnessProbes } from '../freshness.ts';

/** Its reasons are the shared freshness messages (shared-messages.ts), worded once for both windows. */
const messages = defineMessages('updated-6-months', {});

export default defineIndicator({
  id: 'updated-6-months',
  needs: ['sectionScope', 'sectionDates'],
  messages,
  probes(facts, context) {
    return sectionFreshnessProbes(facts, context.asOf, { months: 6 });
  },
  evaluate(facts, context) {
    return evaluateSectionFreshness(facts, context.asOf, { months: 6 });
  },
});
