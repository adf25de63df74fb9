/** What `mirador check` says on stderr while it works, in Spanish, one line per step (pages counted every 10). */
import { SITE_STATUS_LABELS } from '../report/ranking.ts';
import type { RunProgress } from '../run/progress.ts';

const PAGES_PER_LINE = 10;

export interface CheckProgress extends RunProgress {
  /** The error of a site that failed unexpectedly (not an unreachable site: that is a status). */
  failure(): Error | null;
}

export function createCheckProgress(url: string, stream: NodeJS.WritableStream = process.stderr): CheckProgress {
  let pages = 0;
  let failure: Error | null = null;
  return {
    started() {
      stream.write(`Rastreando ${url} …\n`);
    },
    pageFetched() {
      pages += 1;
      if (pages % PAGES_PER_LINE === 0) stream.write(`  ${pages} páginas leídas…\n`);
    },
    siteFinished({ status, pages: crawled }) {
      // The run scores a site as soon as its crawl ends; this line marks that step.
      stream.write(status === 'ok' ? `Evaluando los criterios con ${crawled} páginas leídas …\n` : `No se pudo rastrear el sitio (${SITE_STATUS_LABELS[status].toLowerCase()}).\n`);
    },
    siteFailed({ error }) {
      failure = error;
      stream.write(`Error al revisar ${url}: ${error.message}\n`);
    },
    finished() {},
    failure: () => failure,
  };
}
