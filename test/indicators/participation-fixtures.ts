/** Pages shared by the participation-info and participation-contact tables. */
import { SITE, page } from './build-artifacts.ts';

export const EXPLANATION =
  '¿Qué es? El presupuesto participativo es un mecanismo por el que los vecinos deciden en qué obras se invierte una parte del presupuesto municipal. ' +
  'Cada año se abre una convocatoria. Puedes proponer obras para tu colonia y votar por las que prefieras al pagar el predial. ' +
  'Requisitos: ser mayor de edad, vivir en el municipio y presentar tu credencial para votar. Los resultados se publican en esta página ' +
  'y las obras elegidas se incluyen en el programa anual de obra pública del siguiente ejercicio fiscal.';

export const LAW_LISTING =
  'Artículo 8. Información fundamental. Fracción I. La normatividad aplicable. Fracción II. La estructura orgánica. ' +
  'Fracción III. Las facultades de cada área. Fracción XXXVII. Los mecanismos de participación ciudadana. Fracción XXXVIII. Los programas que ofrecen. ' +
  'Fracción XXXIX. Las actas y resoluciones del comité de transparencia. Fracción XL. Las evaluaciones y encuestas que hagan los sujetos obligados a programas financiados con recursos públicos. ' +
  'Fracción XLI. Los estudios financiados con recursos públicos. Fracción XLII. El listado de jubilados y pensionados y el monto que reciben.';

export const participationPage = (partial: Parameters<typeof page>[0] = {}) =>
  page({ url: `${SITE}/participacion-ciudadana/presupuesto-participativo`, depth: 2, title: 'Presupuesto participativo | Municipio', headings: ['Presupuesto participativo'], text: EXPLANATION, ...partial });

export const obligationsPage = (partial: Parameters<typeof page>[0] = {}) =>
  page({ url: `${SITE}/transparencia/articulo-8`, depth: 1, title: 'Información fundamental', headings: ['Artículo 8', 'Fracción XXXVII. Los mecanismos de participación ciudadana'], text: LAW_LISTING, ...partial });

/** A page given as its text blocks (headings included, as gather splits them); `text` is their join. */
export const pageOfBlocks = (blocks: string[], partial: Parameters<typeof page>[0] = {}) =>
  page({ text: blocks.join(' '), textBlocks: blocks, ...partial });

/** Delicias: the mechanism named in the plural, explained without a "¿Qué es?" cue. */
export const COMITES_DE_VECINOS = [
  'Comités de Vecinos',
  'En cada colonia funciona un Comité de Vecinos, elegido en asamblea por las personas que viven en ella. El comité reúne las peticiones de la colonia (alumbrado, bacheo, seguridad), las presenta a la Dirección de Desarrollo Social y vigila que las obras se terminen.',
  'Para formar o renovar el comité de tu colonia se convoca a asamblea vecinal; la Dirección de Desarrollo Social levanta el acta y entrega los nombramientos.',
];

/** Tonalá: a transparency-listing page that only quotes the regulation's list of mechanism names. */
export const REGULATION_BLOCKS = [
  'Mecanismos e instrumentos de participación ciudadana',
  '(Actualización 20 enero 2016)',
  'Artículo 8, fracción I, inciso ñ) de la Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios.',
  'REGLAMENTO DE PARTICIPACIÓN CIUDADANA PARA LA GOBERNANZA DEL MUNICIPIO DE TONALÁ, JALISCO.',
  'Artículo 5.- Son mecanismos e instrumentos de participación ciudadana en el Municipio, de manera enunciativa y no limitativa: I. Plebiscito; II. Referéndum; III. Ratificación Constitucional; IV. Ratificación de mandato; V. Revocación de Mandato; VI. Consulta Popular; y VI. Presupuesto participativo.',
  'Artículo 6.- Los mecanismos de participación ciudadana se regirán por lo dispuesto en el presente Reglamento y en el Código Electoral y de Participación Social del Estado de Jalisco.',
  'Unidad de Transparencia del Municipio: Av. Tonaltecas No. 24 Sur, planta alta, Centro · Tel. (33) 3586 6000 ext. 1127 · transparencia@municipio.gob.mx',
];

/** Zacatecas: a news item reporting a ceremony with participatory-budget money (table layout: menu and footer in the text). */
export const NEWS_BLOCKS = [
  'Inicio | Ayuntamiento | Transparencia | Datos Abiertos | Noticias | Turismo | Contacto',
  'Entrega Presidente Municipal obras del Presupuesto Participativo en la colonia Díaz Ordaz',
  '09/05/2016',
  'El Presidente Municipal entregó a vecinos de la colonia Díaz Ordaz la cancha de usos múltiples rehabilitada con recursos del Presupuesto Participativo 2015, con una inversión de 850 mil pesos.',
  'Acompañado de regidores y funcionarios, el alcalde recorrió la obra y agradeció a los vecinos su asistencia al evento. Al término se realizó un torneo relámpago de basquetbol.',
  'H. Ayuntamiento · Av. Hidalgo No. 201, Centro Histórico, C.P. 98000 · Tel. (492) 923 9421',
];
