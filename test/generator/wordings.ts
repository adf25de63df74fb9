/**
 * Variant tables: how Mexican municipal portals word each thing, positive and decoy. A portal draws one
 * phrasing per slot, so the rules meet many wordings of the same fact. Written from what real portals print
 * (shared/research/real_portals.md, the hand-written corpus), not from the rules' vocabularies.
 * `{m}` is the municipality's name, `{e}` the state's.
 */

export const SECTION_LABELS = ['Datos Abiertos', 'Datos abiertos', 'Gobierno Abierto', 'Transparencia Proactiva', 'Transparencia focalizada', 'Portal de Datos Abiertos', 'Datos Abiertos {m}'] as const;
export const SECTION_TITLES = ['Datos Abiertos', 'Datos abiertos de {m}', 'Gobierno Abierto: datos del municipio', 'Transparencia proactiva', 'Portal de datos abiertos', 'Datos abiertos municipales'] as const;

export const SECTION_INTROS_PLAIN = [
  'Aquí puedes ver y bajar los datos del Ayuntamiento. Son gratis y los puedes usar como quieras. Solo di de dónde los tomaste. Cada archivo dice cuándo se cambió por última vez. Si no encuentras lo que buscas, avísanos.',
  'En esta página están los datos del gobierno municipal en archivos que puedes abrir en tu computadora. Los puedes usar para tus tareas, tu negocio o para vigilar el gasto. Los datos son tuyos. Úsalos y compártelos.',
  'Queremos que sepas qué hace el municipio con tu dinero. Por eso ponemos aquí los datos de obras, gastos y servicios. Puedes verlos, bajarlos y usarlos sin pedir permiso. Si ves un error, dinos para corregirlo.',
  'Bienvenido a los datos abiertos de {m}. Aquí hay tablas con cifras del Ayuntamiento. Las puedes bajar en un clic. No tienes que registrarte. Te pedimos solo que cites la fuente cuando las uses.',
] as const;

export const SECTION_INTROS_LEGAL = [
  'Con fundamento en lo dispuesto por los artículos 6o, apartado A, fracción I, de la Constitución Política de los Estados Unidos Mexicanos; 70 de la Ley General de Transparencia y Acceso a la Información Pública; y 15 de la Ley de Transparencia y Acceso a la Información Pública del Estado de {e}, así como en los Lineamientos Técnicos Generales para la publicación, homologación y estandarización de la información de las obligaciones establecidas en el Título Quinto, el H. Ayuntamiento Constitucional de {m} pone a disposición de los particulares la información pública de oficio correspondiente a las fracciones que le resultan aplicables, en los formatos que para tal efecto determinó el órgano garante.',
  'En cumplimiento a lo establecido en el artículo 70 de la Ley General de Transparencia y Acceso a la Información Pública y en las disposiciones aplicables de la normatividad estatal en materia de transparencia, acceso a la información pública y protección de datos personales en posesión de sujetos obligados, se publica la información correspondiente a las obligaciones comunes y específicas del sujeto obligado, conforme a la tabla de aplicabilidad aprobada por el Instituto de Transparencia del Estado de {e}, misma que se actualiza con la periodicidad que determinan los lineamientos respectivos.',
] as const;

export const DATE_PREFIXES = ['Fecha de actualización: ', 'Actualizado el ', 'Última actualización: ', 'Modificado: ', 'Actualización: '] as const;
export const DATE_PATTERNS = ['dd/MM/yyyy', "d 'de' MMMM 'de' yyyy", 'yyyy-MM-dd', 'd MMM yyyy', 'dd/MM/yy'] as const;
export const DATE_COLUMN = ['Fecha de actualización', 'Actualización', 'Última actualización', 'Actualizado'] as const;

export const CLOCK_DECOYS = [
  "Hoy es {{date:0|EEEE d 'de' MMMM 'de' yyyy|title}}",
  "{m}, {e}, a {{date:0|d 'de' MMMM 'de' yyyy}}",
  "Fecha: {{date:0|dd/MM/yyyy}}",
] as const;

export const SECTION_SEARCH = [
  { label: 'Buscar un conjunto de datos', placeholder: 'Ej. obras, presupuesto, nómina', button: 'Buscar' },
  { label: 'Busca en los datos abiertos', placeholder: '¿Qué datos buscas?', button: 'Buscar' },
  { label: 'Encuentra datos', placeholder: 'Escribe una palabra', button: 'Ir' },
] as const;
export const SITE_SEARCH = [
  { label: 'Buscar en el sitio', placeholder: 'Buscar…', button: 'Buscar' },
  { label: 'Buscar', placeholder: '¿Qué estás buscando?', button: 'Buscar' },
] as const;
export const NEWS_SEARCH = [
  { label: 'Buscar en noticias', placeholder: 'Buscar boletines', button: 'Buscar' },
  { label: 'Buscar en Boletines', placeholder: 'Palabra clave del boletín', button: 'Buscar' },
] as const;

export const TRANSPARENCY_LABELS = ['Transparencia', 'Obligaciones de Transparencia', 'Información Pública de Oficio', 'Artículo 15 LTAIP', 'Información fundamental', 'Transparencia (Art. 70 LGTAIP)'] as const;

export const CONSTRUCTION_TEXTS = [
  'Sección en construcción. Muy pronto podrás consultar aquí los datos del municipio.',
  'Estamos trabajando en esta sección. Próximamente publicaremos aquí los datos abiertos del Ayuntamiento.',
  'Página en construcción. Disculpe las molestias.',
] as const;

export const CONTACT_LINKS = ['Atención ciudadana', 'Contacto', 'Buzón ciudadano', 'Escríbenos', 'Contáctanos', 'Atención a la ciudadanía'] as const;
export const CONTACT_FORM_TITLES = ['Escríbenos', 'Formulario de contacto', 'Atención ciudadana en línea', 'Envíanos tu mensaje'] as const;
export const COMPLAINTS_TITLES = ['Buzón de quejas y sugerencias', 'Buzón ciudadano: quejas, reportes y sugerencias', 'Quejas y sugerencias'] as const;
export const MESSAGE_LABELS = ['Mensaje', 'Tu mensaje', 'Escribe tu comentario', 'Descripción de tu queja o sugerencia'] as const;
export const SUBMIT_LABELS = ['Enviar', 'Enviar mensaje', 'Mandar'] as const;

export const PARTICIPATION_LINKS = ['Participación Ciudadana', 'Participa', 'Participación ciudadana', 'Consejos y comités ciudadanos'] as const;

/** Mechanisms with what they are and how to take part: the text a participation page needs. */
export const MECHANISMS = [
  { name: 'Presupuesto participativo', text: 'Cada año los vecinos proponen obras para su colonia y votan cuál se hace. Este año se reparten {n} millones de pesos. Las propuestas se entregan en la Dirección de Participación Ciudadana y se votan en asamblea.' },
  { name: 'Comités de vecinos', text: 'En cada colonia los vecinos eligen un comité cada dos años. El comité vigila las obras y lleva las peticiones de la colonia al Ayuntamiento. Para formar parte solo necesitas vivir en la colonia y asistir a la asamblea.' },
  { name: 'Cabildo abierto', text: 'Varias veces al año el Cabildo sesiona en una colonia y cualquier persona puede pedir la palabra. Para hablar regístrate una semana antes con tu nombre y el tema que quieres tratar.' },
  { name: 'Consulta ciudadana', text: 'Antes de aprobar una obra grande o un reglamento, el Ayuntamiento pregunta a la población. Puedes votar en las mesas que se instalan en las plazas o dejar tu opinión por escrito.' },
  { name: 'Consejo Municipal de Participación Ciudadana', text: 'Es un grupo de vecinos, empresarios y universidades que opina sobre los planes del gobierno. Se reúne cada mes y sus sesiones son públicas. Cualquier organización puede pedir su ingreso.' },
  { name: 'Contraloría social', text: 'Los beneficiarios de un programa pueden formar un comité que revisa que los apoyos lleguen completos. El Ayuntamiento los capacita y recibe sus informes cada trimestre.' },
] as const;

export const MECHANISM_NAMES_ONLY = [
  'Artículo 5.- Son instrumentos de participación ciudadana en el Municipio de {m}: I. Plebiscito; II. Referéndum; III. Consulta ciudadana; IV. Presupuesto participativo; V. Cabildo abierto; VI. Ratificación de mandato; VII. Comités vecinales.',
  'Capítulo II. De los mecanismos de participación ciudadana. Artículo 12.- Para efectos del presente Reglamento se reconocen como mecanismos de participación: la iniciativa ciudadana, el plebiscito, el referéndum, la revocación de mandato, la consulta popular y el presupuesto participativo.',
] as const;

export const PARTICIPATION_CONTACT_HEADINGS = ['Informes e inscripciones', 'Contacto de la Dirección de Participación Ciudadana', '¿Quieres participar? Comunícate con nosotros', 'Informes'] as const;

export const DATA_REQUEST = [
  { link: 'Solicita un conjunto de datos', title: '¿Qué datos te gustaría encontrar?', intro: 'Dinos qué información del municipio quieres que publiquemos como datos abiertos y para qué la usarías.', field: '¿Qué datos necesitas?' },
  { link: 'Propón datos para publicar', title: 'Propón un conjunto de datos', intro: 'Si necesitas datos que no están aquí, propón que los publiquemos. Revisamos cada propuesta.', field: 'Describe los datos que propones' },
  { link: 'Pide nuevos datos', title: 'Solicitud de nuevos datos abiertos', intro: 'Ayúdanos a decidir qué publicar. Cuéntanos qué datos te sirven.', field: 'Datos que solicitas' },
] as const;

export const PROPOSALS = [
  { link: 'Envía tu propuesta', title: 'Propuestas ciudadanas', intro: 'Registra aquí tu propuesta de obra o proyecto para tu colonia. Las propuestas viables se someten a votación en el presupuesto participativo.', field: 'Describe tu propuesta' },
  { link: 'Plataforma de propuestas', title: 'Tu idea para {m}', intro: 'Comparte tu idea para mejorar el municipio. Otras personas podrán apoyarla y el Ayuntamiento responderá a las que reúnan más apoyos.', field: 'Tu idea' },
] as const;

export const ACCESS_REQUEST_LINKS = ['Solicitud de acceso a la información', 'Solicitudes de información (PNT)', 'Haz tu solicitud de información'] as const;

export const SURVEY = [
  { link: 'Evalúa nuestros servicios', title: 'Encuesta de satisfacción', intro: 'Califica los servicios que recibiste. Tu opinión nos ayuda a mejorar.' },
  { link: 'Califica la atención', title: 'Califica los servicios municipales', intro: '¿Cómo te atendimos? Marca una opción para cada servicio.' },
  { link: 'Encuesta ciudadana', title: 'Encuesta ciudadana de satisfacción', intro: 'Contesta esta encuesta breve sobre los servicios del Ayuntamiento.' },
] as const;
export const SURVEY_RESULTS = [
  { link: 'Resultados de la encuesta de satisfacción', title: 'Resultados de la encuesta de satisfacción', intro: 'Esto opinaron {n} personas sobre los servicios municipales en el último trimestre.' },
  { link: 'Así nos calificaste', title: 'Así calificaron los ciudadanos los servicios', intro: 'Resultados de la evaluación ciudadana de los servicios, con {n} encuestas.' },
] as const;
export const SERVICES_RATED = ['Recolección de basura', 'Alumbrado público', 'Agua potable', 'Seguridad pública', 'Atención en ventanilla', 'Bacheo'] as const;
export const LAW_SURVEY_DECOY =
  'XXI.- Instalar un apartado en su página web para que las personas puedan dar de alta un correo electrónico y recibir información de interés y encuestas de satisfacción.';

export const SOCIAL_HEADINGS = ['Síguenos', 'Redes sociales', 'Conéctate con nosotros', 'Síguenos en redes'] as const;
export const STATE_SOCIAL_HEADINGS = ['Gobierno del Estado de {e}', 'Síguenos: Gobierno del Estado de {e}', 'Redes del Gobierno del Estado'] as const;

export const GOV_POSTS = [
  'Hoy inicia la jornada de descacharrización en las colonias del norte. Saca tus cacharros a la banqueta de 8 a 14 h.',
  'Consulta en Datos Abiertos las obras en proceso en tu colonia: montos, empresas y avance.',
  'Este fin de semana habrá vacunación antirrábica gratuita en los centros de salud del municipio.',
  'Se rehabilitó el alumbrado de la avenida principal con 120 luminarias nuevas.',
  'Recuerda que el pago del predial tiene 10 % de descuento durante este mes.',
  'El Cabildo aprobó el programa de bacheo para 40 calles de la cabecera municipal.',
] as const;
export const REPLIES = [
  'Hola {c}, gracias por tu reporte. Una cuadrilla ya atiende la fuga en tu calle.',
  'Buen día {c}, la luminaria ya quedó reparada. Gracias por avisarnos.',
  'Hola {c}, el camión recolector pasa por tu colonia los lunes y jueves. Saludos.',
  'Gracias {c}, turnamos tu reporte a Servicios Públicos con el folio 2291.',
] as const;
export const CITIZENS = [
  { handle: 'marisol_lp', name: 'Marisol' }, { handle: 'jorge_rdz88', name: 'Jorge' }, { handle: 'lupita_mtz', name: 'Lupita' },
  { handle: 'vecino_centro', name: 'vecino' }, { handle: 'ana_gtz', name: 'Ana' },
] as const;

export const MAYOR_FIRST = [
  { name: 'Ricardo', female: false }, { name: 'María Elena', female: true }, { name: 'José Luis', female: false }, { name: 'Claudia', female: true },
  { name: 'Francisco', female: false }, { name: 'Alejandra', female: true }, { name: 'Héctor', female: false }, { name: 'Patricia', female: true },
] as const;
export const MAYOR_LAST = ['Hernández Soto', 'Ramírez Ortega', 'Gutiérrez Campos', 'Morales Peña', 'Torres Aguilar', 'Villarreal Cruz', 'Domínguez Luna', 'Salazar Ibarra'] as const;
export const MAYOR_FOLLOW = ['Sigue a {title} en sus redes sociales', 'Redes sociales de {title}', 'Conoce la agenda de {title}'] as const;

export const VIDEO_LIVE = [
  { link: 'Sesiones de Cabildo en vivo', title: 'Sesiones de Cabildo en vivo', caption: 'Transmisión en vivo de la sesión ordinaria de Cabildo' },
  { link: 'Transmisión en vivo', title: 'Cabildo en vivo', caption: 'Sigue en vivo las sesiones del Ayuntamiento' },
] as const;
export const VIDEO_CHANNEL_LABELS = ['Canal de YouTube', 'YouTube', 'Videos del Ayuntamiento'] as const;

export const APP_NAMES = ['{m} Contigo', '{m} Digital', 'App {m}', 'Mi {m}', '{m} Ciudadano'] as const;
export const APP_INTROS = [
  'Descarga la aplicación oficial del Ayuntamiento de {m}. Reporta baches, fugas y luminarias desde tu celular y sigue tu reporte.',
  'Con la app del municipio puedes pagar tu predial, reportar problemas en tu calle y recibir avisos del Ayuntamiento.',
] as const;
export const FEDERAL_APPS = [
  { text: 'Descarga la app CFE Contigo de la Comisión Federal de Electricidad y paga tu recibo de luz desde tu celular', href: 'https://play.google.com/store/apps/details?id=mx.com.cfe.cfecontigo' },
  { text: 'Haz tus trámites fiscales con la app SAT Móvil del Servicio de Administración Tributaria', href: 'https://play.google.com/store/apps/details?id=mx.gob.sat.satmovil' },
  { text: 'Descarga 911 Emergencias, la aplicación del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública', href: 'https://apps.apple.com/mx/app/911-emergencias/id1234567890' },
] as const;

export const NEWS = [
  { title: 'Arranca programa de bacheo en la cabecera municipal', text: 'La Dirección de Obras Públicas atenderá 40 calles durante las próximas tres semanas.' },
  { title: 'Entregan uniformes a policías municipales', text: 'Más de 200 elementos recibieron uniformes y equipo nuevo.' },
  { title: 'Inicia campaña de descuento en el predial', text: 'Los contribuyentes que paguen este mes tendrán un descuento de 10 %.' },
  { title: 'Rehabilitan la plaza principal', text: 'La obra incluye bancas, alumbrado y áreas verdes.' },
] as const;

/** Mandatory-listing items (the transparency page): numbered fractions as the law words them. */
export const OBLIGATIONS = [
  'I. El marco normativo aplicable al sujeto obligado',
  'II. Su estructura orgánica completa',
  'VIII. La remuneración bruta y neta de todos los servidores públicos',
  'XXI. La información financiera sobre el presupuesto asignado',
  'XXVII. Las concesiones, contratos, convenios, permisos, licencias o autorizaciones otorgados',
  'XXXVII. Los mecanismos de participación ciudadana',
] as const;
