/** Parsing of option values shared by several commands; each error names the option and the bad value. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isCalendarDay } from '../derive/date-window.ts';

export const DEFAULT_DB = 'data/mirador.sqlite';

export function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1, got "${value}"`);
    return n;
  };
}

export function nonNegativeInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0, got "${value}"`);
    return n;
  };
}

export function isoDate(value: string): string {
  if (!isCalendarDay(value))
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function codeList(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

/** --lang: the language of what a command prints (the HTML report is written in both either way). */
export function addLangOption(command: Command): Command {
  return command.addOption(
    new Option('--lang <lang>', 'idioma de los mensajes / language of the messages: es, en').choices(['es', 'en']).default('es'),
  );
}
