import { SITE, buildArtifacts, form, link, page, runIndicatorCases } from '../build-artifacts.ts';
import { HOME_MAIN, site, url } from '../html-fixtures.ts';

/** A satisfaction survey behind a home-page banner. */
const SURVEY = `
        <h1>Encuesta de satisfacción</h1>
        <p>Ayúdanos a mejorar. Califica la atención que recibiste en la ventanilla.</p>
        <form action="${url('/encuesta/guardar')}" method="post"><fieldset><legend>¿Cómo te atendimos?</legend>
          <label><input type="radio" name="calificacion" value="5"> Excelente</label>
          <label><input type="radio" name="calificacion" value="3"> Regular</label>
          <label><input type="radio" name="calificacion" value="1"> Mala</label>
          <label for="e-c">Comentarios</label><textarea id="e-c" name="comentarios"></textarea>
          <button type="submit" class="btn btn-success">Enviar</button>
        </fieldset></form>`;
/** The obligations page quoting the law's "encuestas de satisfacción" (real_portals 3.6), with a citation-labelled download. */
const LAW_TEXT = `
      <p><b>Artículo 8. Información fundamental</b></p>
      <p>Fracción VI, inciso m) Los mecanismos que permitan a la ciudadanía recibir información de interés y encuestas de satisfacción sobre los servicios que presta el Ayuntamiento.</p>
      <p>Fracción VI, inciso n) Las evaluaciones y encuestas que hagan los sujetos obligados a programas financiados con recursos públicos.</p>
      <table width="100%"><tr><td>Art. 8 Fr. VI inciso m)</td><td><a href="${url('/transparencia/docs/art8-fvi-m.pdf')}">Descarga</a></td></tr></table>`;

const LAW = 'XV. Los mecanismos para que la población pueda recibir información de interés y encuestas de satisfacción sobre los servicios públicos';

runIndicatorCases('citizen-evaluation', [
  { name: 'pass: “Encuesta de satisfacción” link', expected: 'pass', artifacts: buildArtifacts({ links: [link({ text: 'Encuesta de satisfacción', href: `${SITE}/encuesta` })] }) },
  {
    name: 'pass: a rating form after a procedure',
    expected: 'pass',
    artifacts: buildArtifacts({
      forms: [form({ purposeText: '¿Cómo te atendimos? Califica el servicio Enviar', fields: [{ tag: 'input', type: 'radio', name: 'calificacion', label: '1 a 5' }] })],
    }),
  },
  { name: 'pass: published survey results', expected: 'pass', artifacts: buildArtifacts({ pages: [page({ title: 'Resultados de la encuesta ciudadana 2015', dataTableCount: 2 })] }) },
  {
    name: 'decoy: law text about “encuestas de satisfacción” in an obligations page',
    expected: 'fail',
    artifacts: buildArtifacts({ pages: [page({ title: 'Obligaciones de transparencia', headings: ['Artículo 15'], text: LAW })], links: [link({ text: LAW, href: `${SITE}/f/art15.pdf` })] }),
  },
  { name: 'decoy: a contact form is not an evaluation', expected: 'fail', artifacts: buildArtifacts({ forms: [form()] }) },
  { name: 'fail: nothing about evaluation', expected: 'fail', artifacts: buildArtifacts({ links: [link({ text: 'Noticias' })] }) },
  {
    name: 'pass: html — a home banner “Evalúa nuestros servicios” to a satisfaction survey form',
    expected: 'pass',
    html: site('bootstrap', {
      '/': { title: 'Inicio', main: `${HOME_MAIN}\n        <p><a href="${url('/encuesta')}"><img src="${url('/img/banner-encuesta.jpg')}" alt="Evalúa nuestros servicios"></a></p>` },
      '/encuesta': { title: 'Encuesta de satisfacción', main: SURVEY },
    }),
  },
  {
    name: 'decoy: html — table-layout Artículo 8 page quoting “…recibir información de interés y encuestas de satisfacción”',
    expected: 'fail',
    reasonId: 'citizen-evaluation.no-instrument',
    html: site('table', { '/': { title: 'Inicio', main: HOME_MAIN }, '/transparencia/articulo-8/fraccion-vi': { title: 'Artículo 8 Fracción VI', main: LAW_TEXT } }),
  },
  {
    name: 'pass: html — a table-layout page “Así calificaron los ciudadanos los servicios” with the results table',
    expected: 'pass',
    html: site('table', {
      '/': { title: 'Inicio', main: HOME_MAIN },
      '/encuesta.htm': {
        title: 'Resultados',
        main: `<h1>Así calificaron los ciudadanos los servicios</h1><p>Con 2,232 encuestas levantadas en abril.</p>
            <table><tr><th>Servicio</th><th>Bueno</th><th>Regular</th><th>Malo</th></tr><tr><td>Alumbrado público</td><td>49 %</td><td>33 %</td><td>18 %</td></tr><tr><td>Recolección de basura</td><td>41 %</td><td>22 %</td><td>37 %</td></tr></table>`,
      },
    }),
  },
  {
    name: 'decoy: html — a news item “Así calificaron los jueces a los finalistas” without a table',
    expected: 'fail',
    html: site('table', { '/': { title: 'Inicio', main: HOME_MAIN }, '/nota.htm': { title: 'Nota', main: '<h1>Así calificaron los jueces a los finalistas del concurso</h1><p>El concurso de canto reunió a 40 participantes.</p>' } }),
  },
]);
