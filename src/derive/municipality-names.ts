/**
 * The words that name the municipality being judged, to tell its own things (an app, an account) from
 * anyone else's by positive evidence: "App Tlajomulco", store id mx.gob.tlajomulco.contigo. Its name's
 * distinctive words (five letters or more, not words that also name places inside any town: "Centro",
 * "Ciudad", "Villa"), the whole name run together for store ids, and the name the portal's own host gives it
 * (www.cancun.gob.mx is Benito Juárez's portal, and mx.gob.cancun.ciudadano its app).
 */
import type { EvaluationContext, SiteArtifact } from '../gather/artifacts.ts';
import { hostOf, stripWww } from '../gather/url.ts';
import { COMMON_PLACE_NAME_WORDS, GENERIC_HOST_LABELS } from '../vocabulary/social-ownership.ts';
import { normalise, wordsOf } from '../vocabulary/match.ts';

export interface MunicipalityNames {
  /** The distinctive word of the name found in the text, or null. */
  inText(text: string): string | null;
  /** The name or a distinctive word of it found in a store id or handle ("mx.gob.tlajomulco.app", "AppZapopan"), or null. */
  inIdentifier(id: string): string | null;
  /**
   * The state's name in a text or handle that does not also name the municipality ("GobJalisco" on Tlajomulco's
   * portal), or null; never for a capital named like its state (Puebla, Colima).
   */
  stateIn(text: string): string | null;
}

const MIN_WORD = 5;

/** The first label of the portal's host when it is a name ("cancun" of www.cancun.gob.mx), not "portal" or "municipio". */
function hostNames(site: SiteArtifact): string[] {
  const generic = new Set<string>(GENERIC_HOST_LABELS);
  return [site.finalUrl, site.seedUrl]
    .filter((u): u is string => !!u)
    .map((u) => stripWww(hostOf(u)).split('.')[0] ?? '')
    .filter((label) => label.length >= MIN_WORD && /^[a-z]+$/.test(label) && !generic.has(label));
}

export function deriveMunicipalityNames({ site }: { site: SiteArtifact }, context: EvaluationContext): MunicipalityNames {
  const common = new Set<string>(COMMON_PLACE_NAME_WORDS);
  const words = [...new Set([...wordsOf(context.municipality.name).filter((w) => w.length >= MIN_WORD && !common.has(w)), ...hostNames(site)])];
  const whole = normalise(context.municipality.name).replace(/[^a-z0-9]/g, '');
  const own = new Set(wordsOf(context.municipality.name));
  const stateWords = wordsOf(context.municipality.state).filter((w) => w.length >= MIN_WORD && w !== 'estado' && !own.has(w));
  const inIdentifier = (id: string) => {
    const compact = normalise(id).replace(/[^a-z0-9]/g, '');
    if (whole.length >= MIN_WORD && !common.has(whole) && compact.includes(whole)) return whole;
    return words.find((w) => compact.includes(w)) ?? null;
  };
  return {
    inText: (text) => {
      const found = new Set(wordsOf(text));
      return words.find((w) => found.has(w)) ?? null;
    },
    inIdentifier,
    stateIn: (text) => {
      if (inIdentifier(text)) return null;
      const compact = normalise(text).replace(/[^a-z0-9]/g, '');
      return stateWords.find((w) => compact.includes(w)) ?? null;
    },
  };
}
