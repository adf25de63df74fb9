import { SITE, buildArtifacts, fileLink, form, link, runIndicatorCases } from '../build-artifacts.ts';
import { HOME_MAIN, sectionSite, site, url } from '../html-fixtures.ts';

/** A short data-request form under the catalogue. */
const DATA_REQUEST = `
            <h1 class="entry-title">Datos Abiertos</h1>
            <p>Descarga la información del municipio.</p>
            <ul><li><a href="${url('/wp-content/uploads/datos/presupuesto-egresos-2016.csv')}">Presupuesto de egresos 2016</a></li></ul>
            <h2>Solicita un conjunto de datos</h2>
            <form action="${url('/datos-abiertos/solicitud')}" method="post">
              <label for="sd-correo">Correo electrónico</label><input id="sd-correo" name="correo" type="email">
              <label for="sd-datos">¿Qué datos necesitas?</label><textarea id="sd-datos" name="descripcion"></textarea>
              <input type="submit" value="Enviar">
            </form>`;
/** A generic contact form, INFOMEX for information requests, and the participation regulation as a PDF. */
const NOT_COLLABORATION = `
            <h1 class="entry-title">Contacto</h1>
            <p>Escríbenos y te responderemos a la brevedad.</p>
            <form action="${url('/contacto/enviar')}" method="post">
              <label for="c-n">Nombre</label><input id="c-n" name="nombre"><label for="c-m">Mensaje</label><textarea id="c-m" name="mensaje"></textarea><input type="submit" value="Enviar">
            </form>
            <p><a href="http://www.infomexjalisco.org.mx/InfomexJalisco/">Solicitud de información pública (INFOMEX Jalisco)</a></p>
            <p><a href="${url('/wp-content/uploads/2014/reglamento-participacion-ciudadana.pdf')}">Reglamento de Participación Ciudadana para la Gobernanza</a></p>`;

/** A full data-request form, as real catalogues ask: who you are, which data, what for — under a plain heading. */
const FULL_DATA_REQUEST = `
            <h2>Datos Abiertos</h2><p>Descarga los conjuntos de datos del municipio.</p>
            <ul><li><a href="${url('/datos/obras-2016.csv')}">Obra pública 2016</a></li></ul>
            <h3>¿No encuentras lo que buscas?</h3>
            <form action="${url('/datos/peticion.php')}" method="post">
              <p><label>Nombre completo <input type="text" name="nombre"></label></p>
              <p><label>Correo electrónico <input type="email" name="correo"></label></p>
              <p><label>Organización (opcional) <input type="text" name="organizacion"></label></p>
              <p><label>¿Qué conjunto de datos te gustaría que publicáramos? <textarea name="conjunto"></textarea></label></p>
              <p><label>¿Para qué usarías la información? <textarea name="uso"></textarea></label></p>
              <p><input type="submit" value="Enviar petición"></p>
            </form>`;
/** A complaints form whose long labels say "información" — a request to the government, not data. */
const INFORMATION_COMPLAINT = `
            <h2>Quejas y sugerencias</h2>
            <form action="${url('/quejas.php')}" method="post">
              <label>Nombre <input name="nombre"></label><label>Correo <input type="email" name="correo"></label>
              <label>Describe tu queja o sugerencia y la información que solicitas a la dependencia <textarea name="queja"></textarea></label>
              <label>Tu queja, sugerencia o propuesta <textarea name="propuesta"></textarea></label>
              <input type="submit" value="Enviar">
            </form>`;

runIndicatorCases('citizen-collaboration', [
  { name: 'pass: “Solicita un conjunto de datos” link', expected: 'pass', artifacts: buildArtifacts({ links: [link({ text: 'Solicita un conjunto de datos', href: `${SITE}/datos/solicitud` })] }) },
  { name: 'pass: proposals form', expected: 'pass', artifacts: buildArtifacts({ forms: [form({ purposeText: 'Propón un proyecto para tu colonia Descripción Enviar' })] }) },
  { name: 'pass: link to a Decidim platform', expected: 'pass', artifacts: buildArtifacts({ links: [link({ text: 'Participa', href: 'https://decidim.municipio.gob.mx/processes', external: true })] }) },
  { name: 'pass: collaborative map', expected: 'pass', artifacts: buildArtifacts({ links: [link({ text: 'Mapa colaborativo de baches', href: `${SITE}/mapa-baches` })] }) },
  { name: 'decoy: a generic contact form', expected: 'fail', artifacts: buildArtifacts({ forms: [form()] }) },
  {
    name: 'decoy: access-to-information request and a news headline “propone”',
    expected: 'fail',
    artifacts: buildArtifacts({
      links: [
        link({ text: 'Solicitud de información', href: 'https://www.infomex.org.mx/' }),
        link({ text: 'Regidor propone nuevo reglamento de tránsito', href: `${SITE}/noticias/123` }),
      ],
    }),
  },
  {
    name: 'decoy: the regulation of citizen proposals as a PDF',
    expected: 'fail',
    artifacts: buildArtifacts({
      links: [link({ text: 'Propuestas ciudadanas', href: `${SITE}/f/reglamento.pdf` }), link({ text: 'Reglamento de propuestas ciudadanas', href: `${SITE}/reglamentos` })],
      fileLinks: [fileLink({ pageUrl: `${SITE}/`, text: 'Propuestas ciudadanas', href: `${SITE}/f/reglamento.pdf`, format: 'pdf' })],
    }),
  },
  {
    name: 'pass: html — a “Solicita un conjunto de datos” form (e-mail, “¿Qué datos necesitas?”) under the catalogue',
    expected: 'pass',
    html: sectionSite({ style: 'wordpress', landing: DATA_REQUEST }),
  },
  {
    name: 'decoy: html — a generic contact form, the INFOMEX request link and the participation regulation PDF',
    expected: 'fail',
    reasonId: 'citizen-collaboration.no-channel',
    html: site('wordpress', { '/': { title: 'Inicio', main: HOME_MAIN }, '/contacto': { title: 'Contacto', main: NOT_COLLABORATION } }),
  },
  {
    name: 'pass: html — a table-layout data request form whose purpose is in its field “¿Qué conjunto de datos te gustaría que publicáramos?” (five fields, no channel word in the heading)',
    expected: 'pass',
    html: sectionSite({ style: 'table', landing: FULL_DATA_REQUEST }),
  },
  {
    name: 'pass: html — a vendor-PHP proposals page “Tu idea para Tlajomulco”: title of the proposal and the idea itself',
    expected: 'pass',
    html: site('table', {
      '/': { title: 'Inicio', main: HOME_MAIN },
      '/contenido.php?id=13': {
        title: 'Tu idea',
        main: `<h1>Tu idea para el municipio</h1><p>Cuéntanos qué obra o programa necesita tu colonia.</p>
            <form class="formulario" method="post" action="${url('/propuestas/enviar')}">
              <p><label for="nombre">Nombre</label><br><input type="text" id="nombre" name="nombre"></p>
              <p><label for="colonia">Colonia</label><br><input type="text" id="colonia" name="colonia"></p>
              <p><label for="titulo">Título</label><br><input type="text" id="titulo" name="titulo"></p>
              <p><label for="p">Describe lo que propones</label><br><textarea id="p" name="propuesta" rows="5"></textarea></p>
              <p><input type="submit" value="Enviar"></p></form>`,
      },
    }),
  },
  {
    name: 'decoy: html — a complaints form asking for “la información que solicitas”',
    expected: 'fail',
    reasonId: 'citizen-collaboration.no-channel',
    html: site('bootstrap', { '/': { title: 'Inicio', main: HOME_MAIN }, '/quejas': { title: 'Quejas', main: INFORMATION_COMPLAINT } }),
  },
]);
