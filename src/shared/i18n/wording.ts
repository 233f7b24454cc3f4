import type { ProblemParams } from './problems';

/** A language's words by a key known at run time, and whether it has the key. */
export interface Words {
  say: (key: string, params: ProblemParams) => string;
  has: (key: string) => boolean;
}

// A key without a namespace is one of the errors catalog's.
const fullKey = (key: string) => (key.includes(':') ? key : `errors:${key}`);

/**
 * A coded refusal in words. Some values are words of their own, said in the same language: a value
 * `<name>Key` names a key (of the errors catalog, or `ns:key`) whose values are the ones under
 * `<name>.`, and it is said as `<name>`; a value `<name>Each` names the key each item under
 * `<name>.0.`, `<name>.1.`… is said by, and the items are said as `<name>`, one after the other.
 * So a refusal can name a field by its code, or pass on another refusal, and still be worded by the
 * page that shows it, not by the service that made it.
 */
export function sayProblem(words: Words, key: string, params: ProblemParams): string {
  const values: ProblemParams = { ...params };
  const said: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' || name.includes('.') || !words.has(fullKey(value))) continue;
    if (name.endsWith('Key')) {
      const inner = name.slice(0, -'Key'.length);
      values[inner] = sayProblem(words, value, under(params, inner));
      said.push(String(values[inner]));
    } else if (name.endsWith('Each')) {
      const list = name.slice(0, -'Each'.length);
      values[list] = items(params, list)
        .map((item) => sayProblem(words, value, item))
        .join(words.say('errors:listSeparator', {}));
      said.push(String(values[list]));
    }
  }
  return capitalFirst(words.say(fullKey(key), values), said);
}

/** The values under `<name>.`, without that prefix. */
function under(params: ProblemParams, name: string): ProblemParams {
  const prefix = `${name}.`;
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
}

/** The items under `<name>.0.`, `<name>.1.`…, in order. */
function items(params: ProblemParams, name: string): ProblemParams[] {
  const out: ProblemParams[] = [];
  for (let i = 0; Object.keys(params).some((k) => k.startsWith(`${name}.${i}.`)); i++) out.push(under(params, `${name}.${i}`));
  return out;
}

// A name said inside another sentence is written as it reads mid-sentence ("the deposit"); where
// that sentence begins with it, it begins with a capital ("The deposit cannot be negative").
function capitalFirst(text: string, said: string[]): string {
  return said.some((words) => words !== '' && text.startsWith(words)) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * Another refusal carried as the value `name` of this one: its English sentence (for a page that
 * does not know its key), and its key and values, for `sayProblem` to word it in the page's language.
 */
export function carried(name: string, coded: { message: string; key?: string; params?: ProblemParams }): ProblemParams {
  if (!coded.key) return { [name]: coded.message };
  return { [name]: coded.message, [`${name}Key`]: coded.key, ...Object.fromEntries(Object.entries(coded.params ?? {}).map(([k, v]) => [`${name}.${k}`, v])) };
}

/** Items to be said one after the other by the key `each` (see `sayProblem`), as the values `name`. */
export function listed(name: string, each: string, list: ProblemParams[]): ProblemParams {
  return { [`${name}Each`]: each, ...Object.fromEntries(list.flatMap((item, i) => Object.entries(item).map(([k, v]) => [`${name}.${i}.${k}`, v]))) };
}
