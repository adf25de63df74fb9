/**
 * Forms: what makes a form a search form (field names, words, catalogue actions), which fields hold
 * personal data rather than a free-text message, submit-button words, search boxes that only search the
 * news, and forms that take free text without being a channel to the government. Sources: docs/shared
 * research on real municipal portals (§3 vocabulary) and section 3 of shared/research/real_portals.md.
 */

/** Field names (normalised, compared as whole name or name parts) that make a form a search form. */
export const SEARCH_FIELD_NAMES = ['q', 's', 'search', 'buscar', 'busqueda', 'query', 'searchword', 'keys', 'search_api_fulltext', 'term', 'buscador'];
/** Words in placeholder/label/submit/class that say "search". */
export const SEARCH_WORDS = ['buscar', 'busqueda', 'buscador', 'search', 'busca', 'buscar:'];
/** Form actions of data catalogues (CKAN /dataset) and search endpoints. */
export const SEARCH_ACTION_PATTERN = /\/(dataset|datasets|search|buscar|busqueda|buscador)(?:[/?#]|$)/i;
/** Input names/labels that hold short personal data, not a free-text message. */
export const NON_FREE_TEXT_FIELD_WORDS = [
  'nombre', 'name', 'apellido', 'email', 'e-mail', 'correo', 'mail', 'telefono', 'tel', 'phone', 'celular', 'movil',
  'curp', 'rfc', 'codigo postal', 'cp', 'zip', 'colonia', 'edad', 'fecha', 'usuario', 'user', 'login', 'password',
  'contrasena', 'captcha', 'ciudad', 'municipio', 'estado', 'numero', 'folio', 'ine',
];
/** Input types that never hold free text. */
export const NON_TEXT_INPUT_TYPES = new Set([
  'hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'email', 'tel', 'number', 'date',
  'datetime-local', 'month', 'week', 'time', 'password', 'url', 'color', 'range',
]);
export const SUBMIT_WORDS = ['enviar', 'send', 'submit', 'buscar', 'search', 'aceptar', 'registrar', 'guardar', 'ir'];

/**
 * Search boxes that only search the news (search-tool): WordPress sidebars carry a "Buscar en Boletines" widget
 * whose results are press releases, not the section's information. Matched in the form's heading, labels and
 * button; NEWS_SEARCH_PATHS on the first path segment of its action (/boletines/).
 */
export const NEWS_SEARCH_LABELS = [
  'buscar en boletines', 'buscar boletines', 'buscar en noticias', 'buscar noticias', 'buscar en comunicados',
  'buscar comunicados', 'buscar en prensa', 'buscar en la sala de prensa', 'buscar en el blog', 'busqueda de noticias',
  'busqueda de boletines', 'busqueda de comunicados', 'buscador de noticias', 'buscador de boletines',
] as const;
export const NEWS_SEARCH_PATHS = ['boletines', 'boletin', 'noticias', 'comunicados', 'prensa', 'sala-de-prensa', 'blog'] as const;

/**
 * What a lookup form asks for when it fetches one record rather than searching information (search-tool): a
 * cadastral key, an account, a plate or a file number finds your tax bill or your procedure, not a dataset.
 * Matched as phrases in the text fields' labels and names.
 */
export const RECORD_LOOKUP_FIELD_WORDS = [
  'clave catastral', 'cuenta catastral', 'cuenta predial', 'clave predial', 'predial', 'folio', 'numero de cuenta',
  'no de cuenta', 'num de cuenta', 'placa', 'placas', 'curp', 'rfc', 'numero de expediente', 'expediente', 'numero de contrato',
  'linea de captura', 'referencia de pago', 'numero de medidor', 'numero de licencia',
] as const;

/** Forms that take free text but are not a channel to write to the government. */
export const NON_CONTACT_FORM_PURPOSES = [
  'suscrib*',
  'suscripcion',
  'boletin',
  'newsletter',
  'iniciar sesion',
  'inicio de sesion',
  'inicia sesion',
  'login',
  'contrasena',
  'password',
] as const;
