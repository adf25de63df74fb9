/**
 * The exit code of `mirador check`, so a municipality can run it in its own CI:
 * 0 all well, 1 score below --min-score, 2 the site could not be evaluated at all.
 */
import type { Methodology } from '../../indicators/methodology.ts';
import { type Lang, statusNoteIn } from '../report/html/i18n.ts';
import type { CheckResult } from './check-result.ts';
import { formatScore } from './scorecard.ts';

export interface CheckOutcome {
  exitCode: 0 | 1 | 2;
  /** For stderr; null when there is nothing to say. */
  message: string | null;
}

export const EXIT_BELOW_MIN_SCORE = 1;
export const EXIT_NOT_EVALUATED = 2;

export function checkOutcome(
  result: Pick<CheckResult, 'status' | 'status_reason' | 'score' | 'url'>,
  minScore: number | undefined,
  methodology: Methodology,
  lang: Lang = 'es',
): CheckOutcome {
  if (result.status !== 'ok' || result.score === null) {
    const why = statusNoteIn(lang, result);
    return { exitCode: EXIT_NOT_EVALUATED, message: lang === 'en' ? `Could not evaluate ${result.url}: ${why}` : `No se pudo evaluar ${result.url}: ${why}` };
  }
  if (minScore !== undefined && result.score < minScore) {
    const score = formatScore(result.score, methodology, lang);
    return {
      exitCode: EXIT_BELOW_MIN_SCORE,
      message:
        lang === 'en'
          ? `The score ${score} is below the required minimum (--min-score ${minScore}).`
          : `El puntaje ${score} es menor que el mínimo exigido (--min-score ${minScore}).`,
    };
  }
  return { exitCode: 0, message: null };
}
