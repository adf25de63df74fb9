/** What `mirador check` says on stderr while it works, in Spanish unless --lang en, one line per step (pages counted every 10). */
import { crawlMessageIn } from '../report/crawl-messages.ts';
import { type Lang, siteStatusLabel } from '../report/html/i18n.ts';
import type { RunProgress } from '../run/progress.ts';

const PAGES_PER_LINE = 10;

export interface CheckProgress extends RunProgress {
  /** The error of a site that failed unexpectedly (not an unreachable site: that is a status). */
  failure(): Error | null;
}

const WORDS = {
  es: {
    crawling: (url: string) => `Rastreando ${url} …`,
    pages: (n: number) => `  ${n} páginas leídas…`,
    scoring: (n: number) => `Evaluando los criterios con ${n} páginas leídas …`,
    notCrawled: (status: string) => `No se pudo rastrear el sitio (${status}).`,
    failed: (url: string, why: string) => `Error al revisar ${url}: ${why}`,
  },
  en: {
    crawling: (url: string) => `Crawling ${url} …`,
    pages: (n: number) => `  ${n} pages read…`,
    scoring: (n: number) => `Judging the criteria on ${n} pages read …`,
    notCrawled: (status: string) => `The site could not be crawled (${status}).`,
    failed: (url: string, why: string) => `Error checking ${url}: ${why}`,
  },
} as const;

export function createCheckProgress(url: string, stream: NodeJS.WritableStream = process.stderr, lang: Lang = 'es'): CheckProgress {
  const words = WORDS[lang];
  let pages = 0;
  let failure: Error | null = null;
  return {
    started() {
      stream.write(`${words.crawling(url)}\n`);
    },
    pageFetched() {
      pages += 1;
      if (pages % PAGES_PER_LINE === 0) stream.write(`${words.pages(pages)}\n`);
    },
    siteFinished({ status, pages: crawled }) {
      // The run scores a site as soon as its crawl ends; this line marks that step.
      stream.write(`${status === 'ok' ? words.scoring(crawled) : words.notCrawled(siteStatusLabel(lang, status).toLowerCase())}\n`);
    },
    siteFailed({ error }) {
      failure = error;
      stream.write(`${words.failed(url, crawlMessageIn(lang, error.message))}\n`);
    },
    finished() {},
    failure: () => failure,
  };
}
