/**
 * Every user-visible string of the report's interface, in Spanish and English. The report is written twice from
 * the same templates: Spanish at the root (index.html…) and English under en/ (en/index.html…). Separate static
 * files, rather than a script that swaps text, keep both languages readable without JavaScript, give each page
 * the right `lang` for screen readers, and let people link to either language.
 * Crawled text (names, quoted evidence) is never translated; the rules' reasons and evidence notes come from the
 * store already rendered in both languages (indicators/messages.ts), and reasonIn/noteIn pick the page's.
 */
import type { Verdict } from '../../../indicators/define.ts';
import type { EvidenceItem, IndicatorResult, SiteStatus } from '../model.ts';
import { SITE_STATUS_LABELS, statusNote, VERDICT_LABELS } from '../ranking.ts';

import type { Bilingual, Lang } from '../lang.ts';

export type { Bilingual, Lang } from '../lang.ts';
export const LANGS: readonly Lang[] = ['es', 'en'];

/** Folder of each language under the report root ('' for Spanish, the default). */
export function langFolder(lang: Lang): string {
  return lang === 'es' ? '' : `${lang}/`;
}


const UI = {
  skip: { es: 'Saltar al contenido', en: 'Skip to content' },
  sections: { es: 'Secciones del informe', en: 'Report sections' },
  navRanking: { es: 'Ranking', en: 'Ranking' },
  navStates: { es: 'Estados', en: 'States' },
  navIndicators: { es: 'Indicadores', en: 'Indicators' },
  navMethodology: { es: 'Metodología', en: 'Methodology' },
  weightsAndLimits: { es: 'Pesos y límites de esta evaluación', en: 'Weights and limits of this evaluation' },
  navChanges: { es: 'Cambios', en: 'Changes' },
  archivedCopy: { es: 'copia archivada', en: 'archived copy' },
  archivedBannerTitle: { es: 'Copia archivada por Mirador', en: 'Copy archived by Mirador' },
  archivedBannerSource: { es: 'Página original', en: 'Original page' },
  archivedBannerFetched: { es: 'obtenida el {date}', en: 'fetched on {date}' },
  archivedBannerRun: { es: 'ejecución n.º {run} (datos al {asOf})', en: 'run no. {run} (data as of {asOf})' },
  archivedBannerNote: {
    es: 'Sin scripts ni recursos externos: puede verse distinta del original.',
    en: 'No scripts or outside resources: it may look different from the original.',
  },
  webCapture: { es: 'captura del archivo web del', en: 'web-archive capture of' },
  positionInState: { es: 'Posición en su estado', en: 'Position in its state' },
  changesTitle: { es: 'Cambios en el tiempo', en: 'Changes over time' },
  versus2016: { es: 'Comparación con el ranking AIDH 2016', en: 'Compared with the AIDH 2016 ranking' },
  versus2016Intro: {
    es: 'Puntajes y posiciones que las fuentes públicas citan del estudio de 2016 (no se conoce la tabla completa). Las posiciones de 2016 son entre 204 municipios; las de hoy, entre los sitios evaluados en esta ejecución.',
    en: 'Scores and positions of the 2016 study that public sources state (the full table is not known). 2016 positions are among 204 municipalities; today’s, among the sites evaluated in this run.',
  },
  score2016: { es: 'Puntaje 2016', en: '2016 score' },
  position2016: { es: 'Posición 2016', en: '2016 position' },
  scoreNow: { es: 'Puntaje actual', en: 'Score now' },
  positionNow: { es: 'Posición actual', en: 'Position now' },
  difference: { es: 'Diferencia', en: 'Difference' },
  no2016: { es: 'Ningún municipio de esta ejecución tiene un puntaje 2016 publicado.', en: 'No municipality in this run has a published 2016 score.' },
  versusPrevious: { es: 'Cambios desde la ejecución anterior', en: 'Changes since the previous run' },
  noPrevious: { es: 'La base de datos no tiene una ejecución anterior con la que comparar.', en: 'The database holds no earlier run to compare with.' },
  previousIntro: { es: 'Ejecución anterior: n.º {id}, datos al {asOf}.', en: 'Previous run: no. {id}, data as of {asOf}.' },
  previousScore: { es: 'Puntaje anterior', en: 'Previous score' },
  changedCriteria: { es: 'Qué cambió', en: 'What changed' },
  scoreBeforeNow: { es: 'Puntaje (antes → ahora)', en: 'Score (before → now)' },
  positionBeforeNow: { es: 'Posición (antes → ahora)', en: 'Position (before → now)' },
  positionsUp: { es: 'sube {n}', en: 'up {n}' },
  positionsDown: { es: 'baja {n}', en: 'down {n}' },
  notEvaluatedEither: {
    es: 'No evaluado en ninguna de las dos ejecuciones ({before}; ahora {now})',
    en: 'Not evaluated in either run ({before}; now {now})',
  },
  statusChanged: { es: 'Antes: {before}; ahora: {now}', en: 'Before: {before}; now: {now}' },
  causeReview: { es: 'decisión de un revisor', en: 'a reviewer’s decision' },
  causeReviewBy: { es: 'decisión de un revisor ({reviewer})', en: 'a reviewer’s decision ({reviewer})' },
  causePortal: { es: 'cambió el portal', en: 'the portal changed' },
  causeRules: { es: 'cambiaron las reglas (mismas páginas)', en: 'the rules changed (same pages)' },
  causePortalAndRules: {
    es: 'cambiaron el portal y las reglas',
    en: 'both the portal and the rules changed',
  },
  causeAsOf: { es: 'otra fecha de evaluación (mismas páginas y reglas)', en: 'another evaluation date (same pages and rules)' },
  causeOutside: {
    es: 'cambió lo leído fuera de las páginas (canales, archivos enlazados)',
    en: 'what was read outside the pages changed (feeds, linked files)',
  },
  rulesChangedIntro: {
    es: 'Las reglas no son las mismas (versión {before} entonces, {now} ahora): donde cambiaron tanto el portal como las reglas no se puede saber cuál de los dos movió el veredicto; «mirador score --run {run}» vuelve a evaluar la ejecución anterior con las reglas de ahora y lo separa.',
    en: 'The rules are not the same (version {before} then, {now} now): where both the portal and the rules changed, which one moved the verdict cannot be told; “mirador score --run {run}” rescores the previous run with today’s rules and separates them.',
  },
  exactPointsNote: {
    es: 'Las diferencias se calculan con los puntos exactos de cada criterio y se redondean una sola vez, así un mismo criterio vale lo mismo en todas las filas; por eso pueden diferir en 0.1 de la resta de los puntajes redondeados.',
    en: 'Differences are computed from each criterion’s exact points and rounded once, so one criterion is worth the same in every row; they may differ by 0.1 from subtracting the rounded scores.',
  },
  noChange: { es: 'sin cambios', en: 'no change' },
  otherLanguage: { es: 'English', en: 'Español' },
  // The label of a link to the edition in this language, written in that language (the link carries its lang):
  // a Spanish page's link to English reads "Read this page in English", so t(other, 'readInThisLanguage').
  readInThisLanguage: { es: 'Leer esta página en español', en: 'Read this page in English' },
  // index
  rankingTitle: { es: 'Ranking de gobierno abierto municipal', en: 'Municipal open-government ranking' },
  asOf: { es: 'Datos al', en: 'Data as of' },
  methodology: { es: 'Metodología', en: 'Methodology' },
  version: { es: 'Versión de Mirador', en: 'Mirador version' },
  run: { es: 'Ejecución', en: 'Run' },
  sites: { es: 'Sitios', en: 'Sites' },
  runningNotice: {
    es: 'La ejecución seguía en curso al generar este informe: los resultados pueden estar incompletos.',
    en: 'The run was still in progress when this report was written: results may be incomplete.',
  },
  interruptedNotice: {
    es: 'La ejecución se interrumpió: los resultados pueden estar incompletos.',
    en: 'The run was interrupted: results may be incomplete.',
  },
  ranking: { es: 'Ranking', en: 'Ranking' },
  position: { es: 'Posición', en: 'Position' },
  municipality: { es: 'Municipio', en: 'Municipality' },
  state: { es: 'Estado', en: 'State' },
  score: { es: 'Puntaje', en: 'Score' },
  site: { es: 'Sitio', en: 'Site' },
  noneEvaluated: { es: 'Ningún sitio fue evaluado en esta ejecución.', en: 'No site was evaluated in this run.' },
  unranked: { es: 'Sitios no evaluados', en: 'Sites not evaluated' },
  downloads: { es: 'Descargas', en: 'Downloads' },
  downloadsIntro: {
    es: 'Los mismos datos de este informe, para analizarlos por su cuenta.',
    en: 'The same data as this report, to analyse on your own.',
  },
  downloadCsv: { es: 'Ranking en CSV (una fila por municipio, una columna por criterio)', en: 'Ranking as CSV (one row per municipality, one column per criterion)' },
  downloadJson: { es: 'Ranking, veredictos y evidencia en JSON', en: 'Ranking, verdicts and evidence as JSON' },
  downloadSqlite: { es: 'Base de datos SQLite completa (rastreo, veredictos, evidencia)', en: 'Full SQLite database (crawl, verdicts, evidence)' },
  unrankedIntro: {
    es: 'Estos sitios no tienen puntaje ni posición: no se pudo revisar su portal, lo que no equivale a un puntaje de 0.',
    en: 'These sites have no score and no position: their portal could not be checked, which is not the same as a score of 0.',
  },
  status: { es: 'Situación', en: 'Status' },
  filters: { es: 'Filtrar el ranking', en: 'Filter the ranking' },
  search: { es: 'Buscar municipio', en: 'Search municipality' },
  allStates: { es: 'Todos los estados', en: 'All states' },
  scoreFrom: { es: 'Puntaje desde', en: 'Score from' },
  scoreTo: { es: 'Puntaje hasta', en: 'Score up to' },
  indicator: { es: 'Indicador', en: 'Indicator' },
  anyIndicator: { es: 'Cualquier indicador', en: 'Any indicator' },
  meets: { es: 'Cumple', en: 'Meets' },
  doesNotMeet: { es: 'No cumple', en: 'Does not meet' },
  indicatorResult: { es: 'Resultado del indicador', en: 'Indicator result' },
  clearFilters: { es: 'Quitar filtros', en: 'Clear filters' },
  sortHint: {
    es: 'Pulse el título de una columna para ordenar.',
    en: 'Press a column heading to sort.',
  },
  // states
  statesTitle: { es: 'Resultados por estado', en: 'Results by state' },
  statesIntro: {
    es: 'Los 32 estados de México, con los municipios evaluados en esta ejecución. Un estado sin municipios evaluados aparece como «sin datos».',
    en: 'All 32 states of Mexico, with the municipalities evaluated in this run. A state with no evaluated municipality is shown as “no data”.',
  },
  statesToRanking: {
    es: 'Pulse un estado, en el mapa o en la tabla, para ver sus municipios en el ranking.',
    en: 'Press a state, on the map or in the table, to see its municipalities in the ranking.',
  },
  mapTitle: { es: 'Mapa: puntaje promedio por estado', en: 'Map: mean score by state' },
  mapDesc: {
    es: 'Mapa coroplético de México; cada estado está coloreado según el puntaje promedio de sus municipios evaluados. Los mismos datos están en la tabla siguiente.',
    en: 'Choropleth map of Mexico; each state is coloured by the mean score of its evaluated municipalities. The same data is in the table below.',
  },
  legend: { es: 'Puntaje promedio', en: 'Mean score' },
  noData: { es: 'sin datos', en: 'no data' },
  statesTable: { es: 'Tabla por estado', en: 'Table by state' },
  evaluated: { es: 'Evaluados', en: 'Evaluated' },
  notEvaluated: { es: 'No evaluados', en: 'Not evaluated' },
  mean: { es: 'Promedio', en: 'Mean' },
  median: { es: 'Mediana', en: 'Median' },
  best: { es: 'Mejor', en: 'Best' },
  worst: { es: 'Peor', en: 'Worst' },
  unmatchedStates: { es: 'Estados no reconocidos', en: 'Unrecognised states' },
  unmatchedIntro: {
    es: 'Estos municipios tienen un estado que no corresponde a ninguno de los 32 y no aparecen en el mapa:',
    en: 'These municipalities have a state that matches none of the 32 and are not on the map:',
  },
  mapCredit: {
    es: 'Mapa: @svg-maps/mexico, de Victor Cazanave, licencia CC BY 4.0.',
    en: 'Map: @svg-maps/mexico by Victor Cazanave, licensed CC BY 4.0.',
  },
  // indicators
  indicatorsTitle: { es: 'Cumplimiento por indicador', en: 'Compliance by indicator' },
  indicatorsIntro: {
    es: 'Proporción de los municipios evaluados que cumplen cada criterio. «Indeterminado» y «sin resultado» cuentan como no cumplido. Bajo cada criterio se listan los municipios que lo cumplen, los que no y los indeterminados.',
    en: 'Share of evaluated municipalities that meet each criterion. “Unknown” and “no result” count as not met. Under each criterion are the municipalities that meet it, those that do not and the unknown ones.',
  },
  failCount: { es: 'No cumplen', en: 'Do not meet' },
  unknownCount: { es: 'Indeterminado', en: 'Unknown' },
  verdictCounts: { es: 'Veredictos', en: 'Verdicts' },
  overview: { es: 'Resumen', en: 'Overview' },
  overviewChart: { es: 'Porcentaje de municipios que cumplen cada indicador', en: 'Percentage of municipalities meeting each indicator' },
  overall: { es: 'Total', en: 'Overall' },
  meetCount: { es: 'Cumplen', en: 'Meet' },
  share: { es: 'Porcentaje', en: 'Share' },
  byState: { es: 'Por estado', en: 'By state' },
  definition: { es: 'Definición', en: 'Definition' },
  // methodology
  source: { es: 'Fuente', en: 'Source' },
  dimensions: { es: 'Dimensiones', en: 'Dimensions' },
  operationalDefinition: { es: 'Definición operativa', en: 'Operational definition' },
  howToMeet: { es: 'Cómo cumplir', en: 'How to meet it' },
  points: { es: 'puntos', en: 'points' },
  // municipality
  breadcrumb: { es: 'Ruta', en: 'Breadcrumb' },
  inegiCode: { es: 'Clave INEGI', en: 'INEGI code' },
  finalUrl: { es: 'URL final', en: 'Final URL' },
  seedConfidence: { es: 'Confianza en la URL', en: 'Confidence in the URL' },
  seedHigh: { es: 'alta: URL verificada', en: 'high: verified URL' },
  seedMedium: {
    es: 'media: URL tomada de fuentes públicas sin verificar que sea el portal oficial; el sitio evaluado podría no serlo',
    en: 'medium: URL taken from public sources without checking it is the official portal; the site evaluated may not be',
  },
  seedLow: {
    es: 'baja: URL recordada o supuesta, sin verificar; el sitio evaluado puede no ser el portal oficial',
    en: 'low: URL recalled or guessed, not verified; the site evaluated may not be the official portal',
  },
  seedUnknown: { es: 'no indicada en el archivo de semillas', en: 'not given in the seeds file' },
  seedMediumShort: { es: 'URL de confianza media, sin verificar', en: 'medium-confidence URL, not verified' },
  seedLowShort: { es: 'URL de confianza baja, sin verificar', en: 'low-confidence URL, not verified' },
  seedLegend: {
    es: '† La URL de este municipio no está verificada (confianza media o baja en el archivo de semillas): el sitio evaluado podría no ser su portal oficial. {n} de {total} están así.',
    en: '† This municipality’s URL is not verified (medium or low confidence in the seeds file): the site evaluated may not be its official portal. {n} of {total} are.',
  },
  noPageReached: { es: 'No se llegó a ninguna página', en: 'No page was reached' },
  noScore: { es: 'Sin puntaje (no evaluado)', en: 'No score (not evaluated)' },
  noPosition: { es: 'Sin posición', en: 'No position' },
  pagesCrawled: { es: 'Páginas rastreadas', en: 'Pages crawled' },
  published2016: { es: 'Resultado publicado en 2016', en: 'Result published in 2016' },
  notEvaluatedNotice: {
    es: 'Este sitio no fue evaluado ({reason}), por lo que no tiene puntaje ni posición; no equivale a un puntaje de 0.',
    en: 'This site was not evaluated ({reason}), so it has no score and no position; this is not a score of 0.',
  },
  indicators: { es: 'Indicadores', en: 'Indicators' },
  scoreByDimension: { es: 'Puntaje por dimensión', en: 'Score by dimension' },
  dimension: { es: 'Dimensión', en: 'Dimension' },
  met: { es: 'Cumplidos', en: 'Met' },
  pointsHeading: { es: 'Puntos', en: 'Points' },
  total: { es: 'Total', en: 'Total' },
  howToGain: { es: 'Cómo ganar puntos', en: 'How to gain points' },
  howToGainIntro: {
    es: 'Criterios no cumplidos o indeterminados: primero los que otros necesitan, luego de más a menos puntos disponibles.',
    en: 'Criteria not met or unknown: first those others need, then from most to fewest points available.',
  },
  dependentsWaiting: {
    es: 'De este criterio dependen {count} más, que se evalúan dentro de él:',
    en: '{count} more depend on this one and are judged within it:',
  },
  meetsAll: { es: 'Este sitio cumple todos los criterios.', en: 'This site meets every criterion.' },
  noResult: { es: 'Sin resultado', en: 'No result' },
  reviewLine: {
    es: 'Revisado por {reviewer} el {date}: veredicto automático {automatic} → {reviewed}. {note}',
    en: 'Reviewed by {reviewer} on {date}: automatic verdict {automatic} → {reviewed}. {note}',
  },
  reviewEvidence: { es: 'Evidencia de la revisión', en: 'Review evidence' },
  preliminaryNotice: {
    es: 'Resultados preliminares: los municipios pueden impugnar un veredicto hasta el {date}; los puntajes pueden cambiar tras la revisión.',
    en: 'Preliminary results: municipalities can contest a verdict until {date}; scores may change after review.',
  },
  reviewQueueLink: { es: 'Cola de revisión', en: 'Review queue' },
  reviewQueueTitle: { es: 'Cola de revisión', en: 'Review queue' },
  reviewQueueIntro: {
    es: 'Veredictos que una persona debe revisar antes de que la ejecución sea definitiva: los indeterminados, las revisiones por revisar de nuevo y los que un municipio impugna. La misma lista, para llenar e importar con «mirador reviews import», está en',
    en: 'Verdicts a person should look at before the run is final: the unknown ones, reviews to look at again and those a municipality contests. The same list, to fill in and import with “mirador reviews import”, is in',
  },
  reviewQueueEmpty: { es: 'No hay veredictos por revisar.', en: 'No verdict to review.' },
  queueReason: { es: 'Motivo', en: 'Why' },
  queueReason_contested: { es: 'impugnado', en: 'contested' },
  'queueReason_review-again': { es: 'por revisar de nuevo', en: 'to review again' },
  queueReason_unknown: { es: 'indeterminado', en: 'unknown' },
  criterion: { es: 'Criterio', en: 'Criterion' },
  currentVerdict: { es: 'Veredicto actual', en: 'Current verdict' },
  municipalityVerdict: { es: 'Según el municipio', en: 'According to the municipality' },
  evidencePages: { es: 'Páginas', en: 'Pages' },
  humanReviewTitle: { es: 'Revisión humana', en: 'Human review' },
  humanReviewIntro: {
    es: 'Veredictos automáticos y los que decidió una persona, con quién, cuándo y por qué.',
    en: 'Automatic verdicts and those a person decided, with who, when and why.',
  },
  automaticVerdict: { es: 'Automático', en: 'Automatic' },
  reviewedVerdict: { es: 'Revisado', en: 'Reviewed' },
  reviewState: { es: 'Estado', en: 'Status' },
  reviewState_applied: { es: 'aplicado', en: 'applied' },
  'reviewState_verdict-changed': { es: 'por revisar de nuevo: el veredicto automático cambió', en: 'to review again: the automatic verdict changed' },
  'reviewState_pages-changed': { es: 'por revisar de nuevo: las páginas citadas cambiaron', en: 'to review again: the cited pages changed' },
  reviewState_pending: { es: 'impugnado, sin revisar', en: 'contested, not reviewed' },
  decidedBy: { es: 'Quién y cuándo', en: 'Who and when' },
  why: { es: 'Por qué', en: 'Why' },
  contestLine: {
    es: 'Impugnación de {by} ({date}): {note}',
    en: 'Contest by {by} ({date}): {note}',
  },
  contestCheck: { es: 'Adjuntó su resultado de «mirador check» ({file}).', en: 'Attached its “mirador check” output ({file}).' },
  reviewAgainVerdict: {
    es: 'Por revisar de nuevo: {reviewer} decidió «{reviewed}» el {date} cuando el veredicto automático era {answered}; ahora es {automatic}, así que cuenta el veredicto automático. {note}',
    en: 'To review again: {reviewer} decided “{reviewed}” on {date} when the automatic verdict was {answered}; it is now {automatic}, so the automatic verdict counts. {note}',
  },
  reviewAgainPages: {
    es: 'Por revisar de nuevo: {reviewer} decidió «{reviewed}» el {date} sobre páginas que cambiaron desde entonces, así que cuenta el veredicto automático. {note}',
    en: 'To review again: {reviewer} decided “{reviewed}” on {date} about pages that have changed since, so the automatic verdict counts. {note}',
  },
  homeAlt: { es: 'Página de inicio de {name} tal como la vio Mirador', en: 'Home page of {name} as Mirador saw it' },
  homeCaption: {
    es: 'Página de inicio tal como la mostró el navegador durante el rastreo.',
    en: 'Home page as the browser showed it during the crawl.',
  },
  crawlProblems: { es: 'Problemas al rastrear el sitio', en: 'Problems crawling the site' },
  crawlProblemsIntro: {
    es: 'Estas direcciones no se pudieron leer; lo que contienen no cuenta para ningún criterio.',
    en: 'These addresses could not be read; what they contain counts for no criterion.',
  },
  ownProblems: { es: 'En el portal', en: 'On the portal' },
  outsideProblems: {
    es: 'En plataformas externas (el municipio no las administra)',
    en: 'On outside platforms (not run by the municipality)',
  },
  address: { es: 'Dirección', en: 'Address' },
  problem: { es: 'Problema', en: 'Problem' },
  detail: { es: 'Detalle', en: 'Detail' },
  evidenceScreenshotAlt: { es: 'Captura de pantalla de la evidencia', en: 'Screenshot of the evidence' },
  screenshotNotShown: { es: 'Captura no mostrada (ruta no relativa)', en: 'Screenshot not shown (not a relative path)' },
  selector: { es: 'Selector', en: 'Selector' },
  // footer
  generated: { es: 'Generado por', en: 'Generated by' },
} satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof UI;

/** The string for `key` in `lang`, with `{name}` placeholders filled in (values are plain text, escaped later). */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The reason in `lang`; a result scored before reasons were localised has only its stored (English) text, shown as is. */
export function reasonIn(lang: Lang, result: Pick<IndicatorResult, 'reason' | 'reason_en'>): string | null {
  return lang === 'en' ? (result.reason_en ?? result.reason) : result.reason;
}

/** Mirador's note on a piece of evidence in `lang`; null when there is none (older scorings kept it in `text`). */
export function noteIn(lang: Lang, item: Pick<EvidenceItem, 'note' | 'note_en'>): string | null {
  return (lang === 'en' ? (item.note_en ?? item.note) : item.note) ?? null;
}

const VERDICT_LABELS_EN: Record<Verdict, string> = { pass: 'Meets', fail: 'Does not meet', unknown: 'Unknown' };

export function verdictLabel(lang: Lang, verdict: Verdict): { symbol: string; label: string } {
  const es = VERDICT_LABELS[verdict];
  return lang === 'es' ? es : { symbol: es.symbol, label: VERDICT_LABELS_EN[verdict] };
}

const SITE_STATUS_LABELS_EN: Record<SiteStatus, string> = {
  ok: 'Evaluated',
  unreachable: 'Site unreachable',
  refused: 'Not crawled: the address is private or local',
  'blocked-by-robots': 'Crawling not allowed by robots.txt',
  pending: 'Evaluation pending',
};

export function siteStatusLabel(lang: Lang, status: SiteStatus): string {
  return lang === 'es' ? SITE_STATUS_LABELS[status] : SITE_STATUS_LABELS_EN[status];
}

/** The English twin of ranking.ts's `statusNote`. */
export function statusNoteIn(lang: Lang, m: { status: SiteStatus; status_reason: string | null; score: number | null }): string {
  if (lang === 'es') return statusNote(m);
  const label = m.status === 'ok' && m.score === null ? 'Evaluated without a score' : SITE_STATUS_LABELS_EN[m.status];
  return m.status_reason ? `${label}: ${m.status_reason}` : label;
}

/** "1 municipio evaluado", "3 municipios evaluados". */
export function evaluatedCount(lang: Lang, n: number): string {
  if (lang === 'es') return `${n} ${n === 1 ? 'municipio evaluado' : 'municipios evaluados'}`;
  return `${n} ${n === 1 ? 'municipality evaluated' : 'municipalities evaluated'}`;
}
