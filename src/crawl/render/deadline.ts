/**
 * Deadlines on calls into the browser: a page whose script never yields answers no call, and a browser stuck on
 * one may not close it (issue 13). Playwright bounds navigations and waits, not evaluate or close.
 */

/** A call into the browser did not settle in time: its page, context or browser is given up on. */
export class RenderTimeoutError extends Error {
  override name = 'RenderTimeoutError';
}

/** `work`, or a RenderTimeoutError once `ms` pass; the call left running settles quietly when its context closes. */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(`render-timeout: ${what} within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
