/**
 * AIDH 2016 open-government ranking (Sánchez Valdés 2016, Informes AIDH 2), 22 criteria as listed by the
 * CIMTRA manual for Tlajomulco (2019). Operational definitions: ../shared/methodology/aidh-2016.md.
 *
 * Weights are PROVISIONAL: the study's own points are unknown (its published totals — 91, 24, 16, 11 — are not
 * multiples of 100/22), so every criterion is worth 100/22 until the codebook is confirmed. Change them here only.
 */
import { defineMethodology } from './methodology.ts';

const EQUAL_POINTS = 100 / 22;

export const aidh2016 = defineMethodology({
  id: 'aidh-2016',
  title: {
    es: 'Ranking de las estrategias en materia de Gobierno abierto en los municipios de México (AIDH 2016)',
    en: 'Ranking of open-government strategies in Mexican municipalities (AIDH 2016)',
  },
  source:
    'V. M. Sánchez Valdés (2016), Ranking de las estrategias en materia de Gobierno abierto en los municipios de México, Informes AIDH 2, Academia Interamericana de Derechos Humanos, Universidad Autónoma de Coahuila.',
  scoreDecimals: 1,
  weights: {
    provisional: true,
    note: {
      es: 'Pesos provisionales: los 22 criterios valen lo mismo (100/22 ≈ 4.5 puntos cada uno) hasta que se confirmen los puntos del estudio. Los puntajes publicados en 2016 (91, 24, 16, 11) no son múltiplos de 100/22, así que el estudio pesó los criterios de otro modo; con pesos iguales, Tlajomulco de Zúñiga obtiene 86.4 y no 91. Los veredictos por criterio no dependen de los pesos; el puntaje y el orden del ranking, sí.',
      en: "Provisional weights: the 22 criteria are worth the same (100/22 ≈ 4.5 points each) until the study's own points are confirmed. The scores published in 2016 (91, 24, 16, 11) are not multiples of 100/22, so the study weighted the criteria otherwise; with equal weights Tlajomulco de Zúñiga gets 86.4, not 91. The verdicts per criterion do not depend on the weights; the score and the ranking order do.",
    },
  },
  dimensions: [
    { id: 'D1', name: { es: 'Instrumentos para una cultura de gobierno abierto', en: 'Instruments for an open-government culture' } },
    { id: 'D2', name: { es: 'Actualización', en: 'Updating' } },
    { id: 'D3', name: { es: 'Disponibilidad', en: 'Availability' } },
    { id: 'D4', name: { es: 'Claridad', en: 'Clarity' } },
    { id: 'D5', name: { es: 'Utilidad', en: 'Usefulness' } },
    { id: 'D6', name: { es: 'Participación ciudadana', en: 'Citizen participation' } },
    { id: 'D7', name: { es: 'Uso intensivo de tecnologías de la información', en: 'Intensive use of information technology' } },
  ],
  indicators: [
    {
      id: 'open-data-section',
      name: { es: 'Sección de datos abiertos', en: 'Open-data section' },
      dimension: 'D1',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El portal cuenta con una sección de transparencia focalizada o datos abiertos accesible desde la página de inicio.',
        en: 'The portal has a focused-transparency or open-data section reachable from the home page.',
      },
      definition: {
        es: 'Un enlace de la página de inicio (menú, banner o pie) lleva en un clic a una página dedicada a datos abiertos o transparencia focalizada/proactiva, o a un catálogo en un subdominio datos./datosabiertos. El listado obligatorio de transparencia (Artículo 8, obligaciones, PNT) no cuenta por sí solo.',
        en: 'A home-page link (menu, banner or footer) leads in one click to a page dedicated to open data or focused/proactive transparency, or to a catalogue on a datos./datosabiertos. subdomain. The mandatory transparency listing (Article 8, obligations, PNT) does not count by itself.',
      },
      howToMeet: {
        es: 'Agregue al menú de la página de inicio un enlace rotulado «Datos abiertos» que lleve a su catálogo de datos.',
        en: 'Add a link labelled “Datos abiertos” to the home page menu pointing to your data catalogue.',
      },
    },
    {
      id: 'contact-tool-home',
      name: { es: 'Herramienta de contacto desde el inicio', en: 'Contact tool from the home page' },
      dimension: 'D1',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El portal cuenta con una herramienta de comunicación entre la ciudadanía y las autoridades, accesible desde la página de inicio.',
        en: 'The portal has a tool for communication between citizens and authorities, reachable from the home page.',
      },
      definition: {
        es: 'Desde la página de inicio, en un clic como máximo: un formulario de contacto, quejas o reportes con campo de texto libre y botón de envío, un sistema de reporte ciudadano o un chat. Un teléfono o un mailto: solos no cuentan.',
        en: 'From the home page, in at most one click: a contact, complaint or report form with a free-text field and a submit button, a citizen-reports system or a chat. A bare phone number or mailto: alone does not count.',
      },
      howToMeet: {
        es: 'Publique un formulario de atención ciudadana (texto libre y botón «Enviar») enlazado desde la página de inicio.',
        en: 'Publish a citizen-service form (free text and a “Send” button) linked from the home page.',
      },
    },
    {
      id: 'updated-6-months',
      name: { es: 'Actualizada en los últimos 6 meses', en: 'Updated in the last 6 months' },
      requires: 'open-data-section',
      dimension: 'D2',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información de la sección se actualizó al menos una vez en los últimos 6 meses.',
        en: 'The section’s information was updated at least once in the last 6 months.',
      },
      definition: {
        es: 'Alguna fecha de actualización o publicación del contenido de la sección (texto, metadatos, fechas de archivos, lastmod del sitemap o cabecera Last-Modified) cae en los 6 meses previos a la fecha de evaluación. No cuentan fechas futuras, años de copyright ni relojes.',
        en: 'Some update or publication date of the section’s content (page text, metadata, file dates, sitemap lastmod or Last-Modified header) falls within the 6 months before the as-of date. Future dates, copyright years and clocks do not count.',
      },
      howToMeet: {
        es: 'Muestre en la sección la «Fecha de actualización: dd/mm/aaaa» de cada conjunto de datos y actualícelos al menos cada seis meses.',
        en: 'Show “Fecha de actualización: dd/mm/aaaa” for each dataset in the section and update them at least every six months.',
      },
    },
    {
      id: 'updated-1-month',
      name: { es: 'Datos de menos de un mes', en: 'Data less than a month old' },
      requires: 'open-data-section',
      dimension: 'D2',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Al menos un bloque de información de la sección tiene datos con menos de un mes de antigüedad.',
        en: 'At least one block of information in the section has data less than one month old.',
      },
      definition: {
        es: 'Como la anterior, con una ventana de un mes antes de la fecha de evaluación.',
        en: 'As above, with a window of one month before the as-of date.',
      },
      howToMeet: {
        es: 'Publique cada mes al menos un conjunto de datos actualizado y muestre su fecha de actualización.',
        en: 'Publish at least one updated dataset every month and show its update date.',
      },
    },
    {
      id: 'five-collections',
      name: { es: 'Al menos 5 colecciones', en: 'At least 5 collections' },
      requires: 'open-data-section',
      dimension: 'D3',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La sección cuenta con al menos 5 colecciones de documentos, rubros o bases de datos.',
        en: 'The section has at least 5 collections of documents, items or databases.',
      },
      definition: {
        es: 'Al menos cinco colecciones distintas (conjuntos de datos, tablas, series de documentos) en la sección o sus subpáginas directas. Varios archivos de una misma serie cuentan como una colección.',
        en: 'At least five distinct collections (datasets, data tables, document series) in the section or its direct sub-pages. Several files of the same series count as one collection.',
      },
      howToMeet: {
        es: 'Publique en la sección al menos cinco conjuntos de datos distintos, cada uno con su propia página o entrada.',
        en: 'Publish at least five distinct datasets in the section, each with its own page or entry.',
      },
    },
    {
      id: 'thematic-categories',
      name: { es: 'Categorías por tema', en: 'Thematic categories' },
      requires: 'open-data-section',
      dimension: 'D3',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información de la sección está categorizada por temas y subtemas.',
        en: 'The section’s information is categorised by topics and subtopics.',
      },
      definition: {
        es: 'La sección agrupa sus colecciones en al menos dos temas con nombre (encabezados, pestañas, filtros de categoría, etiquetas, migas de pan).',
        en: 'The section groups its collections under at least two named topics (headings, tabs, category filters, tags, breadcrumbs).',
      },
      howToMeet: {
        es: 'Agrupe los conjuntos de datos por temas (p. ej. «Finanzas», «Obras públicas», «Seguridad») con encabezados o filtros.',
        en: 'Group datasets by topic (e.g. “Finanzas”, “Obras públicas”, “Seguridad”) with headings or filters.',
      },
    },
    {
      id: 'search-tool',
      name: { es: 'Buscador en la sección', en: 'Search in the section' },
      requires: 'open-data-section',
      dimension: 'D3',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Existe una herramienta de consulta dinámica que facilita la búsqueda de información en la sección.',
        en: 'A dynamic query tool eases the search of information in the section.',
      },
      definition: {
        es: 'Un buscador que opera sobre el contenido de la sección: un formulario con campo de texto dentro de la sección (o el buscador de un catálogo) o un buscador del sitio accesible desde la sección.',
        en: 'A search control over the section’s content: a form with a text input inside the section (or a catalogue search) or a site-wide search reachable from the section.',
      },
      howToMeet: {
        es: 'Agregue un buscador en la sección de datos abiertos que busque en sus conjuntos de datos.',
        en: 'Add a search box to the open-data section that searches its datasets.',
      },
    },
    {
      id: 'plain-language',
      name: { es: 'Lenguaje claro', en: 'Plain language' },
      requires: 'open-data-section',
      dimension: 'D4',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información se presenta en lenguaje comprensible, sin uso frecuente de códigos o tecnicismos poco claros.',
        en: 'Information is presented in understandable language, without frequent technical codes or unclear terms.',
      },
      definition: {
        es: 'El texto de la sección tiene una legibilidad en español (Fernández-Huerta / INFLESZ) al menos «normal» y no usa como únicas etiquetas citas legales o códigos sin explicar (Art. 8 Fr. V inciso c).',
        en: 'The section’s text has a Spanish readability (Fernández-Huerta / INFLESZ) of at least “normal” and does not use unexplained legal citations or codes (Art. 8 Fr. V inciso c) as the only labels.',
      },
      howToMeet: {
        es: 'Describa cada conjunto de datos con frases cortas y palabras comunes; no use solo fracciones legales como títulos.',
        en: 'Describe each dataset in short sentences and common words; do not use legal fractions alone as titles.',
      },
    },
    {
      id: 'device-legible',
      name: { es: 'Legible en cualquier dispositivo', en: 'Legible on any device' },
      requires: 'open-data-section',
      dimension: 'D4',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información se presenta en formatos legibles en cualquier dispositivo.',
        en: 'Information is presented in formats legible on any device.',
      },
      definition: {
        es: 'Las páginas de la sección declaran un viewport adaptable, se muestran sin desplazamiento horizontal a 375 px y presentan la información como texto (no solo imágenes escaneadas o Flash).',
        en: 'The section’s pages declare a responsive viewport, render without horizontal scrolling at 375 px and carry their information as text (not only scanned images or Flash).',
      },
      howToMeet: {
        es: 'Use un diseño adaptable (meta viewport) y publique la información como texto, no como imágenes escaneadas.',
        en: 'Use a responsive design (meta viewport) and publish information as text, not scanned images.',
      },
    },
    {
      id: 'decision-useful',
      name: { es: 'Útil para tomar decisiones', en: 'Useful for decisions' },
      requires: 'open-data-section',
      dimension: 'D5',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información de la sección es útil para tomar decisiones.',
        en: 'The section’s information can be used to make decisions.',
      },
      definition: {
        es: 'La sección publica datos sustantivos de la acción de gobierno (presupuesto, gasto, obra pública, servicios, programas, indicadores, contratos) como tablas o conjuntos de datos con cifras, no solo noticias o texto institucional.',
        en: 'The section publishes substantive data on government action (budget, spending, public works, services, programmes, indicators, contracts) as tables or datasets with figures, not only news or institutional text.',
      },
      howToMeet: {
        es: 'Publique datos con cifras sobre presupuesto, gasto, obras o servicios, en tablas o archivos de datos.',
        en: 'Publish figures on budget, spending, works or services, as tables or data files.',
      },
    },
    {
      id: 'open-format-download',
      name: { es: 'Descarga en formato abierto', en: 'Download in an open format' },
      requires: 'open-data-section',
      dimension: 'D5',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información se puede descargar en un formato que permite su extracción, análisis y reutilización rápida.',
        en: 'The information can be downloaded in a format that allows quick extraction, analysis and reuse.',
      },
      definition: {
        es: 'Al menos un archivo de datos de la sección se descarga en un formato abierto o estructurado: CSV, XLS/XLSX, ODS, JSON, XML o una API. PDF, imágenes y Word solos no cuentan.',
        en: 'At least one data file of the section downloads in an open or structured format: CSV, XLS/XLSX, ODS, JSON, XML or an API. PDF, images and Word alone do not count.',
      },
      howToMeet: {
        es: 'Ofrezca cada conjunto de datos también en CSV o XLSX, no solo en PDF.',
        en: 'Offer every dataset in CSV or XLSX too, not only PDF.',
      },
    },
    {
      id: 'processed-data',
      name: { es: 'Datos procesados (gráficas, mapas)', en: 'Processed data (charts, maps)' },
      requires: 'open-data-section',
      dimension: 'D5',
      points: EQUAL_POINTS,
      criterion: {
        es: 'La información fue procesada para su uso final.',
        en: 'The information was processed for its final use.',
      },
      definition: {
        es: 'La sección ofrece datos trabajados para la ciudadanía: gráficas, mapas, tableros, visualizaciones, infografías o resúmenes calculados a partir de los datos.',
        en: 'The section offers data worked for citizens: charts, maps, dashboards, visualisations, infographics or summaries computed from the data.',
      },
      howToMeet: {
        es: 'Acompañe los datos con gráficas, mapas o un tablero que resuma las cifras principales.',
        en: 'Accompany the data with charts, maps or a dashboard summarising the main figures.',
      },
    },
    {
      id: 'participation-info',
      name: { es: 'Información sobre participación ciudadana', en: 'Information on citizen participation' },
      dimension: 'D6',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El portal ofrece información sobre mecanismos de participación ciudadana.',
        en: 'The portal offers information about citizen-participation mechanisms.',
      },
      definition: {
        es: 'Una página del portal describe mecanismos de participación (consejos y comités, presupuesto participativo, consulta pública, cabildo abierto, ratificación de mandato, comités vecinales): qué son o cómo participar.',
        en: 'A page of the portal describes participation mechanisms (councils and committees, participatory budgeting, public consultation, open council sessions, mandate ratification, neighbourhood committees): what they are or how to take part.',
      },
      howToMeet: {
        es: 'Publique una página «Participación ciudadana» que explique cada mecanismo y cómo participar.',
        en: 'Publish a “Participación ciudadana” page explaining each mechanism and how to take part.',
      },
    },
    {
      id: 'participation-contact',
      name: { es: 'Contacto para participar', en: 'Participation contact' },
      dimension: 'D6',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Se observa un teléfono, correo electrónico o dirección de contacto relacionado con una estrategia de participación.',
        en: 'A telephone, e-mail or address of contact related to a participation strategy is visible.',
      },
      definition: {
        es: 'En una página de participación, un teléfono, correo electrónico o domicilio indicado como contacto de esa estrategia.',
        en: 'On a participation page, a phone number, e-mail address or street address given as the contact for that strategy.',
      },
      howToMeet: {
        es: 'Indique en la página de participación el teléfono, correo y domicilio del área responsable.',
        en: 'Give the responsible office’s phone, e-mail and address on the participation page.',
      },
    },
    {
      id: 'citizen-collaboration',
      name: { es: 'Colaboración ciudadana', en: 'Citizen collaboration' },
      dimension: 'D6',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Existe un mecanismo para que la ciudadanía colabore en el envío, procesamiento y análisis de información.',
        en: 'A mechanism lets citizens collaborate in sending, processing and analysing information.',
      },
      definition: {
        es: 'Un canal para que la ciudadanía aporte información o datos, o proponga conjuntos de datos o usos: solicitudes de datos, plataformas de propuestas, mapas colaborativos, cargas, convocatorias de co-creación. Un formulario de contacto genérico no cuenta.',
        en: 'A channel for citizens to contribute information or data, or to propose datasets or uses: data requests, proposal platforms, crowdsourced maps, uploads, co-creation calls. A generic contact form does not count.',
      },
      howToMeet: {
        es: 'Abra un formulario «Solicita o propón un conjunto de datos» o una plataforma de propuestas ciudadanas.',
        en: 'Open a “request or propose a dataset” form or a citizen-proposals platform.',
      },
    },
    {
      id: 'citizen-evaluation',
      name: { es: 'Evaluación ciudadana', en: 'Citizen evaluation' },
      dimension: 'D6',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Existe un instrumento de evaluación ciudadana del desempeño del gobierno o de un programa.',
        en: 'An instrument of citizen evaluation of the government’s or a programme’s performance exists.',
      },
      definition: {
        es: 'Una encuesta, calificación o instrumento de evaluación con el que la ciudadanía valora al gobierno, un servicio o un programa (encuesta de satisfacción, evalúa el servicio, califica), o sus resultados publicados.',
        en: 'A survey, rating or evaluation instrument through which citizens assess the government, a service or a programme, or its published results.',
      },
      howToMeet: {
        es: 'Publique una encuesta de satisfacción sobre los servicios municipales y sus resultados.',
        en: 'Publish a satisfaction survey on municipal services and its results.',
      },
    },
    {
      id: 'social-account',
      name: { es: 'Cuenta en redes sociales', en: 'Social media account' },
      dimension: 'D7',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El gobierno tiene una cuenta activa en una red social principal.',
        en: 'The government has an active account on a main social network.',
      },
      definition: {
        es: 'El portal enlaza la cuenta propia del gobierno municipal en Facebook, X/Twitter, Instagram, YouTube, TikTok u otra red principal (un perfil, no un botón de compartir).',
        en: 'The portal links the municipal government’s own account on Facebook, X/Twitter, Instagram, YouTube, TikTok or another main network (a profile, not a share button).',
      },
      howToMeet: {
        es: 'Enlace desde el portal los perfiles oficiales del ayuntamiento en redes sociales.',
        en: 'Link the council’s official social-media profiles from the portal.',
      },
    },
    {
      id: 'social-recent-week',
      name: { es: 'Publicación en la última semana', en: 'A post in the last week' },
      requires: 'social-account',
      dimension: 'D7',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Alguna de sus redes sociales se actualizó en la última semana.',
        en: 'One of its social networks was updated within the last week.',
      },
      definition: {
        es: 'Una publicación de esas cuentas fechada en los 7 días previos a la fecha de evaluación, vista en un timeline incrustado o en un canal público (feed de YouTube). Sin publicaciones fechadas visibles el veredicto es «indeterminado», con los enlaces de las cuentas como evidencia.',
        en: 'A post of those accounts dated within the 7 days before as-of, seen in an embedded timeline or a public feed (YouTube feed). With no dated post visible the verdict is unknown, with the account links as evidence.',
      },
      howToMeet: {
        es: 'Publique en sus redes al menos una vez por semana e incruste el timeline en el portal.',
        en: 'Post at least weekly and embed the timeline on the portal.',
      },
    },
    {
      id: 'social-interaction-week',
      name: { es: 'Interacción en la última semana', en: 'Interaction in the last week' },
      requires: 'social-account',
      dimension: 'D7',
      points: EQUAL_POINTS,
      criterion: {
        es: 'Se observa interacción con algún ciudadano en la última semana.',
        en: 'Interaction with a citizen is observed in the last week.',
      },
      definition: {
        es: 'Una respuesta de la cuenta a un ciudadano fechada en los 7 días previos a la fecha de evaluación. Misma regla de «indeterminado».',
        en: 'A reply by the account to a citizen dated within the 7 days before as-of. Same unknown rule.',
      },
      howToMeet: {
        es: 'Responda en sus redes las preguntas de la ciudadanía.',
        en: 'Answer citizens’ questions on your social networks.',
      },
    },
    {
      id: 'mayor-social',
      name: { es: 'Redes del presidente municipal', en: 'The mayor’s social media' },
      dimension: 'D7',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El presidente o presidenta municipal tiene una cuenta activa en una red social principal.',
        en: 'The mayor has an active account on a main social network.',
      },
      definition: {
        es: 'El portal enlaza la cuenta personal u oficial del presidente/a municipal (alcalde/alcaldesa), distinta de la del gobierno.',
        en: 'The portal links the personal or official account of the mayor, distinct from the government’s account.',
      },
      howToMeet: {
        es: 'Enlace en la página de la presidencia municipal las redes sociales del presidente o presidenta.',
        en: 'Link the mayor’s social accounts on the mayor’s page.',
      },
    },
    {
      id: 'video-channel',
      name: { es: 'Canal de video', en: 'Video channel' },
      dimension: 'D7',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El portal cuenta con un canal de transmisión de video.',
        en: 'The portal has a video-transmission channel.',
      },
      definition: {
        es: 'Un enlace o inserción del canal del gobierno en YouTube, Vimeo, Dailymotion o similar, o la transmisión en vivo de las sesiones de cabildo.',
        en: 'A link to or embed of the government’s channel on YouTube, Vimeo, Dailymotion or similar, or a live stream of council sessions.',
      },
      howToMeet: {
        es: 'Enlace su canal de YouTube o transmita en vivo las sesiones de cabildo desde el portal.',
        en: 'Link your YouTube channel or stream council sessions live from the portal.',
      },
    },
    {
      id: 'mobile-app',
      name: { es: 'Aplicación móvil', en: 'Mobile app' },
      dimension: 'D7',
      points: EQUAL_POINTS,
      criterion: {
        es: 'El gobierno municipal diseñó y compartió una aplicación móvil.',
        en: 'The municipal government designed and shared a mobile app.',
      },
      definition: {
        es: 'Un enlace a una aplicación publicada por o para el municipio en Google Play o App Store, o una página oficial que la presenta con su enlace de descarga.',
        en: 'A link to an app published by or for the municipality on Google Play or the App Store, or an official page presenting it with its download link.',
      },
      howToMeet: {
        es: 'Publique su aplicación en las tiendas y enlácela desde el portal con las insignias de Google Play y App Store.',
        en: 'Publish your app in the stores and link it from the portal with the Google Play and App Store badges.',
      },
    },
  ],
});
