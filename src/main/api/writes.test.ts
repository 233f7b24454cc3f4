import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROCEDURE_NAMES, procedures } from '../../shared/api';
import { deliverables } from '../db/schema';
import { returnedRow } from '../db/returned';
import { AppError } from '../services/errors';
import { snapshot, testContext } from '../testing/context';
import { validInput } from '../testing/procedureInputs';
import { createDispatcher } from './dispatcher';
import { handlers } from './handlers';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  expect(createDispatcher(ctx)('sample.load', {}).ok).toBe(true);
});
afterEach(() => ctx.cleanup());

const countCreators = () => (ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM creators').get() as { n: number }).n;

/** A write whose commit fails: deferred foreign keys are only checked at COMMIT. */
function insertOrphanPost() {
  ctx.db.$client.pragma('defer_foreign_keys = ON');
  return returnedRow(ctx.db.insert(deliverables).values({ collaborationId: 9999, platform: 'youtube', createdAt: '2026-03-02T09:00:00.000Z' }).returning().all());
}

describe('a change through the dispatcher', () => {
  it('is all or nothing: a change that fails halfway stores none of its rows', () => {
    const dispatch = createDispatcher(ctx, {
      handlers: {
        ...handlers,
        'influencers.create': (c, input) => {
          handlers['influencers.create'](c, input);
          throw new AppError('CONFLICT', 'Changed my mind');
        },
      },
    });
    const before = snapshot(ctx);
    expect(dispatch('influencers.create', { name: 'Half Done' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('reports a commit that fails, and nothing is stored', () => {
    const logError = vi.fn();
    const dispatch = createDispatcher(ctx, { logError, handlers: { ...handlers, 'deliverables.add': () => insertOrphanPost() as never } });
    const before = snapshot(ctx);
    expect(dispatch('deliverables.add', { collaborationId: 8, platform: 'youtube' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    expect(snapshot(ctx)).toEqual(before);
  });

  it('(why .get() is refused for writes) better-sqlite3 answers with the row of a lone write whose commit failed', () => {
    ctx.db.$client.pragma('defer_foreign_keys = ON');
    const statement = ctx.db.$client.prepare(`INSERT INTO deliverables (collaboration_id, platform, created_at) VALUES (9999, 'youtube', '2026-03-02') RETURNING id`);
    expect(statement.get()).toMatchObject({ id: expect.any(Number) });
    expect(ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM deliverables WHERE collaboration_id = 9999').get()).toEqual({ n: 0 });
    ctx.db.$client.pragma('defer_foreign_keys = ON');
    expect(() => statement.all()).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
  });

  it('commits before listeners hear of it', () => {
    const seen: number[] = [];
    const dispatch = createDispatcher(ctx, { onChange: () => seen.push(countCreators()) });
    const before = countCreators();
    expect(dispatch('influencers.create', { name: 'Ada' }).ok).toBe(true);
    // Read through another connection: the row is on disk when onChange runs.
    const other = new Database(ctx.file, { readonly: true });
    expect(other.prepare('SELECT COUNT(*) AS n FROM creators').get()).toEqual({ n: before + 1 });
    other.close();
    expect(seen).toEqual([before + 1]);
  });
});

describe('a failing disk', () => {
  const cases = [
    ['SQLITE_FULL', 'disk_full', 'The disk is full; nothing was saved. Free some space and try again.'],
    ['SQLITE_IOERR_WRITE', 'io_error', 'The disk reported an error while writing; nothing was saved. Check the disk (or its cable or network connection) and try again.'],
    ['SQLITE_READONLY_DBMOVED', 'read_only', 'The data folder is read-only (or Followthrough may not write there); nothing was saved. Make it writable and try again.'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy', 'The data was busy (another task was writing to it) and did not free up in time; nothing was saved. Try again in a moment.'],
    ['SQLITE_LOCKED', 'busy', 'The data was busy (another task was writing to it) and did not free up in time; nothing was saved. Try again in a moment.'],
    ['SQLITE_PERM', 'read_only', 'The data folder is read-only (or Followthrough may not write there); nothing was saved. Make it writable and try again.'],
  ] as const;

  it.each(cases)('%s is answered as %s, with a sentence, and nothing is stored', (code, reason, message) => {
    const logError = vi.fn();
    const dispatch = createDispatcher(ctx, {
      logError,
      handlers: {
        ...handlers,
        'influencers.create': (c, input) => {
          handlers['influencers.create'](c, input);
          throw new Database.SqliteError('from the disk', code);
        },
      },
    });
    const before = snapshot(ctx);
    expect(dispatch('influencers.create', { name: 'Lost' })).toEqual({ ok: false, error: { code: 'INTERNAL', reason, message } });
    expect(snapshot(ctx)).toEqual(before);
    expect(logError).toHaveBeenCalledOnce();
  });

  it('says the same of a system error, also wrapped by drizzle, and in other words for a read', () => {
    const noSpace = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const wrapped = new Error("Failed to run the query 'ROLLBACK'", { cause: new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_FSYNC') });
    const dispatch = createDispatcher(ctx, {
      logError: () => {},
      handlers: {
        ...handlers,
        'backup.create': () => {
          throw noSpace;
        },
        'settings.update': () => {
          throw wrapped;
        },
        'campaigns.list': () => {
          throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_READ');
        },
      },
    });
    expect(dispatch('backup.create', {})).toMatchObject({ ok: false, error: { reason: 'disk_full', message: expect.stringMatching(/^The disk is full; nothing was saved/) } });
    expect(dispatch('settings.update', { brandName: 'X' })).toMatchObject({ ok: false, error: { reason: 'io_error' } });
    expect(dispatch('campaigns.list', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'io_error', message: 'The disk reported an error while reading the data. Check the disk (or its cable or network connection) and try again.' },
    });
  });

  it('leaves other failures as they were: no reason, nothing about the disk', () => {
    const dispatch = createDispatcher(ctx, {
      logError: () => {},
      handlers: { ...handlers, 'campaigns.list': () => { throw new Database.SqliteError('no such table: x', 'SQLITE_ERROR'); } },
    });
    expect(dispatch('campaigns.list', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side; nothing was changed.', key: 'internal', params: {} } });
  });
});

describe('the contract', () => {
  // A procedure declared as a query runs outside any write transaction: it must not write.
  it.each(PROCEDURE_NAMES.filter((name) => !procedures[name].mutates))('%s changes nothing', async (name) => {
    const dispatch = createDispatcher(ctx);
    const input = await validInput(name, dispatch);
    const before = ctx.db.$client.prepare('SELECT total_changes() AS n').get();
    const result = await dispatch(name, input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(ctx.db.$client.prepare('SELECT total_changes() AS n').get()).toEqual(before);
  });
});
