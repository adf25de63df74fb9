import type { ConnectToRule } from './types.ts';
import { effectivePort } from './url.ts';

/**
 * curl's --connect-to. An empty field is a wildcard, as in curl: host '' matches any host,
 * port 0 any port; toHost '' keeps the URL's host, toPort 0 keeps its port.
 */

const USAGE = 'expected HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT (e.g. www.ejemplo.gob.mx:443:127.0.0.1:8443)';

export class ConnectToSyntaxError extends Error {
  override name = 'ConnectToSyntaxError';
}

/** Splits on ':' outside IPv6 brackets. */
function splitFields(value: string): string[] | null {
  const fields: string[] = [];
  let current = '';
  let inBrackets = false;
  for (const char of value) {
    if (char === '[') inBrackets = true;
    if (char === ']') inBrackets = false;
    if (char === ':' && !inBrackets) {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (inBrackets) return null;
  fields.push(current);
  return fields;
}

function parseHost(field: string, value: string, role: string): string {
  const host = field.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (host && !/^[a-z0-9._:-]+$/.test(host)) {
    throw new ConnectToSyntaxError(`invalid --connect-to value "${value}": ${role} "${field}" is not a host name or IP address`);
  }
  return host;
}

function parsePort(field: string, value: string, role: string): number {
  const text = field.trim();
  if (!text) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new ConnectToSyntaxError(`invalid --connect-to value "${value}": ${role} "${field}" is not a port between 1 and 65535`);
  }
  return port;
}

export function parseConnectTo(value: string): ConnectToRule {
  const fields = splitFields(value.trim());
  if (!fields || fields.length !== 4) {
    throw new ConnectToSyntaxError(`invalid --connect-to value "${value}": ${USAGE}`);
  }
  const [host, port, toHost, toPort] = fields as [string, string, string, string];
  const rule: ConnectToRule = {
    host: parseHost(host, value, 'host'),
    port: parsePort(port, value, 'port'),
    toHost: parseHost(toHost, value, 'connect-to host'),
    toPort: parsePort(toPort, value, 'connect-to port'),
  };
  if (!rule.toHost && !rule.toPort) {
    throw new ConnectToSyntaxError(`invalid --connect-to value "${value}": needs a connect-to host or port`);
  }
  return rule;
}

/** One rule per line; blank lines and `#` comments are ignored. Errors name the line. */
export function parseConnectToFile(text: string): ConnectToRule[] {
  const rules: ConnectToRule[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) return;
    try {
      rules.push(parseConnectTo(line));
    } catch (error) {
      if (error instanceof ConnectToSyntaxError) {
        throw new ConnectToSyntaxError(`line ${index + 1}: ${error.message}`);
      }
      throw error;
    }
  });
  return rules;
}

export interface ConnectTarget {
  host: string;
  port: number;
  /** The rule that chose this target, null when the URL's own host and port are used. */
  rule: ConnectToRule | null;
}

function bareHostname(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

/** Where a request for `url` connects: the first matching rule wins, as in curl. */
export function resolveConnectTarget(url: URL, rules: readonly ConnectToRule[]): ConnectTarget {
  const host = bareHostname(url);
  const port = effectivePort(url);
  const rule = rules.find((r) => (!r.host || r.host === host) && (!r.port || r.port === port)) ?? null;
  if (!rule) return { host, port, rule: null };
  return { host: rule.toHost || host, port: rule.toPort || port, rule };
}
