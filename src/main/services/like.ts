/** A LIKE pattern matching `term` anywhere, with SQLite's wildcards in the term taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
