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
