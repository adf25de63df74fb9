import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/gather/index.ts';
import { OPEN_FORMATS } from '../../src/vocabulary/files.ts';
import { HOME, probe, siteFrom } from './helpers.ts';

const u = (path: string): string => new URL(path, HOME).href;

describe('file links', () => {
  it('uses the probe content type over the extension, probe status for availability', () => {
    const body = `
      <a href="/datos/obras.csv">Obras (CSV)</a>
      <a href="/ipomex/reporte.web">( xlsx )</a>
      <a href="/docs/presupuesto.pdf">Presupuesto</a>
      <a href="/docs/roto.xlsx">Roto</a>
      <a href="/descarga.php?id=4">Formato Excel</a>
      <a href="/api/v1/obras">API de obras</a>
      <a href="/docs/presupuesto.pdf"><img src="pdf.png" alt="pdf"></a>
      <a href="/transparencia/">Transparencia</a>`;
    const site = siteFrom([{ url: HOME, html: `<html><body>${body}</body></html>` }], {
      files: [
        probe(u('/datos/obras.csv'), 'text/csv; charset=utf-8', 200, 'Mon, 02 May 2016 08:00:00 GMT'),
        probe(u('/ipomex/reporte.web'), 'application/vnd.ms-excel', 200),
        probe(u('/docs/roto.xlsx'), null, 404),
      ],
    });
    const rows = gatherArtifacts(site).fileLinks.map((f) => [f.href.replace(HOME, '/'), f.format, f.formatSource, f.available, f.lastModified, f.isApi ?? false]);
    expect(rows).toEqual([
      ['/datos/obras.csv', 'csv', 'content-type', true, '2016-05-02', false],
      ['/ipomex/reporte.web', 'xls', 'content-type', true, null, false],
      ['/docs/presupuesto.pdf', 'pdf', 'extension', null, null, false],
      ['/docs/roto.xlsx', 'xlsx', 'extension', false, null, false],
      ['/descarga.php?id=4', 'xlsx', 'link-text', null, null, false],
      ['/api/v1/obras', 'json', 'link-text', null, null, true],
    ]);
  });

  it('a catalogue filter link that names a format is not a file; a download script with the same text is', () => {
    const body = `
      <div class="facets"><h2>Formato</h2><ul><li><a href="/dataset?f%5B0%5D=res_format%3Acsv">csv (15)</a></li></ul></div>
      <ul><li><a href="/dataset?res_format=CSV">CSV</a></li><li><a href="/datos/listado?tags=predial">XLS (3)</a></li></ul>
      <a href="/descarga.php?id=7&amp;formato=csv">Descargar CSV</a>`;
    const rows = gatherArtifacts(siteFrom([{ url: HOME, html: `<html><body>${body}</body></html>` }])).fileLinks.map((f) => [f.href.replace(HOME, '/'), f.format]);
    expect(rows).toEqual([['/descarga.php?id=7&formato=csv', 'csv']]);
  });

  it('the first bytes decide: a PDF served as Excel is a PDF, an HTML error page served as CSV is a page; a real XLSX, a CSV and an Excel HTML export stay', () => {
    const body = `
      <a href="/uploads/directorio-funcionarios.xls">Directorio de funcionarios (Excel)</a>
      <a href="/datos/LTAIPET-A67FXXI-2016.csv">CSV</a>
      <a href="/datos/obras.xlsx">Obras</a>
      <a href="/datos/agua.csv">Agua</a>
      <a href="/datos/padron.xls">Padrón (Excel)</a>`;
    const site = siteFrom([{ url: HOME, html: `<html><body>${body}</body></html>` }], {
      files: [
        { ...probe(u('/uploads/directorio-funcionarios.xls'), 'application/vnd.ms-excel', 200), sniff: '%PDF-1.4\n1 0 obj' },
        { ...probe(u('/datos/LTAIPET-A67FXXI-2016.csv'), 'text/csv', 200), sniff: '\r\n<!DOCTYPE html>\r\n<html><head><title>Runtime Error</title>' },
        { ...probe(u('/datos/obras.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 200), sniff: 'PK\x03\x04\x14\x00\x06\x00' },
        { ...probe(u('/datos/agua.csv'), 'text/csv', 200), sniff: 'colonia,litros\nCentro,1200\n' },
        { ...probe(u('/datos/padron.xls'), 'application/vnd.ms-excel', 200), sniff: '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head><meta name="ProgId" content="Excel.Sheet">' },
      ],
    });
    const rows = gatherArtifacts(site).fileLinks.map((f) => [f.href.replace(HOME, '/'), f.format, f.formatSource, f.claimedFormat ?? null]);
    expect(rows).toEqual([
      ['/uploads/directorio-funcionarios.xls', 'pdf', 'content', 'xls'],
      ['/datos/LTAIPET-A67FXXI-2016.csv', 'other', 'content', 'csv'],
      ['/datos/obras.xlsx', 'xlsx', 'content-type', null],
      ['/datos/agua.csv', 'csv', 'content-type', null],
      ['/datos/padron.xls', 'xls', 'content-type', null], // an HTML table saved from Excel opens in Excel: a spreadsheet
    ]);
  });

  it('KML and zipped KML (.kmz) are KML, an open format, by extension and when the probe reads a ZIP', () => {
    const body = '<a href="/mapas/colonias.kmz">Colonias</a><a href="/mapas/rutas.kml">Rutas</a><a href="/mapas/obras.kmz">Obras</a>';
    const site = siteFrom([{ url: HOME, html: `<html><body>${body}</body></html>` }], {
      files: [{ ...probe(u('/mapas/obras.kmz'), 'application/vnd.google-earth.kmz', 200), sniff: 'PK\x03\x04doc.kml' }],
    });
    const rows = gatherArtifacts(site).fileLinks.map((f) => [f.href.replace(HOME, '/'), f.format, f.formatSource, f.claimedFormat ?? null]);
    expect(rows).toEqual([
      ['/mapas/colonias.kmz', 'kml', 'extension', null],
      ['/mapas/rutas.kml', 'kml', 'extension', null],
      ['/mapas/obras.kmz', 'kml', 'content-type', null],
    ]);
    expect(OPEN_FORMATS).toContain('kml');
  });

  it('a lying extension served as HTML is "other"', () => {
    const site = siteFrom([{ url: HOME, html: '<a href="/datos.xls">Datos</a>' }], { files: [probe(u('/datos.xls'), 'text/html', 200)] });
    expect(gatherArtifacts(site).fileLinks[0]).toMatchObject({ format: 'other', formatSource: 'content-type', available: true });
  });
});
