/**
 * The 32 states of Mexico and how the names found in seeds map to them. Seeds write states in many ways
 * ('Coahuila de Zaragoza', 'Coahuila', 'Estado de México', 'CDMX', 'Distrito Federal'), so names are compared
 * without accents, case or punctuation, through a table of aliases; when the name is not recognised, the first
 * two digits of the INEGI municipality code (the state's INEGI code) decide.
 */

export interface MexicanState {
  /** INEGI state code, 2 digits. */
  inegi: string;
  /** Id of the state's path in @svg-maps/mexico. */
  mapId: string;
  /** Name shown in the report (common short form). */
  name: { es: string; en: string };
  /** Other ways seeds write it, besides `name.es` (compared after `normalizeStateName`). */
  aliases: readonly string[];
}

export const MEXICAN_STATES: readonly MexicanState[] = [
  { inegi: '01', mapId: 'agu', name: { es: 'Aguascalientes', en: 'Aguascalientes' }, aliases: ['ags'] },
  { inegi: '02', mapId: 'bcn', name: { es: 'Baja California', en: 'Baja California' }, aliases: ['bc'] },
  { inegi: '03', mapId: 'bcs', name: { es: 'Baja California Sur', en: 'Baja California Sur' }, aliases: [] },
  { inegi: '04', mapId: 'cam', name: { es: 'Campeche', en: 'Campeche' }, aliases: [] },
  { inegi: '05', mapId: 'coa', name: { es: 'Coahuila', en: 'Coahuila' }, aliases: ['coahuila de zaragoza'] },
  { inegi: '06', mapId: 'col', name: { es: 'Colima', en: 'Colima' }, aliases: [] },
  { inegi: '07', mapId: 'chp', name: { es: 'Chiapas', en: 'Chiapas' }, aliases: [] },
  { inegi: '08', mapId: 'chh', name: { es: 'Chihuahua', en: 'Chihuahua' }, aliases: [] },
  {
    inegi: '09',
    mapId: 'cmx',
    name: { es: 'Ciudad de México', en: 'Mexico City' },
    aliases: ['cdmx', 'distrito federal', 'df', 'mexico city', 'ciudad de mexico cdmx'],
  },
  { inegi: '10', mapId: 'dur', name: { es: 'Durango', en: 'Durango' }, aliases: [] },
  { inegi: '11', mapId: 'gua', name: { es: 'Guanajuato', en: 'Guanajuato' }, aliases: [] },
  { inegi: '12', mapId: 'gro', name: { es: 'Guerrero', en: 'Guerrero' }, aliases: [] },
  { inegi: '13', mapId: 'hid', name: { es: 'Hidalgo', en: 'Hidalgo' }, aliases: [] },
  { inegi: '14', mapId: 'jal', name: { es: 'Jalisco', en: 'Jalisco' }, aliases: [] },
  {
    inegi: '15',
    mapId: 'mex',
    name: { es: 'México', en: 'State of Mexico' },
    aliases: ['estado de mexico', 'edo de mexico', 'edomex', 'edo mex', 'state of mexico'],
  },
  { inegi: '16', mapId: 'mic', name: { es: 'Michoacán', en: 'Michoacán' }, aliases: ['michoacan de ocampo'] },
  { inegi: '17', mapId: 'mor', name: { es: 'Morelos', en: 'Morelos' }, aliases: [] },
  { inegi: '18', mapId: 'nay', name: { es: 'Nayarit', en: 'Nayarit' }, aliases: [] },
  { inegi: '19', mapId: 'nle', name: { es: 'Nuevo León', en: 'Nuevo León' }, aliases: [] },
  { inegi: '20', mapId: 'oax', name: { es: 'Oaxaca', en: 'Oaxaca' }, aliases: [] },
  { inegi: '21', mapId: 'pue', name: { es: 'Puebla', en: 'Puebla' }, aliases: [] },
  { inegi: '22', mapId: 'que', name: { es: 'Querétaro', en: 'Querétaro' }, aliases: ['queretaro de arteaga'] },
  { inegi: '23', mapId: 'roo', name: { es: 'Quintana Roo', en: 'Quintana Roo' }, aliases: [] },
  { inegi: '24', mapId: 'slp', name: { es: 'San Luis Potosí', en: 'San Luis Potosí' }, aliases: [] },
  { inegi: '25', mapId: 'sin', name: { es: 'Sinaloa', en: 'Sinaloa' }, aliases: [] },
  { inegi: '26', mapId: 'son', name: { es: 'Sonora', en: 'Sonora' }, aliases: [] },
  { inegi: '27', mapId: 'tab', name: { es: 'Tabasco', en: 'Tabasco' }, aliases: [] },
  { inegi: '28', mapId: 'tam', name: { es: 'Tamaulipas', en: 'Tamaulipas' }, aliases: [] },
  { inegi: '29', mapId: 'tla', name: { es: 'Tlaxcala', en: 'Tlaxcala' }, aliases: [] },
  {
    inegi: '30',
    mapId: 'ver',
    name: { es: 'Veracruz', en: 'Veracruz' },
    aliases: ['veracruz de ignacio de la llave', 'veracruz llave'],
  },
  { inegi: '31', mapId: 'yuc', name: { es: 'Yucatán', en: 'Yucatán' }, aliases: [] },
  { inegi: '32', mapId: 'zac', name: { es: 'Zacatecas', en: 'Zacatecas' }, aliases: [] },
];

/** "Veracruz de Ignacio de la Llave" → "veracruz de ignacio de la llave"; "Edo. de México" → "edo de mexico". */
export function normalizeStateName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byName = new Map<string, MexicanState>();
for (const state of MEXICAN_STATES) {
  for (const alias of [state.name.es, state.name.en, ...state.aliases]) byName.set(normalizeStateName(alias), state);
}
const byInegi = new Map(MEXICAN_STATES.map((s) => [s.inegi, s]));

/**
 * The state a municipality belongs to: by its state name first, then by the INEGI code's first two digits
 * (5-digit codes only); null when neither is recognised.
 */
export function findState(stateName: string, inegiCode?: string): MexicanState | null {
  const named = byName.get(normalizeStateName(stateName));
  if (named) return named;
  const code = inegiCode && /^\d{5}$/.test(inegiCode) ? inegiCode.slice(0, 2) : null;
  return (code && byInegi.get(code)) || null;
}
