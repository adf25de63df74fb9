/**
 * updated-6-months: some update date of the section's content falls within the 6 months before as-of.
 * The window is calendar months (date-fns subMonths): as-of 2016-05-20 → from 2015-11-20 to 2016-05-20,
 * both ends included. Which dates count is shared with the other updated-* indicator (shared.ts, sectionDates).
 */
import { defineIndicator } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { evaluateSectionFreshness } from '../shared-freshness.ts';

/** Its reasons are the shared freshness messages (shared-messages.ts), worded once for both windows. */
const messages = defineMessages('updated-6-months', {});

export default defineIndicator({
  id: 'updated-6-months',
  needs: ['section', 'pages', 'dates', 'fileLinks'],
  messages,
  evaluate(artifacts, context) {
    return evaluateSectionFreshness(artifacts, context.asOf, { months: 6 });
  },
});
