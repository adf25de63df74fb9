/**
 * decision-useful: the section publishes substantive data on government action (budget, spending, public
 * works, contracts, payroll, programmes…) as tables or data files, not only news or institutional text.
 * Counted: a data table (gather counts tables with a figure in a cell) on a section page whose title or a
 * heading names a decision topic; a data file (CSV, spreadsheets, JSON/XML, KML or PDF) whose link text or
 * file name names one. Judgement call: PDFs count here — a budget published as a PDF table is still data to
 * decide with; whether it is reusable is open-format-download's question — but only when the link's visible
 * text names the topic: a PDF is often a scanned notice, and "PDF" beside "Art. 70 Fr. XXI" tells a reader
 * nothing even if the file is called presupuesto.pdf. Word and image files do not count.
 * Topics are matched in titles/headings/link texts, never in running text, where news mention "presupuesto" too.
 */
import type { FileFormat } from '../src/gather/artifacts.ts';
import { defineIndicator, fail, pass, type Evidence } from './define.ts';
import { fileEvidence, isOutcome, matchPhrase, plural, sectionScope } from './shared.ts';
import { DECISION_TOPICS, OPEN_FORMATS } from './vocabulary.ts';

const DATA_FORMATS = new Set<FileFormat>([...OPEN_FORMATS, 'pdf']);

function fileName(href: string): string {
  try {
    return decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '').replace(/[_\-.+]+/g, ' ');
  } catch {
    // Not an absolute URL: match the href as written.
    return href;
  }
}

export default defineIndicator({
  id: 'decision-useful',
  needs: ['section', 'pages', 'fileLinks'],
  evaluate(artifacts) {
    const scope = sectionScope(artifacts, 'decide with');
    if (isOutcome(scope)) return scope;
    const evidence: Evidence[] = [];
    let tables = 0;
    for (const page of scope.pages) {
      if (page.dataTableCount === 0) continue;
      tables += page.dataTableCount;
      const named = [page.title, ...page.headings].find((h) => matchPhrase(h, DECISION_TOPICS));
      if (named)
        evidence.push({ url: page.url, text: `${plural(page.dataTableCount, 'data table')} under “${named.trim()}” (${matchPhrase(named, DECISION_TOPICS)})` });
    }
    const files = artifacts.fileLinks.filter((f) => scope.has(f.pageUrl) && DATA_FORMATS.has(f.format));
    for (const file of files) {
      const topic =
        matchPhrase(file.text, DECISION_TOPICS) ?? (file.format === 'pdf' ? null : matchPhrase(fileName(file.href), DECISION_TOPICS));
      if (topic) evidence.push(fileEvidence(file, `(${file.format}; ${topic})`));
    }
    if (evidence.length > 0) return pass(evidence.slice(0, 3));
    return fail(
      `checked ${plural(scope.pages.length, 'section page')}, ${plural(tables, 'data table')} and ${plural(files.length, 'data file')}; ` +
        'none is about budget, spending, works, contracts, payroll, programmes or services',
    );
  },
});
