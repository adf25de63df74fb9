import { buildArtifacts, homePage, page, runIndicatorCases } from './build-artifacts.ts';
import { EXPLANATION, obligationsPage, participationPage } from './participation-fixtures.ts';

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
  { name: 'fail: no page about participation', expected: 'fail', artifacts: buildArtifacts({ pages: [homePage({ text: 'Bienvenidos al portal del municipio.' })] }) },
]);
