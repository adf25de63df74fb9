import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../indicators/messages.ts';
import { fileEvidence } from '../../indicators/evidence.ts';
import { ProbePlan, collectProbeNeeds, type SiteProbeNeed } from '../../indicators/probe-needs.ts';
import { allIndicators } from '../../indicators/index.ts';
import type { FileLinkArtifact } from '../../src/gather/artifacts.ts';
import { deriveFacts } from '../../src/derive/index.ts';
import { gatherArtifacts, gatherPageArtifacts } from '../../src/gather/index.ts';
import { fileSeriesKey } from '../../src/gather/url.ts';
import { probe, siteFrom } from '../gather/helpers.ts';
import { context, fileLink } from './build-artifacts.ts';
import { datasetTable, sectionSite, url } from './html-fixtures.ts';

const file = (path: string, partial: Partial<FileLinkArtifact> = {}) => fileLink({ href: url(path), ...partial });
const candidates = (...paths: string[]) => paths.map((path) => ({ url: url(path), depth: 1 }));

/** Runs a plan to the end, answering each probe from `answers` (path → probe), and returns the paths probed. */
function drive(plan: ProbePlan, answers: Record<string, ReturnType<typeof probe>>): string[] {
  const probed: string[] = [];
  for (let next = plan.next(); next; next = plan.next()) {
    const path = new URL(next.url).pathname;
    probed.push(path);
    plan.record(next.url, answers[path] ?? probe(next.url, null, 404));
  }
  return probed;
}

describe('fileSeriesKey', () => {
  it.each([
    ['/datos/nomina-2016-01.csv', '/datos/nomina-2016-02.csv', true],
    ['/2015/cuenta-publica.pdf', '/2016/cuenta-publica.pdf', true],
    ['/datos/nomina-enero.xlsx', '/datos/nomina-febrero.xlsx', true],
    ['/datos/nomina-2016.csv', '/datos/nomina-2016.pdf', false],
    ['/datos/nomina.csv', '/datos/obra-publica.csv', false],
  ])('%s and %s: same series %s', (a, b, same) => {
    expect(fileSeriesKey(url(a)) === fileSeriesKey(url(b))).toBe(same);
  });

  it('keeps the host: another server is another series', () => {
    expect(fileSeriesKey('https://datos.municipio.gob.mx/a-1.csv')).not.toBe(fileSeriesKey('https://www.municipio.gob.mx/a-2.csv'));
  });
});

describe('ProbePlan', () => {
  const open = (files: FileLinkArtifact[]): SiteProbeNeed => ({ indicator: 'open-format-download', files, until: { confirms: ['csv', 'xlsx'] } });

  it('probes one file of each series first and stops at the first one confirmed', () => {
    const files = [file('/d/nomina-01.csv'), file('/d/nomina-02.csv'), file('/d/nomina-03.csv'), file('/d/obras.csv')];
    const plan = new ProbePlan([open(files)], candidates('/d/nomina-01.csv', '/d/nomina-02.csv', '/d/nomina-03.csv', '/d/obras.csv'));
    // nomina-01 is gone; obras (the next series) downloads: nomina-02 and -03 are never asked for.
    expect(drive(plan, { '/d/obras.csv': probe(url('/d/obras.csv'), 'text/csv') })).toEqual(['/d/nomina-01.csv', '/d/obras.csv']);
    expect(plan.open()).toEqual([]);
  });

  it('goes on through the other files of a series while none is confirmed, and says the need stayed open', () => {
    const files = [file('/d/nomina-01.csv'), file('/d/nomina-02.csv')];
    const plan = new ProbePlan([open(files)], candidates('/d/nomina-01.csv', '/d/nomina-02.csv'));
    // An HTML error page served as .csv confirms nothing.
    const html = { ...probe(url('/d/nomina-02.csv'), 'text/csv'), sniff: '<!DOCTYPE html><html><body>Error' };
    expect(drive(plan, { '/d/nomina-02.csv': html })).toEqual(['/d/nomina-01.csv', '/d/nomina-02.csv']);
    expect(plan.open()).toHaveLength(1);
  });

  it('stops a freshness need at the first file modified in the window', () => {
    const files = [file('/d/a.pdf'), file('/d/b.pdf'), file('/d/c.pdf')];
    const need: SiteProbeNeed = { indicator: 'updated-1-month', files, until: { modifiedSince: '2016-04-20', asOf: '2016-05-20' } };
    const plan = new ProbePlan([need], candidates('/d/a.pdf', '/d/b.pdf', '/d/c.pdf'));
    const probed = drive(plan, {
      '/d/a.pdf': probe(url('/d/a.pdf'), 'application/pdf', 200, 'Tue, 01 Mar 2016 10:00:00 GMT'),
      '/d/b.pdf': probe(url('/d/b.pdf'), 'application/pdf', 200, 'Fri, 13 May 2016 10:00:00 GMT'),
    });
    expect(probed).toEqual(['/d/a.pdf', '/d/b.pdf']);
  });

  it('a Last-Modified after as-of does not settle it', () => {
    const files = [file('/d/a.pdf'), file('/d/b.pdf')];
    const need: SiteProbeNeed = { indicator: 'updated-1-month', files, until: { modifiedSince: '2016-04-20', asOf: '2016-05-20' } };
    const plan = new ProbePlan([need], candidates('/d/a.pdf', '/d/b.pdf'));
    expect(drive(plan, { '/d/a.pdf': probe(url('/d/a.pdf'), 'application/pdf', 200, 'Mon, 20 Jun 2016 10:00:00 GMT') })).toEqual(['/d/a.pdf', '/d/b.pdf']);
  });

  it('probes one file of each series for a format need', () => {
    const files = [file('/d/n-1.xls'), file('/d/n-2.xls'), file('/d/obras.xls')];
    const plan = new ProbePlan([{ indicator: 'x', files, until: { oneOfEachSeries: true } }], candidates('/d/n-1.xls', '/d/n-2.xls', '/d/obras.xls'));
    expect(drive(plan, {})).toEqual(['/d/n-1.xls', '/d/obras.xls']);
  });

  it('never asks for a file the crawl did not find on the site (off-site, beyond the files budget)', () => {
    const plan = new ProbePlan([open([file('/d/a.csv'), file('/d/b.csv')])], candidates('/d/b.csv'));
    expect(drive(plan, {})).toEqual(['/d/b.csv']);
  });

  it('a file two needs list is probed once', () => {
    const a = file('/d/a.csv');
    const fresh: SiteProbeNeed = { indicator: 'updated-1-month', files: [a], until: { modifiedSince: '2016-04-20', asOf: '2016-05-20' } };
    const plan = new ProbePlan([open([a]), fresh], candidates('/d/a.csv'));
    expect(drive(plan, {})).toEqual(['/d/a.csv']);
  });
});

describe('the needs of a site, read from its pages', () => {
  const MONTHS = ['01', '02', '03', '04', '05', '06'];
  const landing = `<h1>Datos Abiertos</h1>
${datasetTable(MONTHS.map((m) => [`Nómina 2016-${m}`, `/datos/nomina-2016-${m}.csv`, 'CSV']))}`;
  const home = sectionSite({ style: 'bootstrap', landing });
  // The home page links a PDF no criterion reads.
  const pages = Object.entries(home).map(([pageUrl, html], i) => ({ url: pageUrl, html: i === 0 ? html.replace('</body>', `<a href="${url('/transparencia/ley-de-ingresos.pdf')}">Ley de ingresos</a></body>`) : html }));

  it('asks only for the section’s files, and no probe outside the section', () => {
    const artifacts = gatherPageArtifacts(siteFrom(pages));
    const needs = collectProbeNeeds(deriveFacts(artifacts, context), allIndicators, context);
    const asked = new Set(needs.flatMap((n) => n.files.map((f) => f.href)));
    expect(asked).toEqual(new Set(MONTHS.map((m) => url(`/datos/nomina-2016-${m}.csv`))));
    expect(needs.map((n) => n.indicator).sort()).toEqual(['decision-useful', 'open-format-download', 'updated-1-month', 'updated-6-months']);
  });

  it('an unprobed file of a probed series says so in the evidence, in both languages', () => {
    const artifacts = gatherArtifacts(siteFrom(pages, { files: [probe(url('/datos/nomina-2016-01.csv'), 'text/csv')] }));
    const unprobed = artifacts.fileLinks.find((f) => f.href === url('/datos/nomina-2016-02.csv'))!;
    expect(unprobed.unprobed).toEqual({ series: 6, probed: 1 });
    const note = fileEvidence(unprobed).note!;
    expect(renderMessage(note, 'es')).toBe('archivo csv según su enlace; no se comprobó: es uno de 6 archivos de la misma serie y se comprobó 1');
    expect(renderMessage(note, 'en')).toBe('csv file by its link; not checked: one of 6 files of the same series, 1 checked');
    expect(artifacts.fileLinks.find((f) => f.href === url('/datos/nomina-2016-01.csv'))!.unprobed).toBeUndefined();
  });
});
