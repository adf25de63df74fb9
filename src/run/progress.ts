import type { SiteStatus } from '../crawl/types.ts';
import type { Seed } from '../seeds/seeds.ts';

/** What a run tells the person watching it. progress-display.ts picks a terminal bar or plain log lines. */
export interface RunProgress {
  started(info: { runId: number; total: number; alreadyDone: number }): void;
  pageFetched(info: { inegiCode: string; url: string; ok: boolean }): void;
  siteFinished(info: { seed: Seed; status: SiteStatus; statusReason: string | null; score: number | null; pages: number }): void;
  siteFailed(info: { seed: Seed; error: Error }): void;
  finished(info: { runId: number; interrupted: boolean }): void;
}

export const silentProgress: RunProgress = {
  started() {},
  pageFetched() {},
  siteFinished() {},
  siteFailed() {},
  finished() {},
};
