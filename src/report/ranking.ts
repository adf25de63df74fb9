/**
 * Pure ranking helpers shared by the score stage (ranks) and the report (order, Spanish labels).
 */
import type { Verdict } from '../../indicators/define.ts';
import { crawlMessageIn } from './crawl-messages.ts';
import type { MunicipalityResult, SiteStatus } from './model.ts';

export { competitionRanks } from '../score/rank.ts';

export const VERDICT_LABELS: Record<Verdict, { symbol: string; label: string }> = {
  pass: { symbol: '✔', label: 'Cumple' },
  fail: { symbol: '✘', label: 'No cumple' },
  unknown: { symbol: '?', label: 'Indeterminado' },
};

/** What each status means for a reader; used as the prefix of the reason ("Sitio inaccesible: …"). */
export const SITE_STATUS_LABELS: Record<SiteStatus, string> = {
  ok: 'Evaluado',
  unreachable: 'Sitio inaccesible',
  refused: 'No rastreado: la dirección es privada o local',
  'blocked-by-robots': 'Rastreo no permitido por robots.txt',
  pending: 'Evaluación pendiente',
};

/** A site is ranked only when it was evaluated and scored; the others are listed apart, never as 0. */
export function isRanked(m: Pick<MunicipalityResult, 'status' | 'score' | 'rank'>): boolean {
  return m.status === 'ok' && m.score !== null && m.rank !== null;
}

/** "Sitio inaccesible: timeout tras 3 intentos", or the label alone when there is no reason. */
export function statusNote(m: Pick<MunicipalityResult, 'status' | 'status_reason' | 'score'>): string {
  const label = m.status === 'ok' && m.score === null ? 'Evaluado sin puntaje' : SITE_STATUS_LABELS[m.status];
  return m.status_reason ? `${label}: ${crawlMessageIn('es', m.status_reason)}` : label;
}

const collator = new Intl.Collator('es-MX');

/**
 * Report order: ranked sites by rank (ties by name, then state), then the unranked ones by name and state.
 * Used by the HTML and the CSV so both list sites the same way.
 */
export function reportOrder<M extends MunicipalityResult>(municipalities: readonly M[]): M[] {
  const byPlace = (a: M, b: M) =>
    collator.compare(a.name, b.name) || collator.compare(a.state, b.state) || a.inegi_code.localeCompare(b.inegi_code);
  const ranked = municipalities.filter(isRanked).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || byPlace(a, b));
  const unranked = municipalities.filter((m) => !isRanked(m)).sort(byPlace);
  return [...ranked, ...unranked];
}
