import { describe, expect, it } from 'vitest';
import type { Artifacts, DateArtifact } from '../../src/gather/artifacts.ts';
import { deriveSectionDates } from '../../src/derive/section-dates.ts';
import { deriveSectionScope } from '../../src/derive/section-scope.ts';
import { AS_OF, SECTION_URL, SITE, buildArtifacts, date, fileLink, homePage, page, sectionPage } from '../indicators/build-artifacts.ts';

const PRESUPUESTO = `${SECTION_URL}/presupuesto`;
const CSV = `${SITE}/archivos/presupuesto-2016.csv`;

function datesOf(partial: Partial<Artifacts>) {
  const artifacts = buildArtifacts({ pages: [homePage(), sectionPage(), page({ url: PRESUPUESTO, depth: 2 })], ...partial });
  return deriveSectionDates({ sectionScope: deriveSectionScope(artifacts), dates: artifacts.dates }, AS_OF);
}

const summary = (found: ReturnType<typeof datesOf>) => found.map((d) => `${d.kind} ${d.date} ${d.from}`);

describe('deriveSectionDates', () => {
  it('counts a labelled page-text date of a section page and keeps an unlabelled one apart', () => {
    const labelled = date({ pageUrl: PRESUPUESTO, date: '2016-04-30', text: 'Fecha de actualización: 30/04/2016' });
    const unlabelled = date({ date: '2016-05-12', text: 'Sesión de Cabildo 12/05/2016', labelledAsUpdate: false });
    const found = datesOf({ dates: [unlabelled, labelled] });
    expect(summary(found)).toEqual(['labelled 2016-04-30 date', 'unlabelled 2016-05-12 date']);
    expect(found[0]!.source).toBe(labelled);
  });

  it('ignores dates on pages outside the section (the home page included)', () => {
    const onHome = date({ pageUrl: `${SITE}/`, date: '2016-05-19', text: 'Publicado el 19 de mayo de 2016' });
    const onNews = date({ pageUrl: `${SITE}/noticias/bacheo`, date: '2016-05-18', text: 'Publicado el 18/05/2016' });
    expect(datesOf({ dates: [onHome, onNews] })).toEqual([]);
  });

  it('drops decoys, coverage periods, future dates and the Last-Modified of HTML pages', () => {
    const dates: DateArtifact[] = [
      date({ date: '2016-01-01', text: '© 2016 H. Ayuntamiento', decoy: true, labelledAsUpdate: false }),
      date({ date: '2016-05-20', text: 'Viernes 20 de mayo de 2016 12:45', decoy: true, labelledAsUpdate: false }),
      date({ date: '2015-12-31', text: 'Información vigente de enero a diciembre 2015', period: true, labelledAsUpdate: false }),
      date({ date: '2016-06-30', text: 'Próxima actualización: 30/06/2016' }),
      date({ pageUrl: SECTION_URL, date: '2016-05-20', text: 'Last-Modified: Fri, 20 May 2016 08:00:00 GMT', source: 'last-modified', labelledAsUpdate: true }),
    ];
    expect(datesOf({ dates })).toEqual([]);
  });

  it('drops the dates of news items and events a section page lists (belongsTo news), keeping the page’s own stamp', () => {
    const news = date({ date: '2016-05-17', text: 'Publicado el 17 de mayo de 2016', belongsTo: 'news' });
    const event = date({ pageUrl: PRESUPUESTO, date: '2016-05-16', text: '16/05/2016', labelledAsUpdate: false, belongsTo: 'news' });
    const stamp = date({ date: '2015-04-30', text: 'Fecha de actualización: 30/04/2015' });
    expect(summary(datesOf({ dates: [news, event, stamp] }))).toEqual(['labelled 2015-04-30 date']);
  });

  it('counts the Last-Modified of a data file listed in the section, from the file link and from a date whose page is the file', () => {
    const listed = fileLink({ pageUrl: SECTION_URL, href: CSV, lastModified: '2016-03-15T09:30:00.000Z' });
    const xlsx = fileLink({ pageUrl: PRESUPUESTO, href: `${SITE}/archivos/nomina.xlsx`, format: 'xlsx', text: 'Nómina (Excel)' });
    const header = date({ pageUrl: 'http://municipio.gob.mx/archivos/nomina.xlsx', date: '2016-04-02', text: 'Last-Modified: Sat, 02 Apr 2016 10:00:00 GMT', source: 'last-modified', labelledAsUpdate: true });
    const unlisted = date({ pageUrl: `${SITE}/archivos/otro.csv`, date: '2016-05-01', text: 'Last-Modified: Sun, 01 May 2016 10:00:00 GMT', source: 'last-modified' });
    const futureFile = fileLink({ href: `${SITE}/archivos/futuro.csv`, lastModified: '2016-07-01T00:00:00.000Z' });
    const found = datesOf({ fileLinks: [listed, xlsx, futureFile], dates: [header, unlisted] });
    expect(summary(found)).toEqual(['file 2016-04-02 date', 'file 2016-03-15 file-header']);
    expect(found[1]!.source).toBe(listed);
  });

  it('counts a probed file once, though its Last-Modified arrives as a date of the file and on its link', () => {
    const probed = fileLink({ pageUrl: SECTION_URL, href: CSV, lastModified: '2016-03-15T09:30:00.000Z' });
    const header = date({ pageUrl: CSV, date: '2016-03-15', text: 'Last-Modified: Tue, 15 Mar 2016 09:30:00 GMT', source: 'last-modified', labelledAsUpdate: true });
    expect(summary(datesOf({ fileLinks: [probed], dates: [header] }))).toEqual(['file 2016-03-15 date']);
  });

  it('counts the sitemap lastmod of section pages only', () => {
    const inSection = date({ pageUrl: PRESUPUESTO, date: '2016-02-10', text: '2016-02-10', source: 'sitemap', labelledAsUpdate: false });
    const outside = date({ pageUrl: `${SITE}/turismo`, date: '2016-05-10', text: '2016-05-10', source: 'sitemap', labelledAsUpdate: false });
    expect(summary(datesOf({ dates: [inSection, outside] }))).toEqual(['sitemap 2016-02-10 date']);
  });

  it('orders labelled, file, sitemap, unlabelled, newest first within a kind', () => {
    const dates: DateArtifact[] = [
      date({ date: '2016-05-15', text: 'Reunión del comité 15/05/2016', labelledAsUpdate: false }),
      date({ pageUrl: PRESUPUESTO, date: '2016-05-01', source: 'sitemap', labelledAsUpdate: false }),
      date({ date: '2016-01-31', text: 'Actualizado: enero 2016' }),
      date({ pageUrl: PRESUPUESTO, date: '2016-04-30', text: 'Fecha de actualización: 30/04/2016' }),
      date({ date: '2016-03-01', text: 'Convocatoria 01/03/2016', labelledAsUpdate: false }),
    ];
    const file = fileLink({ lastModified: '2016-02-20T00:00:00.000Z' });
    expect(summary(datesOf({ dates, fileLinks: [file] }))).toEqual([
      'labelled 2016-04-30 date',
      'labelled 2016-01-31 date',
      'file 2016-02-20 file-header',
      'sitemap 2016-05-01 date',
      'unlabelled 2016-05-15 date',
      'unlabelled 2016-03-01 date',
    ]);
  });

  it('is empty when the section was not found or not fetched', () => {
    const labelled = date();
    const none = buildArtifacts({ pages: [homePage()], section: null, dates: [labelled] });
    expect(deriveSectionDates({ sectionScope: deriveSectionScope(none), dates: none.dates }, AS_OF)).toEqual([]);
    const notFetched = buildArtifacts({ pages: [homePage()], dates: [labelled] });
    expect(deriveSectionDates({ sectionScope: deriveSectionScope(notFetched), dates: notFetched.dates }, AS_OF)).toEqual([]);
  });
});
