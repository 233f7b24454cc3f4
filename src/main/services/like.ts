import { type SQL, sql } from 'drizzle-orm';

/** A LIKE pattern matching `term` anywhere, with SQLite's wildcards in the term taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True when the creator's name or one of their handles contains `term` (no term: always true). */
export function creatorMatches(name: SQL | unknown, handles: SQL | unknown, term: string | undefined): SQL {
  if (!term) return sql`1`;
  const pattern = likePattern(term);
  return sql`(${name} LIKE ${pattern} ESCAPE '\\' OR EXISTS (
    SELECT 1 FROM json_each(${handles}) h WHERE json_extract(h.value, '$.handle') LIKE ${pattern} ESCAPE '\\'))`;
}
