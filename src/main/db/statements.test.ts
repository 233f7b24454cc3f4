import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statementCache } from './statements';

describe('statementCache', () => {
  it('prepares once per open database and keeps databases apart', () => {
    let prepared = 0;
    const statementsFor = statementCache((sqlite) => {
      prepared += 1;
      return sqlite.prepare<[], { n: number }>('SELECT 1 AS n');
    });
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    try {
      expect(statementsFor(a)).toBe(statementsFor(a));
      expect(prepared).toBe(1);
      expect(statementsFor(b)).not.toBe(statementsFor(a));
      expect(prepared).toBe(2);
      expect(statementsFor(b).get()).toEqual({ n: 1 });
    } finally {
      a.close();
      b.close();
    }
  });
});
