/**
 * A record for a URL that got no response from us (not requested: robots.txt, private address; or not
 * handed to the browser), so the evidence and the archive show why.
 */
import type { FetchError, FetchPurpose, FetchRecord } from './types.ts';

export function skippedRecord(url: string, purpose: FetchPurpose, depth: number, error: FetchError): FetchRecord {
  return {
    url,
    finalUrl: url,
    redirects: [],
    method: purpose === 'file' ? 'HEAD' : 'GET',
    purpose,
    depth,
    status: null,
    headers: {},
    contentType: null,
    body: null,
    bytes: 0,
    startedAt: new Date().toISOString(),
    durationMs: 0,
    attempts: 0,
    error,
  };
}


/** Why a URL robots.txt disallows was not requested (or, when robots.txt itself failed, why nothing was). */
export function robotsError(url: string, unreachable: string | null = null): FetchError {
  return { kind: 'robots', message: unreachable ? `${url} not requested: ${unreachable}` : `robots.txt disallows ${url} for Mirador` };
}
