/**
 * Legal text: the law and regulation wording municipal portals quote next to (or instead of) their data,
 * and the legal citations they use as labels ("Art. 8 Fr. V inciso c", "LTAIPEJ"). All match normalised
 * text. Sources: docs/shared research on real municipal portals (§3 vocabulary, §4 quirks), section 3 of
 * shared/research/real_portals.md and the operational definitions in shared/methodology/aidh-2016.md.
 *
 * Three shapes, kept apart because they answer different questions: LAW_TEXT_PATTERN finds law text
 * anywhere in a block (the gatherer's open-data section), LAW_TEXT_START how a quoted law block begins
 * (participation pages), LEGAL_CITATION_PATTERNS a citation used as a label (indicators). The article
 * citation is the same fact in the first and the last, so it is written once.
 */

/** "Artículo 3", "Art. 24", "Arts. 8", "Artículos 70": an article citation. */
const ARTICLE_CITATION = /\bart(?:iculo|iculos|s?\.)\s*\d+/;

/**
 * Law text (normalised): the legal framework open-data pages quote ("Ley General de Transparencia…,
 * Artículo 3, fracción VI", "Art. 24 fr. X") and links to laws and regulations, which are not data.
 */
export const LAW_TEXT_PATTERN = new RegExp(
  String.raw`\b(?:ley(?:es)? (?:general|federal|estatal|organica|municipal|de transparencia)|` +
    ARTICLE_CITATION.source.slice(2) +
    String.raw`|fracc?(?:ion|\.)\s*[ivxlc]+\b|lgtaip|ltaip\w*|reglamento|lineamientos|marco (?:juridico|normativo|legal)|diario oficial|periodico oficial)`,
);

/** How quoted law text begins, normalised: "Artículo 5.- Son mecanismos…", "Fracción XXXVII.", "Ley de…". */
export const LAW_TEXT_START = /^(?:art(?:iculo|\.)\s*\d|fraccion\s|fr\.\s*[ivxlc]|inciso\s|numeral\s|ley\s|reglamento\s|codigo\s)/;

/** Legal citations used as labels ("Art. 8 Fr. V inciso c", "Fracción XXXVII", "LTAIPEJ"). Match normalised text. */
export const LEGAL_CITATION_PATTERNS: readonly RegExp[] = [
  ARTICLE_CITATION,
  /\bfr(?:acciones|accion|acc?\.|\.)\s*[ivxlc]+\b/,
  /\binciso\s+[a-z]\b/,
  /\bnumeral\s+\d+/,
  /\b(?:lgtaip|ltaip[a-z]*|lgcg|lgt)\b/,
];

/**
 * The dot of a citation's abbreviation ("Art. 8", "Arts. 6", "Fr. V", "Fracc. II", "inc. a)", "Núm. 3") in raw
 * text, captured without it: such a dot does not end a sentence. Replace with '$1'.
 */
export const CITATION_ABBREVIATION_DOT = /(?<!\p{L})(arts?|fracc?|fr|inc|n[uú]m|no)\.(?=\s*(?:\d|[ivxlc]+\b|[a-z]\)))/giu;

/** Link texts naming a regulation or law about a mechanism, not the mechanism itself. */
export const REGULATION_WORDS = [
  'reglamento',
  'ley',
  'lineamientos',
  'codigo',
  'manual',
  'decreto',
  'gaceta',
  'fraccion',
  'articulo',
] as const;
