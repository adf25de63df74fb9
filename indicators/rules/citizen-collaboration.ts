/**
 * citizen-collaboration: a channel for citizens to contribute data or propose datasets or uses — a data
 * request or proposal form, a proposals platform (Decidim, Consul), a crowdsourced map, an upload, a
 * co-creation call. Read from link texts, link hosts and form purposes anywhere on the portal.
 * Not counted: a generic contact form (nothing in its purpose is about proposing or contributing data),
 * access-to-information requests (solicitud de información: a legal right, not collaboration — the study
 * gave Tlajomulco no point here although it had one), documents (a PDF "Reglamento de propuestas…"),
 * regulation titles and long law sentences.
 */
import { defineIndicator, fail, pass, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { canonicalKey, hostOf } from '../../src/gather/url.ts';
import { isLegalCitation, matchPhrase, wordsOf } from '../../src/vocabulary/match.ts';
import { formEvidence, matchedNote, toEvidence } from '../evidence.ts';
import { REGULATION_WORDS } from '../../src/vocabulary/legal.ts';
import { COLLABORATION_CHANNELS, COLLABORATION_HOST_PATTERNS, COMPLAINT_FIELD_WORDS, DATA_REQUEST_PATTERN, PROPOSAL_FIELD_WORDS } from '../../src/vocabulary/participation.ts';
import { normalise } from '../../src/vocabulary/text.ts';
import type { FormArtifact } from '../../src/gather/artifacts.ts';

const messages = defineMessages('citizen-collaboration', {
  'proposals-platform': { es: 'plataforma de propuestas {host}', en: 'proposals platform {host}' },
  'no-channel': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} y {forms} {forms:formulario|formularios}; ninguno es un canal para proponer o aportar datos (los formularios de contacto y las solicitudes de información no cuentan)',
    en: 'checked {links} {links:link|links} and {forms} {forms:form|forms}; none is a channel to propose or contribute data (contact forms and information requests do not count)',
  },
});
const { msg } = messages;

const MAX_LABEL_WORDS = 12;
/** A field's question may be a sentence ("¿Qué conjunto de datos te gustaría que publicáramos y para qué?"). */
const MAX_FIELD_WORDS = 20;

function isChannelLabel(text: string): boolean {
  return (
    wordsOf(text).length <= MAX_LABEL_WORDS &&
    !isLegalCitation(text) &&
    !matchPhrase(text, REGULATION_WORDS) &&
    matchPhrase(text, COLLABORATION_CHANNELS) !== null
  );
}

/**
 * What in a form says it collects data proposals: its heading, legend and each field label are read one by one
 * (the form's purpose text joins them all, and a real request form runs past any label's length).
 */
function formChannel(form: FormArtifact): string | null {
  if (form.isSearch || !form.hasSubmit) return null;
  // A field that takes the proposal itself ("Tu idea", name="propuesta") makes a proposals form.
  for (const field of form.fields) {
    if (field.tag !== 'textarea' && !(field.tag === 'input' && (field.type === 'text' || field.type === ''))) continue;
    const words = `${field.label} ${field.name.replace(/[_-]/g, ' ')}`;
    const asked = matchPhrase(words, PROPOSAL_FIELD_WORDS);
    // "Tu queja, sugerencia o propuesta" is a complaints box's message field.
    if (asked && form.hasFreeText && !matchPhrase(words, COMPLAINT_FIELD_WORDS)) return asked;
  }
  for (const part of form.purposeText.split(' · ')) {
    if (isChannelLabel(part)) return matchPhrase(part, COLLABORATION_CHANNELS);
    if (form.hasFreeText && wordsOf(part).length <= MAX_FIELD_WORDS && !isLegalCitation(part)) {
      const asked = DATA_REQUEST_PATTERN.exec(normalise(part));
      if (asked) return asked[0];
    }
  }
  return null;
}

export default defineIndicator({
  id: 'citizen-collaboration',
  needs: ['links', 'forms', 'fileLinks'],
  messages,
  evaluate(facts) {
    const documents = new Set(facts.fileLinks.map((f) => canonicalKey(f.href)));
    const evidence: Evidence[] = [];
    for (const form of facts.forms) {
      const channel = formChannel(form);
      if (channel) evidence.push(formEvidence(form, matchedNote(channel)));
    }
    for (const link of facts.links) {
      if (documents.has(canonicalKey(link.href))) continue;
      const host = hostOf(link.href);
      if (isChannelLabel(link.text)) evidence.push(toEvidence(link, matchedNote(matchPhrase(link.text, COLLABORATION_CHANNELS)!)));
      else if (COLLABORATION_HOST_PATTERNS.some((p) => p.test(host))) evidence.push(toEvidence(link, msg('proposals-platform', { host })));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(msg('no-channel', { links: facts.links.length, forms: facts.forms.length }));
  },
});
