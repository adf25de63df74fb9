import { readFileSync } from 'node:fs';

/** The package version, stored with every run so a ranking can be traced to the code that made it. */
export const softwareVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
