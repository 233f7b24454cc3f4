import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { STORED_TABLES } from './rowSchemas';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.cleanup());

describe('the row schemas an import is checked with', () => {
  it('cover every table and column the migrations create, no more and no fewer', () => {
    const sqlite = ctx.db.$client;
    const tables = sqlite
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '__drizzle_migrations' ORDER BY name`)
      .all()
      .map((t) => t.name);
    expect([...STORED_TABLES.keys()].sort()).toEqual(tables);
    for (const table of tables) {
      const columns = (sqlite.pragma(`table_info("${table}")`) as { name: string; notnull: number }[]).map((c) => [c.name, c.notnull === 0]);
      expect([...STORED_TABLES.get(table)!.values()].map((c) => [c.name, c.nullable]).sort(), table).toEqual(columns.sort());
    }
  });

  it('let a nullable column hold null, and a required one not', () => {
    const creators = STORED_TABLES.get('creators')!;
    expect(creators.get('email')!.schema.safeParse(null).success).toBe(true);
    expect(creators.get('name')!.schema.safeParse(null).success).toBe(false);
    expect(creators.get('handles')!.storage).toBe('json');
    expect(creators.get('active')!.storage).toBe('boolean');
  });
});
