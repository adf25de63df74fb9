import { SITE, buildArtifacts, homePage, page, runIndicatorCases } from '../build-artifacts.ts';
import { COMITES_DE_VECINOS, EXPLANATION, NEWS_BLOCKS, REGULATION_BLOCKS, obligationsPage, pageOfBlocks, participationPage } from '../participation-fixtures.ts';
import { participationSite, presupuestoParticipativo } from '../html-fixtures.ts';

/** A table-layout transparency page that quotes the regulation's list of mechanisms and nothing more. */
const REGULATION_QUOTE = `
      <p><b>Mecanismos e instrumentos de participación ciudadana</b></p>
      <p>(Actualización 20 enero 2016)</p>
      <p>Artículo 8, fracción I, inciso ñ) de la Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios.</p>
      <p>REGLAMENTO DE PARTICIPACIÓN CIUDADANA PARA LA GOBERNANZA DEL MUNICIPIO DE TLAJOMULCO DE ZÚÑIGA, JALISCO.</p>
      <p>Artículo 5.- Son mecanismos e instrumentos de participación ciudadana en el Municipio, de manera enunciativa y no limitativa: I. Plebiscito; II. Referéndum; III. Ratificación Constitucional; IV. Ratificación de mandato; V. Revocación de Mandato; VI. Consulta Popular; y VII. Presupuesto participativo.</p>
      <p>Artículo 6.- Los mecanismos de participación ciudadana se regirán por lo dispuesto en el presente Reglamento y en el Código Electoral y de Participación Social del Estado de Jalisco.</p>`;

runIndicatorCases('participation-info', [
  { name: 'pass: a page explaining participatory budgeting', expected: 'pass', artifacts: buildArtifacts({ pages: [homePage(), participationPage()] }) },
  {
    name: 'pass: “Cabildo abierto” page with how to register',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [page({ title: 'Sesión de Cabildo Abierto', headings: ['Convocatoria'], text: EXPLANATION.replace(/presupuesto participativo/gi, 'cabildo abierto') })],
    }),
  },
  {
    name: 'pass: “Comités de Vecinos”, the mechanism named in the plural (delicias)',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [pageOfBlocks(COMITES_DE_VECINOS, { url: `${SITE}/Paginas/ComitesVecinales.aspx`, title: 'Comités de Vecinos - Municipio', headings: ['Comités de Vecinos'] })],
    }),
  },
  {
    name: 'pass: a “Participa” page whose short sections each explain a mechanism (xalapa)',
    expected: 'pass',
    artifacts: buildArtifacts({
      pages: [
        pageOfBlocks(
          [
            'Participa',
            'En Xalapa puedes participar en las decisiones del Ayuntamiento de estas formas:',
            'Consejos de participación ciudadana',
            'En cada colonia los vecinos eligen a su consejo, que propone obras y vigila los servicios públicos. Las elecciones se hacen en asamblea vecinal.',
            'Cabildo abierto',
            'Dos veces al año el Cabildo sesiona en una colonia y escucha las propuestas de los vecinos. Para hablar en la sesión hay que inscribirse antes.',
          ],
          { url: `${SITE}/participa`, title: 'Participa | Municipio', headings: ['Participa', 'Consejos de participación ciudadana', 'Cabildo abierto'] },
        ),
      ],
    }),
  },
  {
    name: 'decoy: law text quoting “participación ciudadana” in the obligations listing',
    expected: 'fail',
    reason: /solo mencionan? alguno/,
    reasonId: 'participation-info.only-mentions',
    artifacts: buildArtifacts({ pages: [homePage(), obligationsPage()] }),
  },
  {
    name: 'decoy: a participation heading over a bare list of files (no explanation)',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [participationPage({ text: 'Presupuesto participativo 2015.pdf Presupuesto participativo 2016.pdf' })] }),
  },
  {
    name: 'decoy: a regulation page that only lists the mechanisms’ names (tonala)',
    expected: 'fail',
    reasonId: 'participation-info.only-mentions',
    artifacts: buildArtifacts({
      pages: [
        pageOfBlocks(REGULATION_BLOCKS, {
          url: `${SITE}/los-mecanismos-e-instrumentos-de-participacion-ciudadana`,
          title: 'Mecanismos e instrumentos de participación ciudadana | Municipio',
          headings: ['Mecanismos e instrumentos de participación ciudadana'],
        }),
      ],
    }),
  },
  {
    name: 'decoy: a news item about a Presupuesto Participativo ceremony (zacatecas)',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [
        pageOfBlocks(NEWS_BLOCKS, {
          url: `${SITE}/index.php?seccion=noticias&id=214`,
          title: 'Entrega Presidente Municipal obras del Presupuesto Participativo en la colonia Díaz Ordaz - H. Ayuntamiento',
          headings: ['Entrega Presidente Municipal obras del Presupuesto Participativo en la colonia Díaz Ordaz'],
        }),
      ],
    }),
  },
  {
    name: 'decoy: the same news item at a plain URL, known by the dateline under its headline',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [pageOfBlocks(NEWS_BLOCKS, { url: `${SITE}/node/214`, title: 'Entrega de obras', headings: [NEWS_BLOCKS[1]!] })],
    }),
  },
  {
    name: 'decoy: a home-page news teaser “Se renuevan los comités vecinales” (benitojuarez)',
    expected: 'fail',
    artifacts: buildArtifacts({
      pages: [
        homePage({
          headings: ['Bienvenido al portal del Municipio', 'Noticias', 'Se renuevan los comités vecinales', 'Lo último en Twitter'],
          textBlocks: [
            'Bienvenido al portal del Municipio',
            'Reporte ciudadano en línea: baches, luminarias y basura. Puedes enviar tu reporte con foto y ubicación y seguir su avance desde tu celular.',
            'Noticias',
            'Se renuevan los comités vecinales',
            '08/05/2016',
            'Lo último en Twitter',
            'Mañana sábado continúa la jornada de descacharrización en la Región 94. Saca tus cacharros de 7 a 13 horas. Puedes consultar las rutas en nuestra página.',
            '@ramon_sm63 Hola Ramón, gracias por avisarnos. La cuadrilla de Servicios Públicos ya está reparando la luminaria de la calle 54 en la SM 63.',
          ],
          wordCount: 75,
        }),
      ],
    }),
  },
  { name: 'fail: no page about participation', expected: 'fail', artifacts: buildArtifacts({ pages: [homePage({ text: 'Bienvenidos al portal del municipio.' })] }) },
  {
    name: 'pass: html — WordPress page “Presupuesto Participativo”: ¿Qué es?, ¿Cómo participo?, requisitos',
    expected: 'pass',
    html: participationSite('wordpress', '/participacion-ciudadana/presupuesto-participativo', 'Presupuesto Participativo', presupuestoParticipativo('')),
  },
  {
    name: 'decoy: html — table-layout Artículo 8 page quoting “Artículo 5.- Son mecanismos…: I. Plebiscito; II. Referéndum…”',
    expected: 'fail',
    reasonId: 'participation-info.only-mentions',
    html: participationSite('table', '/transparencia/articulo-8/fraccion-i-n', 'Artículo 8 Fracción I inciso ñ', REGULATION_QUOTE),
  },
]);
