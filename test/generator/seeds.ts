/**
 * Seeds of the generated fidelity measure. TUNE_SEEDS are the in-sample portals: read their mismatches, fix the
 * rules. REPORT_SEEDS are out of sample: run them only to report a figure, never read their mismatches while
 * tuning (once looked at, a seed belongs in TUNE_SEEDS and the report needs fresh ones).
 */
export const TUNE_SEEDS: readonly number[] = [1, 2, 3];
export const REPORT_SEEDS: readonly number[] = [1001, 1002, 1003];
/** Portals per seed when --count is not given. */
export const DEFAULT_COUNT = 10;
