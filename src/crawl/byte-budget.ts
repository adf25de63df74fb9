/**
 * The crawl's byte budgets, in one place: `maxBodyBytes` bounds anything one response may become in memory
 * (a body on the wire or inflated, a gzipped sitemap, a rendered DOM); `maxSiteBytes` bounds the bodies one
 * site's crawl holds until the site is stored (issue 13: 60 pages of 9.5 MB held 3.9 GB).
 */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/** Bytes of response bodies a site's crawl holds: every record it reported that kept its body. */
export class SiteBytes {
  held = 0;

  constructor(readonly limit: number) {}

  add(body: Buffer | null | undefined): void {
    this.held += body?.length ?? 0;
  }

  get exceeded(): boolean {
    return this.held >= this.limit;
  }

  describe(): string {
    return `the site's responses held ${formatMegabytes(this.held)}, past its memory budget of ${formatMegabytes(this.limit)}`;
  }
}
