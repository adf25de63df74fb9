/**
 * Contacts: how phones, e-mail addresses and street addresses are written on municipal portals, the
 * words that announce a contact, the labels of citizen-communication systems and chats, and the offices
 * whose contact is not a participation strategy's. Sources: docs/shared research on real municipal
 * portals (§3 vocabulary) and section 3.5 of shared/research/real_portals.md.
 */

// Patterns over the normal form of the text (lower case, no accents); see gather/contacts.ts findContacts.
export const EMAIL_PATTERN = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
/**
 * E-mails written to fool harvesters: "participacion [arroba] tlajomulco [punto] gob [punto] mx",
 * "participacion(at)tlajomulco.gob.mx", "participacion @ tlajomulco . gob . mx" (an entity such as &#64; is
 * decoded by the parser: a plain e-mail). The at sign in brackets, the bare word "arroba", or @ with spaces; a
 * dot as ".", "[punto]"/"(dot)" or the bare word "punto". The last label must be a top-level domain, so a
 * sentence after the address ("… gob . mx. Tel.") is not read into it. Group 1 is the user, group 2 the domain
 * with its dots as written.
 */
const OBFUSCATED_AT = String.raw`(?:\s*[\[({<]\s*(?:at|arroba)\s*[\])}>]\s*|\s+arroba\s+|\s*@\s*)`;
const OBFUSCATED_DOT = String.raw`(?:\s*[\[({<]\s*(?:dot|punto)\s*[\])}>]\s*|\s+(?:dot|punto)\s+|\s*\.\s*)`;
const TOP_LEVEL_DOMAINS = 'mx|com|net|org|gob|edu|info|biz|us|es|co|io';
export const OBFUSCATED_EMAIL_PATTERN = new RegExp(
  String.raw`(?<![a-z0-9._%+-])([a-z0-9._%+-]*[a-z0-9])${OBFUSCATED_AT}([a-z0-9-]+(?:${OBFUSCATED_DOT}[a-z0-9-]+)*${OBFUSCATED_DOT}(?:${TOP_LEVEL_DOMAINS}))(?![a-z0-9])`,
  'g',
);
/** Cheap test that a line may hold an e-mail, plain or obfuscated. */
export const EMAIL_HINT = /@|arroba|[\[({<]\s*at\s*[\])}>]/i;
/** A dot as obfuscated e-mails write it, to rebuild the real domain. */
export const OBFUSCATED_DOT_PATTERN = new RegExp(OBFUSCATED_DOT, 'g');
/** Mexican shapes seen: "(01)(81) 8130-63-81", "33 3283 4400", "238 7700, extensiones 6125", "+52 33 1234 5678". */
export const PHONE_PATTERN = /(?:\+?52[\s.-]?)?(?:\(\d{2,3}\)\s?){0,2}(?:\d{2,3}[\s.-])?\d{3,4}[\s.-]?\d{2}[\s.-]?\d{2}(?!\d)/g;
/** A street type, the street's name, its number or "s/n": "Av. Hidalgo 120", "Calle Morelos s/n". */
export const STREET_PATTERN =
  /\b(?:calle|av\.?|avenida|blvd\.?|boulevard|bulevar|calzada|calz\.|privada|prol\.|prolongacion|carretera|andador|circuito)\s+[^,;:]{2,60}?(?:#\s?\d+|no\.\s?\d+|\d+|s\/n)/g;
export const POSTCODE_PATTERN = /\bc\.\s?p\.?\s*\d{5}\b/g;
/**
 * "Domicilio: Hidalgo 35", "Dirección: Calle Hidalgo s/n": an address its label announces, up to its number. A
 * street name has a word in it: "Dirección: 33 3283 4400" is a phone, "Domicilio: 5 de Mayo 120" an address.
 */
export const LABELLED_ADDRESS_PATTERN = /\b(?:domicilio|direccion|ubicacion|oficinas?)\s*:\s*[^\n:;]{0,60}?\p{L}{3,}[^\n:;]{0,60}?(?:\bs\/n\b|\d{1,5}\b)/gu;

/** Words that announce a contact (real_portals 3.5); a phone number must follow one of them. */
/**
 * Column headings of a directory's contact columns (normalised, whole words): their numbers are phones and
 * extensions, not figures of data ("Teléfono", "Ext.", "Conmutador").
 */
export const CONTACT_COLUMN_WORDS = ['telefono', 'telefonos', 'tel', 'tels', 'ext', 'extension', 'extensiones', 'conmutador', 'fax', 'celular', 'movil', 'whatsapp', 'correo', 'email', 'e mail'] as const;

export const CONTACT_CUES = [
  'tel',
  'tels',
  'telefono',
  'telefonos',
  'conmutador',
  'ext',
  'extension',
  'extensiones',
  'whatsapp',
  'llamanos',
  'llama al',
  'marca al',
  'lada',
  'celular',
] as const;

/** Link labels on the home page that name a citizen-communication system (contact-tool-home). */
export const CONTACT_TOOL_LABELS = [
  'reporte ciudadano',
  'reportes ciudadanos',
  'reporta',
  'reportar un problema',
  'quejas y denuncias',
  'quejas y sugerencias',
  'quejas',
  'denuncia ciudadana',
  'buzon ciudadano',
  'buzon de quejas',
  'buzon de sugerencias',
  'atencion ciudadana',
  'atencion a la ciudadania',
  'contacto',
  'contactanos',
  'escribenos',
  'peticiones',
  'solicitud de servicio',
  'solicita un servicio',
  'linea ciudadana',
  'chat',
  'chatea con nosotros',
  'asistente virtual',
] as const;

export const CHAT_LABELS = ['chat', 'chatea*', 'chatbot', 'asistente virtual', 'chat en linea'] as const;

/**
 * Offices whose contact is not a participation strategy's (participation-contact): the Unidad de Transparencia's
 * address closing a regulation page is for information requests.
 */
export const OTHER_OFFICE_WORDS = [
  'unidad de transparencia',
  'transparencia',
  'acceso a la informacion',
  'solicitudes de informacion',
  'oficialia de partes',
  'tesoreria',
  'catastro',
  'registro civil',
  'proteccion civil',
  'seguridad publica',
  'comunicacion social',
] as const;
