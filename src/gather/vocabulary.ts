// temporary barrel: indicators/ imports move to src/vocabulary/ next
export { normalise } from '../vocabulary/text.ts';
export { LISTING_SUBJECT_PATTERN, VISUALISATION_IFRAMES } from '../vocabulary/visualisation.ts';
