import type { FetchError, FetchErrorKind } from './types.ts';

/** Thrown inside the fetcher; always turned into a FetchError on the record, never out of crawlSite. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
  ) {
    super(message);
  }

  toFetchError(): FetchError {
    return { kind: this.kind, message: this.message };
  }
}

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO)/;

export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** Maps a Node network/TLS/zlib error to the kind stored as evidence, with a message a person can read. */
export function toFetchFailure(error: unknown, target: string): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const err = error as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  const message = err?.message ?? String(error);
  if (code === 'ECONNREFUSED') return new FetchFailure('refused', `connection refused by ${target}`);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || message === 'aborted') {
    return new FetchFailure('reset', `connection reset by ${target} (${message})`);
  }
  if (code === 'ETIMEDOUT') return new FetchFailure('timeout', `connect timeout to ${target}`);
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME' || code === 'EAI_NODATA') {
    return new FetchFailure('dns', `DNS: no such host ${target}`);
  }
  if (code === 'EAI_AGAIN') return new FetchFailure('dns', `DNS: temporary failure resolving ${target}`);
  if (TLS_CODE.test(code)) return new FetchFailure('tls', `TLS: ${message}`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new FetchFailure('other', `network unreachable: ${target}`);
  // zlib codes start with Z_, brotli decoder codes with ERR__ERROR.
  if (code.startsWith('Z_') || code.startsWith('ERR__ERROR')) {
    return new FetchFailure('other', `bad compressed body from ${target}: ${message}`);
  }
  return new FetchFailure('other', `${target}: ${code ? `${code} ` : ''}${message}`);
}
