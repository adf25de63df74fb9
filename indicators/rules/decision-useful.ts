/**
 * decision-useful: the section publishes substantive data on government action (budget, spending, public
 * works, contracts, payroll, programmes…) as tables or data files, not only news or institutional text.
 * Counted: a data table (gather counts tables with a figure in a cell) on a section page whose title or a
 * heading names a decision topic; a data file (CSV, spreadsheets, JSON/XML, KML or PDF) whose link text or
 * file name names one. Judgement call: PDFs count here — a budget published as a PDF table is still data to
 * decide with; whether it is reusable is open-format-download's question — but only when the link's visible
 * text names the topic: a PDF is often a scanned notice, and "PDF" beside "Art. 70 Fr. XXI" tells a reader
 * nothing even if the file is called presupuesto.pdf. Word and image files do not count.
 * A data file's topic may also be named by the item it is listed in — the row or list entry titled "Sueldos del
 * personal" whose link says only "CSV" — unless that item is a law or regulation (a "Reglamento de Obra Pública"
 * file is no data on works). A PDF named so is left open (unknown when nothing else decides): its link promises
 * nothing, and whether it holds the figures or says the information "se encuentra en proceso de cierre" is in the
 * file, which is not read.
 * Topics are matched in titles/headings/link texts and list items, never in running text, where news mention
 * "presupuesto" too.
 */
import type { FileFormat, FileLinkArtifact, PageArtifact } from '../../src/gather/artifacts.ts';
import { probeableFiles } from '../probe-needs.ts';
import { defineIndicator, fail, pass, unknown, type Evidence } from '../define.ts';
import { defineMessages } from '../messages.ts';
import { matchPhrase } from '../../src/vocabulary/match.ts';
import { fileEvidence } from '../evidence.ts';
import { withoutSection } from '../section-outcome.ts';
import { OPEN_FORMATS } from '../../src/vocabulary/files.ts';
import { DECISION_TOPICS } from '../../src/vocabulary/topics.ts';
import { REGULATION_WORDS } from '../../src/vocabulary/legal.ts';

const messages = defineMessages('decision-useful', {
  'tables-under-heading': {
    es: '{tables} {tables:tabla|tablas} de datos bajo este título; tema: {topic}',
    en: '{tables} data {tables:table|tables} under this heading; topic: {topic}',
  },
  'data-file': { es: 'archivo {format}; tema: {topic}', en: '{format} file; topic: {topic}' },
  'pdf-listed-under': { es: 'PDF listado como “{topic}”; su contenido no se leyó', en: 'PDF listed as “{topic}”; its content was not read' },
  'pdfs-not-read': {
    es: 'La sección lista {files} {files:archivo PDF|archivos PDF} bajo temas de gestión (presupuesto, nómina, obras…), pero {files:su enlace solo dice|sus enlaces solo dicen} “Descargar” o el formato: si {files:contiene|contienen} las cifras o solo un aviso se ve al abrir{files:lo|los}',
    en: 'the section lists {files} PDF {files:file|files} under government-action topics (budget, payroll, works…), but {files:its link only says|their links only say} “Download” or the format: whether {files:it holds|they hold} the figures or only a notice shows when opening {files:it|them}',
  },
  'no-decision-data': {
    es: '{pages:Se revisó|Se revisaron} {pages} {pages:página|páginas} de la sección, {tables} {tables:tabla|tablas} de datos y {files} {files:archivo|archivos} de datos; ninguno trata de presupuesto, gasto, obras, contratos, nómina, programas o servicios',
    en: 'checked {pages} section {pages:page|pages}, {tables} data {tables:table|tables} and {files} data {files:file|files}; none is about budget, spending, works, contracts, payroll, programmes or services',
  },
});
const { msg } = messages;

const DATA_FORMATS = new Set<FileFormat>([...OPEN_FORMATS, 'pdf']);

function fileName(href: string): string {
  try {
    return decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '').replace(/[_\-.+]+/g, ' ');
  } catch {
    // Not an absolute URL: match the href as written.
    return href;
  }
}

/**
 * The decision topic a data file is named by: its link text, else (not for a PDF) its file name, else the item it
 * is listed in, unless that item is a law or regulation.
 */
function fileTopic(file: FileLinkArtifact): { topic: string; by: 'link' | 'item' } | null {
  // A regulation's title names the law, not data; a citation that then names the data ("Art. 70 Fr. XXI. Gasto
  // del Ayuntamiento") is a label like any other.
  const item = file.contextText && !matchPhrase(file.contextText, REGULATION_WORDS) ? file.contextText : '';
  const topic = matchPhrase(file.text, DECISION_TOPICS) ?? (file.format === 'pdf' ? null : matchPhrase(fileName(file.href), DECISION_TOPICS));
  if (topic) return { topic, by: 'link' };
  const listedUnder = item ? matchPhrase(item, DECISION_TOPICS) : null;
  return listedUnder ? { topic: listedUnder, by: 'item' } : null;
}

/** A named data file counts, except a PDF named only by its item: its link promises nothing. */
function countsAsData(file: FileLinkArtifact, named: ReturnType<typeof fileTopic>): boolean {
  return named !== null && !(named.by === 'item' && file.format === 'pdf');
}

/** A section page's data tables under a title or heading that names a decision topic. */
function namedTables(page: PageArtifact): string | undefined {
  return page.dataTableCount > 0 ? [page.title, ...page.headings].find((h) => matchPhrase(h, DECISION_TOPICS)) : undefined;
}

export default defineIndicator({
  id: 'decision-useful',
  needs: ['sectionScope'],
  messages,
  // A file named by a topic counts only if it is the data file it claims to be (a ".csv" that serves an error
  // page is none): probed until one is confirmed, unless a table already passes.
  probes({ sectionScope: scope }) {
    if (scope.status !== 'found' || scope.pages.some((page) => namedTables(page))) return [];
    const counted = probeableFiles(scope.fileLinks).filter((f) => DATA_FORMATS.has(f.format) && countsAsData(f, fileTopic(f)));
    return [{ files: counted, until: { confirms: [...DATA_FORMATS] } }];
  },
  evaluate(facts) {
    const scope = facts.sectionScope;
    if (scope.status !== 'found') return withoutSection(scope);
    const evidence: Evidence[] = [];
    let tables = 0;
    for (const page of scope.pages) {
      if (page.dataTableCount === 0) continue;
      tables += page.dataTableCount;
      const named = namedTables(page);
      if (named)
        evidence.push({
          url: page.url,
          text: named.trim(),
          note: msg('tables-under-heading', { tables: page.dataTableCount, topic: matchPhrase(named, DECISION_TOPICS)! }),
        });
    }
    const files = scope.fileLinks.filter((f) => DATA_FORMATS.has(f.format));
    const unreadPdfs: Evidence[] = [];
    for (const file of files) {
      const named = fileTopic(file);
      if (named && countsAsData(file, named)) evidence.push(fileEvidence(file, msg('data-file', { format: file.format, topic: named.topic })));
      else if (named) unreadPdfs.push(fileEvidence(file, msg('pdf-listed-under', { topic: named.topic })));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    if (unreadPdfs.length > 0) return unknown(msg('pdfs-not-read', { files: unreadPdfs.length }), unreadPdfs.slice(0, 3));
    return fail(msg('no-decision-data', { pages: scope.pages.length, tables, files: files.length }));
  },
});
