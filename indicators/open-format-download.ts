/**
 * open-format-download: at least one data file of the section downloads in a machine-readable open or
 * structured format (CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON, KML) or the section offers an API.
 * A file whose probe failed (available === false, e.g. a 404) does not count; an unprobed one does.
 * Judgement call: ZIP archives do not count by themselves (their content is unknown to the crawl).
 */
import { defineIndicator, fail, pass } from './define.ts';
import { fileEvidence, isOutcome, normalise, plural, sectionScope, toEvidence } from './shared.ts';
import { OPEN_FORMATS } from './vocabulary.ts';

const OPEN = new Set<string>(OPEN_FORMATS);
const API_TEXT = /(?<![\p{L}])api(?![\p{L}])/u;
const API_HREF = /\/api(?:\/|\?|$)|[?&]format=(?:json|xml)/i;

export default defineIndicator({
  id: 'open-format-download',
  needs: ['section', 'fileLinks', 'links'],
  evaluate(artifacts) {
    const scope = sectionScope(artifacts, 'download from');
    if (isOutcome(scope)) return scope;
    const files = artifacts.fileLinks.filter((f) => scope.has(f.pageUrl));
    const open = files.filter((f) => OPEN.has(f.format));
    const available = open.filter((f) => f.available !== false);
    if (available.length > 0) return pass(available.slice(0, 3).map((f) => fileEvidence(f, `(${f.format}${f.available ? ', downloaded' : ''})`)));
    const apis = artifacts.links.filter((l) => scope.has(l.pageUrl) && API_TEXT.test(normalise(l.text)) && API_HREF.test(l.href));
    if (apis.length > 0) return pass(apis.slice(0, 3).map((l) => toEvidence(l, '(API)')));

    const counts = new Map<string, number>();
    for (const f of files) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
    const formats = [...counts].map(([format, n]) => `${format} ${n}`).join(', ');
    const broken = open.length > 0 ? `; ${plural(open.length, 'open-format file')} did not download (${open.map((f) => f.href).slice(0, 3).join(', ')})` : '';
    return fail(
      files.length === 0
        ? `no file link on ${plural(scope.pages.length, 'section page')}, and no API link`
        : `checked ${plural(files.length, 'file link')} in the section (${formats}); none downloadable in CSV, XLS/XLSX, ODS, JSON, XML, GeoJSON or KML${broken}`,
      files.slice(0, 3).map((f) => fileEvidence(f, `(${f.format}${f.available === false ? ', not available' : ''})`)),
    );
  },
});
