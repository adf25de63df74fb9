import { readFileSync } from 'node:fs';
import { projectPath } from './project-root.ts';

/** The package version, stored with every run so a ranking can be traced to the code that made it. */
export const softwareVersion: string = (
  JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }
).version;
