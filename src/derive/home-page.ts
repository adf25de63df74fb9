/** The home page: the page the crawl marked as the one the seed resolved to (not a document its frames show). */
import type { PageArtifact } from '../gather/artifacts.ts';

export function deriveHomePage({ pages }: { pages: readonly PageArtifact[] }): PageArtifact | null {
  return pages.find((p) => p.isHome && !p.framedBy) ?? null;
}
