import { SITE, buildArtifacts, homePage, page, runIndicatorCases } from '../build-artifacts.ts';
import { COMITES_DE_VECINOS, EXPLANATION, NEWS_BLOCKS, REGULATION_BLOCKS, obligationsPage, pageOfBlocks, participationPage } from '../participation-fixtures.ts';
import { PARTICIPATION_MENU, participationSite, presupuestoParticipativo, site } from '../html-fixtures.ts';

/** A table-layout transparency page that quotes the regulation's list of mechanisms and nothing more. */
const REGULATION_QUOTE = `
      <p><b>Mecanismos e instrumentos de participación ciudadana</b></p>
      <p>(Actualización 20 enero 2016)</p>
      <p>Artículo 8, fracción I, inciso ñ) de la Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios.</p>
      <p>REGLAMENTO DE PARTICIPACIÓN CIUDADANA PARA LA GOBERNANZA DEL MUNICIPIO DE TLAJOMULCO DE ZÚÑIGA, JALISCO.</p>
      <p>Artículo 5.- Son mecanismos e instrumentos de participación ciudadana en el Municipio, de manera enunciativa y no limitativa: I. Plebiscito; II. Referéndum; III. Ratificación Constitucional; IV. Ratificación de mandato; V. Revocación de Mandato; VI. Consulta Popular; y VII. Presupuesto participativo.</p>
      <p>Artículo 6.- Los mecanismos de participación ciudadana se regirán por lo dispuesto en el presente Reglamento y en el Código Electoral y de Participación Social del Estado de Jalisco.</p>`;


/** WordPress "Participa": three mechanisms, one or two short sentences each, no "¿Qué es?" and no paragraph of 15 words. */
const PARTICIPA_SHORT = `
            <h1 class="entry-title">Participa</h1>
            <h2>Presupuesto participativo</h2>
            <p>Cada año los vecinos deciden qué obras se hacen en su colonia.</p>
            <h2>Consejo Ciudadano</h2>
            <p>Lo forman doce ciudadanos de distintas colonias. Opina sobre los planes del Ayuntamiento y se reúne cada mes.</p>
            <h2>Cabildo abierto</h2>
            <p>Dos veces al año el Cabildo escucha a los vecinos en una colonia.</p>`;

/** Bootstrap: definitions with the mechanism as subject ("La consulta ciudadana es…", "En el comité de colonos los vecinos…"). */
const MECANISMOS_DEFINED = `
        <ol class="breadcrumb"><li><a href="${SITE}/">Inicio</a></li><li class="active">Gobierno abierto</li></ol>
        <h1>Gobierno abierto</h1>
        <h3>Consulta ciudadana</h3>
        <p>La consulta ciudadana es una pregunta del Ayuntamiento a los habitantes sobre una obra o un reglamento. Se responde en las casillas de cada delegación.</p>
        <h3>Contraloría social</h3>
        <p>Los comités de contraloría social son grupos de beneficiarios que revisan que los apoyos lleguen completos.</p>
        <h3>Comité de colonos</h3>
        <p>En el comité de colonos los vecinos eligen a su presidente cada tres años.</p>
        <h3>Documentos</h3>
        <ul><li><a href="${SITE}/docs/reglamento-participacion.pdf">Reglamento de participación ciudadana (PDF)</a></li></ul>`;

/** Old table layout: how to take part, said with "basta con", "anotarse", "votan". */
const AUDIENCIAS_TABLE = `
      <table width="100%" border="0" cellpadding="4"><tr><td>
      <h2>Miércoles ciudadano</h2>
      <p>Todos los miércoles el Presidente Municipal atiende en persona a quien lo necesite en el patio del Palacio Municipal. Basta con llegar temprano y anotarse en la lista de turnos.</p>
      <h2>Juntas vecinales</h2>
      <p>Los colonos mayores de edad votan cada dos años por su junta vecinal. La junta lleva las peticiones de la colonia al Ayuntamiento.</p>
      </td></tr></table>`;

/** WordPress: the mechanisms' names as links, nothing said of any. */
const NAMES_ONLY = `
            <h1 class="entry-title">Participación Ciudadana</h1>
            <p>Conoce los mecanismos de participación ciudadana del municipio:</p>
            <ul>
              <li><a href="${SITE}/participacion-ciudadana/presupuesto-participativo">Presupuesto participativo</a></li>
              <li><a href="${SITE}/participacion-ciudadana/consejo-ciudadano">Consejo Ciudadano</a></li>
              <li><a href="${SITE}/participacion-ciudadana/cabildo-abierto">Cabildo abierto</a></li>
              <li><a href="${SITE}/participacion-ciudadana/consulta-publica">Consulta pública</a></li>
            </ul>`;

/** Bootstrap: the regulation's articles, which do say who and when, quoted as law text. */
const REGULATION_ARTICLES = `
        <h1>Presupuesto participativo</h1>
        <p>Reglamento de Participación Ciudadana del Municipio de Tlajomulco de Zúñiga</p>
        <p>Artículo 42.- El presupuesto participativo es el mecanismo por el cual los habitantes del municipio deciden cada año el destino de una parte de los recursos de obra pública.</p>
        <p>Artículo 43.- Podrán votar los vecinos mayores de edad que presenten su credencial para votar en las casillas que se instalen en cada colonia.</p>
        <p>Artículo 44.- La Dirección de Participación Ciudadana publicará la convocatoria en el mes de enero.</p>`;

/** Table layout, a Joomla article: a ceremony report, its dateline at the bottom, a present-tense line quoted. */
const CEREMONY_REPORT = `
      <h1>Entrega el alcalde obras del Presupuesto Participativo en la colonia Las Pintas</h1>
      <p><img src="${SITE}/images/noticias/entrega-pp.jpg" alt="Entrega de obras" width="400"></p>
      <p>El Presidente Municipal entregó a los vecinos de la colonia Las Pintas la calle empedrada con recursos del Presupuesto Participativo 2015.</p>
      <p>Acompañado de regidores, el alcalde recorrió la obra y agradeció a los vecinos que votaron por ella al pagar su predial.</p>
      <p>“Con el presupuesto participativo los vecinos deciden en qué se gasta su dinero”, dijo el alcalde ante unas 200 personas.</p>
      <p>Publicado el 9 de mayo de 2016</p>`;

/** WordPress home page: a teaser for the vote, its headline a link to the news item. */
const HOME_TEASER = `
            <div class="carousel-inner"><a href="${SITE}/tramites-y-servicios/predial"><img src="${SITE}/wp-content/uploads/2016/01/banner-predial-2016.jpg" alt="Paga tu predial 2016" width="940" height="300"></a></div>
            <section class="noticias-recientes">
              <h2>Noticias</h2>
              <div class="noticia"><h3><a href="${SITE}/noticias/presupuesto-participativo-2016">Presupuesto Participativo 2016</a></h3>
                <p>Este año los vecinos podrán votar por las obras de su colonia al pagar el predial. ¡Participa!</p></div>
              <div class="noticia"><h3><a href="${SITE}/noticias/entregan-uniformes-escolares">Entregan uniformes escolares a 12 mil alumnos</a></h3>
                <p>El programa beneficia a estudiantes de preescolar, primaria y secundaria de escuelas públicas.</p></div>
            </section>`;

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
  {
    name: 'pass: html — WordPress “Participa”: three mechanisms, one or two short sentences each (who, when, where)',
    expected: 'pass',
    html: participationSite('wordpress', '/participa', 'Participa', PARTICIPA_SHORT),
  },
  {
    name: 'pass: html — Bootstrap “Gobierno abierto”: each mechanism defined as the subject (“La consulta ciudadana es…”, “En el comité de colonos los vecinos eligen…”)',
    expected: 'pass',
    html: participationSite('bootstrap', '/gobierno-abierto', 'Gobierno abierto', MECANISMOS_DEFINED),
  },
  {
    name: 'pass: html — table layout “Miércoles ciudadano” and “Juntas vecinales”: when, where and how in plain words',
    expected: 'pass',
    html: participationSite('table', '/atencion-ciudadana.php', 'Atención ciudadana', AUDIENCIAS_TABLE),
  },
  {
    name: 'decoy: html — WordPress “Participación Ciudadana” listing the mechanisms’ names as links',
    expected: 'fail',
    reasonId: 'participation-info.only-mentions',
    html: participationSite('wordpress', '/participacion-ciudadana', 'Participación Ciudadana', NAMES_ONLY),
  },
  {
    name: 'decoy: html — Bootstrap page quoting the regulation’s articles on the presupuesto participativo',
    expected: 'fail',
    reasonId: 'participation-info.only-mentions',
    html: participationSite('bootstrap', '/presupuesto-participativo/reglamento', 'Presupuesto participativo', REGULATION_ARTICLES),
  },
  {
    name: 'decoy: html — table-layout report of a presupuesto participativo ceremony, its dateline at the bottom (Joomla URL)',
    expected: 'fail',
    reasonId: 'participation-info.only-mentions',
    html: participationSite('table', '/index.php?option=com_content&view=article&id=312', 'Entrega el alcalde obras del Presupuesto Participativo', CEREMONY_REPORT),
  },
  {
    name: 'decoy: html — WordPress home teaser “Presupuesto Participativo 2016: los vecinos podrán votar…”',
    expected: 'fail',
    html: site('wordpress', { '/': { title: 'Inicio', main: HOME_TEASER } }, { menu: PARTICIPATION_MENU }),
  },
  {
    name: 'decoy: html — a Joomla article (com_content) announcing the participatory budget vote, its date in the article-info lines',
    expected: 'fail',
    html: site('bootstrap', {
      '/': { title: 'Inicio', main: '<h1>Bienvenidos</h1><p>Portal oficial del municipio.</p>' },
      '/index.php?option=com_content&view=article&id=214:abren-votacion-del-presupuesto-participativo&catid=9&Itemid=120': {
        title: 'Abren votación del Presupuesto Participativo 2016',
        main: `<div class="item-page">
            <h2 itemprop="headline">Abren votación del Presupuesto Participativo 2016</h2>
            <dl class="article-info muted"><dt class="article-info-term">Detalles</dt>
              <dd class="createdby">Escrito por Comunicación Social</dd>
              <dd class="published"><time datetime="2016-05-09T10:30:00-05:00">Publicado: 09 Mayo 2016</time></dd>
              <dd class="hits">Visto: 245</dd></dl>
            <div itemprop="articleBody">
            <p>El presupuesto participativo es el mecanismo por el que los vecinos deciden en qué obras se invierte una parte del presupuesto municipal. Este año pueden votar todos los mayores de 16 años que vivan en el municipio.</p>
            <p>Las urnas se instalan del 10 al 20 de mayo en las delegaciones y en la presidencia municipal. El Ayuntamiento invita a la ciudadanía a participar.</p>
            </div></div>`,
      },
    }, { menu: PARTICIPATION_MENU }),
  },
]);
