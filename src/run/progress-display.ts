/** Shows a run's progress: a live bar on a terminal, one plain line per finished site otherwise (logs, CI). */
import cliProgress from 'cli-progress';
import type { RunProgress } from './progress.ts';

function describeOutcome(status: string, statusReason: string | null, score: number | null): string {
  if (status === 'ok') return `score ${score}`;
  return `${status}${statusReason ? `: ${statusReason}` : ''}`;
}

export function createProgressDisplay(stream: NodeJS.WriteStream = process.stderr): RunProgress {
  return stream.isTTY ? terminalProgress(stream) : lineProgress(stream);
}

function lineProgress(stream: NodeJS.WritableStream): RunProgress {
  let done = 0;
  let total = 0;
  return {
    started({ runId, total: t, alreadyDone }) {
      total = t;
      done = alreadyDone;
      stream.write(`run ${runId}: ${t} site(s)${alreadyDone ? `, ${alreadyDone} already done` : ''}\n`);
    },
    pageFetched() {},
    siteFinished({ seed, status, statusReason, score, pages }) {
      done += 1;
      stream.write(
        `[${done}/${total}] ${seed.inegi_code} ${seed.name}: ${describeOutcome(status, statusReason, score)} (${pages} pages)\n`,
      );
    },
    siteFailed({ seed, error }) {
      stream.write(`[error] ${seed.inegi_code} ${seed.name}: ${error.message} (left pending; --resume retries it)\n`);
    },
    finished({ runId, interrupted }) {
      stream.write(`run ${runId} ${interrupted ? 'interrupted' : 'finished'}\n`);
    },
  };
}

function terminalProgress(stream: NodeJS.WriteStream): RunProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'sitios {bar} {value}/{total} | páginas {pages} | errores {errors} | {last}',
      hideCursor: true,
      clearOnComplete: false,
    },
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
      bar.increment(1, { pages, errors, last: `${seed.name}: ${describeOutcome(status, statusReason, score)}`.slice(0, 60) });
    },
    siteFailed({ seed, error }) {
      errors += 1;
      bar.update({ errors, last: `${seed.name}: ${error.message}`.slice(0, 60) });
    },
    finished() {
      bar.stop();
    },
  };
}
