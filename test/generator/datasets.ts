/**
 * The collections a generated section can publish. Substantive ones carry figures on government action
 * (budget, works, services…), as decision-useful asks; institutional ones are documents without figures
 * (regulations, plans, gazettes) that a section can hold and still give a citizen nothing to decide with.
 * Titles and descriptions have several wordings, as different municipalities name the same data.
 */
import type { Rng } from './prng.ts';

export type TopicId = 'finanzas' | 'obras' | 'servicios' | 'seguridad' | 'gobierno' | 'economia' | 'ambiente';

/** Names a portal gives its topic headings. */
export const TOPIC_NAMES: Record<TopicId, readonly string[]> = {
  finanzas: ['Finanzas públicas', 'Hacienda municipal', 'Presupuesto y gasto', 'Finanzas'],
  obras: ['Obra pública', 'Obras públicas', 'Infraestructura'],
  servicios: ['Servicios públicos', 'Servicios municipales', 'Agua, basura y alumbrado'],
  seguridad: ['Seguridad pública', 'Seguridad y tránsito', 'Seguridad ciudadana'],
  gobierno: ['Gobierno', 'Administración municipal', 'Gobierno y normatividad'],
  economia: ['Desarrollo económico', 'Economía', 'Comercio y empleo'],
  ambiente: ['Medio ambiente', 'Ecología', 'Medio ambiente y parques'],
};

export type DatasetKindId =
  | 'presupuesto' | 'ingresos' | 'nomina' | 'contratos' | 'obras' | 'bacheo' | 'reportes' | 'basura' | 'alumbrado'
  | 'agua' | 'delitos' | 'multas' | 'licencias' | 'arbolado'
  | 'reglamentos' | 'plan' | 'gaceta' | 'organigrama';

export interface DatasetKind {
  id: DatasetKindId;
  topic: TopicId;
  substantive: boolean;
  /** File-name stem. */
  file: string;
  titles: readonly string[];
  /** Plain one-sentence descriptions. */
  descriptions: readonly string[];
  /** The bare legal citation a transparency-minded portal labels it with. */
  citations: readonly string[];
  /** CSV header and a row maker (figures for substantive kinds). */
  columns: readonly string[];
  row(rng: Rng, i: number): (string | number)[];
}

const COLONIAS = ['Centro', 'Las Flores', 'Santa Cruz', 'El Mirador', 'San José', 'Jardines del Valle', 'La Loma', 'Lomas del Sol', 'Valle Verde', 'Morelos'];
const DEPENDENCIAS = ['Seguridad Pública', 'Servicios Públicos', 'Obras Públicas', 'Tesorería', 'DIF Municipal', 'Desarrollo Social', 'Agua Potable', 'Presidencia'];
const MESES = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'];

export const DATASET_KINDS: readonly DatasetKind[] = [
  {
    id: 'presupuesto', topic: 'finanzas', substantive: true, file: 'presupuesto-egresos',
    titles: ['Presupuesto de egresos', 'Presupuesto de egresos por dependencia', 'Gasto del Ayuntamiento'],
    descriptions: ['Cuánto dinero tiene cada área del Ayuntamiento y cuánto ha gastado.', 'Lo que el municipio planea gastar este año y lo que ya gastó, por área.'],
    citations: ['Art. 15 Fr. XXI inciso a)', 'Fracción XXI', 'Art. 70 Fr. XXI'],
    columns: ['Dependencia', 'Aprobado (pesos)', 'Ejercido (pesos)'],
    row: (rng, i) => [DEPENDENCIAS[i % DEPENDENCIAS.length]!, rng.int(8, 90) * 1_000_000, rng.int(2, 60) * 1_000_000],
  },
  {
    id: 'ingresos', topic: 'finanzas', substantive: true, file: 'ingresos-mensuales',
    titles: ['Ingresos mensuales', 'Ingresos del municipio', 'Recaudación por mes'],
    descriptions: ['Lo que cobra el municipio cada mes por predial, agua y licencias.', 'El dinero que entra cada mes y de dónde viene.'],
    citations: ['Art. 15 Fr. XXII', 'Fracción XLIII', 'Art. 70 Fr. XLIII inciso a)'],
    columns: ['Mes', 'Concepto', 'Monto (pesos)'],
    row: (rng, i) => [MESES[i % 12]!, rng.pick(['Predial', 'Agua', 'Licencias', 'Multas']), rng.int(500, 9000) * 1000],
  },
  {
    id: 'nomina', topic: 'gobierno', substantive: true, file: 'nomina',
    titles: ['Nómina del Ayuntamiento', 'Sueldos del personal', 'Plantilla y sueldos'],
    descriptions: ['Cuántas personas trabajan en cada área y cuánto ganan al mes.', 'Los puestos del Ayuntamiento y el sueldo de cada uno.'],
    citations: ['Art. 15 Fr. VIII', 'Fracción VIII', 'Art. 70 Fr. VIII'],
    columns: ['Puesto', 'Área', 'Sueldo mensual bruto (pesos)'],
    row: (rng, i) => [rng.pick(['Director', 'Jefe de departamento', 'Auxiliar administrativo', 'Policía', 'Chofer']), DEPENDENCIAS[i % DEPENDENCIAS.length]!, rng.int(8, 60) * 1000],
  },
  {
    id: 'contratos', topic: 'finanzas', substantive: true, file: 'contratos-adquisiciones',
    titles: ['Contratos y compras', 'Adquisiciones', 'Compras del Ayuntamiento'],
    descriptions: ['A quién le compra el municipio, qué compra y cuánto paga.', 'Cada compra con su proveedor y su monto.'],
    citations: ['Art. 15 Fr. XXVIII', 'Fracción XXVIII inciso b)', 'Art. 70 Fr. XXVIII'],
    columns: ['Proveedor', 'Concepto', 'Monto (pesos)'],
    row: (rng, i) => [`Proveedora ${['del Norte', 'Lupita', 'Hermanos Ruiz', 'Central', 'del Valle'][i % 5]} S.A. de C.V.`, rng.pick(['Papelería', 'Combustible', 'Uniformes', 'Luminarias']), rng.int(40, 2500) * 1000],
  },
  {
    id: 'obras', topic: 'obras', substantive: true, file: 'obras-publicas',
    titles: ['Obras públicas', 'Obra pública en proceso', 'Obras en tu colonia'],
    descriptions: ['Cada obra con su colonia, su costo y cuánto lleva de avance.', 'Dónde se construye, cuánto cuesta y qué empresa la hace.'],
    citations: ['Art. 15 Fr. XXVII', 'Fracción XXVII', 'Art. 70 Fr. XXVII'],
    columns: ['Obra', 'Colonia', 'Monto (pesos)', 'Avance (%)'],
    row: (rng, i) => [rng.pick(['Pavimentación', 'Red de drenaje', 'Alumbrado', 'Banquetas']), COLONIAS[i % COLONIAS.length]!, rng.int(300, 9000) * 1000, rng.int(5, 100)],
  },
  {
    id: 'bacheo', topic: 'obras', substantive: true, file: 'bacheo',
    titles: ['Programa de bacheo', 'Bacheo por semana', 'Baches reparados'],
    descriptions: ['Las calles que se arreglaron cada semana y cuántos metros se repararon.', 'Baches tapados por colonia y por semana.'],
    citations: ['Art. 15 Fr. XXXIX', 'Fracción XXXIX'],
    columns: ['Semana', 'Colonia', 'Metros cuadrados'],
    row: (rng, i) => [i + 1, COLONIAS[i % COLONIAS.length]!, rng.int(50, 900)],
  },
  {
    id: 'reportes', topic: 'servicios', substantive: true, file: 'reportes-ciudadanos',
    titles: ['Reportes ciudadanos', 'Reportes de servicios', 'Quejas y reportes atendidos'],
    descriptions: ['Los reportes que manda la gente, por tipo y colonia, y si ya se atendieron.', 'Cuántos reportes llegaron y cuántos se resolvieron.'],
    citations: ['Art. 15 Fr. XIX', 'Fracción XIX'],
    columns: ['Tipo', 'Colonia', 'Recibidos', 'Atendidos'],
    row: (rng, i) => [rng.pick(['Bache', 'Fuga de agua', 'Luminaria', 'Basura']), COLONIAS[i % COLONIAS.length]!, rng.int(20, 300), rng.int(10, 200)],
  },
  {
    id: 'basura', topic: 'servicios', substantive: true, file: 'recoleccion-basura',
    titles: ['Recolección de basura', 'Rutas del camión de la basura', 'Toneladas de basura recolectadas'],
    descriptions: ['Qué días pasa el camión por cada colonia y cuánta basura se junta.', 'Las rutas de recolección y las toneladas de cada mes.'],
    citations: ['Art. 15 Fr. XIX inciso c)', 'Fracción XX'],
    columns: ['Colonia', 'Días', 'Toneladas al mes'],
    row: (rng, i) => [COLONIAS[i % COLONIAS.length]!, rng.pick(['Lunes y jueves', 'Martes y viernes', 'Miércoles y sábado']), rng.int(20, 400)],
  },
  {
    id: 'alumbrado', topic: 'servicios', substantive: true, file: 'alumbrado-publico',
    titles: ['Alumbrado público', 'Luminarias reparadas', 'Lámparas por colonia'],
    descriptions: ['Cuántas lámparas hay en cada colonia y cuántas se repararon.', 'Luminarias instaladas y arregladas por mes.'],
    citations: ['Art. 15 Fr. XX', 'Fracción XL'],
    columns: ['Colonia', 'Luminarias', 'Reparadas'],
    row: (rng, i) => [COLONIAS[i % COLONIAS.length]!, rng.int(100, 900), rng.int(5, 90)],
  },
  {
    id: 'agua', topic: 'servicios', substantive: true, file: 'agua-potable',
    titles: ['Agua potable', 'Consumo de agua por colonia', 'Tomas de agua'],
    descriptions: ['Cuántas casas tienen agua y cuánta agua se usa en cada colonia.', 'Tomas de agua y metros cúbicos consumidos al mes.'],
    citations: ['Art. 15 Fr. XLI', 'Fracción XLI'],
    columns: ['Colonia', 'Tomas', 'Consumo (m3)'],
    row: (rng, i) => [COLONIAS[i % COLONIAS.length]!, rng.int(300, 5000), rng.int(3000, 90000)],
  },
  {
    id: 'delitos', topic: 'seguridad', substantive: true, file: 'incidencia-delictiva',
    titles: ['Incidencia delictiva', 'Delitos denunciados por mes', 'Denuncias por colonia'],
    descriptions: ['Cuántos delitos se denunciaron cada mes y de qué tipo.', 'Robos y otros delitos por mes y colonia.'],
    citations: ['Art. 15 Fr. XXXVII', 'Fracción XXXVII'],
    columns: ['Mes', 'Delito', 'Denuncias'],
    row: (rng, i) => [MESES[i % 12]!, rng.pick(['Robo a casa', 'Robo de vehículo', 'Lesiones', 'Daño en propiedad']), rng.int(3, 120)],
  },
  {
    id: 'multas', topic: 'seguridad', substantive: true, file: 'infracciones-transito',
    titles: ['Infracciones de tránsito', 'Multas de tránsito', 'Multas por mes'],
    descriptions: ['Cuántas multas de tránsito se pusieron cada mes y cuánto se cobró.', 'Multas por tipo de falta y monto cobrado.'],
    citations: ['Art. 15 Fr. XXXVIII', 'Fracción XXXVIII'],
    columns: ['Mes', 'Infracciones', 'Monto (pesos)'],
    row: (rng, i) => [MESES[i % 12]!, rng.int(200, 3000), rng.int(100, 2500) * 1000],
  },
  {
    id: 'licencias', topic: 'economia', substantive: true, file: 'licencias-funcionamiento',
    titles: ['Licencias de funcionamiento', 'Negocios con licencia', 'Licencias comerciales'],
    descriptions: ['Cuántos negocios sacaron su licencia, por giro y por mes.', 'Licencias nuevas y renovadas de cada giro.'],
    citations: ['Art. 15 Fr. XXVI', 'Fracción XXVI'],
    columns: ['Giro', 'Mes', 'Licencias'],
    row: (rng, i) => [rng.pick(['Tiendas', 'Restaurantes', 'Talleres', 'Farmacias']), MESES[i % 12]!, rng.int(5, 140)],
  },
  {
    id: 'arbolado', topic: 'ambiente', substantive: true, file: 'arboles-plantados',
    titles: ['Árboles plantados', 'Reforestación por colonia', 'Arbolado urbano'],
    descriptions: ['Cuántos árboles se plantaron en cada colonia y parque.', 'Árboles sembrados por mes y lugar.'],
    citations: ['Art. 15 Fr. XLIV', 'Fracción XLIV'],
    columns: ['Colonia', 'Árboles', 'Especie'],
    row: (rng, i) => [COLONIAS[i % COLONIAS.length]!, rng.int(10, 400), rng.pick(['Fresno', 'Mezquite', 'Jacaranda', 'Palo verde'])],
  },
  {
    id: 'reglamentos', topic: 'gobierno', substantive: false, file: 'reglamentos-municipales',
    titles: ['Reglamentos municipales', 'Normatividad municipal', 'Bando de policía y gobierno'],
    descriptions: ['Las reglas que aprobó el Cabildo para la vida en el municipio.', 'Los reglamentos vigentes del Ayuntamiento.'],
    citations: ['Art. 15 Fr. I', 'Fracción I'],
    columns: ['Documento'],
    row: (_rng, i) => [['Bando de Policía y Gobierno', 'Reglamento de Tránsito', 'Reglamento de Mercados', 'Reglamento de Ecología'][i % 4]!],
  },
  {
    id: 'plan', topic: 'gobierno', substantive: false, file: 'plan-municipal-desarrollo',
    titles: ['Plan Municipal de Desarrollo', 'Plan de gobierno', 'Plan Municipal'],
    descriptions: ['Lo que el gobierno se propuso hacer en estos tres años.', 'Las metas de la administración para su periodo.'],
    citations: ['Art. 15 Fr. IV', 'Fracción IV'],
    columns: ['Documento'],
    row: () => ['Plan Municipal de Desarrollo'],
  },
  {
    id: 'gaceta', topic: 'gobierno', substantive: false, file: 'gaceta-municipal',
    titles: ['Gaceta municipal', 'Gaceta del Ayuntamiento', 'Periódico oficial municipal'],
    descriptions: ['Los acuerdos que publica el Ayuntamiento en su gaceta.', 'La publicación oficial de los acuerdos de Cabildo.'],
    citations: ['Art. 15 Fr. XXXIII', 'Fracción XXXIII'],
    columns: ['Documento'],
    row: () => ['Gaceta municipal'],
  },
  {
    id: 'organigrama', topic: 'gobierno', substantive: false, file: 'organigrama',
    titles: ['Organigrama', 'Estructura del Ayuntamiento', 'Estructura orgánica'],
    descriptions: ['Cómo está organizado el Ayuntamiento y quién encabeza cada área.', 'Las áreas del gobierno municipal y cómo se relacionan.'],
    citations: ['Art. 15 Fr. II', 'Fracción II'],
    columns: ['Documento'],
    row: () => ['Organigrama del Ayuntamiento'],
  },
];

export function datasetKind(id: DatasetKindId): DatasetKind {
  const kind = DATASET_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`no dataset kind ${id}`);
  return kind;
}
