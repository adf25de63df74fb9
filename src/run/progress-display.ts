/**
 * Shows a run's progress: a live bar on a terminal, one plain line per finished site otherwise (logs, CI), in the
 * language of --lang (Spanish unless told).
 */
import cliProgress from 'cli-progress';
import type { SiteStatus } from '../crawl/types.ts';
import { crawlMessageIn } from '../report/crawl-messages.ts';
import { type Lang, statusNoteIn } from '../report/html/i18n.ts';
import type { RunProgress } from './progress.ts';

const WORDS = {
  es: {
    run: (runId: number, total: number, done: number) => `ejecución ${runId}: ${total} sitio(s)${done ? `, ${done} ya terminado(s)` : ''}`,
    score: 'puntaje',
    pages: 'páginas',
    pending: 'queda pendiente; --resume lo reintenta',
    finished: (runId: number, interrupted: boolean) => `ejecución ${runId} ${interrupted ? 'interrumpida' : 'terminada'}`,
    bar: 'sitios {bar} {value}/{total} | páginas {pages} | errores {errors} | {last}',
  },
  en: {
    run: (runId: number, total: number, done: number) => `run ${runId}: ${total} site(s)${done ? `, ${done} already done` : ''}`,
    score: 'score',
    pages: 'pages',
    pending: 'left pending; --resume retries it',
    finished: (runId: number, interrupted: boolean) => `run ${runId} ${interrupted ? 'interrupted' : 'finished'}`,
    bar: 'sites {bar} {value}/{total} | pages {pages} | errors {errors} | {last}',
  },
} as const;

function describeOutcome(lang: Lang, status: SiteStatus, statusReason: string | null, score: number | null): string {
  if (status === 'ok' && score !== null) return `${WORDS[lang].score} ${score}`;
  return statusNoteIn(lang, { status, status_reason: statusReason, score });
}

export function createProgressDisplay(lang: Lang = 'es', stream: NodeJS.WriteStream = process.stderr): RunProgress {
  return stream.isTTY ? terminalProgress(lang, stream) : lineProgress(lang, stream);
}

export function lineProgress(lang: Lang, stream: NodeJS.WritableStream): RunProgress {
  const words = WORDS[lang];
  let done = 0;
  let total = 0;
  return {
    started({ runId, total: t, alreadyDone }) {
      total = t;
      done = alreadyDone;
      stream.write(`${words.run(runId, t, alreadyDone)}\n`);
    },
    pageFetched() {},
    siteFinished({ seed, status, statusReason, score, pages }) {
      done += 1;
      stream.write(`[${done}/${total}] ${seed.inegi_code} ${seed.name}: ${describeOutcome(lang, status, statusReason, score)} (${pages} ${words.pages})\n`);
    },
    siteFailed({ seed, error }) {
      stream.write(`[error] ${seed.inegi_code} ${seed.name}: ${crawlMessageIn(lang, error.message)} (${words.pending})\n`);
    },
    finished({ runId, interrupted }) {
      stream.write(`${words.finished(runId, interrupted)}\n`);
    },
  };
}

function terminalProgress(lang: Lang, stream: NodeJS.WriteStream): RunProgress {
  const bar = new cliProgress.SingleBar(
    { stream, format: WORDS[lang].bar, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let pages = 0;
  let errors = 0;
  return {
    started({ total, alreadyDone }) {
      bar.start(total, alreadyDone, { pages, errors, last: '' });
    },
    pageFetched({ ok }) {
      pages += 1;
      if (!ok) errors += 1;
      bar.update({ pages, errors });
    },
    siteFinished({ seed, status, statusReason, score }) {
      if (status !== 'ok') errors += 1;
      bar.increment(1, { pages, errors, last: `${seed.name}: ${describeOutcome(lang, status, statusReason, score)}`.slice(0, 60) });
    },
    siteFailed({ seed, error }) {
      errors += 1;
      bar.update({ errors, last: `${seed.name}: ${crawlMessageIn(lang, error.message)}`.slice(0, 60) });
    },
    finished() {
      bar.stop();
    },
  };
}
