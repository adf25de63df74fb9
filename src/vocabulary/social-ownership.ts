/**
 * Ownership of social accounts and apps: words naming the mayor, the municipal government, the
 * governments above the municipality and parties, and the publishers of apps (companies, civil
 * society, other governments, the municipality). Sources: section 3 of shared/research/real_portals.md
 * and the operational definitions in shared/methodology/aidh-2016.md.
 */

/**
 * The mayor. "Presidencia municipal" is deliberately absent: many governments name their own
 * Facebook page "Presidencia Municipal de …", and "Alcaldía" is a CDMX borough government, not its head.
 */
export const MAYOR_WORDS = [
  'presidente municipal',
  'presidenta municipal',
  'presidente constitucional',
  'presidenta constitucional',
  'mensaje del presidente',
  'mensaje de la presidenta',
  'alcalde',
  'alcaldesa',
  'alcadesa',
  'primer edil',
  'primera edil',
  'municipe',
] as const;

/**
 * Words that name the municipal government in a social link's text, handle ("AyuntamientoZitacuaro",
 * "GobIrapuato") or label. Not "gobierno" alone: "Gobierno del Estado" is another government.
 */
export const GOVERNMENT_ACCOUNT_WORDS = [
  'ayuntamiento',
  'ayto',
  'gob',
  'gobierno municipal',
  'municipio',
  'presidencia municipal',
  'alcaldia',
  'delegacion',
  'cabildo',
] as const;

/** Names of the governments above the municipality, which promote their own accounts and apps on municipal portals. */
const OTHER_GOVERNMENTS = ['gobierno del estado', 'gobierno estatal', 'gobierno de la republica', 'gobierno federal'] as const;

/**
 * Other governments and parties whose accounts municipal portals show (social-account): the State's
 * "Gobierno del Estado de México" box with @Edomex, the federal government, a party. Not "gobernador":
 * posts of the municipality's own timeline often mention the governor.
 */
export const OTHER_GOVERNMENT_ACCOUNT_WORDS = [
  ...OTHER_GOVERNMENTS,
  'presidencia de la republica',
  'congreso del estado',
  'diputado',
  'diputada',
  'morena',
  'partido accion nacional',
  'partido revolucionario institucional',
  'partido de la revolucion democratica',
  'partido verde',
  'partido del trabajo',
  'movimiento ciudadano',
  'nueva alianza',
  'encuentro social',
] as const;

/** Publishers that are not the government (mobile-app decoys: a citizens' observatory app). */
export const NON_GOVERNMENT_PUBLISHERS = [
  'observatorio',
  'observatorio ciudadano',
  'asociacion civil',
  'a.c.',
  'a. c.',
  'organizacion de la sociedad civil',
  'sociedad civil',
  'osc',
  'ong',
  'fundacion',
  'colectivo',
  'camara de comercio',
  'coparmex',
] as const;

/**
 * Other governments that publish apps municipal portals promote (mobile-app): the state's procedures app in a
 * sidebar ("Aplicación del Gobierno del Estado de México"), a federal one. Not the municipality's.
 */
export const OTHER_GOVERNMENT_PUBLISHERS = [
  ...OTHER_GOVERNMENTS,
  'tramites estatales',
  'gobierno de mexico',
  'administracion publica federal',
] as const;

/**
 * "la app … de la Comisión Federal de Electricidad", "la aplicación del Secretariado Ejecutivo del Sistema
 * Nacional…": an app presented as an organisation's, the organisation named by a noun that says what kind of body
 * it is (matched on the raw text: the name is capitalised). Its name then says whose app it is; it is the
 * municipality's only when that name is (mobile-app). Departments ("Dirección de…") are left out: most are the
 * municipality's own and their name rarely says so.
 */
export const APP_PUBLISHER_CLAUSE =
  /\b(?:app|apps|aplicaci[oó]n|aplicaciones)\b[^.;]{0,60}?\b(?:de la|del|de los|de)\s+((?:Comisi[oó]n|Servicio|Secretar[ií]a|Secretariado|Sistema|Instituto|Gobierno|Consejo|Procuradur[ií]a|Fiscal[ií]a|Organismo|Agencia|Banco|Guardia|Polic[ií]a|Comit[eé]|Universidad|Junta|C[aá]mara|Partido)\b[^.;,]{0,80})/u;

/** Company forms in a publisher line ("desarrollada por Travesías del Centro, S.A. de C.V."): a private app. */
export const COMPANY_PUBLISHERS = [
  's.a. de c.v.',
  's.a de c.v.',
  's. a. de c. v.',
  'sa de cv',
  's. de r.l.',
  's. de r. l.',
  's de rl',
  's.a.p.i.',
  'sapi de cv',
  'sociedad anonima',
] as const;

/** The municipal government named as the app's owner or client ("desarrollada para el H. Ayuntamiento"). */
export const MUNICIPAL_PUBLISHER_WORDS = [
  'ayuntamiento',
  'gobierno municipal',
  'presidencia municipal',
  'administracion municipal',
] as const;

/**
 * Words of municipality names that also name places inside any town or are too common to tell a municipality by
 * ("Centro" is Villahermosa's municipality and every town's downtown): never positive evidence on their own.
 */
export const COMMON_PLACE_NAME_WORDS = ['centro', 'ciudad', 'villa', 'nuevo', 'nueva', 'general', 'benito', 'juarez', 'santa', 'santiago', 'valle', 'puerto'] as const;

/** Words that present an app as the portal's own ("Descarga nuestra app", "la app oficial"). */
export const OWN_APP_WORDS = ['nuestra app', 'nuestra aplicacion', 'app oficial', 'aplicacion oficial', 'app del ayuntamiento', 'aplicacion del ayuntamiento', 'app municipal', 'aplicacion municipal'] as const;

/** First labels of municipal hosts that say "a municipality" rather than which one (portal.gob.mx-style hosts). */
export const GENERIC_HOST_LABELS = ['portal', 'municipio', 'municipal', 'ayuntamiento', 'gobierno', 'transparencia', 'datos', 'datosabiertos', 'localhost'] as const;

/** Words under which a portal shows its own accounts ("Síguenos en redes sociales", "Encuéntranos en"). */
export const FOLLOW_WORDS = ['siguenos', 'sigamos', 'nuestras redes', 'redes sociales', 'encuentranos', 'conectate', 'follow us'] as const;
