/**
 * Section labels: how a municipal portal names its open-data / focused-transparency section (link
 * labels, catalogue subdomains, path segments), how its landing page says it is not there yet, and the
 * mandated transparency listings and national platforms that are not that section however prominent
 * (methodology: open-data-section). Sources: docs/shared research on real municipal portals
 * (§3 vocabulary, §4 quirks) and shared/methodology/aidh-2016.md.
 */

/** Labels (normalised, matched as contained phrases) that name an open-data / focused-transparency section. */
export const SECTION_LABELS = [
  'datos abiertos', 'dato abierto', 'open data', 'opendata', 'transparencia focalizada', 'transparencia proactiva',
  'informacion proactiva', 'gobierno abierto', 'portal de datos', 'catalogo de datos', 'datos publicos abiertos',
  'open government',
];
/** First host label of a data-catalogue subdomain (datos.tlajomulco.gob.mx). */
export const CATALOGUE_HOST_LABELS = ['datos', 'datosabiertos', 'datos-abiertos', 'opendata', 'open-data', 'gobiernoabierto', 'gobierno-abierto', 'transparenciaproactiva'];
/** Path segments of an open-data section on the main host. */
export const SECTION_PATH_PATTERN = /\/(datos[-_]?abiertos|open[-_]?data|gobierno[-_]?abierto|transparencia[-_]?(proactiva|focalizada))(?:[/.?#]|$)/i;
/**
 * A section landing page that announces it is not there yet (normalised text): "La sección … se encuentra
 * en construcción. Próximamente…", "Página en mantenimiento".
 */
export const UNDER_CONSTRUCTION_PATTERN =
  /\b(?:(?:se encuentra|esta|estamos|pagina|seccion|sitio|portal|modulo)\b[^.]{0,60}\ben (?:construccion|mantenimiento|desarrollo))\b|\bproximamente\b|\bunder construction\b|\bcoming soon\b/;

/**
 * Why a home-page link is not the open-data section, as a code the open-data-section indicator words in
 * Spanish and English (its messages table).
 */
export type MandatoryTransparencyCode =
  | 'transparency-listing'
  | 'transparency-law-article'
  | 'national-transparency-platform'
  | 'infomex'
  | 'national-data-portal';
/**
 * The mandated transparency listing (and the national platform): not an open-data section by
 * itself, however prominent (methodology: open-data-section). [normalised phrase, reason code].
 * Whole-text matches are marked with ^…$.
 */
export const MANDATORY_TRANSPARENCY_LABELS: [RegExp, MandatoryTransparencyCode][] = [
  [/^transparencia( municipal)?( \(?pnt\)?)?$/, 'transparency-listing'],
  [/^portal de transparencia$|^modulo de transparencia$/, 'transparency-listing'],
  [/\bart(iculo|\.)? ?\d+\b/, 'transparency-law-article'],
  [/obligaciones (comunes )?de transparencia/, 'transparency-listing'],
  [/informacion fundamental/, 'transparency-listing'],
  [/informacion publica (de oficio|obligatoria)|informacion minima de oficio/, 'transparency-listing'],
  [/plataforma nacional de transparencia|\bpnt\b|\bsipot\b/, 'national-transparency-platform'],
  [/infomex/, 'infomex'],
];
/** Hosts of the national transparency platform and request systems. */
export const MANDATORY_TRANSPARENCY_HOSTS: [RegExp, MandatoryTransparencyCode][] = [
  [/(^|\.)plataformadetransparencia\.org\.mx$/, 'national-transparency-platform'],
  [/infomex/, 'infomex'],
];
/** National catalogues: a link to them is not the municipality's own section. */
export const NATIONAL_DATA_HOSTS: [RegExp, MandatoryTransparencyCode][] = [
  [/^(www\.)?datos\.gob\.mx$/, 'national-data-portal'],
];
