/**
 * What Mirador says about a verdict (reasons, evidence notes), as message ids with Spanish and English
 * templates. The report is Spanish first with an English edition, and researchers query the database: a
 * verdict carries `{ id, params }`, and both languages are rendered from it when the site is scored, so the
 * store keeps the id, the parameters and both texts.
 *
 * Each indicator declares its own table (`defineMessages('<indicator id>', {...})`) next to its rule; shared-messages.ts
 * declares the shared one. Text quoted from a page never goes into a template: it is a parameter, shown verbatim.
 *
 * Template syntax: `{name}` is replaced by the parameter; `{name:one|many}` picks a word by the number `name`
 * (1 → one, anything else → many), so "{links} {links:enlace|enlaces}" reads "1 enlace" / "58 enlaces".
 * A parameter may be a nested message (rendered in the same language) or a list of strings and messages
 * (joined with ", ").
 */

export type Lang = 'es' | 'en';

export interface MessageTemplate {
  es: string;
  en: string;
}

export interface Message {
  /** `<namespace>.<key>`: `open-data-section.no-section-link`, `shared.no-section`. */
  id: string;
  params: MessageParams;
}

export type MessageParam = string | number | Message | readonly (string | Message)[];
export type MessageParams = { readonly [name: string]: MessageParam };

/** A message with its two renderings, as scoring hands it to the store. */
export interface LocalisedMessage extends Message {
  es: string;
  en: string;
}

type PlaceholderName<P extends string> = P extends `${infer Name}:${string}` ? Name : P;
/** The placeholder names of a template literal type: "a {x} b {y:u|v}" → "x" | "y". */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? PlaceholderName<P> | Placeholders<Rest> : never;
type ParamsOf<T extends MessageTemplate> = Placeholders<T['es']> | Placeholders<T['en']>;
/** No argument for a template without placeholders; otherwise exactly its parameters, all required. */
export type MessageArgs<T extends MessageTemplate> = [ParamsOf<T>] extends [never]
  ? []
  : [params: { readonly [K in ParamsOf<T>]: MessageParam }];

export interface MessageTable<T extends Record<string, MessageTemplate> = Record<string, MessageTemplate>> {
  namespace: string;
  templates: T;
  /** Builds a message of this table; an unknown key or a missing or extra parameter does not compile. */
  msg<K extends keyof T & string>(key: K, ...params: MessageArgs<T[K]>): Message;
}

/** Every template of every table defined in this process, by message id. */
const catalogue = new Map<string, MessageTemplate>();

export function defineMessages<const T extends Record<string, MessageTemplate>>(namespace: string, templates: T): MessageTable<T> {
  for (const [key, template] of Object.entries(templates)) {
    const id = `${namespace}.${key}`;
    const existing = catalogue.get(id);
    if (existing && existing !== template) throw new Error(`message ${id} is defined twice`);
    catalogue.set(id, template);
  }
  return {
    namespace,
    templates,
    msg: (key, ...params) => ({ id: `${namespace}.${key}`, params: params[0] ?? {} }),
  };
}

export function messageTemplate(id: string): MessageTemplate | undefined {
  return catalogue.get(id);
}

/** `{name}` and `{name:one|many}`; names may contain letters, digits, `_` and `-`. */
const PLACEHOLDER = /\{([\w-]+)(?::([^{}|]*)\|([^{}]*))?\}/g;

/** The placeholder names of a template, sorted and without repeats (for the catalogue test). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

function renderParam(value: MessageParam, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v: string | Message) => renderParam(v, lang)).join(', ');
  return renderMessage(value as Message, lang);
}

export function renderMessage(message: Message, lang: Lang): string {
  const template = catalogue.get(message.id);
  // Only a hand-built message can miss the catalogue (msg() cannot): keep what it says rather than lose it.
  if (!template) return `${message.id} ${JSON.stringify(message.params)}`;
  return template[lang].replace(PLACEHOLDER, (whole, name: string, one: string | undefined, many: string | undefined) => {
    const value = message.params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return value === 1 ? one : (many ?? '');
    return renderParam(value, lang);
  });
}

export function localise(message: Message): LocalisedMessage {
  return { id: message.id, params: message.params, es: renderMessage(message, 'es'), en: renderMessage(message, 'en') };
}

/** Every table's templates, for the catalogue test. */
export function allMessageTemplates(): ReadonlyMap<string, MessageTemplate> {
  return catalogue;
}
