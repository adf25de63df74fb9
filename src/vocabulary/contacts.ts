/**
 * Contacts: how phones, e-mail addresses and street addresses are written on municipal portals, the
 * words that announce a contact, the labels of citizen-communication systems and chats, and the offices
 * whose contact is not a participation strategy's. Sources: docs/shared research on real municipal
 * portals (§3 vocabulary) and section 3.5 of shared/research/real_portals.md.
 */

/** A labelled phone: "Tel.", "Teléfono:", "Conmutador", "WhatsApp" followed by digits. */
export const PHONE_LABELLED = /(?:tel(?:e|é)fonos?|tels?\.?|conmutador|cel(?:ular)?\.?|whats ?app|lada sin costo|llámanos|llamanos|fax)\s*[:.]?\s*((?:\+?52\s*)?(?:\(\d{2,3}\)\s*){0,2}\d[\d\s().-]{5,}\d)/giu;
/** An unlabelled phone with area code in brackets: "(324)241 1254", "(01)(81) 8130-63-81". */
export const PHONE_BRACKETED = /(?:\(\d{2,3}\)\s*){1,2}\d{3,4}[\s.-]?\d{2}[\s.-]?\d{2,4}/g;
export const EMAIL_PATTERN = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/** A street address: label or street type, then text with a number or "s/n". */
export const ADDRESS_PATTERN = /(?:(?:domicilio|direcci[oó]n|ubicaci[oó]n|oficinas?)\s*:\s*|\b(?:calle|av\.|avenida|blvd\.?|boulevard|bulevar|calzada|carretera|privada|andador|prolongaci[oó]n|circuito)\s+)[^\n]{2,100}?(?:\bs\/n\b|\d{1,5}|c\.\s?p\.\s?\d{5})[^\n]{0,60}/giu;

/** Words that announce a contact (real_portals 3.5); a phone number must follow one of them. */
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
