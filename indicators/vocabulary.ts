// temporary barrel: indicators/ imports move to src/vocabulary/ next
export { CHAT_LABELS, CONTACT_CUES, CONTACT_TOOL_LABELS, OTHER_OFFICE_WORDS } from '../src/vocabulary/contacts.ts';
export { METADATA_SENTENCE_STARTS, PUBLICATION_DATE_LINE } from '../src/vocabulary/dates.ts';
export { OPEN_FORMATS } from '../src/vocabulary/files.ts';
export { NEWS_SEARCH_LABELS, NEWS_SEARCH_PATHS, NON_CONTACT_FORM_PURPOSES } from '../src/vocabulary/forms.ts';
export { LAW_TEXT_START, LEGAL_CITATION_PATTERNS, REGULATION_WORDS } from '../src/vocabulary/legal.ts';
export { GENERIC_HEADINGS, GENERIC_LINK_TEXTS, SERIES_NOISE_WORDS } from '../src/vocabulary/link-texts.ts';
export {
  COLLABORATION_CHANNELS, COLLABORATION_HOST_PATTERNS, EVALUATION_INSTRUMENTS, NEWS_URL_PATTERNS, PARTICIPATION_EXPLANATION_CUES,
  PARTICIPATION_MECHANISMS,
} from '../src/vocabulary/participation.ts';
export { GENERIC_APP_PACKAGE_PREFIXES, GENERIC_APP_STORE_IDS, LIVE_VIDEO_LABELS, STATE_APP_ID_SEGMENTS } from '../src/vocabulary/platforms.ts';
export {
  COMPANY_PUBLISHERS, GOVERNMENT_ACCOUNT_WORDS, MAYOR_WORDS, MUNICIPAL_PUBLISHER_WORDS, NON_GOVERNMENT_PUBLISHERS,
  OTHER_GOVERNMENT_ACCOUNT_WORDS, OTHER_GOVERNMENT_PUBLISHERS,
} from '../src/vocabulary/social-ownership.ts';
export { DECISION_TOPICS, TOPIC_NAMES } from '../src/vocabulary/topics.ts';
export { NOT_VISUALISATION_LABELS, VISUALISATION_LABELS } from '../src/vocabulary/visualisation.ts';
