import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aidh2016 } from '../../indicators/aidh-2016.ts';
import { allIndicators, indicatorById } from '../../indicators/index.ts';
import { renderMessage } from '../../indicators/messages.ts';
import { deriveFacts } from '../../src/derive/index.ts';
import {
  SECTION_URL,
  SITE,
  buildArtifacts,
  context,
  date,
  fileLink,
  form,
  homePage,
  link,
  post,
  searchForm,
  sectionPage,
  socialLink,
} from './build-artifacts.ts';
import { participationPage } from './participation-fixtures.ts';

/** indicators/rules/ holds the rules and nothing else: one file per methodology indicator. */
const indicatorFiles = readdirSync(fileURLToPath(new URL('../../indicators/rules/', import.meta.url)))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const testFiles = readdirSync(fileURLToPath(new URL('./rules/', import.meta.url)))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.test\.ts$/, ''));
const methodologyIds = aidh2016.indicators.map((i) => i.id);

describe('indicator registry', () => {
  it('has one file per methodology indicator, and no file without one', () => {
    expect([...indicatorFiles].sort()).toEqual([...methodologyIds].sort());
  });

  it('registers every methodology indicator once, in methodology order', () => {
    expect(allIndicators.map((i) => i.id)).toEqual(methodologyIds);
    expect(indicatorById.size).toBe(methodologyIds.length);
  });

  it('has a test table per indicator', () => {
    for (const id of methodologyIds) expect(testFiles, `test/indicators/rules/${id}.test.ts`).toContain(id);
  });

  it.each(methodologyIds)('%s: file default export carries the same id', async (id) => {
    const module = (await import(`../../indicators/rules/${id}.ts`)) as { default: { id: string } };
    expect(module.default.id).toBe(id);
  });

  it.each(['unreachable', 'refused', 'blocked-by-robots'] as const)('a site that was %s is unknown for every indicator', (status) => {
    const artifacts = buildArtifacts({ site: { seedUrl: 'https://www.municipio.gob.mx/', finalUrl: null, status, pagesCrawled: 0 } });
    for (const indicator of allIndicators) {
      const outcome = indicator.evaluate(deriveFacts(artifacts, context), context);
      expect(outcome.verdict, indicator.id).toBe('unknown');
      expect(outcome.reason?.id, indicator.id).toBe('shared.not-crawled');
      expect(renderMessage(outcome.reason!, 'es'), indicator.id).toMatch(/El sitio no se rastreó/);
    }
  });

  it('an empty crawl never passes', () => {
    const artifacts = buildArtifacts({ section: null });
    for (const indicator of allIndicators) expect(indicator.evaluate(deriveFacts(artifacts, context), context).verdict, indicator.id).not.toBe('pass');
  });
});

describe('a portal shaped like Tlajomulco 2016 (first place: met all but three criteria)', () => {
  const PLAIN =
    'Aquí puedes ver en qué gasta el dinero tu municipio. Cada mes subimos los pagos a proveedores. ' +
    'También hay datos de las obras de la ciudad y de la nómina. Los archivos se abren en Excel. ' +
    'Si no encuentras un dato, búscalo con el buscador. Los datos son de la tesorería y de obras públicas.';
  const series = ['presupuesto', 'nomina', 'obra-publica', 'contratos', 'padron-beneficiarios'];
  const artifacts = buildArtifacts({
    pages: [
      homePage({ text: 'Bienvenidos al portal del municipio.' }),
      sectionPage({ text: PLAIN, headings: ['Datos abiertos', 'Finanzas públicas', 'Obras públicas'], visualisationHints: ['svg chart'] }),
      sectionPage({ url: `${SECTION_URL}/presupuesto`, title: 'Presupuesto', headings: ['Presupuesto de egresos 2016'], text: PLAIN, dataTableCount: 1 }),
      participationPage(),
    ],
    dates: [date({ date: '2016-05-02', text: 'Fecha de actualización: 02/05/2016' })],
    forms: [form(), searchForm({ pageUrl: SECTION_URL })],
    fileLinks: series.map((s) => fileLink({ href: `${SITE}/datos/${s}-2016.csv`, text: `${s.replace(/-/g, ' ')} 2016` })),
    links: [link({ text: 'Encuesta de satisfacción', href: `${SITE}/encuesta` })],
    socialLinks: [
      socialLink(),
      socialLink({ platform: 'twitter', accountId: 'AlcaldeTlajo', href: 'https://twitter.com/AlcaldeTlajo', contextText: 'Síguelo: Presidente Municipal', region: 'main' }),
      socialLink({ platform: 'youtube', kind: 'channel', accountId: 'UCtlajo', href: 'https://www.youtube.com/channel/UCtlajo' }),
    ],
    posts: [post({ postedAt: '2016-05-18', isReplyToCitizen: true })],
  });
  const missed = ['participation-contact', 'citizen-collaboration', 'mobile-app'];

  it.each(methodologyIds)('%s', (id) => {
    const outcome = indicatorById.get(id)!.evaluate(deriveFacts(artifacts, context), context);
    expect(outcome.verdict, outcome.reason ? renderMessage(outcome.reason, 'en') : '').toBe(missed.includes(id) ? 'fail' : 'pass');
  });
});
