/**
 * Whether a value is one of a fixed list of names. For code the first screen runs (reading the
 * page's address), which must not load the schema library only to check a word against a list.
 */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
