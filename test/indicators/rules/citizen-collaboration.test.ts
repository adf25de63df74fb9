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
]);
