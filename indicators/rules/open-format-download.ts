/**
 * open-format-download: at least one data file of the section downloads in a machine-readable open or
 * structured format (CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON, KML) or the section offers an API.
 * A file whose probe failed (available === false, e.g. a 404) does not count; an unprobed one does. The crawl
 * probes the section's open-format files until one is confirmed (probes below), so an unprobed one is one the
 * confirmed file made unnecessary, or one beyond the files budget.
 * Judgement call: ZIP archives do not count by themselves (their content is unknown to the crawl).
 */
import type { FileLinkArtifact } from '../../src/gather/artifacts.ts';
import { defineIndicator, fail, pass } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { normalise } from '../../src/vocabulary/match.ts';
import { fileEvidence, toEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { OPEN_FORMATS } from '../../src/vocabulary/files.ts';
import { probeableFiles } from '../probe-needs.ts';

const messages = defineMessages('open-format-download', {
  downloaded: { es: 'archivo {format}, descargado', en: '{format} file, downloaded' },
  'not-available': { es: 'archivo {format}, no disponible', en: '{format} file, not available' },
  'content-differs': {
    es: 'se presenta como {claimed}, pero el archivo es un {format}',
    en: 'presented as {claimed}, but the file is a {format}',
  },
  'content-html': {
    es: 'se presenta como {claimed}, pero lo que descarga es una página HTML',
    en: 'presented as {claimed}, but what downloads is an HTML page',
  },
  api: { es: 'API', en: 'API' },
  'no-files': {
    es: 'No hay enlaces a archivos en {pages} {pages:página|páginas} de la sección, ni enlace a una API',
    en: 'no file link on {pages} section {pages:page|pages}, and no API link',
  },
  'no-open-format': {
    es: '{files:Se revisó|Se revisaron} {files} {files:enlace|enlaces} a archivos en la sección ({formats}); ninguno se puede descargar en CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON o KML',
    en: 'checked {files} file {files:link|links} in the section ({formats}); none downloadable in CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON or KML',
  },
  'open-format-broken': {
    es: '{files:Se revisó|Se revisaron} {files} {files:enlace|enlaces} a archivos en la sección ({formats}); ninguno se puede descargar en CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON o KML: {broken} {broken:archivo|archivos} en formato abierto no se {broken:pudo|pudieron} descargar ({hrefs})',
    en: 'checked {files} file {files:link|links} in the section ({formats}); none downloadable in CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON or KML; {broken} open-format {broken:file|files} did not download ({hrefs})',
  },
});
const { msg } = messages;

/** Why a file is listed in a fail: not there, or its bytes are not what its name or content type claim. */
function failNote(f: FileLinkArtifact): Message | undefined {
  if (f.available === false) return msg('not-available', { format: f.format });
  if (f.claimedFormat) return f.format === 'other' ? msg('content-html', { claimed: f.claimedFormat }) : msg('content-differs', { claimed: f.claimedFormat, format: f.format });
  return undefined;
}

const OPEN = new Set<string>(OPEN_FORMATS);
const API_TEXT = /(?<![\p{L}])api(?![\p{L}])/u;
const API_HREF = /\/api(?:\/|\?|$)|[?&]format=(?:json|xml)/i;

export default defineIndicator({
  id: 'open-format-download',
  needs: ['sectionScope'],
  messages,
  probes({ sectionScope: scope }) {
    if (scope.status !== 'found') return [];
    return [{ files: probeableFiles(scope.fileLinks).filter((f) => OPEN.has(f.format)), until: { confirms: OPEN_FORMATS } }];
  },
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    const files = scope.fileLinks;
    const open = files.filter((f) => OPEN.has(f.format));
    const available = open.filter((f) => f.available !== false);
    if (available.length > 0) {
      // Confirmed files first: they are what settled the verdict.
      const shown = [...available.filter((f) => f.available), ...available.filter((f) => !f.available)].slice(0, 3);
      return pass(shown.map((f) => fileEvidence(f, f.available ? msg('downloaded', { format: f.format }) : undefined)));
    }
    const apis = scope.links.filter((l) => API_TEXT.test(normalise(l.text)) && API_HREF.test(l.href));
    if (apis.length > 0) return pass(apis.slice(0, 3).map((l) => toEvidence(l, msg('api'))));

    const counts = new Map<string, number>();
    for (const f of files) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
    const formats = [...counts].map(([format, n]) => `${format} ${n}`).join(', ');
    const checked = { files: files.length, formats };
    return fail(
      files.length === 0
        ? msg('no-files', { pages: scope.pages.length })
        : open.length > 0
          ? msg('open-format-broken', { ...checked, broken: open.length, hrefs: open.map((f) => f.href).slice(0, 3) })
          : msg('no-open-format', checked),
      // Files whose content belies their claim first: they are why an "Excel" link does not count.
      [...files.filter((f) => f.claimedFormat), ...files.filter((f) => !f.claimedFormat)].slice(0, 3).map((f) => fileEvidence(f, failNote(f))),
    );
  },
});
