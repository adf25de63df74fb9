import { SITE, buildArtifacts, fileLink, form, link, runIndicatorCases } from '../build-artifacts.ts';

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
]);
