import { SITE, buildArtifacts, form, link, page, runIndicatorCases } from '../build-artifacts.ts';

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
]);
